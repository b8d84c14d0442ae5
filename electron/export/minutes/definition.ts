/**
 * The minutes model (shared/minutes) as a pdfmake document definition, in the look of a Thai
 * official document: A4, Sarabun, 2.5 cm left margin and 2 cm elsewhere, ragged-right text,
 * first lines indented, centred title lines, thin-ruled tables whose column widths always add up
 * to the content width (one `*` column takes the rest), and page numbers "หน้า ๑ / ๓".
 *
 * Rendering to bytes is renderPdf's job (electron/export/pdf): Thai line breaking, ำ extraction
 * and Thai marks in SVG are fixed there, for every document.
 */
import type {
  Align,
  FigureBlock,
  KeyValueBlock,
  ListBlock,
  MinutesBlock,
  MinutesDocument,
  ParagraphBlock,
  RichText,
  SignatureBlock,
  TableBlock,
  TableCell,
  TextRun,
} from '../../../shared/minutes';
import { MINUTES_FORMAT, MINUTES_VERSION, pageNumberText } from '../../../shared/minutes';
import { textWidth } from '../../../shared/charts/text';
import { segmentWords } from '../../../shared/text/thai-segment';
import type { PdfContent, PdfContentNode, PdfDocDefinition } from '../pdf/render';

const CM = 72 / 2.54;

/** A4 in points, and the margins of an official Thai document. */
export const PAGE = {
  width: 595.28,
  height: 841.89,
  margins: { left: 2.5 * CM, top: 2 * CM, right: 2 * CM, bottom: 2 * CM },
} as const;
export const CONTENT_WIDTH = PAGE.width - PAGE.margins.left - PAGE.margins.right;

/**
 * Type sizes. Sarabun is drawn larger than TH Sarabun New at the same point size (TH Sarabun's
 * 16 pt convention is about Sarabun's 13–14 pt), so the body is 14 pt, not 16.
 */
export const TYPE = {
  body: 14,
  title: 18,
  section: 16,
  subsection: 15,
  label: 14,
  table: 12.5,
  note: 11.5,
  caption: 12,
  footer: 11,
} as const;

/** The first line of a paragraph is indented, as Thai official writing does (2.5 cm is the งานสารบรรณ rule). */
const PARAGRAPH_INDENT = 2.5 * CM;
/** Lists and key figures hang from a smaller indent. */
const BLOCK_INDENT = 1 * CM;
const CELL_PADDING = 4;
const RULE = 0.6;
/** What a table's chrome takes per column: padding both sides and a vertical rule. */
const COLUMN_CHROME = 2 * CELL_PADDING + RULE;

export interface MinutesPdfOptions {
  /** Compress the PDF's streams (default true; tests turn it off to read the content). */
  compress?: boolean;
}

/** The table layout the minutes use; pass it to renderPdf's `tableLayouts`. */
export const MINUTES_TABLE_LAYOUTS = {
  minutes: {
    // No rule above a caption row (pdfmake would draw one over the cells the caption spans).
    hLineWidth: (i: number, node: { table: { body: { style?: unknown }[][] } }) => (i === 0 && node.table.body[0]?.[0]?.style === 'caption' ? 0 : RULE),
    vLineWidth: () => RULE,
    hLineColor: () => '#444444',
    vLineColor: () => '#444444',
    paddingLeft: () => CELL_PADDING,
    paddingRight: () => CELL_PADDING,
    paddingTop: () => 2,
    paddingBottom: () => 2,
    fillColor: (rowIndex: number, node: { table: { headerRows?: number } }) => (rowIndex < (node.table.headerRows ?? 0) ? '#E9E9E9' : null),
  },
} as const;

function runs(text: RichText): PdfContent {
  if (typeof text === 'string') return text;
  return text.map((run) => {
    const node: PdfContentNode = { text: run.text };
    if (run.bold) node.bold = true;
    if (run.italics) node.italics = true;
    if (run.keepTogether) node.noWrap = true;
    return node;
  });
}

const alignment = (align: Align | undefined): Align => align ?? 'left';

