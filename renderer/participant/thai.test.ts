// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { breakOpportunities } from '../../shared/text/thai-segment';
import { el } from './dom';
import { thaiRuns, thaiText } from './thai';

describe('Thai text on the phone', () => {
  it('is cut into runs at the shared segmenter’s line breaks only: งบประมาณ stays whole', () => {
    const text = 'จัดทำบัญชีข้อมูลและเปิดเผยชุดข้อมูลงบประมาณในรูปแบบที่เครื่องอ่านได้';
    const runs = thaiRuns(text);
    expect(runs.join('')).toBe(text);
    expect(runs.some((run) => run.includes('งบประมาณ'))).toBe(true);
    let at = 0;
    const ends = runs.slice(0, -1).map((run) => (at += run.length));
    expect(ends).toEqual(breakOpportunities(text));
  });

  it('marks each run with a class (the CSP allows no style attribute) and offers the breaks with <wbr>', () => {
    const node = el('p', {}, 'ผู้มีส่วนได้ส่วนเสียร่วมพิจารณางบประมาณ');
    expect(node.textContent).toBe('ผู้มีส่วนได้ส่วนเสียร่วมพิจารณางบประมาณ');
    const runs = [...node.querySelectorAll('span.thai-run')].map((span) => span.textContent);
    expect(runs.length).toBeGreaterThan(1);
    expect(runs).toContain('งบประมาณ');
    expect(node.querySelectorAll('wbr').length).toBe(runs.length - 1);
    // One item in a flex container (a choice's label is a column), not one per word.
    expect(node.childNodes).toHaveLength(1);
    expect((node.firstChild as Element).className).toBe('thai-text');
    expect(node.innerHTML).not.toContain('style');
  });

  it('leaves text without Thai, and an <option>, as one text node', () => {
    expect(el('p', {}, 'Open Government Data').childNodes).toHaveLength(1);
    const option = el('option', {}, 'ภาครัฐระบบเปิด');
    expect(option.childNodes).toHaveLength(1);
    expect(option.firstChild!.nodeType).toBe(3);
  });

  it('never interprets text as markup', () => {
    const node = thaiText('<b>งบประมาณ</b> ของจังหวัด');
    const holder = el('p', {}, node);
    expect(holder.querySelector('b')).toBeNull();
    expect(holder.textContent).toBe('<b>งบประมาณ</b> ของจังหวัด');
  });
});
