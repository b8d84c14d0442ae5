import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { breakOpportunities, containsThai, lastResortBreaks, segmentWords, wordBoundaries, wordTokens } from './thai-segment';
import { KEPT_WHOLE } from './thai-protected-words';

describe('segmentWords', () => {
  it('splits Thai into words and keeps every character', () => {
    expect(segmentWords('ผู้เข้าร่วมประชุมทำงานร่วมกับประชาชน')).toEqual([
      'ผู้เข้าร่วม', 'ประชุม', 'ทำงาน', 'ร่วม', 'กับ', 'ประชาชน',
    ]);
  });

  it('keeps the words ICU splits wrongly whole', () => {
    for (const word of ['การบูรณาการ', 'บูรณาการ', 'ธรรมาภิบาล', 'ผลกระทบ', 'แดชบอร์ด', 'ผู้มีส่วนได้ส่วนเสีย', 'ภาครัฐ', 'ประชาชน']) {
      expect(segmentWords(word), word).toEqual([word]);
    }
  });

  it('keeps protected words whole inside a sentence', () => {
    expect(segmentWords('การบูรณาการข้อมูลภาครัฐเพื่อธรรมาภิบาล')).toEqual([
      'การบูรณาการ', 'ข้อมูล', 'ภาครัฐ', 'เพื่อ', 'ธรรมาภิบาล',
    ]);
  });

  it('applies a correction that re-splits what ICU merged', () => {
    // ICU: การ|มีน|โย|บาย
    expect(segmentWords('การมีนโยบาย')).toEqual(['การ', 'มี', 'นโยบาย']);
  });

  it('does not cut a longer word that contains a protected word', () => {
    // ภาครัฐ is protected, but in ภาครัฐบาล ICU reads ภาค|รัฐบาล: no boundary may appear after
    // ภาครัฐ. (ICU's ภาค| is dropped too, as ICU's boundaries straddle the protected word.)
    expect(wordBoundaries('ภาครัฐบาล')).not.toContain('ภาครัฐ'.length);
    expect(segmentWords('หน่วยงานภาครัฐบาลกลาง').join('|')).not.toMatch(/ภาครัฐ\|/u);
  });

  it('never breaks a protected word where ICU reads its neighbours wrongly', () => {
    // ICU: ผู้|มี|ส่วน|ได้|ส่วน|เสียบน|โต๊ะ, ติดตาม|ผลก|ระ|ทบ|นโยบาย, เวิร์|กช|อ|ปนี้: no list entry
    // fits these contexts, yet the words stay whole.
    for (const text of ['ผู้มีส่วนได้ส่วนเสียบนโต๊ะ', 'ติดตามผลกระทบนโยบาย', 'เวิร์กชอปนี้', 'ขั้นตอนของการเลือก']) {
      const boundaries = wordBoundaries(text);
      for (const word of ['ผู้มีส่วนได้ส่วนเสีย', 'ผลกระทบ', 'เวิร์กชอป', 'ขั้นตอน']) {
        const at = text.indexOf(word);
        if (at < 0) continue;
        expect(boundaries.filter((p) => p > at && p < at + word.length), `${word} in ${text}`).toEqual([]);
      }
    }
  });

  it('keeps any Thai abbreviation with full stops whole, as Chromium\'s ICU does not', () => {
    expect(segmentWords('เดือน พ.ย. และ ม.ค.')).toEqual(['เดือน', ' ', 'พ.ย.', ' ', 'และ', ' ', 'ม.ค.']);
    expect(segmentWords('ผศ.ดร.สมชาย')).toEqual(['ผศ.ดร.', 'สมชาย']);
    expect(breakOpportunities('ตาม พ.ร.บ.ข้อมูล')).toEqual(['ตาม '.length, 'ตาม พ.ร.บ.'.length]);
    // A full stop after a longer Thai word is not an abbreviation.
    expect(segmentWords('ชั่วโมง.นาที')).toEqual(['ชั่วโมง.นาที']);
  });

  it('keeps Thai abbreviations with their final full stop', () => {
    expect(segmentWords('สำนักงาน ก.พ.ร. ปี พ.ศ. ๒๕๖๙')).toEqual(['สำนักงาน', ' ', 'ก.พ.ร.', ' ', 'ปี', ' ', 'พ.ศ.', ' ', '๒๕๖๙']);
  });

  it('returns nothing for empty text', () => {
    expect(segmentWords('')).toEqual([]);
    expect(breakOpportunities('')).toEqual([]);
  });

  it('keeps the terms that must never be split whole', () => {
    for (const word of KEPT_WHOLE) expect(segmentWords(word)).toEqual([word]);
  });

  it('is lossless for any text', () => {
    const thaiish = fc.string({ unit: fc.constantFrom(...'กขคงจำาิีึืุู่้๊๋ั็์ เแโใไ ะๆฯ.,()0123456789๐๑๒abcXYZ\n'), maxLength: 60 });
    fc.assert(
      fc.property(thaiish, (text) => {
        expect(segmentWords(text).join('')).toBe(text);
      }),
    );
  });
});

describe('wordTokens', () => {
  it('drops spaces and punctuation, keeping words and numbers', () => {
    expect(wordTokens('ความโปร่งใส (P1), ปี ๒๕๖๙!')).toEqual(['ความ', 'โปร่งใส', 'P1', 'ปี', '๒๕๖๙']);
  });
});