function heading(block: Extract<MinutesBlock, { kind: 'heading' }>): PdfContentNode {
  const style = ['title', 'section', 'subsection', 'label'][block.level - 1]!;
  return { text: block.text, style, alignment: alignment(block.align ?? (block.level === 1 ? 'center' : 'left')), headlineLevel: block.level };
}

function paragraph(block: ParagraphBlock): PdfContentNode {
  const node: PdfContentNode = { text: runs(block.text), alignment: alignment(block.align) };
  node.style = block.tone === 'note' ? 'note' : block.tone === 'lead' ? 'lead' : 'body';
  if (block.indent === 1) node.leadingIndent = PARAGRAPH_INDENT;
  if (block.indent === 'block') node.margin = [BLOCK_INDENT, 0, 0, 4];
  return node;
}

/** Items hang from their markers: "๑." or "ระเบียบวาระที่ ๑" in a column as wide as the widest. */
function list(block: ListBlock, markerWidth = listMarkerWidth(block), last = true): PdfContentNode {
  return {
    stack: block.items.map((item) => ({
      columns: [
        { width: markerWidth, text: item.marker, alignment: item.marker === '•' ? 'center' : 'left' },
        { width: '*', text: runs(item.text) },
      ],
      columnGap: 4,
      margin: [BLOCK_INDENT, 0, 0, 2],
    })),
    style: 'body',
    margin: [0, 0, 0, last ? 6 : 0],
  };
}

function listMarkerWidth(block: ListBlock): number {
  return Math.max(...block.items.map((item) => textWidth(item.marker, TYPE.body)), 8) + 6;
}

function keyValue(block: KeyValueBlock): PdfContentNode {
  const keyWidth = Math.min(CONTENT_WIDTH * 0.4, Math.max(...block.items.map((item) => textWidth(item.key, TYPE.body, 'bold'))) + 10);
  return {
    table: {
      widths: [keyWidth - COLUMN_CHROME, '*'],
      body: block.items.map((item) => [{ text: item.key, bold: true }, runs(item.value)]),
      dontBreakRows: true,
    },
    layout: 'noBorders',
    style: 'body',
    // A component's key figures read as one unit: never split across pages.
    unbreakable: estimateKeyValueHeight(block) < SHORT_BLOCK,
    margin: [BLOCK_INDENT - CELL_PADDING, 2, 0, 8],
  };
}

/**
 * Fixed columns get their share of the content width (less padding and rules, so the table's
 * outer width is exactly the content width); the `fill` column is pdfmake's `*`.
 */
export function tableWidths(block: Pick<TableBlock, 'columns'> & Partial<Pick<TableBlock, 'rows'>>, width = CONTENT_WIDTH): (number | '*')[] {
  const fixed = block.columns.reduce((sum, column) => sum + (column.width === 'fill' ? 0 : column.width.fraction), 0);
  if (fixed >= 1) throw new RangeError(`a table's fixed columns take ${fixed} of the width; they must leave room`);
  const widths = block.columns.map((column, i) => {
    if (column.width === 'fill') return '*' as const;
    // Text that must stay on one line (a date) widens its column; the fill column gives the room.
    const unbreakable = Math.max(longestWordWidth(column.header), ...(block.rows ?? []).map((row) => keepTogetherWidth(row[i] ?? null)));
    return Math.floor(Math.max(column.width.fraction * width - COLUMN_CHROME, unbreakable + 1) * 100) / 100;
  });
  const taken = widths.reduce<number>((sum, w) => sum + (w === '*' ? 0 : w + COLUMN_CHROME), 0);
  if (taken > width * 0.9) throw new RangeError(`a table's fixed columns take ${Math.round(taken)} of ${Math.round(width)} points; they must leave room`);
  return widths;
}

/** A column heading is never cut inside a word ("มัธยฐาน"): the column is at least as wide as its longest word. */
function longestWordWidth(header: string): number {
  return Math.max(0, ...segmentWords(header).map((word) => textWidth(word.trim(), TYPE.table, 'bold')));
}

/** The width of the widest run in a cell that may not be broken across lines. */
function keepTogetherWidth(value: TableCell): number {
  if (value === null || typeof value === 'string') return 0;
  const text = Array.isArray(value) ? (value as readonly TextRun[]) : (value as { text: RichText }).text;
  if (typeof text === 'string') return 0;
  return Math.max(0, ...text.filter((run) => run.keepTogether).map((run) => textWidth(run.text, TYPE.table, run.bold ? 'bold' : 'normal')));
}

