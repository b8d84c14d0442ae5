import { CHART_THEMES, type Contrast } from './palette';
import { assertChartSize, baseFontSize, defaultFormatNumber, points, shape, svgDocument, text } from './svg';
import { textWidth, truncateText, widestWord, wrapText } from './text';

export type RepresentationRow = {
  /** The stakeholder group, translated (e.g. "ภาคประชาสังคม"). */
  label: string;
  count: number;
  /**
   * Too few to show (see `suppressSmallGroups` in shared/scoring): neither the count nor a bar
   * whose length would give it away is drawn, only `labels.suppressed`.
   */
  suppressed?: boolean;
  /** A group the room should have heard from and did not (`missing`), or barely (`thin`). */
  flag?: 'missing' | 'thin';
};

export type RepresentationOptions = {
  rows: readonly RepresentationRow[];
  title?: string;
  /** Translated notes: e.g. { suppressed: 'น้อยกว่า 5 คน', missing: 'ไม่มีผู้แทน', thin: 'มีน้อย' }. */
  labels?: { suppressed?: string; missing?: string; thin?: string };
  width: number;
  height: number;
  contrast?: Contrast;
  formatNumber?: (value: number) => string;
  fontSize?: number;
};

/** Who was in the room, per stakeholder group, as horizontal bars, with gaps flagged. */
export function representationSvg(options: RepresentationOptions): string {
  const { rows, width, height } = options;
  assertChartSize(width, height);
  for (const row of rows) {
    if (!Number.isSafeInteger(row.count) || row.count < 0) {
      throw new RangeError(`the count for "${row.label}" must be a whole number ≥ 0 (got ${row.count})`);
    }
  }
  const theme = CHART_THEMES[options.contrast ?? 'standard'];
  const format = options.formatNumber ?? defaultFormatNumber;
  const base = options.fontSize ?? baseFontSize(width, height);
  const pad = base * 0.8;
  const body: string[] = [];

  let top = pad;
  if (options.title) {
    const titleSize = base * 1.25;
    for (const line of wrapText(options.title, width - 2 * pad, titleSize, { maxLines: 2, weight: 'bold' })) {
      top += titleSize * 1.25;
      body.push(text(width / 2, top - titleSize * 0.25, line, { size: titleSize, fill: theme.text, anchor: 'middle', weight: 'bold' }));
    }
    top += base * 0.5;
  }
  if (rows.length === 0) return svgDocument({ width, height }, options.title ?? '', theme.background, body);

  const rowHeight = (height - pad - top) / rows.length;
  const { size, labelColumn, labelLines, annotations, annotationWidth, markerSize } = layoutLabels(rows, options, width, rowHeight, base, pad);
  const lineHeight = size * LABEL_LINE_HEIGHT;
  const barX = pad + labelColumn + size * 0.6;
  const barSpace = Math.max(width * 0.1, width - pad - barX - annotationWidth - size * 0.6);
  const longest = Math.max(1, ...rows.filter((row) => !row.suppressed).map((row) => row.count));
  const barHeight = Math.min(rowHeight * 0.62, size * 1.5);

  rows.forEach((row, i) => {
    const centre = top + (i + 0.5) * rowHeight;
    const lines = labelLines[i] ?? [];
    const labelTop = centre - (lines.length * lineHeight) / 2;
    lines.forEach((line, j) => {
      body.push(text(pad, labelTop + j * lineHeight + size * 0.92, line, { size, fill: theme.text, data: { 'data-row': i } }));
    });

    let x = barX;
    if (!row.suppressed) {
      const length = (row.count / longest) * barSpace;
      if (length > 0) {
        body.push(shape('rect', { x: barX, y: centre - barHeight / 2, width: length, height: barHeight, fill: theme.bar, 'data-row': i }));
      }
      x += length;
    }
    const annotation = annotations[i] ?? { value: '', flag: '' };
    x += size * 0.35;
    body.push(
      text(x, centre + size * 0.35, truncateText(annotation.value, width - pad - x, size, 'bold'), {
        size,
        fill: row.suppressed ? theme.mutedText : theme.text,
        weight: 'bold',
        italic: row.suppressed === true,
        data: { 'data-row': i, 'data-value': row.suppressed ? 'suppressed' : row.count },
      }),
    );
    x += textWidth(annotation.value, size, 'bold');

    if (row.flag) {
      // A shape as well as a colour: a filled circle for "missing", a triangle for "thin".
      const mx = x + size * 0.5 + markerSize;
      const colour = row.flag === 'missing' ? theme.missing : theme.thin;
      body.push(
        row.flag === 'missing'
          ? shape('circle', { cx: mx, cy: centre, r: markerSize, fill: colour, 'data-flag': row.flag, 'data-row': i })
          : shape('polygon', {
              points: points([
                [mx, centre - markerSize * 1.1],
                [mx + markerSize * 1.1, centre + markerSize * 0.8],
                [mx - markerSize * 1.1, centre + markerSize * 0.8],
              ]),
              fill: colour,
              'data-flag': row.flag,
              'data-row': i,
            }),
      );
      if (annotation.flag) {
        const flagX = mx + markerSize + size * 0.3;
        body.push(
          text(flagX, centre + size * 0.35, truncateText(annotation.flag, width - pad - flagX, size), {
            size,
            fill: theme.text,
            data: { 'data-row': i },
          }),
        );
      }
    }
  });

  body.push(
    shape('line', { x1: barX, y1: top, x2: barX, y2: height - pad, stroke: theme.axisLine, 'stroke-width': theme.lineWidth }),
  );

  return svgDocument({ width, height }, options.title ?? '', theme.background, body);
}

