/**
 * Installs the Thai typesetting hooks into pdfmake, once per process.
 *
 * The hooks are replacements of prototype methods (runtime subclassing, without forking pdfmake)
 * and act only on documents rendered through `renderPdf`: such a document's content is registered
 * here, and while pdfmake lays it out or renders it (both synchronous) the document's settings are
 * "active". Any other pdfmake document in the process is laid out exactly as stock pdfmake would.
 */
import { withActualText } from './actual-text';
import { isEmbeddedFont, takeActualTextSpans, upgradeFont } from './glyph-text';
import { withMergedInlines } from './inline-merging';
import {
  LayoutBuilder,
  PDFMAKE_VERSION,
  PdfKitDocument,
  PdfmakePDFDocument,
  Renderer,
  StyleContextStack,
  TextBreaker,
  TextInlines,
  columnCalculator,
  installedPdfmakeVersion,
  type Column,
  type Line,
  type PdfmakeDocument,
  type TextNode,
} from './pdfmake-internals';
import { cutAtLineEnd, getBreaks, keepColumnsWithinWidth, minimumWidth } from './thai-line-breaking';

export interface Typesetting {
  /** Break lines at Thai word boundaries (and what goes with it); off gives stock line breaking. */
  readonly thaiLineBreaking: boolean;
}

const typesettingByContent = new WeakMap<object, Typesetting>();
const typesettingByDocument = new WeakMap<object, Typesetting>();
/** The settings of the document pdfmake is laying out or rendering right now (synchronous work). */
let active: Typesetting | null = null;

/** Marks `content` (the object passed as docDefinition.content) as ours, with these settings. */
export function registerContent(content: object, typesetting: Typesetting): void {
  typesettingByContent.set(content, typesetting);
}

function within<T>(typesetting: Typesetting | null, work: () => T): T {
  const previous = active;
  active = typesetting;
  try {
    return work();
  } finally {
    active = previous;
  }
}

let installed = false;

