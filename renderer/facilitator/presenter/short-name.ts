import { breakOpportunities } from '../../../shared/text/thai-segment';

// Thai vowels above and below and tone marks, and other combining marks: they take no column.
const NO_COLUMN = /[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E\p{M}]/u;

/** Roughly how wide `text` is, in letters: combining Thai vowels and tone marks count for nothing. */
export function columnsOf(text: string): number {
  let columns = 0;
  for (const char of text) if (!NO_COLUMN.test(char)) columns += 1;
  return columns;
}

// What a shortened name should not end with before its "…".
const DANGLING_END = /[\s·.,;:\-–—/(\[{«“‘'"]+$/u;

/**
 * `text` when it is at most `maxColumns` letters wide; otherwise its longest start that ends at a
 * word boundary where a line may break (the project's Thai segmenter: never inside a word, never
 * before a vowel or tone mark), followed by "…". The slide names of the presenter dock: "ผลคะแนน ·
 * 06 การพัฒนาเทคโนโลยี นวัตกรรม…" rather than a dock that grows with the title.
 */
export function shortenAtWord(text: string, maxColumns: number): string {
  if (columnsOf(text) <= maxColumns) return text;
  const room = Math.max(1, maxColumns - 1);
  let best = '';
  for (const position of breakOpportunities(text)) {
    const part = text.slice(0, position).replace(DANGLING_END, '');
    if (columnsOf(part) > room) break;
    if (part) best = part;
  }
  if (!best) {
    // One word longer than the room: cut between graphemes.
    for (const { segment } of new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)) {
      if (columnsOf(best + segment) > room) break;
      best += segment;
    }
  }
  return `${best}…`;
}