describe('breakOpportunities', () => {
  it('allows breaks between Thai words', () => {
    const text = 'ทำงานร่วมกับประชาชน';
    expect(breakOpportunities(text).map((p) => text.slice(0, p))).toEqual(['ทำงาน', 'ทำงานร่วม', 'ทำงานร่วมกับ']);
  });

  it('breaks after spaces, never before them', () => {
    const text = 'ภาครัฐ และประชาชน';
    expect(breakOpportunities(text)).toEqual([7, 10]);
  });

  it('never breaks inside a protected word', () => {
    const text = 'ผู้มีส่วนได้ส่วนเสียของภาครัฐ';
    expect(breakOpportunities(text)).toEqual(['ผู้มีส่วนได้ส่วนเสีย'.length, 'ผู้มีส่วนได้ส่วนเสียของ'.length]);
  });

  it('never starts a line with ๆ, ฯ or closing punctuation, nor ends one with opening punctuation', () => {
    for (const text of ['เรื่องต่างๆ', 'ทำ ๆ กัน', 'กรุงเทพฯ', '(ภาครัฐ)', '“ประชาชน”', 'ร้อยละ 10.5%']) {
      for (const position of breakOpportunities(text)) {
        expect(text.slice(position), text).not.toMatch(/^[ๆฯ)”%/.\-]/u);
        expect(text.slice(0, position), text).not.toMatch(/[(“]$/u);
      }
    }
  });

  it('keeps numbers, dates and codes on one line', () => {
    for (const text of ['10.5%', '12/2569', 'COVID-19', '๑๒/๒๕๖๙']) expect(breakOpportunities(text), text).toEqual([]);
  });

  it('allows a break after a slash between Thai words', () => {
    const text = 'ไม่มี/เริ่มต้น';
    expect(breakOpportunities(text)).toContain('ไม่มี/'.length);
    expect(breakOpportunities(text)).not.toContain('ไม่มี'.length);
  });

  it('never breaks inside a cluster or before a following vowel or tone mark', () => {
    const marks = /^[\u0E30-\u0E3A\u0E45\u0E47-\u0E4E]/u;
    const thaiish = fc.string({ unit: fc.constantFrom(...'กขคงจนมำาิีึืุู่้๊๋ั็์ เแโใไะ'), maxLength: 40 });
    fc.assert(
      fc.property(thaiish, (text) => {
        const opportunities = breakOpportunities(text);
        for (const position of opportunities) {
          expect(position).toBeGreaterThan(0);
          expect(position).toBeLessThan(text.length);
          expect(text.slice(position)).not.toMatch(marks);
          expect(text.slice(position)).not.toMatch(/^\s/u);
          expect(text.slice(0, position)).not.toMatch(/[เแโใไ]$/u);
        }
        expect([...opportunities].sort((a, b) => a - b)).toEqual(opportunities);
      }),
    );
  });

  it('leaves English text breakable at spaces only', () => {
    expect(breakOpportunities('Open Government Data')).toEqual([5, 16]);
  });
});

describe('ผู้, a prefix that always binds to the next word', () => {
  it('is joined to the word after it, wherever ICU separates it', () => {
    // ICU: ผู้|ร้องขอ, สมาคม|ผู้|สื่อ|ข่าว, ผู้|อยู่|อาศัย
    expect(segmentWords('ผู้ร้องขอ')).toEqual(['ผู้ร้องขอ']);
    expect(breakOpportunities('ผู้ร้องขอ')).toEqual([]);
    expect(segmentWords('สมาคมผู้สื่อข่าว')[1]).toMatch(/^ผู้สื่อ/u);
    expect(segmentWords('ผู้อยู่อาศัยในชนบท')[0]).toMatch(/^ผู้อยู่/u);
    expect(segmentWords('ผู้ดำเนินการ')).toEqual(['ผู้ดำเนินการ']);
  });

  it('never offers a line break right after it, in any text', () => {
    const thaiish = fc.array(fc.constantFrom('ผู้', 'ร้อง', 'ขอ', 'มี', 'ส่วน', 'ร่วม', 'ดำเนินการ', 'ที่', 'เข้า', 'สื่อ', 'ข่าว', 'ใน', 'ไม่', ' ', '/'), {
      maxLength: 20,
    });
    fc.assert(
      fc.property(thaiish, (parts) => {
        const text = parts.join('');
        for (const position of breakOpportunities(text)) expect(text.slice(0, position), text).not.toMatch(/ผู้$/u);
      }),
    );
  });

  it('stays a word of its own before a space, a digit or the end of the text', () => {
    expect(segmentWords('ผู้ 3 คน')[0]).toBe('ผู้');
    expect(segmentWords('ทั้งสามผู้')).toContain('ผู้');
  });

  it('may still be cut off as a last resort, in a column narrower than the word', () => {
    expect(lastResortBreaks('ผู้ร้องขอ')).toContain('ผู้'.length);
  });
});

describe('lastResortBreaks', () => {
  it('cuts a protected word only where its entry allows', () => {
    const text = 'การบูรณาการ';
    expect(lastResortBreaks(text).map((p) => text.slice(0, p))).toEqual(['การ', 'การบูรณา']);
  });

  it('falls back to ICU inside protected words without marks', () => {
    const text = 'ผู้มีส่วนได้ส่วนเสีย';
    expect(lastResortBreaks(text).map((p) => text.slice(0, p))).toEqual(['ผู้', 'ผู้มี', 'ผู้มีส่วน', 'ผู้มีส่วนได้', 'ผู้มีส่วนได้ส่วน']);
  });
});

describe('wordBoundaries', () => {
  it('starts at 0 and ends at the text length', () => {
    const text = 'ธรรมาภิบาลภาครัฐ';
    expect(wordBoundaries(text)).toEqual([0, 'ธรรมาภิบาล'.length, text.length]);
  });

  it('containsThai tells Thai text from other text', () => {
    expect(containsThai('abc ๑')).toBe(true);
    expect(containsThai('abc 1')).toBe(false);
  });
});