export function installTypesetting(): void {
  if (installed) return;
  const version = installedPdfmakeVersion();
  if (version !== PDFMAKE_VERSION) {
    // The hooks replace internals of one pdfmake version; another version needs them re-checked.
    throw new Error(`Thai typesetting was written for pdfmake ${PDFMAKE_VERSION}, found ${version}`);
  }
  requireMethods(LayoutBuilder.prototype, ['layoutDocument', 'buildNextLine']);
  requireMethods(Renderer.prototype, ['renderPages', 'renderLine']);
  requireMethods(TextBreaker.prototype, ['getBreaks']);
  requireMethods(TextInlines.prototype, ['buildInlines']);
  requireMethods(columnCalculator, ['buildColumnWidths', 'isAutoColumn', 'isStarColumn']);
  requireMethods(PdfKitDocument.prototype, ['font', '_fragment', '_line', 'addContent']);

  const layoutDocument = LayoutBuilder.prototype.layoutDocument;
  LayoutBuilder.prototype.layoutDocument = function (docStructure, pdfDocument, ...rest) {
    const typesetting = typeof docStructure === 'object' && docStructure !== null ? typesettingByContent.get(docStructure) : undefined;
    if (!typesetting) return within(null, () => layoutDocument.call(this, docStructure, pdfDocument, ...rest));
    typesettingByDocument.set(pdfDocument, typesetting);
    return within(typesetting, () => layoutDocument.call(this, docStructure, pdfDocument, ...rest));
  };

  const getBreaksStock = TextBreaker.prototype.getBreaks;
  TextBreaker.prototype.getBreaks = function (texts, styleContextStack) {
    if (!active) return getBreaksStock.call(this, texts, styleContextStack);
    return getBreaks(texts, styleContextStack, { thai: active.thaiLineBreaking });
  };

  // The narrowest a Thai text can be (for table and column widths) is its widest Thai word.
  const buildInlines = TextInlines.prototype.buildInlines;
  TextInlines.prototype.buildInlines = function (textArray: unknown, styleContextStack: unknown) {
    const built = buildInlines.call(this, textArray, styleContextStack);
    // Unbreakable text (noWrap) is as narrow as it is wide, as pdfmake has it.
    if (!active?.thaiLineBreaking || StyleContextStack.getStyleProperty({}, styleContextStack, 'noWrap', false)) return built;
    return { ...built, minWidth: Math.min(built.minWidth, minimumWidth(built.items)) };
  };

  const buildNextLine = LayoutBuilder.prototype.buildNextLine;
  LayoutBuilder.prototype.buildNextLine = function (textNode: TextNode) {
    if (active?.thaiLineBreaking) cutAtLineEnd(textNode, this.writer.context().availableWidth);
    return buildNextLine.call(this, textNode);
  };

  const buildColumnWidths = columnCalculator.buildColumnWidths;
  columnCalculator.buildColumnWidths = function (columns: Column[], availableWidth: number, ...rest: unknown[]) {
    buildColumnWidths.call(this, columns, availableWidth, ...(rest as [number?, unknown?]));
    if (active?.thaiLineBreaking) keepColumnsWithinWidth(columnCalculator, columns, availableWidth);
  };

  const renderPages = Renderer.prototype.renderPages;
  Renderer.prototype.renderPages = function (pages) {
    const typesetting = typesettingByDocument.get(this.pdfDocument) ?? null;
    return within(typesetting, () => renderPages.call(this, pages));
  };

  const renderLine = Renderer.prototype.renderLine;
  Renderer.prototype.renderLine = function (line: Line, x: number, y: number) {
    // A page-number line rewrites its first inline at render time, so it is drawn as laid out.
    const merge = active?.thaiLineBreaking && line._pageNodeRef === undefined;
    return renderLine.call(this, merge ? withMergedInlines(line) : line, x, y);
  };

  // Every font a document of ours opens (for text or for SVG) gets the cluster-aware encoding.
  const font = PdfKitDocument.prototype.font;
  PdfmakePDFDocument.prototype.font = function (this: PdfmakeDocument, ...args: unknown[]) {
    const result = font.apply(this, args);
    if (typesettingByDocument.has(this) && isEmbeddedFont(this._font)) upgradeFont(this._font);
    return result;
  };

  // pdfkit measures every drawn line again only to move its cursor, which pdfmake never uses
  // (it places each line itself): for our documents the width pdfmake measured is used instead.
  const line = PdfKitDocument.prototype._line;
  PdfmakePDFDocument.prototype._line = function (this: PdfmakeDocument, text: unknown, options: { textWidth?: unknown } = {}, wrapper?: unknown) {
    if (wrapper || typeof options.textWidth !== 'number' || !typesettingByDocument.has(this)) return line.call(this, text, options, wrapper);
    this._fragment(text, this.x, this.y, options);
    this.x += options.textWidth;
  };

  // A drawn text fragment: where glyph-text asks for ActualText spans, wrap those glyphs.
  const fragment = PdfKitDocument.prototype._fragment;
  PdfmakePDFDocument.prototype._fragment = function (this: PdfmakeDocument, ...args: unknown[]) {
    if (!typesettingByDocument.has(this) || !isEmbeddedFont(this._font)) return fragment.apply(this, args);
    const font = this._font;
    takeActualTextSpans(font);
    const operators: string[] = [];
    const addContent = this.addContent;
    this.addContent = (data: string) => {
      operators.push(data);
      return this;
    };
    try {
      fragment.apply(this, args);
    } finally {
      delete (this as Partial<PdfmakeDocument>).addContent;
    }
    const encoded = takeActualTextSpans(font);
    // pdfkit encodes a fragment in one call unless it justifies word by word; then glyph indices
    // restart per word and the spans cannot be placed, so none are written.
    const spans = encoded.length === 1 ? encoded[0]! : [];
    for (const operator of withActualText(operators, spans)) addContent.call(this, operator);
  };

  installed = true;
}

function requireMethods(target: object, names: string[]): void {
  for (const name of names) {
    if (typeof (target as Record<string, unknown>)[name] !== 'function') {
      throw new Error(`pdfmake internals changed: ${name} is missing; the Thai typesetting hooks need updating`);
    }
  }
}
