/**
 * Thai word segmentation and line-break opportunities: the one segmenter of the project.
 *
 * Thai is written without spaces between words, so the PDF line breaker, the screen (ThaiText),
 * the charts and the projector's word cloud all need to know where words end. ICU
 * (`Intl.Segmenter`) finds most boundaries; the list in `thai-protected-words.ts` corrects the
 * words it gets wrong, and Thai abbreviations with full stops (ก.พ.ร., พ.ศ.) are kept whole.
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
  /** Boundaries to keep inside the entry, relative to its start (`|`). */
  readonly cuts: readonly number[];
  /** Where the entry may be cut if it cannot fit a line at all (`~`), relative to its start. */
  readonly lastResortCuts: readonly number[];
  /** One word (no `|`): also protected where ICU's boundaries straddle its ends. */
  readonly word: boolean;
  /** Never cut, not even as a last resort (an abbreviation). */
  readonly unbreakable?: boolean;
}

/** Entries keyed by their first two UTF-16 units, longest first, so the longest entry wins. */
const correctionsByPrefix: ReadonlyMap<number, readonly Correction[]> = (() => {
  const index = new Map<number, Correction[]>();
  for (const entry of THAI_PROTECTED_WORDS) {
    const cuts: number[] = [];
    const lastResortCuts: number[] = [];
    let text = '';
    for (const char of entry) {
      if (char === '|') cuts.push(text.length);
      else if (char === '~') lastResortCuts.push(text.length);
      else text += char;
    }
    if (text.length < 2) continue;
    const key = prefixKey(text, 0);
    const list = index.get(key) ?? [];
    list.push({ text, cuts, lastResortCuts, word: cuts.length === 0 });
    index.set(key, list);
  }
  for (const list of index.values()) list.sort((a, b) => b.text.length - a.text.length);
  return index;
})();

/** Which UTF-16 units start an entry: a cheap test before the map, at every position of the text. */
const startsAnEntry: Uint8Array = (() => {
  const table = new Uint8Array(0x10000);
  for (const key of correctionsByPrefix.keys()) table[Math.floor(key / 0x10000)] = 1;
  return table;
})();

function prefixKey(text: string, at: number): number {
  return text.charCodeAt(at) * 0x10000 + text.charCodeAt(at + 1);
}

/**
 * A Thai abbreviation with full stops: two or more groups of one to three Thai letters, each
 * followed by "." (ก.พ.ร., พ.ร.บ., พ.ศ., ม.ค., ผศ.ดร.). ICU separates the last full stop in Node
 * (ก.พ.ร|.) and every one in Chromium (ก|.|พ|.|ร|.); either way a line could start with "." or
 * break inside. Not after a Thai letter or a full stop: then the letters belong to a longer word
 * (checked by hand: no lookbehind, which older Safari cannot parse).
 */
const ABBREVIATION = /(?:[\u0E01-\u0E2E][\u0E31-\u0E3A\u0E47-\u0E4E]*){1,3}\.(?:(?:[\u0E01-\u0E2E][\u0E31-\u0E3A\u0E47-\u0E4E]*){1,3}\.)+/g;
const THAI_LETTER_OR_MARK_OR_STOP = /[\u0E01-\u0E4E.]/;

/** [start, text] of each abbreviation in `text`. */
function abbreviations(text: string): Array<readonly [number, string]> {
  const found: Array<readonly [number, string]> = [];
  const pattern = new RegExp(ABBREVIATION.source, 'g');
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    if (match.index > 0 && THAI_LETTER_OR_MARK_OR_STOP.test(text.charAt(match.index - 1))) {
      pattern.lastIndex = match.index + 1;
      continue;
    }
    found.push([match.index, match[0]]);
  }
  return found;
}

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
  /** Where corrections applied: [start, correction]; an abbreviation has no cuts. */
  readonly corrected: Array<readonly [number, Correction]>;
}