/** The text width inside each column, in points (the `*` column's too). */
function innerWidths(block: Pick<TableBlock, 'columns'>): number[] {
  const widths = tableWidths(block);
  const fixed = widths.reduce<number>((sum, w) => sum + (w === '*' ? 0 : w + COLUMN_CHROME), 0);
  const stars = widths.filter((w) => w === '*').length;
  return widths.map((w) => (w === '*' ? (CONTENT_WIDTH - fixed) / Math.max(1, stars) - COLUMN_CHROME : w));
}

function cell(value: TableCell, column: { align?: Align } | undefined): PdfContentNode | Record<string, never> {
  if (value === null) return {};
  if (typeof value === 'string' || Array.isArray(value)) return { text: runs(value as RichText), alignment: alignment(column?.align) };
  const object = value as Exclude<TableCell, string | null | readonly unknown[]>;
  const node: PdfContentNode = { text: runs(object.text), alignment: alignment(object.align ?? (object.colSpan ? 'left' : column?.align)) };
  if (object.colSpan) node.colSpan = object.colSpan;
  if (object.muted) {
    node.color = '#555555';
    node.italics = true;
  }
  if (object.group) node.fillColor = '#F4F4F4';
  return node;
}

const NO_BORDER = [false, false, false, false];

function tableNode(block: TableBlock, estimate: TableEstimate): PdfContentNode {
  const widths = tableWidths(block);
  const header = block.columns.map((column) => ({ text: column.header, bold: true, alignment: alignment(column.align) }));
  const body: unknown[][] = [header, ...block.rows.map((row) => row.map((value, i) => cell(value, block.columns[i])))];
  if (block.caption) {
    // The caption is a header row too: it repeats with the column headings on every page the
    // table runs onto, and a table never starts on a page without it.
    body.unshift([
      { text: block.caption, style: 'caption', colSpan: block.columns.length, border: NO_BORDER, fillColor: '#FFFFFF', margin: [-CELL_PADDING, 0, 0, 2] },
      ...block.columns.slice(1).map(() => ({ text: '', border: NO_BORDER })),
    ]);
  }
  return {
    table: {
      headerRows: block.caption ? 2 : 1,
      // At least one row stays with the header: never a header alone at the foot of a page.
      keepWithHeaderRows: 1,
      // A row is kept on one page when rows are short; a row taller than half a page may break
      // (pdfmake drops what does not fit of an unbreakable piece taller than a page).
      dontBreakRows: (block.keepRowsTogether ?? true) && estimate.tallestRow < SHORT_BLOCK,
      widths,
      body,
    },
    layout: 'minutes',
    style: 'table',
    margin: [0, 4, 0, block.note ? 2 : 10],
  };
}

function table(block: TableBlock): PdfContent[] {
  const estimate = estimateTable(block);
  const node = tableNode(block, estimate);
  const note: PdfContentNode | null = block.note ? { text: block.note, style: 'note', margin: [0, 0, 0, 10] } : null;
  // A short table (and its note) is moved to the next page whole rather than split.
  if (estimate.total < SHORT_TABLE) return [{ stack: note ? [node, note] : [node], unbreakable: true }];
  return note ? [node, note] : [node];
}

function figure(block: FigureBlock): PdfContentNode {
  const scale = Math.min(1, CONTENT_WIDTH / block.width);
  return {
    stack: [
      { svg: block.svg, width: block.width * scale, height: block.height * scale, alignment: 'center' },
      { text: block.caption, style: 'caption', alignment: 'center', margin: [0, 4, 0, 0] },
    ],
    // A chart is never cut across pages, nor parted from its caption.
    unbreakable: true,
    margin: [0, 6, 0, 10],
  };
}

const SIGNATURE_WIDTH = 260;

