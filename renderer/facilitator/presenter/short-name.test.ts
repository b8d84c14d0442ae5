import { describe, expect, it } from 'vitest';
import { columnsOf, shortenAtWord } from './short-name';
import { wordBoundaries } from '../../../shared/text/thai-segment';

describe('shortening a slide name for the folded dock', () => {
  it('leaves a name that fits as it is', () => {
    expect(shortenAtWord('หน้าต้อนรับ', 40)).toBe('หน้าต้อนรับ');
  });

  it('cuts a long Thai name at a word boundary and adds "…"', () => {
    const name = 'ผลคะแนน · 06 การพัฒนาเทคโนโลยี นวัตกรรม และโครงสร้างพื้นฐาน โดยมีประชาชนเป็นศูนย์กลาง';
    const short = shortenAtWord(name, 36);
    expect(short.endsWith('…')).toBe(true);
    const kept = short.slice(0, -1);
    expect(name.startsWith(kept)).toBe(true);
    expect(wordBoundaries(name)).toContain(kept.length);
    expect(columnsOf(short)).toBeLessThanOrEqual(36);
    // Not "โครงสร้างพื้น…" nor "พื้นฐ…": the segmenter keeps พื้นฐาน whole.
    expect(kept).not.toMatch(/พื้น$|ฐ$/);
  });

  it('counts Thai vowels above and below and tone marks as no width', () => {
    expect(columnsOf('ผู้มีส่วนได้ส่วนเสีย')).toBe(13);
  });

  it('cuts English at a space', () => {
    expect(shortenAtWord('Results · 02 Policy/Legal Framework for an open administration', 30)).toBe('Results · 02 Policy/Legal…');
  });
});
