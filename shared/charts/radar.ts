import { CHART_THEMES, type ChartTheme, type Contrast } from './palette';
import { assertChartSize, baseFontSize, num, points, shape, svgDocument, text, type TextAnchor } from './svg';
import { textWidth, wrapText } from './text';

export type RadarSeries = {
  /** Shown in the legend, e.g. "ปัจจุบัน" / "เป้าหมาย". */
  name: string;
  /** One value per axis, in axis order; null where there is no figure (nobody answered). */
  values: readonly (number | null)[];
  /** Defaults to the theme's series colours in order. */
  colour?: string;
};

export type RadarOptions = {
  /** One axis per framework component (eight for OPDC), clockwise from the top. */
  axes: readonly { label: string }[];
  series: readonly RadarSeries[];
  /** The scale's ends. Default 1..5. */
  min?: number;
  max?: number;
  title?: string;
  width: number;
  height: number;
  contrast?: Contrast;
  fontSize?: number;
};

type Point = readonly [number, number];

/**
 * Each series has its own marker shape and every other one a dashed line, so current and target
 * stay apart in a greyscale print and for readers who cannot tell the colours apart.
 */
function marker(index: number, [x, y]: Point, size: number, fill: string, theme: ChartTheme, data: Record<string, string | number>): string {
  const outline = { fill, stroke: theme.background, 'stroke-width': theme.lineWidth, ...data };
  switch (index % 4) {
    case 0:
      return shape('circle', { cx: x, cy: y, r: size, ...outline });
    case 1:
      return shape('rect', { x: x - size * 0.9, y: y - size * 0.9, width: size * 1.8, height: size * 1.8, ...outline });
    case 2:
      return shape('polygon', { points: points([[x, y - size * 1.2], [x + size * 1.1, y + size * 0.8], [x - size * 1.1, y + size * 0.8]]), ...outline });
    default:
      return shape('polygon', { points: points([[x, y - size * 1.25], [x + size * 1.25, y], [x, y + size * 1.25], [x - size * 1.25, y]]), ...outline });
  }
}

function dashFor(index: number, theme: ChartTheme): string | undefined {
  return index % 2 === 1 ? `${num(theme.lineWidth * 6)} ${num(theme.lineWidth * 4)}` : undefined;
}

/**
 * Current against target (or any series) per component. Rings are the scale's levels, the
 * innermost ring being `min` and the outermost `max`; the centre stands for "below the scale", so
 * a series at level 1 everywhere is still a visible shape rather than a dot.
 */