function signatures(block: SignatureBlock): PdfContentNode {
  const dot = textWidth('…', TYPE.body);
  const dots = (room: number) => '…'.repeat(Math.max(8, Math.floor(room / dot)));
  const line = `${block.signLabel} ${dots(SIGNATURE_WIDTH - textWidth(`${block.signLabel} `, TYPE.body) - 12)}`;
  const blank = `(${dots(SIGNATURE_WIDTH - textWidth('()', TYPE.body) - 12)})`;
  return {
    stack: block.signers.map((signer) => ({
      columns: [
        { width: '*', text: '' },
        {
          width: SIGNATURE_WIDTH,
          stack: [{ text: line }, { text: signer.name ? `(${signer.name})` : blank }, { text: signer.role }],
          alignment: 'center',
        },
      ],
      margin: [0, 28, 0, 0],
    })),
    style: 'body',
    unbreakable: true,
  };
}

const rule = (): PdfContentNode => ({
  canvas: [{ type: 'line', x1: CONTENT_WIDTH * 0.3, y1: 0, x2: CONTENT_WIDTH * 0.7, y2: 0, lineWidth: RULE, lineColor: '#444444' }],
  margin: [0, 9, 0, 12],
});

function block(b: MinutesBlock): PdfContent[] {
  switch (b.kind) {
    case 'heading':
      return [heading(b)];
    case 'paragraph':
      return [paragraph(b)];
    case 'list':
      return [list(b)];
    case 'keyValue':
      return [keyValue(b)];
    case 'table':
      return table(b);
    case 'figure':
      return [figure(b)];
    case 'signatures':
      return [signatures(b)];
    case 'rule':
      return [rule()];
    case 'pageBreak':
      return [{ text: '', pageBreak: 'after' }];
  }
}

// ── Keeping headings with what follows ─────────────────────────────────────────────────────────
//
// pdfmake has no keep-with-next, and its pageBreakBefore hook lays the whole document out again
// for every break it adds (too slow for a 30-page document). So: a heading and what follows it
// go into one unbreakable stack when that is certainly shorter than half a page. When a table or
// a long list follows, the stack also holds an invisible reserve as tall as the table's start
// (caption, headings, first row), and the table is pulled up over the reserve by a negative top
// margin: if the reserve does not fit at the foot of a page, heading and table start the next
// page together; if it fits, the table sits right under the heading. Nothing is ever clipped.

export const CONTENT_HEIGHT = PAGE.height - PAGE.margins.top - PAGE.margins.bottom;
/** Shorter than this (points) is safe to move to the next page whole. */
const SHORT_BLOCK = CONTENT_HEIGHT * 0.5;
/** A table this short is kept whole; a longer one may split (its header repeats). */
const SHORT_TABLE = CONTENT_HEIGHT * 0.45;
/** A figure is never split, so a heading goes with it up to this much. */
const FIGURE_GROUP = CONTENT_HEIGHT * 0.85;

