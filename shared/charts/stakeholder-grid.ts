import { CHART_THEMES, type Contrast } from './palette';
import { assertChartSize, baseFontSize, defaultFormatNumber, points, shape, svgDocument, text } from './svg';
import { textWidth, truncateText, wrapText } from './text';

/** Mendelow's four ways to engage a stakeholder, by influence (power) and interest. */
export type Quadrant = 'manageClosely' | 'keepSatisfied' | 'keepInformed' | 'monitor';

/** Influence and interest are rated 1..5. */
export const STAKEHOLDER_SCALE = { min: 1, max: 5 } as const;

/**
 * A rating counts as high from 3 up. The middle of the scale goes with "high" on purpose: a
 * stakeholder the room is unsure about gets more engagement, not less ("include everyone affected").
 */
export const QUADRANT_HIGH_FROM = 3;

/** The rule, as data, so the UI, the minutes and this chart place stakeholders the same way. */
export const QUADRANTS = [
  { id: 'manageClosely', influence: 'high', interest: 'high' },
  { id: 'keepSatisfied', influence: 'high', interest: 'low' },
  { id: 'keepInformed', influence: 'low', interest: 'high' },
  { id: 'monitor', influence: 'low', interest: 'low' },
] as const satisfies readonly { id: Quadrant; influence: 'high' | 'low'; interest: 'high' | 'low' }[];

function assertRating(value: number, what: string): void {
  if (!Number.isInteger(value) || value < STAKEHOLDER_SCALE.min || value > STAKEHOLDER_SCALE.max) {
    throw new RangeError(`${what} must be a whole number 1..5 (got ${value})`);
  }
}

export function quadrantOf(influence: number, interest: number): Quadrant {
  assertRating(influence, 'influence');
  assertRating(interest, 'interest');
  const highInfluence = influence >= QUADRANT_HIGH_FROM;
  const highInterest = interest >= QUADRANT_HIGH_FROM;
  if (highInfluence) return highInterest ? 'manageClosely' : 'keepSatisfied';
  return highInterest ? 'keepInformed' : 'monitor';
}

export type StakeholderOnGrid = { id: string; name: string; influence: number; interest: number; colour?: string };

export type StakeholderGridOptions = {
  stakeholders: readonly StakeholderOnGrid[];
  /** Translated quadrant names, e.g. { manageClosely: 'บริหารจัดการอย่างใกล้ชิด', … }. */
  quadrantLabels: Readonly<Record<Quadrant, string>>;
  axisLabels: { influence: string; interest: string };
  title?: string;
  width: number;
  height: number;
  contrast?: Contrast;
  formatNumber?: (value: number) => string;
  fontSize?: number;
};

export type Box = { x: number; y: number; width: number; height: number };

export type StakeholderGridLayout = {
  base: number;
  /** The whole 5 × 5 area, headers included. */
  plot: Box;
  panels: (Box & { quadrant: Quadrant; titleLines: string[]; headerHeight: number })[];
  /** Where each (influence, interest) pair's cards go. */
  cells: (Box & { influence: number; interest: number })[];
  cards: (Box & {
    id: string;
    /** The name as drawn: its lines joined by "\n". */
    label: string;
    /** One or two lines; the last ends in "…" (after a whole word) when the name does not fit. */
    lines: string[];
    /** The size the name is drawn at; its lines are CARD_LINE_HEIGHT of it apart. */
    fontSize: number;
    quadrant: Quadrant;
    influence: number;
    interest: number;
    colour: string | undefined;
  })[];
  /** "+k" in a cell with more stakeholders than fit. */
  overflow: (Box & { influence: number; interest: number; hiddenIds: string[] })[];
  /** The grid's card size (a card with a long name may use a step smaller: its `fontSize`). */
  cardFontSize: number;
  titleLines: string[];
  titleSize: number;
  axis: { tickSize: number; labelSize: number; influenceLabelY: number; interestLabelY: number };
};

const LEVELS = STAKEHOLDER_SCALE.max - STAKEHOLDER_SCALE.min + 1;
/** Rows (influence) or columns (interest) on the high side and the low side of the dividing line. */
const HIGH_LEVELS = STAKEHOLDER_SCALE.max - QUADRANT_HIGH_FROM + 1;
const LOW_LEVELS = LEVELS - HIGH_LEVELS;
/** A card's lines are this far apart, and a two-line card this tall, in font sizes. */
const CARD_LINE_HEIGHT = 1.2;
const TWO_LINE_CARD = 2.85;
/** Sizes a cell's two-line cards may take, as shares of the grid's card size. */
const CARD_STEPS = [1, 0.85, 0.72];

