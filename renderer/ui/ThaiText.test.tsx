// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '../test-utils';
import { ThaiText, thaiRuns } from './ThaiText';

afterEach(cleanup);

describe('ThaiText', () => {
  it('keeps compounds ICU would split on one line, and breaks between words', () => {
    const runs = thaiRuns('การพัฒนาเทคโนโลยี นวัตกรรม และโครงสร้างพื้นฐาน');
    expect(runs.join('')).toBe('การพัฒนาเทคโนโลยี นวัตกรรม และโครงสร้างพื้นฐาน');
    expect(runs).toContain('พื้นฐาน');
    expect(runs.length).toBeGreaterThan(4);
  });

  it('leaves text without Thai alone', () => {
    expect(thaiRuns('Open Government Data')).toEqual(['Open Government Data']);
  });

  it('renders the same text, with break opportunities between runs', async () => {
    const { container } = await render(<ThaiText text="การสร้างภาคีเครือข่าย" />);
    expect(container.textContent).toBe('การสร้างภาคีเครือข่าย');
    expect(container.querySelectorAll('wbr').length).toBe(container.querySelectorAll('.thai-run').length - 1);
    expect([...container.querySelectorAll('.thai-run')].map((el) => el.textContent)).toContain('เครือข่าย');
  });
});

describe('words ICU gets wrong, on screen', () => {
  it('are never split, even where ICU cuts them into fragments, and breaks stay between words', () => {
    for (const [text, expected] of [
      // ICU: ขั้น|ตอ|นข|อง|เวิร์|กชอป
      ['ขั้นตอนของเวิร์กชอป', ['ขั้นตอน', 'ของ', 'เวิร์กชอป']],
      ['การส่งเสริมภาครัฐระบบเปิด', ['การ', 'ส่งเสริม', 'ภาครัฐ', 'ระบบเปิด']],
      ['รายงานความคืบหน้าของการดำเนินนโยบาย', ['รายงาน', 'ความ', 'คืบหน้า', 'ของ', 'การ', 'ดำเนิน', 'นโยบาย']],
      // ICU: วาง|ผู้|มี|ส่วน|ได้|ส่วน|เสียบน|ตาราง
      ['วางผู้มีส่วนได้ส่วนเสียบนตาราง', ['วาง', 'ผู้มีส่วนได้ส่วนเสีย', 'บน', 'ตาราง']],
      // Chromium's ICU reads ก|.|พ|.|ร|.: the abbreviation is one run all the same.
      ['สำนักงาน ก.พ.ร. กำหนด', ['สำนักงาน ', 'ก.พ.ร. ', 'กำหนด']],
    ] as const) {
      expect(thaiRuns(text), text).toEqual(expected);
    }
  });
});