function keepHeadingsWithNext(blocks: readonly MinutesBlock[]): PdfContent[] {
  const out: PdfContent[] = [];
  let i = 0;
  while (i < blocks.length) {
    const current = blocks[i]!;
    if (current.kind !== 'heading' || current.level === 1) {
      out.push(...block(current));
      i += 1;
      continue;
    }
    const group: PdfContent[] = [];
    let height = 0;
    let j = i;
    // The headings…
    while (j < blocks.length && blocks[j]!.kind === 'heading' && (blocks[j] as { level: number }).level > 1) {
      group.push(...block(blocks[j]!));
      height += estimateHeight(blocks[j]!);
      j += 1;
    }
    // Then one short block: an intro paragraph, the key figures, a figure; after an intro
    // paragraph, also the figure or the start of the table it introduces.
    const first = blocks[j];
    const budget = first?.kind === 'figure' ? FIGURE_GROUP : SHORT_BLOCK;
    if (first && first.kind !== 'table' && first.kind !== 'heading' && first.kind !== 'pageBreak' && isShort(first) && height + estimateHeight(first) <= budget) {
      group.push(...block(first));
      height += estimateHeight(first);
      j += 1;
      const after = blocks[j];
      if (first.kind === 'paragraph' && after?.kind === 'figure' && height + estimateHeight(after) <= FIGURE_GROUP) {
        group.push(...block(after));
        j += 1;
      } else if (!(first.kind === 'paragraph' && after?.kind === 'table')) {
        out.push({ stack: group, unbreakable: true });
        i = j;
        continue;
      }
    }
    const next = blocks[j];
    if (next?.kind === 'table') {
      // A short table moves whole, so the reserve is all of it (with room for the estimate's
      // error); a long one splits, so the reserve is its start.
      const estimate = estimateTable(next);
      const reserve = estimate.total < SHORT_TABLE ? estimate.total * 1.1 + 10 : estimate.start;
      group.push({ canvas: [{ type: 'rect', x: 0, y: 0, w: 0, h: reserve, color: '#FFFFFF' }] });
      const [start, ...rest] = table(next);
      const node = start as PdfContentNode;
      const margin = (node.margin as number[] | undefined) ?? [0, 0, 0, 0];
      out.push({ stack: group, unbreakable: true }, { ...node, margin: [margin[0] ?? 0, -reserve + (margin[1] ?? 0), margin[2] ?? 0, margin[3] ?? 0] }, ...rest);
      i = j + 1;
      continue;
    } else if (next?.kind === 'list' && group.length > 0 && estimateHeight(next) >= SHORT_BLOCK / 2) {
      // A long list: its first two items stay with the heading.
      const width = listMarkerWidth(next);
      group.push(list({ kind: 'list', items: next.items.slice(0, 2) }, width, false));
      out.push({ stack: group, unbreakable: true }, list({ kind: 'list', items: next.items.slice(2) }, width));
      i = j + 1;
      continue;
    }
    out.push({ stack: group, unbreakable: true });
    i = j;
  }
  return out;
}

/** Whether the PDF moves this block to the next page whole rather than split it (charts, short tables…). */
export function keptWhole(b: MinutesBlock): boolean {
  switch (b.kind) {
    case 'figure':
    case 'signatures':
      return true;
    case 'keyValue':
      return estimateKeyValueHeight(b) < SHORT_BLOCK;
    case 'table':
      return estimateTable(b).total < SHORT_TABLE;
    default:
      return false;
  }
}

/** Whether a block is short enough to travel with a heading to a new page. */
function isShort(b: MinutesBlock): boolean {
  return b.kind === 'figure' || estimateHeight(b) < SHORT_BLOCK / 2;
}

// ── Height estimates ─────────────────────────────────────────────────────────────────────────
//
// Sarabun's line is 1.3 em. Widths come from Sarabun's advance widths (shared/charts/text), so
// the estimates are close; they only decide what may move to a new page whole, with a margin.

const LINE = 1.3;
const WRAP_SLACK = 0.9;

function linesFor(text: string, size: number, width: number, weight: 'normal' | 'bold' = 'normal'): number {
  return text.split('\n').reduce((sum, part) => sum + Math.max(1, Math.ceil(textWidth(part, size, weight) / (width * WRAP_SLACK))), 0);
}

function plain(text: RichText | TableCell): string {
  if (text === null) return '';
  if (typeof text === 'string') return text;
  if (Array.isArray(text)) return (text as readonly { text: string }[]).map((run) => run.text).join('');
  return plain((text as { text: RichText }).text);
}

interface TableEstimate {
  /** Caption, column headings and the first row. */
  start: number;
  tallestRow: number;
  total: number;
}

function estimateTable(b: TableBlock): TableEstimate {
  const widths = innerWidths(b);
  const rowHeight = (cells: readonly (TableCell | string)[], weight: 'normal' | 'bold') => {
    let lines = 1;
    let column = 0;
    for (const value of cells) {
      const span = value !== null && typeof value === 'object' && !Array.isArray(value) ? ((value as { colSpan?: number }).colSpan ?? 1) : 1;
      const width = widths.slice(column, column + span).reduce((sum, w) => sum + w, 0) + (span - 1) * COLUMN_CHROME;
      if (value !== null) lines = Math.max(lines, linesFor(plain(value), TYPE.table, Math.max(10, width), weight));
      column += 1;
    }
    return lines * TYPE.table * LINE + 4 + RULE;
  };
  const caption = b.caption ? linesFor(b.caption, TYPE.caption, CONTENT_WIDTH, 'bold') * TYPE.caption * LINE + 4 : 0;
  const header = rowHeight(b.columns.map((c) => c.header), 'bold');
  const rows = b.rows.map((row) => rowHeight(row, 'normal'));
  const note = b.note ? linesFor(b.note, TYPE.note, CONTENT_WIDTH) * TYPE.note * LINE + 12 : 0;
  const body = rows.reduce((sum, h) => sum + h, 0);
  return { start: caption + header + (rows[0] ?? 0) + 8, tallestRow: Math.max(0, ...rows), total: caption + header + body + note + 14 };
}

