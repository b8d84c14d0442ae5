import { breakOpportunities, containsThai } from './thai-segment';

/*
 * Shortening a title to a limit without cutting a word: file names (shared/format/file-names.ts)
 * and the titles quoted in the minutes' checklist (shared/minutes/build.ts).
 */

// Words that join what follows; a shortened title ending in one looks cut mid-phrase.
const JOINING_WORDS = new Set(['และ', 'หรือ', 'กับ', 'ของ', 'ใน', 'แก่', 'แห่ง', 'เพื่อ', 'ที่', 'ซึ่ง', 'โดย', 'ตาม', 'อย่าง', 'การ', 'ความ', 'ต่อ', 'สู่', 'มี', 'เป็น', 'and', 'or', 'of', 'the', 'for', 'in', 'on', 'to', 'a', 'an', 'with', 'by']);

// What a shortened title should not end with: spaces, joining punctuation, an opening bracket.
const DANGLING_END = /[\s.,;:!?\-–—/(\[{«“‘'"]+$/u;

/**
 * The longest start of `title` that `fits` and ends at a word boundary where a line may break
 * (so never inside a Thai word, never before a following vowel or tone mark). When even the first
 * word is too long, the longest start that ends between graphemes.
 */
export function shortenAtWord(title: string, fitsWith: (part: string) => boolean): string {
  const locale = containsThai(title) ? 'th' : 'en';
  const breaks = breakOpportunities(title, locale);
  let fallback = '';
  for (let i = breaks.length - 1; i >= 0; i -= 1) {
    const part = title.slice(0, breaks[i]).replace(DANGLING_END, '');
    if (!part || !fitsWith(part)) continue;
    // "…ระบบเปิดและ" reads as cut off: prefer to end before a joining word, if one break earlier fits.
    const lastWord = title.slice(breaks[i - 1] ?? 0, breaks[i]).trim().toLowerCase();
    if (!JOINING_WORDS.has(lastWord)) return part;
    fallback ||= part;
  }
  return fallback || cutGraphemes(title, fitsWith).replace(DANGLING_END, '');
}

export function cutGraphemes(text: string, fitsWith: (part: string) => boolean): string {
  let kept = '';
  for (const { segment } of new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)) {
    if (!fitsWith(kept + segment)) break;
    kept += segment;
  }
  return kept;
}

