/**
 * Where pdfmake may end a line, for text that contains Thai.
 *
 * pdfmake splits text into "words" with a UAX #14 line breaker, which finds no break inside Thai
 * (Thai has no spaces between words), so it cuts Thai mid-word wherever the line is full. Here
 * each UAX #14 word that contains Thai carries the positions of the Thai word boundaries inside
 * it (from shared/text: ICU + protected words), and a word is cut at one of them only where a
 * line actually ends. Cutting every Thai word apart up front would do the same layout with four
 * times as many pieces to measure and place (the naive approach, 4.5x slower). Nothing is
 * inserted into the text.
 *
 * Also here: a word too wide for a whole line is cut at a Thai word boundary inside it, or
 * failing that between grapheme clusters (pdfmake cuts between any two UTF-16 units, which can
 * start a line with ำ or า); the narrowest a Thai text can be is its widest Thai word (for
 * column widths); and table/column widths are kept within the page.
 */
import { breakOpportunities, containsThai, lastResortBreaks, mayEndLineAt } from '../../../shared/text/thai-segment';
import { prefixAdvances } from './glyph-text';
import {
  LineBreaker,
  StyleContextStack,
  type BrokenWord,
  type Column,
  type ColumnCalculator,
  type Inline,
  type TextNode,
} from './pdfmake-internals';

/** Thai word boundaries inside a word, as positions in its text (sorted, strictly inside). */
export const THAI_CUTS = Symbol('ruam.thaiCuts');
/** Widths of the text up to each of THAI_CUTS, measured word by word (see prefixWidths). */
const PREFIX_WIDTHS = Symbol('ruam.prefixWidths');

/**
 * Marks the words of one styled text item: they share every style property, so drawing can
 * join them without comparing styles (inline-merging.ts). A fresh object per item.
 */
export const STYLE_GROUP = Symbol('ruam.styleGroup');

/** Characters that are never drawn: a break hint (U+200B) or a joiner Sarabun has no glyph for. */
const INVISIBLE = /[\u200B\u2060\uFEFF]/g;
const CACHE_LIMIT = 20_000;
/** Characters either side of a join between styled items that decide whether it may break. */
const JOIN_CONTEXT = 24;
const thaiCutsCache = new Map<string, number[]>();
const joinCache = new Map<string, boolean>();

interface SplitOptions {
  readonly thai: boolean;
}

/** pdfmake's splitWords; with `thai`, Thai words carry their inner word boundaries (THAI_CUTS). */
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
    let text = source.slice(last, bk.position);
    last = bk.position;
    const lineEnd = bk.required || /\r?\n$|\r$/.test(text);
    if (lineEnd) text = text.replace(/\r?\n$|\r$/, '');
    // U+200B is a UAX #14 break opportunity, so it only ever ends a word: dropping it moves nothing.
    text = text.replace(INVISIBLE, '');
    if (text === '' && !lineEnd) continue;
    const word: BrokenWord = { text };
    if (lineEnd) word.lineEnd = true;
    if (options.thai && containsThai(text)) {
      const cuts = thaiCuts(text);
      if (cuts.length > 0) word[THAI_CUTS] = cuts;
    }
    words.push(word);
  }
  return words.length > 0 ? words : [{ text: '' }];
}

function thaiCuts(word: string): number[] {
  let cuts = thaiCutsCache.get(word);
  if (!cuts) {
    cuts = breakOpportunities(word);
    if (thaiCutsCache.size > CACHE_LIMIT) thaiCutsCache.clear();
    thaiCutsCache.set(word, cuts);
  }
  return cuts;
}

/** May a line break between `before` (the end of one styled item) and `after` (the next)? */
function mayBreakBetween(fullBefore: string, fullAfter: string, options: SplitOptions): boolean {
  if (!fullBefore || !fullAfter) return true;
  // Only the neighbourhood of the join decides (no Thai word is this long); whole phrases would
  // be segmented again for nothing.
  const before = fullBefore.slice(-JOIN_CONTEXT);
  const after = fullAfter.slice(0, JOIN_CONTEXT);
  const key = `${options.thai ? 1 : 0}${before}\u0000${after}`;
  let may = joinCache.get(key);
  if (may === undefined) {
    const joined = before + after;
    may = uax14Breaks(joined).has(before.length) || (options.thai && containsThai(joined) && breakOpportunities(joined).includes(before.length));
    if (joinCache.size > CACHE_LIMIT) joinCache.clear();
    joinCache.set(key, may);
  }
  return may;
}

