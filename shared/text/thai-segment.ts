/**
 * Thai word segmentation and line-break opportunities.
 *
 * Thai is written without spaces between words, so both the PDF line breaker and the projector's
 * word cloud need to know where words end. ICU (`Intl.Segmenter`) finds most boundaries; a small
 * dictionary (`thai-protected-words.ts`) corrects the words it gets wrong.
 *
 * Pure TypeScript: no node:*, no DOM. Positions are UTF-16 indices into the input string.
 */
import { THAI_PROTECTED_WORDS } from './thai-protected-words';

const THAI = /[\u0E00-\u0E7F]/;

/** True when the text contains any character of the Thai block. */
export function containsThai(text: string): boolean {
  return THAI.test(text);
}

const segmenters = new Map<string, Intl.Segmenter>();

function segmenterFor(locale: string): Intl.Segmenter {
  let segmenter = segmenters.get(locale);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(locale, { granularity: 'word' });
    segmenters.set(locale, segmenter);
  }
  return segmenter;
}

interface Correction {
  readonly text: string;
  /** Boundaries to keep inside the entry, relative to its start. */
  readonly cuts: readonly number[];
  /** Where the entry may be cut if it cannot fit a line at all (`~`), relative to its start. */
  readonly lastResortCuts: readonly number[];
}

/** Corrections indexed by first character, longest first, so the longest entry wins. */
const correctionsByFirstChar: ReadonlyMap<string, readonly Correction[]> = (() => {
  const index = new Map<string, Correction[]>();
  for (const entry of THAI_PROTECTED_WORDS) {
    const cuts: number[] = [];
    const lastResortCuts: number[] = [];
    let text = '';
    for (const char of entry) {
      if (char === '|') cuts.push(text.length);
      else if (char === '~') lastResortCuts.push(text.length);
      else text += char;
    }
    const first = text.charAt(0);
    const list = index.get(first) ?? [];
    list.push({ text, cuts, lastResortCuts });
    index.set(first, list);
  }
  for (const list of index.values()) list.sort((a, b) => b.text.length - a.text.length);
  return index;
})();

/**
 * Word boundaries of `text`: sorted UTF-16 positions, always starting with 0 and ending with
 * `text.length` (for non-empty text). ICU's boundaries, corrected by the protected-words list.
 */
export function wordBoundaries(text: string, locale = 'th'): number[] {
  return segmentation(text, locale).boundaries;
}

interface Segmentation {
  readonly icu: readonly number[];
  readonly boundaries: number[];
  /** Where corrections applied: [start, correction]. */
  readonly corrected: Array<readonly [number, Correction]>;
}

function segmentation(text: string, locale: string): Segmentation {
  const icu = icuWordBoundaries(text, locale);
  if (icu.length === 0 || !containsThai(text)) return { icu, boundaries: [...icu], corrected: [] };

  const isIcuBoundary = new Uint8Array(text.length + 1);
  for (const position of icu) isIcuBoundary[position] = 1;

  const boundaries: number[] = [];
  const corrected: Array<readonly [number, Correction]> = [];
  let i = 0;
  while (i < icu.length) {
    const start = icu[i]!;
    boundaries.push(start);
    const correction = correctionAt(text, start, isIcuBoundary);
    if (!correction) {
      i += 1;
      continue;
    }
    corrected.push([start, correction]);
    for (const cut of correction.cuts) boundaries.push(start + cut);
    const end = start + correction.text.length;
    while (i < icu.length && icu[i]! < end) i += 1;
  }
  return { icu, boundaries, corrected };
}

/**
 * Where a word too long for a whole line (a narrow table column) may be cut, inside words: the
 * `~` marks of protected words, elsewhere ICU's boundaries (for ผู้มีส่วนได้ส่วนเสีย those are
 * real words). Sorted positions strictly between 0 and text.length.
 */
export function lastResortBreaks(text: string, locale = 'th'): number[] {
  const { icu, corrected } = segmentation(text, locale);
  const positions = new Set(icu.filter((position) => position > 0 && position < text.length));
  for (const [start, correction] of corrected) {
    if (correction.lastResortCuts.length === 0) continue;
    for (let p = start + 1; p < start + correction.text.length; p += 1) positions.delete(p);
    for (const cut of correction.lastResortCuts) positions.add(start + cut);
  }
  return [...positions].sort((a, b) => a - b);
}

