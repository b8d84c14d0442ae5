import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { breakOpportunities } from '../text/thai-segment';
import { textWidth, truncateText, widestWord, wrapText } from './text';

describe('measuring text in Sarabun', () => {
  it('adds nothing for Thai marks above and below a consonant', () => {
    expect(textWidth('ก', 20)).toBe(textWidth('กั้', 20));
    expect(textWidth('ผู้', 20)).toBe(textWidth('ผ', 20));
  });

  it('scales with the font size and is wider in bold', () => {
    expect(textWidth('Ruam ร่วม', 20)).toBeCloseTo(2 * textWidth('Ruam ร่วม', 10), 9);
    expect(textWidth('Ruam ร่วม', 10, 'bold')).toBeGreaterThan(textWidth('Ruam ร่วม', 10));
  });

  it('comes within 2% of the shaped width of a Thai phrase', () => {
    // fontkit's layout of this phrase in Sarabun Regular advances 21369 units (1000 per em).
    expect(textWidth('การพัฒนาเทคโนโลยี นวัตกรรม และโครงสร้างพื้นฐาน', 1000)).toBeGreaterThan(21369 * 0.98);
    expect(textWidth('การพัฒนาเทคโนโลยี นวัตกรรม และโครงสร้างพื้นฐาน', 1000)).toBeLessThan(21369 * 1.02);
  });
});

describe('wrapping labels', () => {
  it('keeps a label that fits on one line', () => {
    expect(wrapText('3 เป็นระบบ', 200, 12)).toEqual(['3 เป็นระบบ']);
  });

  it('breaks Thai between words, never inside a protected word', () => {
    const lines = wrapText('03 การสร้างภาคีเครือข่าย', textWidth('03 การสร้างภาคีเครือ', 12), 12);
    expect(lines).toEqual(['03 การสร้างภาคี', 'เครือข่าย']);
  });

  it('prefers the space between phrases when it falls at the line end', () => {
    expect(wrapText('05 การสนับสนุนองค์ความรู้ และทรัพยากร', 150, 13)).toEqual(['05 การสนับสนุนองค์ความรู้', 'และทรัพยากร']);
  });

  it('honours explicit line breaks and collapses spaces', () => {
    expect(wrapText('ปัจจุบัน\nเป้าหมาย   ใหม่', 500, 12)).toEqual(['ปัจจุบัน', 'เป้าหมาย ใหม่']);
  });

  it('ends the last kept line with an ellipsis past maxLines', () => {
    const lines = wrapText('06 การพัฒนาเทคโนโลยี นวัตกรรม และโครงสร้างพื้นฐาน โดยมีประชาชนเป็นศูนย์กลาง', 150, 13, { maxLines: 2 });
    expect(lines).toHaveLength(2);
    expect(lines[1]?.endsWith('…')).toBe(true);
    for (const line of lines) expect(textWidth(line, 13)).toBeLessThanOrEqual(150);
  });

  it('puts the ellipsis after a whole word past maxLines', () => {
    const name = 'สำนักงานคณะกรรมการป้องกันและปราบปรามการทุจริตแห่งชาติ';
    for (let width = 60; width < 180; width += 7) {
      const lines = wrapText(name, width, 12, { maxLines: 2 });
      const shown = lines.join('');
      if (shown === name) continue;
      expect(shown.endsWith('…'), `${lines.join('|')} at ${width}`).toBe(true);
      expect(name.startsWith(shown.slice(0, -1))).toBe(true);
      expect(breakOpportunities(name), `${lines.join('|')} at ${width}`).toContain(shown.length - 1);
      for (const line of lines) expect(textWidth(line, 12)).toBeLessThanOrEqual(width);
    }
  });

  it('cuts a word wider than the line between its parts, as the PDF does', () => {
    const lines = wrapText('ผู้มีส่วนได้ส่วนเสีย', 40, 12);
    expect(lines).toEqual(['ผู้มีส่วน', 'ได้ส่วน', 'เสีย']);
    // At the marks of a protected word, not at ICU's fragments (กา|รบู|รณา|การ).
    expect(wrapText('การบูรณาการ', textWidth('การบูรณา', 12), 12)).toEqual(['การบูรณา', 'การ']);
  });

  it('splits a part still wider than the line between characters, keeping marks with their consonant', () => {
    const lines = wrapText('ผู้มีส่วนได้ส่วนเสีย', 15, 12);
    expect(lines.length).toBeGreaterThan(3);
    expect(lines.join('')).toBe('ผู้มีส่วนได้ส่วนเสีย');
    for (const line of lines) expect(line).not.toMatch(/^[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/);
  });

  it('gives no lines for empty text', () => {
    expect(wrapText('', 100, 12)).toEqual([]);
    expect(wrapText('   ', 100, 12)).toEqual([]);
  });

  it('keeps every character, or ends in "…" where a Latin word is too wide; fits every line (any mix of Thai and Latin)', () => {
    const pieces = fc.constantFrom('การ', 'ประชาชน', 'มีส่วนร่วม', 'open', 'data', ' ', '/', 'ผู้นำ', '2569', 'น้ำ', '-');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }), fc.integer({ min: 30, max: 300 }), (parts, width) => {
        const input = parts.join('');
        const lines = wrapText(input, width, 12);
        const shown = lines.join('').replace(/\s/g, '');
        const all = input.replace(/\s/g, '');
        if (shown.endsWith('…') && !all.endsWith('…')) expect(all.startsWith(shown.slice(0, -1))).toBe(true);
        else expect(shown).toBe(all);
        for (const line of lines) expect(textWidth(line, 12)).toBeLessThanOrEqual(width);
      }),
    );
  });

  it('breaks Latin text only at spaces: never after a hyphen or a comma inside a word that fits a line', () => {
    const width = textWidth('Partial, one-', 12);
    expect(wrapText('Partial, one-off', width, 12)).toEqual(['Partial,', 'one-off']);
    expect(wrapText('2 Partial,one-off', textWidth('Partial,one-off', 12) + 1, 12)).toEqual(['2', 'Partial,one-off']);
    expect(wrapText('Policy/Legal Framework', textWidth('Policy/Legal Fr', 12), 12)).toEqual(['Policy/Legal', 'Framework']);
    // Thai on either side of a slash still breaks there, as shared/text allows.
    expect(wrapText('1 ไม่มี/เริ่มต้น', textWidth('1 ไม่มี/เริ่ม', 12), 12)).toEqual(['1 ไม่มี/', 'เริ่มต้น']);
  });

  it('cuts a Latin word wider than the line only after its hyphen', () => {
    expect(wrapText('4 co-created', textWidth('created', 12) + 1, 12)).toEqual(['4', 'co-', 'created']);
    expect(wrapText('4 co-created', textWidth('co-created', 12) + 1, 12)).toEqual(['4', 'co-created']);
  });

  it('ends a text whose Latin word is wider than the line with "…" after the last whole word, never a piece of a word', () => {
    const label = '5 Institutionalised, shared power';
    const width = textWidth('Institutiona', 12);
    const lines = wrapText(label, width, 12, { maxLines: 3 });
    expect(lines).toEqual(['5…']);
    const words = label.split(' ');
    for (let w = 20; w < textWidth(label, 12); w += 4) {
      for (const line of wrapText(label, w, 12, { maxLines: 3 })) {
        expect(textWidth(line, 12)).toBeLessThanOrEqual(w);
        for (const word of line.replace(/…$/, '').split(' ').filter(Boolean)) {
          // Only a word that starts the text is ever cut (nothing whole fits before it).
          if (!words.includes(word)) expect(label.startsWith(line.replace(/…$/, '')), `${line} at ${w}`).toBe(true);
        }
      }
    }
    // A single word that is the whole text is cut, with "…", as truncateText does.
    const alone = wrapText('Institutionalised', width, 12);
    expect(alone).toHaveLength(1);
    expect(alone[0]!.endsWith('…')).toBe(true);
  });

  it('measures the widest word a label keeps whole (a Latin word between spaces)', () => {
    expect(widestWord('Partial, one-off', 12)).toBeCloseTo(textWidth('one-off', 12), 6);
    expect(widestWord('5 Institutionalised, shared power', 12)).toBeCloseTo(textWidth('Institutionalised,', 12), 6);
  });
});

