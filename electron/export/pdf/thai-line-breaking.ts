/**
 * Where pdfmake may end a line, for text that contains Thai.
 *
 * pdfmake splits text into "words" with a UAX #14 line breaker, which finds no break inside Thai
 * (Thai has no spaces between words), so it cuts Thai mid-word wherever the line is full. Here
 * pdfmake's word splitting is replaced: the UAX #14 words are split again at the Thai word
 * boundaries from shared/text (ICU + protected words). Nothing is inserted into the text; the
 * pieces are just separate inlines for measuring, joined again before drawing (inline-merging.ts).
 *
 * Also here: a word too wide for its line is cut at a Thai word boundary inside it, or failing
 * that between grapheme clusters (pdfmake cuts between any two UTF-16 units, which can put a
 * tone mark at the start of a line), and table/column widths are kept within the page.
 */
import { breakOpportunities, containsThai, lastResortBreaks } from '../../../shared/text/thai-segment';
import {
  LineBreaker,
  StyleContextStack,
  type BrokenWord,
  type Column,
  type ColumnCalculator,
  type Inline,
  type TextNode,
} from './pdfmake-internals';

/**
 * Marks the pieces cut from one styled text item: they share every style property, so pdfmake's
 * measuring (about twenty style look-ups per piece) can resolve them once per item.
 */
export const STYLE_GROUP = Symbol('ruam.styleGroup');

/** Characters that are never drawn: a break hint (U+200B) or a joiner Sarabun has no glyph for. */
const INVISIBLE = /[\u200B\u2060\uFEFF]/g;
const CACHE_LIMIT = 20_000;
const thaiBreaksCache = new Map<string, number[]>();

interface SplitOptions {
  readonly thai: boolean;
}

/** pdfmake's splitWords, with Thai word boundaries added when `thai` is set. */
export function splitWords(text: unknown, noWrap: boolean, breakAll: boolean, options: SplitOptions): BrokenWord[] {
  const source = text === undefined || text === null ? '' : String(text);
  if (noWrap) return [{ text: source.replace(INVISIBLE, '') }];
  if (breakAll) {
    return [...source.replace(INVISIBLE, '')].map((char) => (/^[\n\r]$/.test(char) ? { text: '', lineEnd: true } : { text: char }));
  }
  if (source.length === 0) return [{ text: '' }];

  const words: BrokenWord[] = [];
  const breaker = new LineBreaker(source);
  let last = 0;
  for (let bk = breaker.nextBreak(); bk; bk = breaker.nextBreak()) {
    let word = source.slice(last, bk.position);
    last = bk.position;
    const lineEnd = bk.required || /\r?\n$|\r$/.test(word);
    if (lineEnd) word = word.replace(/\r?\n$|\r$/, '');
    const pieces = options.thai && containsThai(word) ? splitAtThaiWords(word) : [word];
    pieces.forEach((piece, index) => {
      const broken: BrokenWord = { text: piece.replace(INVISIBLE, '') };
      if (lineEnd && index === pieces.length - 1) broken.lineEnd = true;
      words.push(broken);
    });
  }
  // A word made only of invisible characters would measure as nothing; drop it unless it ends a line.
  const visible = words.filter((word) => word.text !== '' || word.lineEnd);
  return visible.length > 0 ? visible : [{ text: '' }];
}

function splitAtThaiWords(word: string): string[] {
  const breaks = thaiBreaks(word);
  if (breaks.length === 0) return [word];
  const pieces: string[] = [];
  let last = 0;
  for (const position of breaks) {
    pieces.push(word.slice(last, position));
    last = position;
  }
  pieces.push(word.slice(last));
  return pieces;
}

function thaiBreaks(word: string): number[] {
  let breaks = thaiBreaksCache.get(word);
  if (!breaks) {
    breaks = breakOpportunities(word);
    if (thaiBreaksCache.size > CACHE_LIMIT) thaiBreaksCache.clear();
    thaiBreaksCache.set(word, breaks);
  }
  return breaks;
}

/** May a line break between `before` (the end of one inline) and `after` (the next)? */
function mayBreakBetween(before: string, after: string, options: SplitOptions): boolean {
  if (!before || !after) return true;
  const joined = before + after;
  if (options.thai && containsThai(joined)) {
    const uax14 = uax14Breaks(joined);
    return uax14.has(before.length) || breakOpportunities(joined).includes(before.length);
  }
  return uax14Breaks(joined).has(before.length);
}

function uax14Breaks(text: string): Set<number> {
  const breaks = new Set<number>();
  const breaker = new LineBreaker(text);
  for (let bk = breaker.nextBreak(); bk; bk = breaker.nextBreak()) breaks.add(bk.position);
  return breaks;
}

/**
 * pdfmake's TextBreaker.getBreaks, rewritten around `splitWords`. Where two differently styled
 * pieces of text meet (a bold part inside a Thai word), the join is unbreakable unless the
 * segmenter says a word ends there.
 */
