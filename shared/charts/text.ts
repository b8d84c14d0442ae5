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

/** `text` followed by more that is left out: its longest start that fits with "…" after it. */
function withEllipsis(text: string, maxWidth: number, fontSize: number, weight: FontWeight): string {
  const candidate = (end: number) => {
    const head = text.slice(0, end).replace(TRAILING_SEPARATORS, '');
    return head === '' ? '' : head + ELLIPSIS;
  };
  const fits = (line: string) => line !== '' && textWidth(line, fontSize, weight) <= maxWidth;
  // After the last whole word that fits (the text itself ends a word: more follows it).
  const wordEnds = [...breakOpportunities(text), text.length];
  for (let i = wordEnds.length - 1; i >= 0; i -= 1) {
    const line = candidate(wordEnds[i]!);
    if (fits(line)) return line;
  }
  // Not even the first word fits: cut it where shared/text allows as a last resort, else between
  // characters (never after a leading vowel, nor before a following vowel or mark).
  const firstEnd = wordEnds[0]!;
  const lastResort = lastResortBreaks(text.slice(0, firstEnd)).filter(
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

/** Characters a piece of a cut word may not start with: Thai following vowels, ำ, ๅ and marks. */
const NO_PIECE_START = /^[\u0E30-\u0E3A\u0E45-\u0E4E]/;

/**
 * Splits a word that is wider than a line into pieces that fit: where shared/text allows a word
 * to be cut as a last resort (between the parts of ผู้มี|ส่วนได้|ส่วนเสีย, at the marks of a
 * protected word), and only where even such a part is too wide, at character boundaries.
 */
function splitLongWord(word: string, maxWidth: number, fontSize: number, weight: FontWeight): string[] {
  const fits = (piece: string) => textWidth(piece, fontSize, weight) <= maxWidth;
  const cuts = lastResortBreaks(word).filter((at) => !NO_PIECE_START.test(word.slice(at)) && !LEADING_VOWEL.test(word.slice(0, at)));
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
 * PDF), honouring explicit line breaks. A word wider than a line is cut where shared/text allows
 * it as a last resort, else between characters.
 * Past `maxLines`, the last line kept ends in "…". Runs of whitespace collapse to one space.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, options: WrapOptions = {}): string[] {
  const weight = options.weight ?? 'normal';
  const maxLines = options.maxLines ?? Number.POSITIVE_INFINITY;
  const fits = (line: string) => textWidth(line, fontSize, weight) <= maxWidth;
  const lines: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const paragraph = raw.replace(/\s+/g, ' ').trim();
    const breaks = [...breakOpportunities(paragraph), paragraph.length];
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
        const pieces = splitLongWord(paragraph.slice(start, nextBreak).trimEnd(), maxWidth, fontSize, weight);
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
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, Math.max(0, maxLines));
  const last = kept.pop();
  if (last === undefined) return kept;
  // More follows the last kept line: it ends in "…", after a whole word.
  return [...kept, withEllipsis(last, maxWidth, fontSize, weight)];
}