function estimateKeyValueHeight(b: KeyValueBlock): number {
  const valueWidth = CONTENT_WIDTH * 0.6 - BLOCK_INDENT;
  return b.items.reduce((sum, item) => sum + linesFor(plain(item.value), TYPE.body, valueWidth) * TYPE.body * LINE + 4, 10);
}

/** About how tall a block is laid out, in points (for keeping things together and for the preview). */
export function estimateHeight(b: MinutesBlock): number {
  switch (b.kind) {
    case 'heading': {
      const size = [TYPE.title, TYPE.section, TYPE.subsection, TYPE.label][b.level - 1]!;
      return linesFor(b.text, size, CONTENT_WIDTH, 'bold') * size * LINE + 16;
    }
    case 'paragraph': {
      const size = b.tone === 'note' ? TYPE.note : TYPE.body;
      return linesFor(plain(b.text), size, CONTENT_WIDTH - (b.indent ? BLOCK_INDENT : 0)) * size * LINE + 6;
    }
    case 'list':
      return b.items.reduce((sum, item) => sum + linesFor(plain(item.text), TYPE.body, CONTENT_WIDTH - BLOCK_INDENT - 40) * TYPE.body * LINE + 2, 6);
    case 'keyValue':
      return estimateKeyValueHeight(b);
    case 'table':
      return estimateTable(b).total;
    case 'figure':
      return b.height * Math.min(1, CONTENT_WIDTH / b.width) + TYPE.caption * LINE * 2 + 20;
    case 'signatures':
      return b.signers.length * (TYPE.body * LINE * 3 + 28);
    case 'rule':
      return 18;
    case 'pageBreak':
      return 0;
  }
}

/** The pdfmake definition for a minutes document. */
export function minutesToPdfDefinition(model: MinutesDocument, options: MinutesPdfOptions = {}): PdfDocDefinition {
  if (model.format !== MINUTES_FORMAT || model.version !== MINUTES_VERSION) {
    throw new Error(`not a minutes document this exporter knows (${String(model.format)} v${String(model.version)})`);
  }
  const { left, top, right, bottom } = PAGE.margins;
  return {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: [left, top, right, bottom],
    language: model.language === 'th' ? 'th-TH' : 'en-GB',
    compress: options.compress ?? true,
    info: { title: model.title, subject: model.title, keywords: 'Ruam; minutes' },
    content: keepHeadingsWithNext(model.blocks),
    footer: (page: number, pages: number) => ({
      text: pageNumberText(model, page, pages),
      alignment: 'right',
      fontSize: TYPE.footer,
      color: '#333333',
      margin: [left, bottom / 2 - TYPE.footer / 2, right, 0],
    }),
    defaultStyle: { fontSize: TYPE.body, lineHeight: 1 },
    styles: {
      title: { fontSize: TYPE.title, bold: true, margin: [0, 0, 0, 2] },
      lead: { fontSize: TYPE.body, margin: [0, 0, 0, 1] },
      section: { fontSize: TYPE.section, bold: true, margin: [0, 12, 0, 4] },
      subsection: { fontSize: TYPE.subsection, bold: true, margin: [0, 10, 0, 3] },
      label: { fontSize: TYPE.label, bold: true, margin: [0, 6, 0, 2] },
      body: { fontSize: TYPE.body, margin: [0, 0, 0, 4] },
      note: { fontSize: TYPE.note, color: '#333333', margin: [0, 0, 0, 6] },
      caption: { fontSize: TYPE.caption, bold: true },
      table: { fontSize: TYPE.table },
    },
  };
}
