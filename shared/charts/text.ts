import { breakOpportunities, lastResortBreaks } from '../text/thai-segment';
import { SARABUN_BOLD, SARABUN_REGULAR } from './sarabun-metrics';

/**
 * Text measurement and line breaking without a DOM: charts are built as strings in Node (for the
 * PDF) as well as in the browser, so widths come from Sarabun's own advance widths.
 */

export type FontWeight = 'normal' | 'bold';

/** Width of a character the tables do not cover (CJK, symbols): a little wide, so text fits. */
const UNKNOWN_ADVANCE = 750;

/** The width `text` takes in Sarabun at `fontSize`. Thai marks above and below a consonant add nothing. */
export function textWidth(text: string, fontSize: number, weight: FontWeight = 'normal'): number {
  const table = weight === 'bold' ? SARABUN_BOLD : SARABUN_REGULAR;
  let units = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code >= 0x20 && code <= 0x7e) units += table.latin[code - 0x20] ?? UNKNOWN_ADVANCE;
    else if (code >= 0x0e00 && code <= 0x0e7f) units += table.thai[code - 0x0e00] ?? UNKNOWN_ADVANCE;
    else if (/\p{M}/u.test(char) || code === 0x200b || code === 0x200c || code === 0x200d) continue;
    else units += UNKNOWN_ADVANCE;
  }
  return (units * fontSize) / 1000;
}

let graphemeSegmenter: Intl.Segmenter | undefined;

/** User-perceived characters: a Thai consonant with its vowel and tone marks is one. */
function graphemes(text: string): string[] {
  graphemeSegmenter ??= new Intl.Segmenter('th', { granularity: 'grapheme' });
  return Array.from(graphemeSegmenter.segment(text), (s) => s.segment);
}

/** เ แ โ ใ ไ are written before the consonant they follow in speech: never end a line on one. */
const LEADING_VOWEL = /[\u0E40-\u0E44]$/;

const ELLIPSIS = '…';

const THAI_CHAR = /[\u0E00-\u0E7F]/;
const SPACE = /\s/;

/**
 * Where a chart line may break: where shared/text allows it (Thai word boundaries, the PDF's
 * rule), except inside Latin text, which breaks only at spaces. shared/text also allows a break
 * after a hyphen or a slash between Latin letters ("one-|off", "and/|or"), and after punctuation
 * with no space ("Partial,|one"): in a chart label such a break reads as a word cut in two, so
 * here it is only a last resort (`latinLastResortBreaks`) for a word wider than the whole line.
 * A break stays where Thai is on either side (ไม่มี/|เริ่มต้น).
 */
export function lineBreaks(text: string): number[] {
  return breakOpportunities(text).filter((at) => {
    const before = text.charAt(at - 1);
    return SPACE.test(before) || THAI_CHAR.test(before) || THAI_CHAR.test(text.charAt(at));
  });
}

/** Hyphens, dashes and slashes, after which a Latin word wider than a line may be cut. */
const LATIN_CUT_AFTER = /[-\u2010-\u2014/]/;

/**
 * Where a Latin word wider than a line may be cut, as a last resort: after a hyphen, dash or
 * slash that has a letter or digit before it and one after it ("co-|created", "and/|or").
 */
function latinLastResortBreaks(word: string): number[] {
  const cuts: number[] = [];
  for (let at = 2; at < word.length; at += 1) {
    if (LATIN_CUT_AFTER.test(word.charAt(at - 1)) && /[\p{L}\p{N}]/u.test(word.charAt(at - 2)) && /[\p{L}\p{N}]/u.test(word.charAt(at))) cuts.push(at);
  }
  return cuts;
}

/**
 * The width of the widest piece of `text` that `wrapText` keeps on one line (a Thai word between
 * two breaks, a Latin word between spaces): what a label needs to wrap without cutting a word.
 */
export function widestWord(text: string, fontSize: number, weight: FontWeight = 'normal'): number {
  const paragraph = text.replace(/\s+/g, ' ').trim();
  let from = 0;
  let widest = 0;
  for (const end of [...lineBreaks(paragraph), paragraph.length]) {
    widest = Math.max(widest, textWidth(paragraph.slice(from, end).trim(), fontSize, weight));
    from = end;
  }
  return widest;
}

/**
 * `text` cut short with "…" to fit `maxWidth`; unchanged if it fits. The cut comes after a whole
 * word (where shared/text allows a line break), so "…" never stands inside a word; only when not
 * even the first word fits is that word cut, at a last-resort break (ผู้มี|ส่วน), else between
 * characters.
 */