/** Line height of a label on two lines, in font sizes. */
const LABEL_LINE_HEIGHT = 1.15;
/** Labels wrap to at most this many lines. */
const LABEL_MAX_LINES = 2;
/** The label column takes at least / at most this share of the chart's width. */
const LABEL_COLUMN_MIN = 0.18;
const LABEL_COLUMN_MAX = 0.5;
/** The smallest label size tried, as a share of the largest the rows allow, before "…" is used. */
const SMALLEST_SCALE = 0.72;
/** Share of a row's height that a label on two lines may take: the rest keeps rows apart. */
const LABEL_ROW_SHARE = 0.86;

/**
 * The label size, the label column and each label's lines. The column is as wide as the labels
 * need, within bounds that leave room for a bar and what is written after it. A label that does
 * not fit the column on one line wraps between words to two lines where the row is tall enough;
 * failing that, all labels get a size smaller, down to SMALLEST_SCALE of the largest size.
 * Only then does a label end in "…", after a whole word.
 */
function layoutLabels(
  rows: readonly RepresentationRow[],
  options: RepresentationOptions,
  width: number,
  rowHeight: number,
  base: number,
  pad: number,
) {
  const format = options.formatNumber ?? defaultFormatNumber;
  const labels = rows.map((row) => row.label.replace(/\s+/g, ' ').trim());
  const attempt = (size: number) => {
    const markerSize = size * 0.45;
    // What is written after each bar: the count (or the suppressed note) and a flag.
    const annotations = rows.map((row) => ({
      value: row.suppressed ? (options.labels?.suppressed ?? '–') : format(row.count),
      flag: row.flag === undefined ? '' : (options.labels?.[row.flag] ?? ''),
    }));
    const annotationWidth = Math.max(
      ...annotations.map(
        (a) => textWidth(a.value, size, 'bold') + (a.flag ? size * 0.5 + markerSize * 2 + size * 0.3 + textWidth(a.flag, size) : 0),
      ),
    );
    const gaps = size * 0.6 + size * 0.35 + size * 0.6;
    const room = width - 2 * pad - gaps - annotationWidth - Math.max(width * 0.1, size * 2);
    const maxColumn = Math.max(width * LABEL_COLUMN_MIN, Math.min(width * LABEL_COLUMN_MAX, room));
    const maxLines = Math.max(1, Math.min(LABEL_MAX_LINES, Math.floor((rowHeight * LABEL_ROW_SHARE) / (size * LABEL_LINE_HEIGHT))));
    const fits = labels.every(
      (label) => widestWord(label, size) <= maxColumn && wrapText(label, maxColumn, size).length <= maxLines,
    );
    const labelLines = labels.map((label) => wrapText(label, maxColumn, size, { maxLines }));
    const widest = Math.max(0, ...labelLines.flat().map((line) => textWidth(line, size)));
    const labelColumn = Math.min(maxColumn, Math.max(width * LABEL_COLUMN_MIN, widest));
    return { size, labelColumn, labelLines, annotations, annotationWidth, markerSize, fits };
  };
  const largest = Math.max(8, Math.min(base, rowHeight * 0.42));
  const smallest = Math.max(8, largest * SMALLEST_SCALE);
  let best = attempt(largest);
  for (let size = largest * 0.92; !best.fits && size >= smallest - 1e-9; size *= 0.92) best = attempt(size);
  if (!best.fits && best.size > smallest) best = attempt(smallest);
  return best;
}