/**
 * ICU's own word boundaries, without the corrections. Useful as a last resort inside a protected
 * word that does not fit a line at all (ผู้มีส่วนได้ส่วนเสีย in a narrow column).
 */
export function icuWordBoundaries(text: string, locale = 'th'): number[] {
  if (text.length === 0) return [];
  const icu: number[] = [];
  for (const segment of segmenterFor(locale).segment(text)) icu.push(segment.index);
  icu.push(text.length);
  return icu;
}

function correctionAt(text: string, start: number, isIcuBoundary: Uint8Array): Correction | undefined {
  const candidates = correctionsByFirstChar.get(text.charAt(start));
  if (!candidates) return undefined;
  // Both ends must already be ICU boundaries: a correction may merge or re-split what ICU found
  // inside a word, but never cut a longer word that happens to contain the entry.
  return candidates.find(
    (candidate) => text.startsWith(candidate.text, start) && isIcuBoundary[start + candidate.text.length] === 1,
  );
}

/**
 * Splits text into words and the spaces and punctuation between them. Lossless:
 * `segmentWords(text).join('') === text`.
 */
export function segmentWords(text: string, locale = 'th'): string[] {
  const boundaries = wordBoundaries(text, locale);
  const words: string[] = [];
  for (let i = 0; i + 1 < boundaries.length; i += 1) words.push(text.slice(boundaries[i], boundaries[i + 1]));
  return words;
}

/** The words of `text` without spaces and punctuation: what a word cloud counts. */
export function wordTokens(text: string, locale = 'th'): string[] {
  return segmentWords(text, locale).filter((word) => /[\p{L}\p{N}]/u.test(word));
}

/**
 * Positions where a line may break: a break at `p` puts `text.slice(p)` on the next line.
 * Only word boundaries qualify, and of those not the ones where a line would start or end
 * badly: before spaces (the break goes after them), before closing punctuation, Thai following
 * vowels, marks, ๆ and ฯ, after opening punctuation or a Thai leading vowel, and inside numbers.
 */
export function breakOpportunities(text: string, locale = 'th'): number[] {
  const boundaries = wordBoundaries(text, locale);
  const opportunities: number[] = [];
  for (let i = 1; i + 1 < boundaries.length; i += 1) {
    const position = boundaries[i]!;
    if (mayBreakAt(text, position)) opportunities.push(position);
  }
  return opportunities;
}

// Characters that may not start a line.
const NO_BREAK_BEFORE =
  /[\s\u00A0\u202F\u2060\uFEFF.,:;!?)\]}>»”’"'%‰…/\\\-\u2010-\u2014\u0E2F\u0E46\u0E5A\u0E5B\u0E30-\u0E3A\u0E45\u0E47-\u0E4E\p{M}]/u;
// Characters that may not end a line.
const NO_BREAK_AFTER = /[(\[{<«“‘"'\u00A0\u202F\u2060\uFEFF\u0E40-\u0E44]/u;
const DIGIT = /[\p{Nd}]/u;
const NUMBER_JOINER = /[\/\-.,:]/;
const LATIN_OR_DIGIT = /[A-Za-z0-9\u00C0-\u024F]/;

function mayBreakAt(text: string, position: number): boolean {
  const after = codePointStringAt(text, position);
  const before = codePointStringBefore(text, position);
  if (NO_BREAK_BEFORE.test(after) || NO_BREAK_AFTER.test(before)) return false;
  // 12/2569, -5: a number joined by punctuation stays on one line.
  if (NUMBER_JOINER.test(before) && DIGIT.test(after)) return false;
  if (LATIN_OR_DIGIT.test(before) && LATIN_OR_DIGIT.test(after)) return false;
  return true;
}

function codePointStringAt(text: string, position: number): string {
  const codePoint = text.codePointAt(position);
  return codePoint === undefined ? '' : String.fromCodePoint(codePoint);
}

function codePointStringBefore(text: string, position: number): string {
  const last = text.charCodeAt(position - 1);
  const isLowSurrogate = last >= 0xdc00 && last <= 0xdfff;
  return text.slice(isLowSurrogate && position >= 2 ? position - 2 : position - 1, position);
}