function uax14Breaks(text: string): Set<number> {
  const breaks = new Set<number>();
  const breaker = new LineBreaker(text);
  for (let bk = breaker.nextBreak(); bk; bk = breaker.nextBreak()) breaks.add(bk.position);
  return breaks;
}

/**
 * pdfmake's TextBreaker.getBreaks, rewritten around `splitWords`. Where two differently styled
 * pieces of text meet (a bold part inside a Thai word), the join is unbreakable unless a word
 * ends there.
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
      if (word[THAI_CUTS]) result[THAI_CUTS] = word[THAI_CUTS];
      result[STYLE_GROUP] = group;
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

// ---- cutting words where lines end --------------------------------------------------------------

/**
 * Before pdfmake builds the next line from `textNode`'s inlines, cut the inline where the line
 * will be full, at the last Thai word boundary that still fits; pdfmake then ends the line there.
 * The fitting mirrors pdfmake's Line.hasEnoughSpaceForInline. Inlines glued to a neighbour
 * (noNewLine) are left whole, as pdfmake moves them together.
 */
export function cutAtLineEnd(textNode: TextNode, availableWidth: number): void {
  const inlines = textNode._inlines;
  if (!inlines || inlines.length === 0) return;
  cutOverwideInline(inlines, availableWidth);
  const first = inlines[0]!;
  if (first.lineEnd) return;
  const leadingCut = first.leadingCut ?? 0;
  let width = first.width;
  for (let i = 1; i < inlines.length; i += 1) {
    const inline = inlines[i]!;
    const glued = inlines[i - 1]!.noNewLine === true;
    if (!glued) {
      let needed = inline.width;
      let trailingCut = inline.trailingCut ?? 0;
      for (let j = i; inlines[j]?.noNewLine && j + 1 < inlines.length; j += 1) {
        needed += inlines[j + 1]!.width;
        trailingCut += inlines[j + 1]!.trailingCut ?? 0;
      }
      if (width + needed - leadingCut - trailingCut > availableWidth) {
        if (!inline.noNewLine) cutToFit(inlines, i, availableWidth - (width - leadingCut));
        return;
      }
    }
    width += inline.width;
    if (inline.lineEnd) return;
  }
}

/** Cut inlines[index] at its last Thai word boundary that fits in `room`, if any does. */
function cutToFit(inlines: Inline[], index: number, room: number): void {
  const inline = inlines[index]!;
  const cuts = inline[THAI_CUTS] as number[] | undefined;
  if (!cuts || cuts.length === 0) return;
  const widths = prefixWidths(inline);
  let best = -1;
  for (let k = 0; k < cuts.length && widths[k]! <= room; k += 1) best = k;
  if (best >= 0) splitInline(inlines, index, cuts[best]!, widths[best]!);
}

/**
 * The width of the text before each Thai word boundary, from the shaping of the whole word that
 * measuring and drawing use anyway (glyph-text.ts); measuring each prefix would shape new text.
 */
function prefixWidths(inline: Inline): number[] {
  let widths = inline[PREFIX_WIDTHS] as number[] | undefined;
  if (!widths) {
    const cuts = (inline[THAI_CUTS] as number[] | undefined) ?? [];
    const spacing = inline.characterSpacing ?? 0;
    const advances = inline.fontFeatures ? null : prefixAdvances(inline.font, inline.text, cuts);
    if (advances) {
      widths = advances.map((advance, k) => (advance * inline.fontSize) / 1000 + spacing * (cuts[k]! - 1));
    } else {
      widths = [];
      let start = 0;
      let sum = 0;
      for (const end of cuts) {
        sum += widthOf(inline, inline.text.slice(start, end)) + (start > 0 ? spacing : 0);
        widths.push(sum);
        start = end;
      }
    }
    inline[PREFIX_WIDTHS] = widths;
  }
  return widths;
}

/**
 * If the first inline cannot fit on an empty line, cut it where the line is full: at the last
 * Thai word boundary that fits, else at a boundary inside a protected word or compound, else
 * between grapheme clusters (never before ำ, า or a mark).
 */