/** The text without whitespace: a name's lines, joined, are the whole name unless it was cut. */
function unspaced(text: string): string {
  return text.replace(/\s+/g, '');
}

/**
 * Where everything on the grid goes: four titled panels (one per quadrant), a cell per rating pair,
 * and each stakeholder's card inside its cell. Cards sharing a cell are stacked, then put in
 * columns; what still does not fit is summed up in a "+k" card. Nothing overlaps.
 */
export function layoutStakeholderGrid(options: StakeholderGridOptions): StakeholderGridLayout {
  const { width, height } = options;
  assertChartSize(width, height);
  const base = options.fontSize ?? baseFontSize(width, height);
  const pad = base * 0.8;

  let top = pad;
  const titleSize = base * 1.25;
  const titleLines = options.title ? wrapText(options.title, width - 2 * pad, titleSize, { maxLines: 2, weight: 'bold' }) : [];
  top += titleLines.length * titleSize * 1.25 + (titleLines.length > 0 ? base * 0.3 : 0);

  const labelSize = base * 0.9;
  const tickSize = Math.max(8, base * 0.75);
  const influenceLabelY = top + labelSize;
  top += labelSize * 1.5;

  const tickColumn = textWidth('5', tickSize) + tickSize * 0.8;
  const plot: Box = { x: pad + tickColumn, y: top, width: 0, height: 0 };
  plot.width = width - pad - plot.x;
  const bottomBand = tickSize * 1.5 + labelSize * 1.6;
  plot.height = height - pad - bottomBand - plot.y;
  const interestLabelY = plot.y + plot.height + tickSize * 1.5 + labelSize * 1.1;

  const panelGap = Math.max(2, base * 0.3);
  const columnWidth = (plot.width - panelGap) / LEVELS;
  const headerSize = base * 0.85;
  const panelWidth = (high: boolean) => (high ? HIGH_LEVELS : LOW_LEVELS) * columnWidth;
  const headerPad = headerSize * 0.4;
  const titleFor = (quadrant: Quadrant, high: boolean) =>
    wrapText(options.quadrantLabels[quadrant], panelWidth(high) - 2 * headerPad, headerSize, { maxLines: 2, weight: 'bold' });
  const quadrantTitles = Object.fromEntries(
    QUADRANTS.map((q) => [q.id, titleFor(q.id, q.interest === 'high')]),
  ) as Record<Quadrant, string[]>;
  const headerLines = Math.max(1, ...Object.values(quadrantTitles).map((lines) => lines.length));
  const headerHeight = headerLines * headerSize * 1.25 + headerPad * 1.5;
  const rowHeight = Math.max(1, (plot.height - 2 * headerHeight - panelGap) / LEVELS);

  const columnX = (interest: number) =>
    plot.x + (interest - 1) * columnWidth + (interest >= QUADRANT_HIGH_FROM ? panelGap : 0);
  const rowY = (influence: number) =>
    influence >= QUADRANT_HIGH_FROM
      ? plot.y + headerHeight + (STAKEHOLDER_SCALE.max - influence) * rowHeight
      : plot.y + 2 * headerHeight + panelGap + (STAKEHOLDER_SCALE.max - influence) * rowHeight;

  const panels = QUADRANTS.map((q) => {
    const highInterest = q.interest === 'high';
    const highInfluence = q.influence === 'high';
    return {
      quadrant: q.id as Quadrant,
      titleLines: quadrantTitles[q.id],
      headerHeight,
      x: highInterest ? columnX(QUADRANT_HIGH_FROM) : plot.x,
      y: highInfluence ? plot.y : rowY(QUADRANT_HIGH_FROM - 1) - headerHeight,
      width: panelWidth(highInterest),
      height: headerHeight + (highInfluence ? HIGH_LEVELS : LOW_LEVELS) * rowHeight,
    };
  });

  const cells: StakeholderGridLayout['cells'] = [];
  for (let influence = STAKEHOLDER_SCALE.max; influence >= STAKEHOLDER_SCALE.min; influence--) {
    for (let interest = STAKEHOLDER_SCALE.min; interest <= STAKEHOLDER_SCALE.max; interest++) {
      cells.push({ influence, interest, x: columnX(interest), y: rowY(influence), width: columnWidth, height: rowHeight });
    }
  }

  const byCell = new Map<string, StakeholderOnGrid[]>();
  for (const s of options.stakeholders) {
    quadrantOf(s.influence, s.interest); // validates both ratings
    const key = `${s.influence}:${s.interest}`;
    byCell.set(key, [...(byCell.get(key) ?? []), s]);
  }

  // One card size for the whole grid: the largest at which the most crowded cell holds all its
  // stakeholders (stacked, then in columns) on cards at least six characters wide; failing that,
  // four (a shorter name is no longer recognisable); failing that, the smallest size and "+k".
  const crowded = Math.max(0, ...[...byCell.values()].map((list) => list.length));
  const sizing = (scale: number, minCharacters: number) => {
    const fontSize = Math.max(8, Math.min(24, base * 0.75 * scale));
    const gap = Math.max(2, fontSize * 0.3);
    let height = fontSize * 1.8;
    let rows = Math.floor((rowHeight - gap) / (height + gap));
    if (rows < 1) {
      // A very small chart: one card per row, as tall as the cell allows.
      height = Math.max(1, rowHeight - 2 * gap);
      rows = 1;
    }
    const inner = Math.max(1, columnWidth - 2 * gap);
    const columnsFit = Math.max(1, Math.floor((inner + gap) / (fontSize * minCharacters + gap)));
    return { fontSize: Math.min(fontSize, height / 1.4), gap, height, rows, inner, columnsFit };
  };
  const scales = [1, 0.85, 0.72, 0.6];
  const options6 = scales.map((scale) => sizing(scale, 6));
  const options4 = scales.map((scale) => sizing(scale, 4));
  const fitsAll = (option: ReturnType<typeof sizing>) => option.rows * option.columnsFit >= crowded;
  const card = options6.find(fitsAll) ?? options4.find(fitsAll) ?? sizing(scales.at(-1) ?? 1, 4);
  const { fontSize: cardFontSize, gap, inner: innerWidth } = card;

  /**
   * The cards of one cell: the names on one line at the grid's card size; where one does not
   * fit, on two lines at that size (if the cell is tall enough for two-line cards for all its
   * stakeholders), else a step smaller (CARD_STEPS) on one line or two. Of those, the one that
   * cuts the fewest names short, the largest type first. A name still too long ends in "…" after
   * a whole word.
   */
  const arrange = (here: readonly StakeholderOnGrid[]) => {
    const one = { size: cardFontSize, lines: 1, gap, height: card.height, rows: card.rows, columns: Math.min(card.columnsFit, Math.ceil(here.length / card.rows)) };
    const candidates = [one];
    for (const step of CARD_STEPS) {
      const size = Math.max(8, cardFontSize * step);
      if (step < 1 && size >= cardFontSize) continue;
      // Smaller type on one line, in cards as tall as the others (so the cell holds as many)…
      if (step < 1) candidates.push({ ...one, size });
      // …and on two lines, in taller cards spaced for their own size, where the cell holds them all.
      const cardGap = Math.max(2, size * 0.3);
      const height = size * TWO_LINE_CARD;
      const rows = Math.floor((rowHeight - cardGap) / (height + cardGap));
      const columns = rows < 1 ? 0 : Math.min(card.columnsFit, Math.ceil(here.length / rows));
      if (rows * columns >= here.length) candidates.push({ size, lines: 2, gap: cardGap, height, rows, columns });
    }
    let best: ((typeof candidates)[number] & { cardWidth: number; names: string[][]; cut: number }) | undefined;
    for (const candidate of candidates) {
      const cardWidth = (innerWidth - (candidate.columns - 1) * candidate.gap) / candidate.columns;
      // The text starts 0.35 em after the stripe and keeps a little more than that clear of the right edge.
      const room = cardWidth - Math.min(cardFontSize * 0.35, cardWidth * 0.15) - candidate.size * 0.85;
      const names = here.map((s) =>
        candidate.lines === 1 ? [truncateText(s.name, room, candidate.size)] : wrapText(s.name, room, candidate.size, { maxLines: 2 }),
      );
      const cut = names.filter((lines, i) => unspaced(lines.join('')) !== unspaced(here[i]!.name)).length;
      // Candidates come largest first; on a tie, two lines show more of a name cut short.
      if (best === undefined || cut < best.cut || (cut === best.cut && cut > 0 && candidate.size === best.size)) {
        best = { ...candidate, cardWidth, names, cut };
      }
      if (cut === 0) break;
    }
    // The first candidate is always there.
    return best as NonNullable<typeof best>;
  };

  const cards: StakeholderGridLayout['cards'] = [];
  const overflow: StakeholderGridLayout['overflow'] = [];
  for (const cell of cells) {
    const here = byCell.get(`${cell.influence}:${cell.interest}`) ?? [];
    if (here.length === 0) continue;
    const arrangement = arrange(here);
    const { columns, cardWidth, height: cardHeight, gap: cardGap } = arrangement;
    const capacity = arrangement.rows * columns;
    const shown = here.length > capacity ? capacity - 1 : here.length;
    const slot = (i: number): Box => ({
      x: cell.x + gap + (i % columns) * (cardWidth + cardGap),
      y: cell.y + cardGap + Math.floor(i / columns) * (cardHeight + cardGap),
      width: cardWidth,
      height: cardHeight,
    });
    here.slice(0, shown).forEach((s, i) => {
      const lines = arrangement.names[i] ?? [];
      cards.push({
        ...slot(i),
        id: s.id,
        label: lines.join('\n'),
        lines,
        fontSize: arrangement.size,
        quadrant: quadrantOf(s.influence, s.interest),
        influence: s.influence,
        interest: s.interest,
        colour: s.colour,
      });
    });
    if (shown < here.length) {
      overflow.push({ ...slot(shown), influence: cell.influence, interest: cell.interest, hiddenIds: here.slice(shown).map((s) => s.id) });
    }
  }

  return {
    base,
    plot,
    panels,
    cells,
    cards,
    overflow,
    cardFontSize,
    titleLines,
    titleSize,
    axis: { tickSize, labelSize, influenceLabelY, interestLabelY },
  };
}

