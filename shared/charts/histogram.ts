import { CHART_THEMES, type Contrast } from './palette';
import {
  assertChartSize,
  baseFontSize,
  defaultFormatNumber,
  points,
  shape,
  svgDocument,
  text,
} from './svg';
import { widestWord, wrapText } from './text';

export type HistogramOptions = {
  /** counts[0] is level 1. */
  counts: readonly number[];
  /** One label per level, already translated (e.g. "1 ไม่มี/เริ่มต้น"). */
  levelLabels: readonly string[];
  title?: string;
  /** The poll's median (may end in .5): its bar(s) are highlighted and a marker points at it. */
  highlightMedian?: number | null;
  width: number;
  height: number;
  contrast?: Contrast;
  /** How counts are written, e.g. in Thai digits. Default: Western digits. */
  formatNumber?: (value: number) => string;
  /** Overrides the body text size, which otherwise follows the chart's size. */
  fontSize?: number;
} & (
  | { abstain?: undefined; abstainLabel?: undefined }
  /** Abstentions get their own grey column, set apart from the scale. */
  | { abstain: number; abstainLabel: string }
);

/** A poll's distribution as bars, one per level, with the count written on each bar. */
export function histogramSvg(options: HistogramOptions): string {
  const { counts, levelLabels, width, height } = options;
  assertChartSize(width, height);
  if (counts.length < 2 || levelLabels.length !== counts.length) {
    throw new RangeError(`a histogram needs one label per level (${counts.length} levels, ${levelLabels.length} labels)`);
  }
  for (const count of [...counts, options.abstain ?? 0]) {
    if (!Number.isSafeInteger(count) || count < 0) throw new RangeError(`a count must be a whole number ≥ 0 (got ${count})`);
  }
  const median = options.highlightMedian ?? null;
  if (median !== null && !(median >= 1 && median <= counts.length)) {
    throw new RangeError(`the median ${median} is outside the scale 1..${counts.length}`);
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

  const showAbstain = options.abstain !== undefined;
  // The abstain column stands half a column apart from the scale: it is not a level.
  const slots = counts.length + (showAbstain ? 1.5 : 0);
  const columnWidth = (width - 2 * pad) / slots;
  const columnX = (slot: number) => pad + slot * columnWidth;

  const labelSize = Math.max(9, base * 0.85);
  const labelText = [...levelLabels, ...(showAbstain ? [options.abstainLabel] : [])];
  const wrapped = labelText.map((label) => fitLabel(label, columnWidth * 0.94, labelSize));
  const labelHeight = Math.max(labelSize * LABEL_LINE_HEIGHT, ...wrapped.map(({ lines, size }) => lines.length * size * LABEL_LINE_HEIGHT));
  const markerSize = median === null ? 0 : base * 0.55;
  const baseline = height - pad - labelHeight - markerSize * 1.6 - base * 0.3;
  const countSize = base;
  const plotTop = top + countSize * 1.4;
  const plotHeight = Math.max(0, baseline - plotTop);
  const tallest = Math.max(1, ...counts, options.abstain ?? 0);
  const barWidth = columnWidth * 0.7;

  const bar = (slot: number, count: number, fill: string, extra: Record<string, string | number | undefined>) => {
    const barHeight = (count / tallest) * plotHeight;
    const x = columnX(slot) + (columnWidth - barWidth) / 2;
    if (count > 0) body.push(shape('rect', { x, y: baseline - barHeight, width: barWidth, height: barHeight, fill, ...extra }));
    body.push(
      text(x + barWidth / 2, baseline - barHeight - countSize * 0.3, format(count), {
        size: countSize,
        fill: theme.text,
        anchor: 'middle',
        weight: 'bold',
        data: { 'data-count': slot < counts.length ? slot + 1 : 'abstain' },
      }),
    );
  };

  counts.forEach((count, i) => {
    const level = i + 1;
    const highlighted = median !== null && (level === Math.floor(median) || level === Math.ceil(median));
    bar(i, count, highlighted ? theme.highlight : theme.bar, {
      stroke: highlighted ? theme.text : undefined,
      'stroke-width': highlighted ? theme.lineWidth * 1.5 : undefined,
      'data-level': level,
      'data-highlight': highlighted ? 'median' : undefined,
    });
  });
  if (showAbstain) {
    bar(counts.length + 0.5, options.abstain ?? 0, theme.abstainBar, {
      stroke: theme.axisLine,
      'stroke-width': theme.lineWidth,
      'stroke-dasharray': '4 3',
      'data-level': 'abstain',
    });
  }

  body.push(
    shape('line', { x1: pad, y1: baseline, x2: width - pad, y2: baseline, stroke: theme.axisLine, 'stroke-width': theme.lineWidth }),
  );

  if (median !== null) {
    // A triangle under the axis pointing up at the median; halfway between two bars for x.5.
    const x = columnX(median - 0.5);
    const tip = baseline + base * 0.15;
    body.push(
      shape('polygon', {
        points: points([
          [x, tip],
          [x - markerSize * 0.6, tip + markerSize],
          [x + markerSize * 0.6, tip + markerSize],
        ]),
        fill: theme.text,
        'data-median': median,
      }),
    );
  }

  const labelTop = baseline + markerSize * 1.6 + base * 0.3;
  wrapped.forEach(({ lines, size }, slot) => {
    const x = columnX(slot < counts.length ? slot : counts.length + 0.5) + columnWidth / 2;
    lines.forEach((line, row) => {
      body.push(
        text(x, labelTop + row * size * LABEL_LINE_HEIGHT + size * 0.95, line, {
          size,
          fill: slot < counts.length ? theme.text : theme.mutedText,
          anchor: 'middle',
        }),
      );
    });
  });

  return svgDocument({ width, height }, options.title ?? '', theme.background, body);
}

const LABEL_LINE_HEIGHT = 1.25;
const LABEL_MAX_LINES = 3;
/** How far a level label may shrink so that a long word fits its column whole. */
const LABEL_SMALLEST_SCALE = 0.7;

/**
 * A level label wrapped to its column at `size`, or a step smaller where one of its words is
 * wider than the column ("Institutionalised," in English): that label only, down to 70% (and not
 * below 8). What still does not fit ends in "…" after a whole word (`wrapText`).
 */
function fitLabel(label: string, width: number, size: number): { lines: string[]; size: number } {
  const smallest = Math.max(8, size * LABEL_SMALLEST_SCALE);
  let fitted = size;
  while (fitted > smallest && widestWord(label, fitted) > width) fitted = Math.max(smallest, fitted * 0.92);
  return { lines: wrapText(label, width, fitted, { maxLines: LABEL_MAX_LINES }), size: fitted };
}