function segmentation(text: string, locale: string): Segmentation {
  const icu = icuWordBoundaries(text, locale);
  if (icu.length === 0 || !containsThai(text)) return { icu, boundaries: [...icu], corrected: [] };

  // The boundaries being built, by position; ICU's to start with.
  const isBoundary = new Uint8Array(text.length + 1);
  for (const position of icu) isBoundary[position] = 1;
  // Positions strictly inside an applied correction: decided, not to be touched again.
  const settled = new Uint8Array(text.length + 1);
  const corrected: Array<readonly [number, Correction]> = [];
  const apply = (start: number, correction: Correction, keepEnds: boolean) => {
    const end = start + correction.text.length;
    for (let p = start + 1; p < end; p += 1) {
      isBoundary[p] = 0;
      settled[p] = 1;
    }
    for (const cut of correction.cuts) isBoundary[start + cut] = 1;
    if (keepEnds) isBoundary[start] = isBoundary[end] = 1;
    corrected.push([start, correction]);
  };

  // Abbreviations are one word, whatever ICU made of them.
  if (text.includes('.')) {
    for (const [start, abbreviation] of abbreviations(text)) {
      apply(start, { text: abbreviation, cuts: [], lastResortCuts: [], word: true, unbreakable: true }, true);
    }
  }

  // Where ICU has a boundary at both ends of an entry, the entry's segmentation replaces ICU's.
  for (const start of icu) {
    if (start + 1 >= text.length || startsAnEntry[text.charCodeAt(start)] === 0 || settled[start]) continue;
    const candidates = correctionsByPrefix.get(prefixKey(text, start));
    if (!candidates) continue;
    const correction = candidates.find((c) => isBoundary[start + c.text.length] === 1 && text.startsWith(c.text, start) && !overlapsSettled(settled, start, c.text.length));
    if (correction) apply(start, correction, false);
  }

  // A word that ICU's boundaries straddle is still never broken inside: its inner boundaries go.
  for (let start = 0; start + 1 < text.length; start += 1) {
    if (startsAnEntry[text.charCodeAt(start)] === 0 || settled[start]) continue;
    const candidates = correctionsByPrefix.get(prefixKey(text, start));
    if (!candidates) continue;
    for (const candidate of candidates) {
      if (!candidate.word || !text.startsWith(candidate.text, start) || overlapsSettled(settled, start, candidate.text.length)) continue;
      const end = start + candidate.text.length;
      let inner = false;
      for (let p = start + 1; p < end && !inner; p += 1) inner = isBoundary[p] === 1;
      if (inner) {
        for (let p = start + 1; p < end; p += 1) isBoundary[p] = 0;
        corrected.push([start, candidate]);
      }
      break;
    }
  }

  const joined = joinBoundPrefixes(text, isBoundary, settled);

  if (corrected.length === 0 && !joined) return { icu, boundaries: [...icu], corrected };
  const boundaries: number[] = [];
  for (let p = 0; p <= text.length; p += 1) if (isBoundary[p]) boundaries.push(p);
  return { icu, boundaries, corrected };
}

/**
 * Prefixes that are never a word on their own: ผู้ (the one who …) always makes a noun of the
 * word after it (ผู้ร้องขอ, ผู้ดำเนินการ, ผู้ว่าราชการ), so a line must not end on it. ICU separates
 * it (ผู้|ร้องขอ) unless its dictionary has the whole word. Only ผู้: นัก is also an adverb (ดีนัก,
 * มากนักแต่…) and ความ also ends words (ข้อความ, ใจความ), so joining those would be wrong somewhere.
 */
export const BOUND_PREFIXES: readonly string[] = ['ผู้'];
/** What a following word starts with: a Thai consonant or a leading vowel (not a space, digit or ๆ). */
const THAI_WORD_START = /[\u0E01-\u0E2E\u0E40-\u0E44]/;

/** Removes the boundary after each bound prefix that starts a word and is followed by a Thai word. */
function joinBoundPrefixes(text: string, isBoundary: Uint8Array, settled: Uint8Array): boolean {
  let changed = false;
  for (const prefix of BOUND_PREFIXES) {
    // From the end, so that a prefix before a prefix (ผู้ผู้…) still starts a word when it is joined.
    for (let at = text.lastIndexOf(prefix); at !== -1; at = at > 0 ? text.lastIndexOf(prefix, at - 1) : -1) {
      const end = at + prefix.length;
      if (end >= text.length || !isBoundary[at] || !isBoundary[end] || settled[at] || settled[end]) continue;
      if (!THAI_WORD_START.test(text.charAt(end))) continue;
      isBoundary[end] = 0;
      changed = true;
    }
  }
  return changed;
}

/** Does [start, start + length] reach into a correction already applied (its inside, not its ends)? */
function overlapsSettled(settled: Uint8Array, start: number, length: number): boolean {
  for (let p = start; p <= start + length; p += 1) if (settled[p]) return true;
  return false;
}

/**
 * Where a word too long for a whole line (a narrow table column) may be cut, inside words: the
 * `~` marks of protected words, elsewhere ICU's boundaries (for ผู้มีส่วนได้ส่วนเสีย those are
 * real words). Never inside an abbreviation, nor where a line would start or end badly
 * (`mayEndLineAt`). Sorted positions strictly between 0 and text.length.
 */
export function lastResortBreaks(text: string, locale = 'th'): number[] {
  const { icu, boundaries, corrected } = segmentation(text, locale);
  const positions = new Set([...icu, ...boundaries].filter((position) => position > 0 && position < text.length));
  for (const [start, correction] of corrected) {
    const end = start + correction.text.length;
    if (correction.lastResortCuts.length === 0 && !correction.unbreakable) continue;
    for (let p = start + 1; p < end; p += 1) positions.delete(p);
    for (const cut of [...correction.cuts, ...correction.lastResortCuts]) positions.add(start + cut);
  }
  return [...positions].filter((position) => mayEndLineAt(text, position)).sort((a, b) => a - b);
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

/**
 * May a line end at `position`, as far as the characters either side go: the next line would not
 * start with a space, closing punctuation, "/", a Thai following vowel or mark, ๆ or ฯ, nor this
 * one end with opening punctuation or a leading vowel. Holds for every break, a last-resort cut
 * of a word too wide for its column included (ภาคประชาสังคม|␣/ would start a line with " /").
 */
export function mayEndLineAt(text: string, position: number): boolean {
  if (position <= 0 || position >= text.length) return true;
  return !NO_BREAK_BEFORE.test(codePointStringAt(text, position)) && !NO_BREAK_AFTER.test(codePointStringBefore(text, position));
}

function mayBreakAt(text: string, position: number): boolean {
  const after = codePointStringAt(text, position);
  const before = codePointStringBefore(text, position);
  if (!mayEndLineAt(text, position)) return false;
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
