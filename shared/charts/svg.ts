/**
 * The SVG subset every chart keeps to, so one string renders the same in a browser, on the
 * projector and in pdfmake's `svg` node (svg-to-pdfkit): rect, line, circle, polygon, polyline,
 * path and text, with presentation attributes only (no CSS, <style>, classes, <g> transforms or
 * foreignObject), and every text with font-family="Sarabun", an explicit font-size and text-anchor.
 */

export const FONT_FAMILY = 'Sarabun';

/** Escapes text for element content and attribute values; drops characters XML 1.0 forbids. */
export function escapeXml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/**
 * A coordinate or length as text: at most 2 decimals, no "-0". A non-finite number is a bug in
 * the chart's geometry; it throws rather than write NaN into a PDF.
 */
export function num(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`a chart coordinate is not a finite number: ${value}`);
  const rounded = Math.round(value * 100) / 100;
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

export type AttributeValue = string | number | undefined;

function attributes(attrs: Readonly<Record<string, AttributeValue>>): string {
  let out = '';
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined) continue;
    out += ` ${name}="${typeof value === 'number' ? num(value) : escapeXml(value)}"`;
  }
  return out;
}

/** An empty element such as <rect …/>. Numbers are written with `num`, strings escaped. */
export function shape(name: 'rect' | 'line' | 'circle' | 'polygon' | 'polyline' | 'path', attrs: Readonly<Record<string, AttributeValue>>): string {
  return `<${name}${attributes(attrs)}/>`;
}

/** "x1,y1 x2,y2 …" for polygon and polyline. */
export function points(list: readonly (readonly [number, number])[]): string {
  return list.map(([x, y]) => `${num(x)},${num(y)}`).join(' ');
}

export type TextAnchor = 'start' | 'middle' | 'end';

export type TextStyle = {
  size: number;
  fill: string;
  anchor?: TextAnchor;
  weight?: 'normal' | 'bold';
  italic?: boolean;
  /** Extra attributes (data-*) for the UI and tests to find the element by. */
  data?: Readonly<Record<string, AttributeValue>>;
};

/** One line of text whose baseline is at y. The content is escaped here. */
export function text(x: number, y: number, content: string, style: TextStyle): string {
  return `<text${attributes({
    x,
    y,
    'font-family': FONT_FAMILY,
    'font-size': style.size,
    'font-weight': style.weight === 'bold' ? 'bold' : undefined,
    'font-style': style.italic ? 'italic' : undefined,
    'text-anchor': style.anchor ?? 'start',
    fill: style.fill,
    ...style.data,
  })}>${escapeXml(content)}</text>`;
}

/** The outer <svg> with a size in px (pdfmake reads width/height), an accessible name and a background. */
export function svgDocument(
  size: { width: number; height: number },
  label: string,
  background: string,
  body: readonly string[],
): string {
  const open = `<svg xmlns="http://www.w3.org/2000/svg"${attributes({
    width: size.width,
    height: size.height,
    viewBox: `0 0 ${num(size.width)} ${num(size.height)}`,
    role: 'img',
    'aria-label': label === '' ? undefined : label,
  })}>`;
  const backdrop = shape('rect', { x: 0, y: 0, width: size.width, height: size.height, fill: background });
  return [open, backdrop, ...body, '</svg>'].join('\n');
}

/** Throws unless the chart has a usable size. */
export function assertChartSize(width: number, height: number): void {
  if (!Number.isFinite(width) || !Number.isFinite(height) || width < 50 || height < 50) {
    throw new RangeError(`a chart needs a width and height of at least 50 (got ${width} × ${height})`);
  }
}

/**
 * The body text size for a chart of this size: ~1/40 of the width, kept between 10 and 32 so a
 * PDF figure stays legible and a projector slide does not shout.
 */
export function baseFontSize(width: number, height: number): number {
  return Math.max(10, Math.min(32, Math.min(width / 40, height / 22)));
}

export function defaultFormatNumber(value: number): string {
  return String(value);
}