export function truncateText(text: string, maxWidth: number, fontSize: number, weight: FontWeight = 'normal'): string {
  if (textWidth(text, fontSize, weight) <= maxWidth) return text;
  return withEllipsis(text, maxWidth, fontSize, weight);
}

/** Separators that should not stand before "…" (ภาคประชาสังคม /… reads as a dangling slash). */
const TRAILING_SEPARATORS = /[\s/\\,;:(\[{\-\u2010-\u2014]+$/u;

/**
 * `text` followed by more that is left out, after its last whole word that fits with "…" after it;
 * null if not even its first word does.
 */
function withEllipsisAfterWord(text: string, maxWidth: number, fontSize: number, weight: FontWeight): string | null {
  // The text itself ends a word: more follows it.
  const wordEnds = [...lineBreaks(text), text.length];
  for (let i = wordEnds.length - 1; i >= 0; i -= 1) {
    const head = text.slice(0, wordEnds[i]!).replace(TRAILING_SEPARATORS, '');
    const line = head === '' ? '' : head + ELLIPSIS;
    if (line !== '' && textWidth(line, fontSize, weight) <= maxWidth) return line;
  }
  return null;
}

/** `text` followed by more that is left out: its longest start that fits with "…" after it. */
function withEllipsis(text: string, maxWidth: number, fontSize: number, weight: FontWeight): string {
  const candidate = (end: number) => {
    const head = text.slice(0, end).replace(TRAILING_SEPARATORS, '');
    return head === '' ? '' : head + ELLIPSIS;
  };
  const fits = (line: string) => line !== '' && textWidth(line, fontSize, weight) <= maxWidth;
  const wordEnds = [...lineBreaks(text), text.length];
  const afterWord = withEllipsisAfterWord(text, maxWidth, fontSize, weight);
  if (afterWord !== null) return afterWord;
  // Not even the first word fits: cut it where shared/text allows as a last resort, else between
  // characters (never after a leading vowel, nor before a following vowel or mark).
  const firstEnd = wordEnds[0]!;
  const lastResort = lastResortCuts(text.slice(0, firstEnd)).filter(
    (at) => !NO_PIECE_START.test(text.slice(at)) && !LEADING_VOWEL.test(text.slice(0, at)),
  );
  for (let i = lastResort.length - 1; i >= 0; i -= 1) {
    const line = candidate(lastResort[i]!);
    if (fits(line)) return line;
  }
  const chars = graphemes(text.slice(0, firstEnd));
  while (chars.length > 0) {
    chars.pop();
    const head = chars.join('');
    if (LEADING_VOWEL.test(head)) continue;
    const line = candidate(head.length);
    if (fits(line)) return line;
  }
  return textWidth(ELLIPSIS, fontSize, weight) <= maxWidth ? ELLIPSIS : '';
}

/**
 * Where a word wider than a line may be cut as a last resort: a Thai word where shared/text
 * allows it (ผู้มี|ส่วนได้|ส่วนเสีย), a Latin word only after a hyphen, dash or slash.
 */
function lastResortCuts(word: string): number[] {
  return THAI_CHAR.test(word) ? lastResortBreaks(word) : latinLastResortBreaks(word);
}

/** Characters a piece of a cut word may not start with: Thai following vowels, ำ, ๅ and marks. */
const NO_PIECE_START = /^[\u0E30-\u0E3A\u0E45-\u0E4E]/;

/**
 * Splits a word that is wider than a line into pieces that fit: where shared/text allows a word
 * to be cut as a last resort (between the parts of ผู้มี|ส่วนได้|ส่วนเสีย, at the marks of a
 * protected word), and only where even such a part is too wide, at character boundaries.
 */
function splitLongWord(word: string, maxWidth: number, fontSize: number, weight: FontWeight): string[] {
  const fits = (piece: string) => textWidth(piece, fontSize, weight) <= maxWidth;
  const cuts = lastResortCuts(word).filter((at) => !NO_PIECE_START.test(word.slice(at)) && !LEADING_VOWEL.test(word.slice(0, at)));
  const parts: string[] = [];
  let from = 0;
  for (const at of [...cuts, word.length]) {
    parts.push(word.slice(from, at));
    from = at;
  }
  const pieces: string[] = [];
  let piece = '';
  for (const part of parts) {
    if (fits(piece + part)) {
      piece += part;
      continue;
    }
    if (piece !== '') pieces.push(piece);
    if (fits(part)) {
      piece = part;
    } else {
      const split = splitBetweenCharacters(part, maxWidth, fontSize, weight);
      pieces.push(...split.slice(0, -1));
      piece = split.at(-1) ?? '';
    }
  }
  if (piece !== '') pieces.push(piece);
  return pieces;
}

/** Splits a word that is wider than a line into pieces that fit, at character boundaries. */
function splitBetweenCharacters(word: string, maxWidth: number, fontSize: number, weight: FontWeight): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const char of graphemes(word)) {
    if (piece !== '' && textWidth(piece + char, fontSize, weight) > maxWidth) {
      // Carry a leading vowel over with the consonant it belongs to.
      const carried = LEADING_VOWEL.test(piece) && piece.length > 1 ? piece.slice(-1) : '';
      pieces.push(carried ? piece.slice(0, -1) : piece);
      piece = carried;
    }
    piece += char;
  }
  if (piece !== '') pieces.push(piece);
  return pieces;
}

export type WrapOptions = { maxLines?: number; weight?: FontWeight };

/**
 * Breaks `text` into lines no wider than `maxWidth`, only where shared/text allows a line break
 * (Thai word boundaries from ICU, corrected by the protected-words list, the same rule as the
 * PDF) and, in Latin text, only at spaces (`lineBreaks`); honours explicit line breaks.
 * A Thai word wider than a line is cut where shared/text allows it as a last resort, else between
 * characters. A Latin word wider than a line is cut only after a hyphen, dash or slash in it
 * ("co-|created"); where that is not enough, the text ends there, with "…" after the last whole
 * word that fits (and only a word that starts the text is cut, as `truncateText` does): callers
 * that can shrink their type do so first (`widestWord`).
 * Past `maxLines`, the last line kept ends in "…". Runs of whitespace collapse to one space.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, options: WrapOptions = {}): string[] {
  const weight = options.weight ?? 'normal';
  const maxLines = options.maxLines ?? Number.POSITIVE_INFINITY;
  const fits = (line: string) => textWidth(line, fontSize, weight) <= maxWidth;
  const lines: string[] = [];
  // A Latin word too wide for a line even when cut at its hyphens: the text is cut short there.
  let cutShortAt: string | null = null;
  paragraphs: for (const raw of text.split(/\r?\n/)) {
    const paragraph = raw.replace(/\s+/g, ' ').trim();
    const breaks = [...lineBreaks(paragraph), paragraph.length];
    let start = 0;
    while (start < paragraph.length) {
      // The furthest break that still fits (widths only grow with the end, so stop at the first miss).
      let end = -1;
      for (const at of breaks) {
        if (at <= start) continue;
        if (!fits(paragraph.slice(start, at).trimEnd())) break;
        end = at;
      }
      if (end === -1) {
        const nextBreak = breaks.find((at) => at > start) ?? paragraph.length;
        const word = paragraph.slice(start, nextBreak).trimEnd();
        const pieces = THAI_CHAR.test(word) ? splitLongWord(word, maxWidth, fontSize, weight) : splitLatinWord(word, fits);
        if (pieces === null) {
          cutShortAt = word;
          break paragraphs;
        }
        const placed = pieces.length > 1 ? pieces.slice(0, -1) : pieces;
        lines.push(...placed);
        start += placed.join('').length;
      } else {
        lines.push(paragraph.slice(start, end).trimEnd());
        start = end;
      }
      while (paragraph[start] === ' ') start += 1;
    }
  }
  if (lines.length <= maxLines) {
    if (cutShortAt === null) return lines;
    // "…" after the last whole word that fits: on the line before (or one before that, where the
    // line before has no room for it), or in the word if it is the first of the text.
    let more = cutShortAt;
    for (let before = lines.pop(); before !== undefined; before = lines.pop()) {
      const line = withEllipsisAfterWord(`${before} ${more}`, maxWidth, fontSize, weight);
      if (line !== null) return [...lines, line];
      more = `${before} ${more}`;
    }
    const line = withEllipsis(more, maxWidth, fontSize, weight);
    return line === '' ? [] : [line];
  }
  const kept = lines.slice(0, Math.max(0, maxLines));
  const last = kept.pop();
  if (last === undefined) return kept;
  // More follows the last kept line: it ends in "…", after a whole word.
  return [...kept, withEllipsis(last, maxWidth, fontSize, weight)];
}

/**
 * A Latin word wider than a line, cut after its hyphens, dashes or slashes into pieces that fit
 * ("co-", "created"); null when a piece between two such cuts is still too wide.
 */
function splitLatinWord(word: string, fits: (piece: string) => boolean): string[] | null {
  const pieces: string[] = [];
  let piece = '';
  let from = 0;
  for (const at of [...latinLastResortBreaks(word), word.length]) {
    const part = word.slice(from, at);
    from = at;
    if (fits(piece + part)) {
      piece += part;
      continue;
    }
    if (!fits(part)) return null;
    if (piece !== '') pieces.push(piece);
    piece = part;
  }
  if (piece !== '') pieces.push(piece);
  return pieces;
}