export function getBreaks(texts: unknown, styleContextStack: unknown, options: SplitOptions): BrokenWord[] {
  const items = Array.isArray(texts) ? (texts as unknown[]) : [texts];
  const results: BrokenWord[] = [];
  let lastWord: string | null = null;
  items.forEach((raw, i) => {
    const item = (raw ?? {}) as Record<string, unknown>;
    const breakAll = StyleContextStack.getStyleProperty(item, styleContextStack, 'wordBreak', 'normal') === 'break-all';
    const noWrap = StyleContextStack.getStyleProperty(item, styleContextStack, 'noWrap', false) === true;
    let words: BrokenWord[];
    let style: object | null = null;
    if (raw !== null && typeof raw === 'object' && !Array.isArray(raw)) {
      const textRef = item._textRef as { _textNodeRef?: { text?: unknown } } | undefined;
      if (textRef?._textNodeRef?.text) item.text = textRef._textNodeRef.text;
      words = splitWords(item.text, noWrap, breakAll, options);
      style = StyleContextStack.copyStyle(item);
    } else {
      words = splitWords(raw, noWrap, breakAll, options);
    }

    if (lastWord !== null && words.length > 0) {
      const firstWord = noWrap ? splitWords(words[0]!.text, false, false, options)[0]?.text : words[0]!.text;
      if (firstWord !== undefined && !mayBreakBetween(lastWord, firstWord, options)) {
        const previous = results[results.length - 1];
        if (previous) previous.noNewLine = true;
      }
    }

    const group = {};
    for (const word of words) {
      const result: BrokenWord = { text: word.text };
      if (word.lineEnd) result.lineEnd = true;
      StyleContextStack.copyStyle(style, result);
      (result as unknown as Record<symbol, unknown>)[STYLE_GROUP] = group;
      results.push(result);
    }

    lastWord = null;
    if (i + 1 < items.length) {
      const last = words[words.length - 1];
      if (last && !last.lineEnd) {
        lastWord = noWrap ? (splitWords(last.text, false, false, options).at(-1)?.text ?? null) : last.text;
      }
    }
  });
  return results;
}

// ---- words wider than the line -----------------------------------------------------------------

const CLUSTER = /[\s\S][\p{M}\u0E33\u0EB3\u200D]*/gu;

/**
 * If the next inline cannot fit on an empty line, cut it where the line is full: at the last
 * Thai word boundary inside it that fits (a protected compound is the usual case), else at the
 * last grapheme-cluster boundary that fits. pdfmake would cut at any UTF-16 unit instead.
 */
export function cutOverwideInline(textNode: TextNode, availableWidth: number): void {
  const inlines = textNode._inlines;
  const inline = inlines?.[0];
  if (!inlines || !inline || inline.noWrap || inline.text.length < 2) return;
  const text = inline.text;
  const cuts = (inline.leadingCut ?? 0) + (inline.trailingCut ?? 0);
  if (inline.width - cuts <= availableWidth) return;

  const fits = (position: number): boolean => widthOf(inline, text.slice(0, position)) - (inline.leadingCut ?? 0) <= availableWidth;
  const syllableSafe = new Set(emergencyCuts(text));
  const cut =
    lastFitting(containsThai(text) ? lastResortBreaks(text).filter((position) => syllableSafe.has(position)) : [], fits) ??
    lastFitting([...syllableSafe], fits) ??
    [...syllableSafe][0];
  if (cut === undefined) return;

  const head: Inline = { ...inline, text: text.slice(0, cut), trailingCut: 0 };
  head.width = widthOf(head, head.text);
  delete head.noNewLine;
  delete head.lineEnd;
  const tail: Inline = { ...inline, text: text.slice(cut), leadingCut: 0 };
  tail.width = widthOf(tail, tail.text);
  delete tail.leadingIndent;
  inlines.splice(0, 1, head, tail);
}

/** The last of the ascending `positions` whose prefix fits (widths grow with the prefix). */
function lastFitting(positions: number[], fits: (position: number) => boolean): number | undefined {
  let low = 0;
  let high = positions.length - 1;
  let best: number | undefined;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (fits(positions[middle]!)) {
      best = positions[middle];
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return best;
}

/**
 * Grapheme-cluster boundaries a word may be cut at when nothing better fits, skipping those that
 * would start a line with a Thai following vowel (า ะ ๅ) or ๆ/ฯ, or end one with a leading vowel.
 */
function emergencyCuts(text: string): number[] {
  const positions: number[] = [];
  let end = 0;
  for (const cluster of text.match(CLUSTER) ?? []) {
    end += cluster.length;
    if (end >= text.length) break;
    if (/[\u0E30\u0E32\u0E45\u0E46\u0E2F]/.test(text.charAt(end)) || /[\u0E40-\u0E44]/.test(text.charAt(end - 1))) continue;
    positions.push(end);
  }
  return positions;
}

function widthOf(inline: Inline, text: string): number {
  const font = inline.font as unknown as { widthOfString(text: string, size: number, features?: unknown): number };
  return font.widthOfString(text, inline.fontSize, inline.fontFeatures ?? undefined) + (inline.characterSpacing ?? 0) * (text.length - 1);
}

// ---- columns that would run off the page ------------------------------------------------------

/**
 * After pdfmake has sized columns: if auto and star columns together need more than the width
 * available (pdfmake then gives every star column the widest minimum and the table runs off the
 * page), shrink them in proportion so that they fit. Their content wraps, cut as above.
 */
export function keepColumnsWithinWidth(calculator: ColumnCalculator, columns: Column[], availableWidth: number): void {
  const flexible = columns.filter((column) => calculator.isAutoColumn(column) || calculator.isStarColumn(column));
  if (flexible.length === 0) return;
  const fixedWidth = columns.filter((column) => !flexible.includes(column)).reduce((sum, column) => sum + column._calcWidth, 0);
  const flexibleWidth = flexible.reduce((sum, column) => sum + column._calcWidth, 0);
  const room = availableWidth - fixedWidth;
  if (flexibleWidth <= room + 0.01 || room <= 0 || flexibleWidth <= 0) return;
  const scale = room / flexibleWidth;
  for (const column of flexible) column._calcWidth *= scale;
}
