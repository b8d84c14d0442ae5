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

describe('UI-protected words', () => {
  it('are never split, even where ICU cuts them into fragments', () => {
    for (const [text, word] of [
      ['ขั้นตอนของเวิร์กชอป', 'ขั้นตอนของ'],
      ['การส่งเสริมภาครัฐระบบเปิด', 'ส่งเสริม'],
      ['รายงานความคืบหน้าของการดำเนินนโยบาย', 'คืบหน้า'],
    ] as const) {
      const runs = thaiRuns(text);
      expect(runs.join('')).toBe(text);
      expect(runs.some((run) => run.includes(word)), `${word} in ${runs.join('|')}`).toBe(true);
    }
  });
});