describe('truncating a name', () => {
  it('leaves a name that fits alone', () => {
    expect(truncateText('สำนักงานจังหวัด', 500, 12)).toBe('สำนักงานจังหวัด');
  });

  it('cuts after a whole word and adds an ellipsis', () => {
    const name = 'องค์การบริหารส่วนตำบล';
    const cut = truncateText(name, 80, 12);
    expect(cut.endsWith('…')).toBe(true);
    expect(textWidth(cut, 12)).toBeLessThanOrEqual(80);
    expect(name.startsWith(cut.slice(0, -1))).toBe(true);
    expect(breakOpportunities(name)).toContain(cut.length - 1);
  });

  it('never puts the ellipsis inside a word, at any width', () => {
    for (const name of ['สำนักงานคณะกรรมการป้องกันและปราบปรามการทุจริตแห่งชาติ', 'เครือข่ายคนพิการจังหวัดขอนแก่น', 'สมาคมผู้สื่อข่าวภาคอีสาน']) {
      const firstWord = breakOpportunities(name)[0]!;
      for (let width = textWidth(name.slice(0, firstWord), 12) + 12; width < textWidth(name, 12); width += 3) {
        const cut = truncateText(name, width, 12);
        expect(cut.endsWith('…'), `${name} at ${width}`).toBe(true);
        expect(breakOpportunities(name), `${cut} at ${width}`).toContain(cut.length - 1);
      }
    }
  });

  it('drops a separator left dangling before the ellipsis', () => {
    const label = 'ภาคประชาสังคม / องค์กรพัฒนาเอกชน';
    expect(truncateText(label, textWidth('ภาคประชาสังคม / องค์', 12), 12)).toBe('ภาคประชาสังคม…');
  });

  it('cuts a single word wider than the space as a last resort, keeping marks with their consonant', () => {
    const cut = truncateText('ผู้มีส่วนได้ส่วนเสีย', textWidth('ผู้มีส่วนได้…', 12), 12);
    expect(cut).toBe('ผู้มีส่วนได้…');
    const tiny = truncateText('เครือข่าย', textWidth('เค…', 12), 12);
    expect(tiny.slice(0, -1)).not.toMatch(/[\u0E40-\u0E44]$/);
  });

  it('gives nothing when not even the ellipsis fits', () => {
    expect(truncateText('ก', 1, 12)).toBe('');
  });
});
