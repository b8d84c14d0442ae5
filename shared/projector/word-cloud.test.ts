import { describe, expect, it } from 'vitest';
import { icuWordBoundaries, wordBoundaries } from '../text/thai-segment';
import { STOP_WORDS, WORD_CLOUD_WEIGHTS, cloudTokens, wordCloud } from './word-cloud';

const answers = [
  'ควรเปิดเผยข้อมูลงบประมาณให้ประชาชนตรวจสอบได้',
  'อยากให้มีการรับฟังความคิดเห็นของประชาชนมากขึ้น',
  'เปิดเผยข้อมูลในรูปแบบที่เข้าใจง่าย',
  'สร้างภาคีเครือข่ายกับภาคประชาสังคม',
  'ผู้มีส่วนได้ส่วนเสียควรมีส่วนร่วมตั้งแต่ต้น',
  'Open data and open budgets',
];

describe('wordCloud', () => {
  it('counts whole Thai words: every word is a word the segmenter found, never part of one', () => {
    const words = wordCloud(answers);
    expect(words.length).toBeGreaterThan(5);
    for (const { text } of words) {
      const inAnswer = answers.find((answer) => answer.toLowerCase().includes(text.toLowerCase()));
      expect(inAnswer, text).toBeDefined();
      const at = inAnswer!.toLowerCase().indexOf(text.toLowerCase());
      const boundaries = wordBoundaries(inAnswer!);
      expect(boundaries, `${text} starts at a word boundary`).toContain(at);
      expect(boundaries, `${text} ends at a word boundary`).toContain(at + text.length);
    }
    const texts = words.map((w) => w.text);
    expect(texts).toContain('ประชาชน');
    expect(texts).toContain('ข้อมูล');
    // Protected compounds stay whole (no ภาคี|เครือ|ข่าย, no ผู้|มี|ส่วน…), and so do งบประมาณ, เปิดเผย, รับฟัง.
    expect(texts.some((t) => t === 'เครือ' || t === 'ข่าย')).toBe(false);
    expect(texts).toEqual(expect.arrayContaining(['งบประมาณ', 'เปิดเผย', 'รับฟัง', 'เครือข่าย', 'ผู้มีส่วนได้ส่วนเสีย']));
    expect(texts).not.toContain('งบ');
    expect(texts).not.toContain('ประมาณ');
  });

  it('counts compounds ICU splits into two other words as one word (the one list of shared/text)', () => {
    for (const compound of ['งบประมาณ', 'เปิดเผย', 'รับฟัง', 'ช่องทาง', 'โซเชียลมีเดีย', 'จัดซื้อจัดจ้าง', 'ภาคประชาสังคม']) {
      expect(icuWordBoundaries(compound).length, `${compound} is split by ICU`).toBeGreaterThan(2);
      expect(cloudTokens(`ท่าน${compound}และ`), compound).toContain(compound);
    }
    expect(cloudTokens('ความเชื่อมั่นของประชาชน')).toEqual(['ความ', 'เชื่อมั่น', 'ของ', 'ประชาชน']);
  });

  it('drops stop-words and stray fragments', () => {
    const texts = wordCloud(answers).map((w) => w.text);
    for (const text of texts) expect(STOP_WORDS.has(text.toLowerCase()), text).toBe(false);
    expect(texts).not.toContain('and');
    expect(wordCloud(['และ ที่ ของ 2569 a'])).toEqual([]);
  });

  it('counts a word once per answer, Latin case-insensitively, in the most used spelling', () => {
    const words = wordCloud(['Open open OPEN', 'open data', 'Open budgets']);
    // 'Open' ×3 and 'open' ×2 (once per answer): the commoner spelling wins.
    expect(words.find((w) => w.text.toLowerCase() === 'open')).toEqual({ text: 'Open', count: 3, weight: WORD_CLOUD_WEIGHTS });
  });

  it('sizes by frequency, 1…6, the most frequent in the middle', () => {
    const words = wordCloud(['ข้อมูล งบประมาณ', 'ข้อมูล งบประมาณ', 'ข้อมูล ชุมชน', 'ข้อมูล', 'โปร่งใส', 'ข้อมูล']);
    const byText = Object.fromEntries(words.map((w) => [w.text, w]));
    expect(byText['ข้อมูล']!.weight).toBe(WORD_CLOUD_WEIGHTS);
    expect(byText['โปร่งใส']!.weight).toBe(1);
    expect(byText['งบประมาณ']!.weight).toBeGreaterThan(1);
    const middle = Math.floor(words.length / 2);
    expect(words[middle]!.text).toBe('ข้อมูล');
  });

  it('is deterministic: the same answers in another order give the same cloud', () => {
    expect(wordCloud([...answers].reverse())).toEqual(wordCloud(answers));
  });

  it('keeps at most the limit', () => {
    const many = Array.from({ length: 80 }, (_, i) => `word${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}`);
    expect(wordCloud(many, 40)).toHaveLength(40);
  });
});
