import { wordTokens } from '../text/thai-segment';
import type { CloudWord } from './types';

/** The most words a cloud shows: beyond this the small ones are noise the back row cannot read. */
export const WORD_CLOUD_LIMIT = 40;
/** Size classes, 1 … WEIGHTS. */
export const WORD_CLOUD_WEIGHTS = 6;

/**
 * Words that carry no opinion: particles, conjunctions, pronouns, polite endings and the commonest
 * auxiliaries. Matched whole, after segmentation (so "การ" is dropped alone but การพัฒนา stays).
 */
const THAI_STOP_WORDS = [
  'และ', 'หรือ', 'แต่', 'ที่', 'ซึ่ง', 'อัน', 'ของ', 'ใน', 'บน', 'จาก', 'ถึง', 'กับ', 'แก่', 'แด่', 'ต่อ', 'โดย', 'ด้วย', 'เพื่อ',
  'เพราะ', 'ถ้า', 'หาก', 'เมื่อ', 'ตาม', 'ว่า', 'คือ', 'เป็น', 'อยู่', 'มี', 'ได้', 'ให้', 'ไม่', 'จะ', 'ก็', 'ยัง', 'แล้ว', 'ต้อง',
  'ควร', 'อาจ', 'คง', 'ไป', 'มา', 'นี้', 'นั้น', 'นี่', 'โน้น', 'ทั้ง', 'ทุก', 'บาง', 'อื่น', 'อีก', 'กัน', 'ขึ้น', 'ลง', 'ออก', 'เข้า',
  'การ', 'ความ', 'อย่าง', 'แบบ', 'เช่น', 'มาก', 'น้อย', 'กว่า', 'ที่สุด', 'เรา', 'เขา', 'ท่าน', 'ผม', 'ฉัน', 'ดิฉัน', 'คุณ', 'เค้า',
  'ครับ', 'ค่ะ', 'คะ', 'นะ', 'จ้ะ', 'จ้า', 'ค่า', 'ครับผม', 'เลย', 'จริง', 'ๆ', 'ฯ', 'ทำ', 'ใช้', 'เรื่อง', 'สิ่ง',
  'นั่น', 'ไหม', 'หรือไม่', 'เพียง', 'แค่', 'ยิ่ง', 'จึง', 'จน', 'ระหว่าง', 'เกี่ยวกับ', 'สำหรับ', 'ผ่าน', 'ภายใน', 'แห่ง',
  'ไม่ใช่', 'ก่อน', 'หลัง', 'ตั้งแต่', 'ขอ', 'นำ', 'ถูก', 'ราย', 'รับ', 'ได้รับ',
];

const ENGLISH_STOP_WORDS = [
  'a', 'an', 'the', 'and', 'or', 'but', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'into', 'about', 'as',
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'do', 'does', 'did', 'have', 'has', 'had', 'will', 'would',
  'should', 'could', 'can', 'may', 'might', 'must', 'shall', 'it', 'its', 'this', 'that', 'these', 'those', 'there',
  'here', 'we', 'us', 'our', 'you', 'your', 'they', 'them', 'their', 'he', 'she', 'his', 'her', 'i', 'me', 'my',
  'not', 'no', 'so', 'if', 'than', 'then', 'too', 'very', 'more', 'most', 'also', 'just', 'all', 'any', 'some',
  'each', 'every', 'other', 'which', 'who', 'what', 'when', 'where', 'how', 'why', 'need', 'needs', 'make', 'get',
];

export const STOP_WORDS: ReadonlySet<string> = new Set([...THAI_STOP_WORDS, ...ENGLISH_STOP_WORDS]);

/**
 * The words of `text` as the cloud counts them: the one segmentation of shared/text (ICU plus the
 * list of words ICU gets wrong, where compounds ICU splits into two other words — งบ|ประมาณ,
 * เปิด|เผย, โซ|เชีย|ลมี|เดีย — are kept whole: a cloud that shows งบ and ประมาณ says something
 * nobody wrote), without spaces and punctuation.
 */
export function cloudTokens(text: string): string[] {
  return wordTokens(text);
}

/** A token the cloud counts: not a stop-word, not a bare number or one stray letter. */
function counts(word: string): boolean {
  if (STOP_WORDS.has(word)) return false;
  if (/^[\p{N}\s.,]+$/u.test(word)) return false;
  // One Latin letter or one Thai consonant alone is a fragment, not a word.
  return [...word].length > 1;
}

/**
 * The word cloud of some answers: Thai segmented into whole words (cloudTokens: the same
 * segmentation as line breaking, so no word is cut in two), stop-words dropped, Latin words
 * counted case-insensitively. Each word is counted once per answer, so one person repeating a word
 * does not outweigh the room. The most frequent `limit` words get size classes 1…6 (by the square
 * root of their count, so one dominant word leaves room for the others); the order is
 * deterministic — most frequent near the middle, ties by text — so the cloud never jumps around
 * between two identical snapshots.
 */
export function wordCloud(texts: readonly string[], limit = WORD_CLOUD_LIMIT): CloudWord[] {
  const tally = new Map<string, { count: number; forms: Map<string, number> }>();
  for (const text of texts) {
    const seen = new Set<string>();
    for (const token of cloudTokens(text.normalize('NFC'))) {
      const key = token.toLowerCase();
      if (!counts(key) || seen.has(key)) continue;
      seen.add(key);
      const entry = tally.get(key) ?? { count: 0, forms: new Map<string, number>() };
      entry.count += 1;
      entry.forms.set(token, (entry.forms.get(token) ?? 0) + 1);
      tally.set(key, entry);
    }
  }
  const ranked = [...tally.entries()]
    .map(([key, entry]) => ({ key, count: entry.count, text: displayForm(entry.forms) }))
    .sort((a, b) => b.count - a.count || compareText(a.key, b.key))
    .slice(0, Math.max(0, limit));
  if (ranked.length === 0) return [];
  const most = ranked[0]!.count;
  const least = ranked.at(-1)!.count;
  const weightOf = (count: number) =>
    most === least ? WORD_CLOUD_WEIGHTS - 2 : 1 + Math.round(((Math.sqrt(count) - Math.sqrt(least)) / (Math.sqrt(most) - Math.sqrt(least))) * (WORD_CLOUD_WEIGHTS - 1));
  const words = ranked.map(({ text, count }) => ({ text, count, weight: weightOf(count) }));
  return centreOut(words);
}

/** The spelling most people used ("PDPA" over "pdpa"); ties by text, for determinism. */
function displayForm(forms: Map<string, number>): string {
  return [...forms.entries()].sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]))[0]![0];
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** [1st, 2nd, 3rd, 4th, 5th] → [5th, 3rd, 1st, 2nd, 4th]: the biggest words sit in the middle. */
function centreOut<T>(ranked: readonly T[]): T[] {
  const left: T[] = [];
  const right: T[] = [];
  ranked.forEach((item, index) => (index % 2 === 0 ? right : left).push(item));
  return [...left.reverse(), ...right];
}
