/**
 * Checks a chart against the SVG subset of svg.ts without an XML parser (shared/ has no DOM):
 * a small tokenizer that reports what is wrong, so a test (or an exporter about to hand the
 * string to pdfmake) can assert the list is empty.
 */

const ELEMENTS = new Set(['svg', 'rect', 'line', 'circle', 'polygon', 'polyline', 'path', 'text']);
const NUMERIC = new Set([
  'x',
  'y',
  'width',
  'height',
  'cx',
  'cy',
  'r',
  'rx',
  'x1',
  'y1',
  'x2',
  'y2',
  'font-size',
  'stroke-width',
  'fill-opacity',
]);
const NUMBER = /^-?\d+(\.\d+)?$/;
const ENTITY = /&(?!(amp|lt|gt|quot|#39|#\d+|#x[0-9a-fA-F]+);)/;
const TAG = /^<(\/)?([A-Za-z][\w-]*)((?:\s+[\w:-]+="[^"<>]*")*)\s*(\/)?>$/;
const ATTRIBUTE = /([\w:-]+)="([^"]*)"/g;

export function checkSvgSubset(svg: string): string[] {
  const problems: string[] = [];
  const stack: string[] = [];
  let seenRoot = false;
  let closedRoot = false;
  let last = 0;

  const checkText = (content: string) => {
    if (content.trim() === '') return;
    if (stack.at(-1) !== 'text') problems.push(`text outside a <text> element: "${content.trim().slice(0, 30)}"`);
    if (/[<>]/.test(content)) problems.push(`unescaped < or > in text: "${content.slice(0, 30)}"`);
    if (ENTITY.test(content)) problems.push(`unescaped & in text: "${content.slice(0, 30)}"`);
  };

  for (const match of svg.matchAll(/<[^>]*>?/g)) {
    checkText(svg.slice(last, match.index));
    last = match.index + match[0].length;
    const tag = TAG.exec(match[0]);
    if (!tag) {
      problems.push(`malformed tag: ${match[0].slice(0, 60)}`);
      continue;
    }
    const [, closing, name = '', attributeText = '', selfClosing] = tag;
    if (!ELEMENTS.has(name)) problems.push(`element <${name}> is outside the subset`);
    if (closedRoot) problems.push(`<${name}> after the closing </svg>`);
    if (closing) {
      const open = stack.pop();
      if (open !== name) problems.push(`</${name}> closes <${open ?? 'nothing'}>`);
      if (name === 'svg' && stack.length === 0) closedRoot = true;
      continue;
    }
    if (!seenRoot && name !== 'svg') problems.push(`the document starts with <${name}>, not <svg>`);
    if (name === 'svg' && seenRoot) problems.push('a nested <svg>');
    seenRoot = true;

    const attrs = new Map<string, string>();
    for (const [, attr = '', value = ''] of attributeText.matchAll(ATTRIBUTE)) {
      if (attrs.has(attr)) problems.push(`<${name}> repeats ${attr}`);
      attrs.set(attr, value);
      if (attr === 'class' || attr === 'style' || attr.startsWith('on') || attr.endsWith('href')) {
        problems.push(`<${name}> has a ${attr} attribute`);
      }
      if (/\b(NaN|undefined|Infinity|null)\b/.test(value)) problems.push(`<${name} ${attr}="${value}">`);
      if (ENTITY.test(value)) problems.push(`unescaped & in <${name} ${attr}>`);
      if (NUMERIC.has(attr) && !NUMBER.test(value)) problems.push(`<${name} ${attr}="${value}"> is not a number`);
      if ((attr === 'points' && !/^(-?\d+(\.\d+)?,-?\d+(\.\d+)?)( -?\d+(\.\d+)?,-?\d+(\.\d+)?)*$/.test(value))) {
        problems.push(`<${name} points="${value.slice(0, 40)}"> is not a list of x,y pairs`);
      }
    }
    if (name === 'svg' && attrs.get('xmlns') !== 'http://www.w3.org/2000/svg') problems.push('<svg> lacks the SVG xmlns');
    if (name === 'text') {
      if (attrs.get('font-family') !== 'Sarabun') problems.push('<text> without font-family="Sarabun"');
      if (!attrs.has('font-size')) problems.push('<text> without a font-size');
      if (!['start', 'middle', 'end'].includes(attrs.get('text-anchor') ?? '')) problems.push('<text> without a text-anchor');
      if (selfClosing) problems.push('an empty <text/>');
    }
    if (!selfClosing) stack.push(name);
  }
  checkText(svg.slice(last));
  if (!seenRoot) problems.push('no <svg> element');
  if (stack.length > 0) problems.push(`unclosed: ${stack.join(' > ')}`);
  return problems;
}

/**
 * The elements named `name` in a chart, each with its attributes (values unescaped) and, for
 * <text>, its content: enough for a test or an exporter to read a chart back without a DOM.
 */
export function elementsOf(svg: string, name: string): { attributes: Record<string, string>; content: string }[] {
  const unescape = (s: string) =>
    s.replace(/&(lt|gt|quot|#39|amp);/g, (_, entity: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' })[entity] ?? '');
  const found: { attributes: Record<string, string>; content: string }[] = [];
  // An empty element, an element with only text, or (e.g. <svg>) just the opening tag.
  const pattern = new RegExp(`<${name}((?:\\s+[\\w:-]+="[^"]*")*)\\s*(?:/>|>(?:([^<]*)</${name}>)?)`, 'g');
  for (const match of svg.matchAll(pattern)) {
    const attributes: Record<string, string> = {};
    for (const [, attr = '', value = ''] of (match[1] ?? '').matchAll(ATTRIBUTE)) attributes[attr] = unescape(value);
    found.push({ attributes, content: unescape(match[2] ?? '') });
  }
  return found;
}
