/**
 * The parts of pdfmake 0.3.11 (and the pdfkit/fontkit under it) that the Thai typesetting hooks
 * touch, loaded through Node's own `require` so they are the very module instances pdfmake uses.
 *
 * The types describe only what we use. They are checked against the pinned versions by the tests:
 * if pdfmake's internals move, `installTypesetting` fails loudly instead of typesetting wrongly.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const pdfmakeRequire = createRequire(require.resolve('pdfmake/package.json'));

/** The version the hooks (and patches/pdfmake+0.3.11.patch) were written against. */
export const PDFMAKE_VERSION = '0.3.11';

function loadDefault<T>(id: string): T {
  const loaded = pdfmakeRequire(id) as { default?: T } | T;
  return ((loaded as { default?: T }).default ?? loaded) as T;
}

// ---- pdfmake ---------------------------------------------------------------------------------

/** A measured piece of text on a line (pdfmake calls it an inline). */
export interface Inline {
  text: string;
  width: number;
  x: number;
  height: number;
  font: EmbeddedFont;
  fontSize: number;
  alignment?: string;
  leadingCut?: number;
  trailingCut?: number;
  lineEnd?: boolean;
  noNewLine?: boolean;
  noWrap?: boolean | null;
  characterSpacing?: number;
  fontFeatures?: unknown;
  justifyShift?: number;
  [property: string]: unknown;
  [mark: symbol]: unknown;
}

export interface Line {
  inlines: Inline[];
  maxWidth: number;
  clone(): Line;
  [property: string]: unknown;
}

export interface TextNode {
  _inlines?: Inline[];
  [property: string]: unknown;
}

/** A broken-up piece of text before measuring, as pdfmake's TextBreaker returns it. */
export interface BrokenWord {
  text: string;
  lineEnd?: boolean;
  noNewLine?: boolean;
  [property: string]: unknown;
  [mark: symbol]: unknown;
}

export interface StyleContextStackStatic {
  getStyleProperty(item: object, styleContextStack: unknown, property: string, defaultValue: unknown): unknown;
  copyStyle(source?: object | null, destination?: object): object;
}

export interface TextBreakerPrototype {
  getBreaks(texts: unknown, styleContextStack: unknown): BrokenWord[];
}

export interface LayoutBuilderPrototype {
  layoutDocument(docStructure: unknown, pdfDocument: PdfmakeDocument, ...rest: unknown[]): unknown;
  buildNextLine(textNode: TextNode): Line | null;
  writer: { context(): { availableWidth: number } };
}

export interface RendererPrototype {
  renderPages(pages: unknown[]): void;
  renderLine(line: Line, x: number, y: number): void;
  pdfDocument: PdfmakeDocument;
}

export interface Column {
  width?: unknown;
  _minWidth: number;
  _maxWidth: number;
  _calcWidth: number;
}

export interface ColumnCalculator {
  buildColumnWidths(columns: Column[], availableWidth: number, offsetTotal?: number, tableNode?: unknown): void;
  isAutoColumn(column: Column): boolean;
  isStarColumn(column: Column): boolean;
}

/** pdfmake's PDFDocument: a pdfkit document that knows the document's fonts. */
export interface PdfmakeDocument {
  /** The text cursor (pdfkit); pdfmake passes explicit positions, so it is never read back. */
  x: number;
  y: number;
  _font: EmbeddedFont | object;
  font(...args: unknown[]): PdfmakeDocument;
  /** Draws one run of text at a position (pdfkit internal). */
  _fragment(...args: unknown[]): void;
  /** Draws one line of text and moves the cursor past it (pdfkit internal). */
  _line(text: unknown, options?: object, wrapper?: unknown): void;
  addContent(data: string): PdfmakeDocument;
  on(event: 'data', listener: (chunk: Buffer) => void): void;
  on(event: 'end' | 'error', listener: (error?: Error) => void): void;
  end(): void;
}

export interface PrinterInstance {
  createPdfKitDocument(docDefinition: object, options?: object): Promise<PdfmakeDocument>;
}

export type PrinterConstructor = new (
  fonts: object,
  virtualfs: object | null,
  urlResolver: object,
  localAccessPolicy?: (path: string) => boolean,
) => PrinterInstance;

export type URLResolverConstructor = new (fs: object) => {
  setUrlAccessPolicy(policy: (url: string) => boolean): void;
};

// ---- pdfkit / fontkit ------------------------------------------------------------------------

export interface GlyphPosition {
  xAdvance: number;
  yAdvance: number;
  xOffset: number;
  yOffset: number;
  advanceWidth: number;
}

export interface FontkitGlyph {
  id: number;
  advanceWidth: number;
}

export interface FontkitGlyphRun {
  glyphs: FontkitGlyph[];
  positions: GlyphPosition[];
}

export interface FontkitFont {
  characterSet: number[];
  glyphForCodePoint(codePoint: number): FontkitGlyph;
  layout(text: string, features?: unknown): FontkitGlyphRun;
}

export interface FontkitSubset {
  glyphs: number[];
  includeGlyph(glyphId: number): number;
}

/** pdfkit's EmbeddedFont (not exported by pdfkit; reached through a document's `_font`). */
export interface EmbeddedFont {
  font: FontkitFont;
  subset: FontkitSubset;
  unicode: number[][];
  widths: number[];
  scale: number;
  layoutCached(text: string): FontkitGlyphRun;
  widthOfString(text: string, size: number, features?: unknown): number;
  layoutRun(text: string, features?: unknown): FontkitGlyphRun;
  encode(text: string, features?: unknown): [string[], GlyphPosition[]];
}

export interface TextInlinesPrototype {
  buildInlines(textArray: unknown, styleContextStack: unknown): { items: Inline[]; minWidth: number; maxWidth: number };
}

export const TextInlines = loadDefault<{ prototype: TextInlinesPrototype }>('pdfmake/js/TextInlines.js');
export const TextBreaker = loadDefault<{ prototype: TextBreakerPrototype }>('pdfmake/js/TextBreaker.js');
export const StyleContextStack = loadDefault<StyleContextStackStatic>('pdfmake/js/StyleContextStack.js');
export const LayoutBuilder = loadDefault<{ prototype: LayoutBuilderPrototype }>('pdfmake/js/LayoutBuilder.js');
export const Renderer = loadDefault<{ prototype: RendererPrototype }>('pdfmake/js/Renderer.js');
export const columnCalculator = loadDefault<ColumnCalculator>('pdfmake/js/columnCalculator.js');
export const PdfmakePDFDocument = loadDefault<{ prototype: PdfmakeDocument }>('pdfmake/js/PDFDocument.js');
export const PdfKitDocument = loadDefault<{ prototype: PdfmakeDocument }>('pdfkit');
export const Printer = loadDefault<PrinterConstructor>('pdfmake/js/Printer.js');
export const URLResolver = loadDefault<URLResolverConstructor>('pdfmake/js/URLResolver.js');

export interface LineBreakerInstance {
  nextBreak(): { position: number; required: boolean } | null;
}
/** The UAX #14 line breaker pdfmake itself uses (its own copy, via pdfmake's dependency). */
export const LineBreaker = loadDefault<new (text: string) => LineBreakerInstance>('linebreak');

export function installedPdfmakeVersion(): string {
  return (pdfmakeRequire('pdfmake/package.json') as { version: string }).version;
}