function cutOverwideInline(inlines: Inline[], availableWidth: number): void {
  const inline = inlines[0]!;
  if (inline.noWrap || inline.text.length < 2) return;
  const text = inline.text;
  const leadingCut = inline.leadingCut ?? 0;
  if (inline.width - leadingCut - (inline.trailingCut ?? 0) <= availableWidth) return;

  // Usually a long Thai phrase: cut at its last word boundary that fits.
  const cuts = (inline[THAI_CUTS] as number[] | undefined) ?? [];
  if (cuts.length > 0 && prefixWidths(inline)[0]! - leadingCut <= availableWidth) {
    cutToFit(inlines, 0, availableWidth + leadingCut);
    return;
  }
  // A single word wider than the line (a narrow table column): rare, so measured exactly.
  const fits = (position: number): boolean => widthOf(inline, text.slice(0, position)) - leadingCut <= availableWidth;
  const syllableSafe = emergencyCuts(text);
  const safe = new Set(syllableSafe);
  const cut =
    lastFitting(containsThai(text) ? lastResortBreaks(text).filter((position) => safe.has(position)) : [], fits) ??
    lastFitting(syllableSafe, fits) ??
    syllableSafe[0];
  if (cut !== undefined) splitInline(inlines, 0, cut, widthOf(inline, text.slice(0, cut)));
}

/** Replaces inlines[index] by its text before `cut` (`headWidth` wide) and after it. */
function splitInline(inlines: Inline[], index: number, cut: number, headWidth: number): void {
  const inline = inlines[index]!;
  const cuts = (inline[THAI_CUTS] as number[] | undefined) ?? [];
  const head: Inline = { ...inline, text: inline.text.slice(0, cut), width: headWidth, trailingCut: 0 };
  head[THAI_CUTS] = cuts.filter((position) => position < cut);
  delete head[PREFIX_WIDTHS];
  delete head.noNewLine;
  delete head.lineEnd;
  const tail: Inline = { ...inline, text: inline.text.slice(cut), width: Math.max(0, inline.width - headWidth), leadingCut: 0 };
  tail[THAI_CUTS] = cuts.filter((position) => position > cut).map((position) => position - cut);
  delete tail[PREFIX_WIDTHS];
  delete tail.leadingIndent;
  inlines.splice(index, 1, head, tail);
}

/** The last of the ascending `positions` whose prefix fits (widths grow with the prefix). */
function lastFitting(positions: readonly number[], fits: (position: number) => boolean): number | undefined {
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

const CLUSTER = /[\s\S][\p{M}\u0E33\u0EB3\u200D]*/gu;

/**
 * Grapheme-cluster boundaries a word may be cut at when nothing better fits, skipping those that
 * would start a line with a Thai following vowel (า ะ ๅ) or ๆ/ฯ, or end one with a leading vowel,
 * and those that would start a line with a space or punctuation that belongs to the word before
 * ("/", ")", ",": `mayEndLineAt`).
 */
function emergencyCuts(text: string): number[] {
  const positions: number[] = [];
  let end = 0;
  for (const cluster of text.match(CLUSTER) ?? []) {
    end += cluster.length;
    if (end >= text.length) break;
    if (/[\u0E30\u0E32\u0E45\u0E46\u0E2F]/.test(text.charAt(end)) || /[\u0E40-\u0E44]/.test(text.charAt(end - 1))) continue;
    if (!mayEndLineAt(text, end)) continue;
    positions.push(end);
  }
  return positions;
}

function widthOf(inline: Inline, text: string): number {
  return inline.font.widthOfString(text, inline.fontSize, inline.fontFeatures ?? undefined) + (inline.characterSpacing ?? 0) * (text.length - 1);
}

// ---- how narrow Thai text can be ----------------------------------------------------------------

/**
 * The narrowest width `items` can take: pdfmake takes its widest word, which for Thai is a
 * whole phrase; here a Thai word counts by its widest piece between word boundaries.
 */
export function minimumWidth(items: readonly Inline[]): number {
  let minimum = 0;
  for (const inline of items) {
    const leadingCut = inline.leadingCut ?? 0;
    const trailingCut = inline.trailingCut ?? 0;
    const cuts = inline[THAI_CUTS] as number[] | undefined;
    const whole = inline.width - leadingCut - trailingCut;
    if (!cuts || cuts.length === 0) {
      minimum = Math.max(minimum, whole);
      continue;
    }
    // No piece is wider than its whole word: only words wider than the minimum so far need cutting up.
    if (whole <= minimum) continue;
    const widths = prefixWidths(inline);
    let before = 0;
    for (let k = 0; k <= widths.length; k += 1) {
      const upTo = k < widths.length ? widths[k]! : inline.width;
      let width = upTo - before;
      if (k === 0) width -= leadingCut;
      if (k === widths.length) width -= trailingCut;
      minimum = Math.max(minimum, width);
      before = upTo;
    }
  }
  return Math.max(0, minimum);
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