/**
 * Mendelow's influence × interest grid: interest left (low) to right (high), influence bottom
 * (low) to top (high), one titled panel per quadrant, each stakeholder a card in its cell.
 */
export function stakeholderGridSvg(options: StakeholderGridOptions): string {
  const layout = layoutStakeholderGrid(options);
  const theme = CHART_THEMES[options.contrast ?? 'standard'];
  const format = options.formatNumber ?? defaultFormatNumber;
  const { base, plot, axis } = layout;
  const body: string[] = [];

  layout.titleLines.forEach((line, i) => {
    const y = base * 0.8 + (i + 1) * layout.titleSize * 1.25 - layout.titleSize * 0.25;
    body.push(text(options.width / 2, y, line, { size: layout.titleSize, fill: theme.text, anchor: 'middle', weight: 'bold' }));
  });

  for (const panel of layout.panels) {
    body.push(
      shape('rect', {
        x: panel.x,
        y: panel.y,
        width: panel.width,
        height: panel.height,
        fill: theme.quadrantFill[panel.quadrant],
        stroke: theme.axisLine,
        'stroke-width': theme.lineWidth,
        'data-quadrant': panel.quadrant,
      }),
    );
    const headerSize = base * 0.85;
    panel.titleLines.forEach((line, i) => {
      body.push(
        text(panel.x + headerSize * 0.4, panel.y + headerSize * 0.4 + (i + 1) * headerSize * 1.25 - headerSize * 0.3, line, {
          size: headerSize,
          fill: theme.text,
          weight: 'bold',
        }),
      );
    });
  }

  // Faint lines between the cells, so a card's rating can be read off the ticks.
  for (const cell of layout.cells) {
    if (cell.interest !== QUADRANT_HIGH_FROM && cell.interest !== STAKEHOLDER_SCALE.min) {
      body.push(shape('line', { x1: cell.x, y1: cell.y, x2: cell.x, y2: cell.y + cell.height, stroke: theme.gridLine, 'stroke-width': theme.lineWidth * 0.5, 'stroke-dasharray': '2 3' }));
    }
    if (cell.influence !== STAKEHOLDER_SCALE.max && cell.influence !== QUADRANT_HIGH_FROM - 1) {
      body.push(shape('line', { x1: cell.x, y1: cell.y, x2: cell.x + cell.width, y2: cell.y, stroke: theme.gridLine, 'stroke-width': theme.lineWidth * 0.5, 'stroke-dasharray': '2 3' }));
    }
  }

  // Ticks: influence down the left of each row, interest under each column.
  for (const cell of layout.cells) {
    if (cell.interest === STAKEHOLDER_SCALE.min) {
      body.push(text(plot.x - axis.tickSize * 0.4, cell.y + cell.height / 2 + axis.tickSize * 0.35, format(cell.influence), { size: axis.tickSize, fill: theme.mutedText, anchor: 'end' }));
    }
    if (cell.influence === STAKEHOLDER_SCALE.min) {
      body.push(text(cell.x + cell.width / 2, plot.y + plot.height + axis.tickSize * 1.2, format(cell.interest), { size: axis.tickSize, fill: theme.mutedText, anchor: 'middle' }));
    }
  }

  // Axis names with an arrow pointing towards "high".
  const arrow = (x1: number, y1: number, x2: number, y2: number) => {
    const head = axis.labelSize * 0.35;
    const ux = Math.sign(x2 - x1);
    const uy = Math.sign(y2 - y1);
    body.push(shape('line', { x1, y1, x2, y2, stroke: theme.text, 'stroke-width': theme.lineWidth * 1.2 }));
    body.push(
      shape('polygon', {
        points: points([
          [x2 + ux * head, y2 + uy * head],
          [x2 - uy * head * 0.8, y2 - ux * head * 0.8],
          [x2 + uy * head * 0.8, y2 + ux * head * 0.8],
        ]),
        fill: theme.text,
      }),
    );
  };
  const influenceLabel = truncateText(options.axisLabels.influence, plot.width - axis.labelSize * 2, axis.labelSize, 'bold');
  const up = base * 0.8 + axis.labelSize * 0.3;
  arrow(up, axis.influenceLabelY, up, axis.influenceLabelY - axis.labelSize * 0.6);
  body.push(text(up + axis.labelSize * 0.6, axis.influenceLabelY, influenceLabel, { size: axis.labelSize, fill: theme.text, weight: 'bold' }));
  const interestLabel = truncateText(options.axisLabels.interest, plot.width - axis.labelSize * 3, axis.labelSize, 'bold');
  const interestWidth = textWidth(interestLabel, axis.labelSize, 'bold');
  const centre = plot.x + plot.width / 2;
  body.push(text(centre, axis.interestLabelY, interestLabel, { size: axis.labelSize, fill: theme.text, anchor: 'middle', weight: 'bold' }));
  const arrowY = axis.interestLabelY - axis.labelSize * 0.3;
  arrow(centre + interestWidth / 2 + axis.labelSize * 0.4, arrowY, centre + interestWidth / 2 + axis.labelSize * 1.4, arrowY);

  const size = layout.cardFontSize;
  for (const card of layout.cards) {
    body.push(
      shape('rect', {
        x: card.x,
        y: card.y,
        width: card.width,
        height: card.height,
        rx: Math.min(3, card.height / 4),
        fill: theme.cardFill,
        stroke: theme.cardStroke,
        'stroke-width': theme.lineWidth,
        'data-stakeholder': card.id,
        'data-quadrant': card.quadrant,
      }),
    );
    const stripe = Math.min(size * 0.35, card.width * 0.15);
    body.push(shape('rect', { x: card.x, y: card.y, width: stripe, height: card.height, fill: card.colour ?? theme.cardAccent }));
    const lineHeight = card.fontSize * CARD_LINE_HEIGHT;
    card.lines.forEach((line, i) => {
      const y = card.y + card.height / 2 + (i - (card.lines.length - 1) / 2) * lineHeight + card.fontSize * 0.35;
      body.push(text(card.x + stripe + card.fontSize * 0.35, y, line, { size: card.fontSize, fill: theme.text, data: { 'data-stakeholder': card.id } }));
    });
  }
  for (const more of layout.overflow) {
    body.push(
      shape('rect', {
        x: more.x,
        y: more.y,
        width: more.width,
        height: more.height,
        rx: Math.min(3, more.height / 4),
        fill: theme.cardFill,
        stroke: theme.cardStroke,
        'stroke-width': theme.lineWidth,
        'stroke-dasharray': '3 2',
        'data-overflow': more.hiddenIds.length,
      }),
    );
    body.push(
      text(more.x + more.width / 2, more.y + more.height / 2 + size * 0.35, `+${format(more.hiddenIds.length)}`, {
        size,
        fill: theme.text,
        anchor: 'middle',
        weight: 'bold',
      }),
    );
  }

  return svgDocument({ width: options.width, height: options.height }, options.title ?? '', theme.background, body);
}