export function radarSvg(options: RadarOptions): string {
  const { axes, series, width, height } = options;
  const min = options.min ?? 1;
  const max = options.max ?? 5;
  assertChartSize(width, height);
  if (axes.length < 3) throw new RangeError(`a radar needs at least 3 axes (got ${axes.length})`);
  if (!Number.isInteger(min) || !Number.isInteger(max) || max <= min) {
    throw new RangeError(`the scale must run between two whole numbers, min < max (got ${min}..${max})`);
  }
  series.forEach((s) => {
    if (s.values.length !== axes.length) throw new RangeError(`series "${s.name}" needs ${axes.length} values (got ${s.values.length})`);
    for (const value of s.values) {
      if (value !== null && !(value >= min && value <= max)) {
        throw new RangeError(`series "${s.name}" has ${value}, outside the scale ${min}..${max}`);
      }
    }
  });
  const theme = CHART_THEMES[options.contrast ?? 'standard'];
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
    top += base * 0.3;
  }

  // Legend rows at the bottom: marker, a stretch of the series' line, its name.
  const legendSize = base * 0.9;
  const swatch = legendSize * 2.2;
  const itemGap = legendSize * 1.4;
  const items = series.map((s, i) => ({ s, i, width: swatch + legendSize * 0.4 + textWidth(s.name, legendSize) }));
  const legendRows: (typeof items)[] = [];
  for (const item of items) {
    const row = legendRows.at(-1);
    const rowWidth = row ? row.reduce((w, it) => w + it.width + itemGap, -itemGap) : 0;
    if (row && rowWidth + itemGap + item.width <= width - 2 * pad) row.push(item);
    else legendRows.push([item]);
  }
  const legendLineHeight = legendSize * 1.5;
  const legendHeight = legendRows.length * legendLineHeight;
  const bottom = height - pad - legendHeight - (legendRows.length > 0 ? base * 0.4 : 0);

  const labelSize = Math.max(9, base * 0.8);
  const labelLineHeight = labelSize * 1.2;
  const labelWidth = Math.max(base * 5, width * 0.2);
  const labelLines = axes.map((axis) => wrapText(axis.label, labelWidth, labelSize, { maxLines: 3 }));
  const tallestLabel = Math.max(1, ...labelLines.map((lines) => lines.length)) * labelLineHeight;
  const gap = base * 0.5;
  const cx = width / 2;
  const cy = (top + bottom) / 2;
  const radius = Math.max(10, Math.min(width / 2 - pad - labelWidth - gap, (bottom - top) / 2 - tallestLabel - gap));

  const angle = (k: number) => -Math.PI / 2 + (2 * Math.PI * k) / axes.length;
  const at = (k: number, r: number): Point => [cx + r * Math.cos(angle(k)), cy + r * Math.sin(angle(k))];
  const ring = (value: number) => (radius * (value - min + 1)) / (max - min + 1);

  for (let level = min; level <= max; level++) {
    body.push(
      shape('polygon', {
        points: points(axes.map((_, k) => at(k, ring(level)))),
        fill: 'none',
        stroke: level === max ? theme.axisLine : theme.gridLine,
        'stroke-width': theme.lineWidth,
        'data-ring': level,
      }),
    );
  }
  axes.forEach((_, k) => {
    const [x2, y2] = at(k, radius);
    body.push(shape('line', { x1: cx, y1: cy, x2, y2, stroke: theme.gridLine, 'stroke-width': theme.lineWidth, 'data-axis': k }));
  });
  const tickSize = Math.max(8, base * 0.65);
  for (let level = min; level <= max; level++) {
    body.push(text(cx + tickSize * 0.35, cy - ring(level) + tickSize * 1.05, String(level), { size: tickSize, fill: theme.mutedText }));
  }

  // Axis labels just outside the outer ring, anchored away from the centre.
  labelLines.forEach((lines, k) => {
    const cos = Math.cos(angle(k));
    const sin = Math.sin(angle(k));
    const [x, y] = at(k, radius + gap);
    const anchor: TextAnchor = cos > 0.25 ? 'start' : cos < -0.25 ? 'end' : 'middle';
    const blockHeight = lines.length * labelLineHeight;
    const firstBaseline =
      sin < -0.25 ? y - blockHeight + labelSize : sin > 0.25 ? y + labelSize * 0.9 : y - blockHeight / 2 + labelSize * 0.9;
    lines.forEach((line, row) => {
      body.push(text(x, firstBaseline + row * labelLineHeight, line, { size: labelSize, fill: theme.text, anchor }));
    });
  });

  const markerSize = Math.max(3, base * 0.3) * (theme.lineWidth > 1 ? 1.3 : 1);
  series.forEach((s, i) => {
    const colour = s.colour ?? theme.series[i % theme.series.length] ?? theme.text;
    const stroke = { stroke: colour, 'stroke-width': theme.lineWidth * 2.5, 'stroke-dasharray': dashFor(i, theme), 'stroke-linejoin': 'round' };
    const placed = s.values.map((value, k) => (value === null ? null : at(k, ring(value))));
    if (placed.every((p) => p !== null)) {
      body.push(
        shape('polygon', {
          points: points(placed as Point[]),
          fill: theme.areaOpacity > 0 ? colour : 'none',
          'fill-opacity': theme.areaOpacity > 0 ? theme.areaOpacity : undefined,
          ...stroke,
          'data-series': i,
        }),
      );
    } else {
      // A missing figure breaks the outline: join only neighbouring axes that both have one.
      placed.forEach((p, k) => {
        const next = placed[(k + 1) % placed.length];
        if (p && next) {
          body.push(shape('polyline', { points: points([p, next]), fill: 'none', ...stroke, 'data-series': i }));
        }
      });
    }
    placed.forEach((p, k) => {
      if (p) body.push(marker(i, p, markerSize, colour, theme, { 'data-series': i, 'data-axis': k, 'data-value': s.values[k] ?? '' }));
    });
  });

  legendRows.forEach((row, r) => {
    const rowWidth = row.reduce((w, it) => w + it.width + itemGap, -itemGap);
    let x = (width - rowWidth) / 2;
    const y = bottom + base * 0.4 + r * legendLineHeight + legendLineHeight / 2;
    for (const { s, i, width: itemWidth } of row) {
      const colour = s.colour ?? theme.series[i % theme.series.length] ?? theme.text;
      body.push(
        shape('line', { x1: x, y1: y, x2: x + swatch, y2: y, stroke: colour, 'stroke-width': theme.lineWidth * 2.5, 'stroke-dasharray': dashFor(i, theme) }),
      );
      body.push(marker(i, [x + swatch / 2, y], markerSize, colour, theme, { 'data-legend': i }));
      body.push(text(x + swatch + legendSize * 0.4, y + legendSize * 0.35, s.name, { size: legendSize, fill: theme.text }));
      x += itemWidth + itemGap;
    }
  });

  return svgDocument({ width, height }, options.title ?? '', theme.background, body);
}
