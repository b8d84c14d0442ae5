// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act } from 'react';
import { blur, byTestId, cleanup, click, metaPatches, press, queryByTestId, renderApp, settle, type } from '../../test-utils';

afterEach(cleanup);

const input = (id: string) => byTestId<HTMLInputElement>(id);

describe('the Setup step', () => {
  it('sends one meta.update with the title when the field is left, not one per keystroke', async () => {
    const host = await renderApp({ step: 'setup' });
    await type(input('meta-title'), 'เวิร์กชอปภาครัฐระบบเปิด');
    expect(metaPatches(host)).toEqual([]);

    await blur(input('meta-title'));

    expect(metaPatches(host)).toEqual([{ title: 'เวิร์กชอปภาครัฐระบบเปิด' }]);
    expect(host.snapshot().workshop?.meta.title).toBe('เวิร์กชอปภาครัฐระบบเปิด');
    expect(byTestId('workshop-title').textContent).toBe('เวิร์กชอปภาครัฐระบบเปิด');
  });

  it('sends on Enter, with the field named by its own key', async () => {
    const host = await renderApp({ step: 'setup' });
    await type(input('meta-organisation'), 'สำนักงานจังหวัดน่าน');
    await press(input('meta-organisation'), 'Enter');
    await type(input('meta-meeting-number'), '1/2569');
    await press(input('meta-meeting-number'), 'Enter');
    await type(input('meta-venue'), 'ห้องประชุม 1');
    await blur(input('meta-venue'));
    await type(input('meta-note-taker'), 'นางสาวนภา ใจดี');
    await blur(input('meta-note-taker'));
    expect(metaPatches(host)).toEqual([
      { organisation: 'สำนักงานจังหวัดน่าน' },
      { meetingNumber: '1/2569' },
      { venue: 'ห้องประชุม 1' },
      { noteTaker: 'นางสาวนภา ใจดี' },
    ]);
  });

  it('sends nothing when a field is left unchanged, and Escape brings back the saved text', async () => {
    const host = await renderApp({ step: 'setup', meta: { title: 'เดิม' } });
    await type(input('meta-title'), 'ใหม่');
    await press(input('meta-title'), 'Escape');
    expect(input('meta-title').value).toBe('เดิม');
    await blur(input('meta-title'));
    expect(metaPatches(host)).toEqual([]);
  });

  it('stores a Buddhist Era date typed in Thai mode as a CE ISO date, and reads it back in words', async () => {
    const host = await renderApp({ step: 'setup', uiLanguage: 'th' });
    await type(input('meta-date'), '26/11/2569');
    await press(input('meta-date'), 'Enter');
    await blur(input('meta-date'));

    expect(metaPatches(host)).toEqual([{ date: '2026-11-26' }]);
    expect(input('meta-date').value).toBe('26/11/2569');
    expect(byTestId('meta-date-readback').textContent).toBe('วันพฤหัสบดีที่ 26 พฤศจิกายน พ.ศ.\u00a02569');
  });

  it('reads and shows the date in CE in English mode', async () => {
    const host = await renderApp({ step: 'setup', uiLanguage: 'en', meta: { date: '2026-11-26' } });
    expect(input('meta-date').value).toBe('26/11/2026');
    await type(input('meta-date'), '1/12/2026');
    await press(input('meta-date'), 'Enter');
    expect(metaPatches(host)).toEqual([{ date: '2026-12-01' }]);
    // Still in the field: the text is tidied and the date read back at once.
    expect(input('meta-date').value).toBe('01/12/2026');
    expect(byTestId('meta-date-readback').textContent).toBe('Tuesday, 1 December 2026');
  });

  it('refuses an impossible date with a message and sends nothing', async () => {
    const host = await renderApp({ step: 'setup' });
    await type(input('meta-date'), '31/04/2569');
    await blur(input('meta-date'));
    expect(metaPatches(host)).toEqual([]);
    expect(input('meta-date').getAttribute('aria-invalid')).toBe('true');
    expect(input('meta-date').value).toBe('31/04/2569');
    expect(document.querySelector('.field-date [role="alert"]')?.textContent).toContain('ไม่มีวันที่นี้ในเดือนนั้น');
  });

  it('reads a CE year typed in Thai mode as the same year in พ.ศ., and says so without refusing it', async () => {
    const host = await renderApp({ step: 'setup' });
    await type(input('meta-date'), '26/11/2026');
    await press(input('meta-date'), 'Enter');
    expect(metaPatches(host)).toEqual([{ date: '2026-11-26' }]);
    expect(input('meta-date').value).toBe('26/11/2569');
    expect(input('meta-date').getAttribute('aria-invalid')).toBeNull();
    const note = byTestId('meta-date-note');
    expect(note.textContent).toBe('ปี 2026 เป็นปี ค.ศ. จึงอ่านเป็น พ.ศ. 2569');
    expect(input('meta-date').getAttribute('aria-describedby')).toContain(note.id);
  });

  describe('a date that is real but unlikely', () => {
    beforeEach(() => {
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(new Date(2026, 10, 26, 10, 0));
    });
    afterEach(() => {
      vi.useRealTimers();
    });

    it('keeps 01/01/2500 but warns that it is more than a year ago, for screen readers too', async () => {
      const host = await renderApp({ step: 'setup' });
      await type(input('meta-date'), '01/01/2500');
      await blur(input('meta-date'));
      expect(metaPatches(host)).toEqual([{ date: '1957-01-01' }]);
      const warning = byTestId('meta-date-warning');
      expect(warning.textContent).toBe('วันที่นี้ผ่านมาแล้วเกิน 1 ปี กรุณาตรวจสอบว่าปี พ.ศ. ถูกต้อง');
      expect(input('meta-date').getAttribute('aria-invalid')).toBeNull();
      expect(input('meta-date').getAttribute('aria-describedby')).toContain(warning.id);
      expect(warning.closest('[aria-live="polite"]')).not.toBeNull();
    });

    it('warns about a date more than two years ahead, and not about one within the year', async () => {
      await renderApp({ step: 'setup' });
      await type(input('meta-date'), '01/01/2572');
      await press(input('meta-date'), 'Enter');
      expect(byTestId('meta-date-warning').textContent).toContain('ล่วงหน้าเกิน 2 ปี');
      await type(input('meta-date'), '15/12/2569');
      await press(input('meta-date'), 'Enter');
      expect(queryByTestId('meta-date-warning')).toBeNull();
    });

    it('warns in English too, about a CE date', async () => {
      await renderApp({ step: 'setup', uiLanguage: 'en' });
      await type(input('meta-date'), '1/1/1957');
      await blur(input('meta-date'));
      expect(byTestId('meta-date-warning').textContent).toBe('This date is more than a year ago; please check the year.');
    });

    it("sets today's date with the Today button, with no warning", async () => {
      const host = await renderApp({ step: 'setup' });
      await click(byTestId('meta-date-today'));
      expect(metaPatches(host)).toEqual([{ date: '2026-11-26' }]);
      expect(queryByTestId('meta-date-warning')).toBeNull();
    });
  });

  it('says 45/13/2570 has no such month, and Escape goes back to the saved date and clears the message', async () => {
    const host = await renderApp({ step: 'setup', meta: { date: '2026-11-26' } });
    await type(input('meta-date'), '45/13/2570');
    await blur(input('meta-date'));
    expect(metaPatches(host)).toEqual([]);
    const problem = document.querySelector('.field-date [role="alert"]')!;
    expect(problem.textContent).toBe('ไม่มีเดือนนี้ เดือนต้องอยู่ระหว่าง 1 ถึง 12 หรือเป็นชื่อเดือน เช่น พ.ย.');
    expect(input('meta-date').getAttribute('aria-invalid')).toBe('true');
    expect(input('meta-date').getAttribute('aria-describedby')).toContain(problem.id);
    await press(input('meta-date'), 'Escape');
    expect(input('meta-date').value).toBe('26/11/2569');
    expect(input('meta-date').getAttribute('aria-invalid')).toBeNull();
    expect(document.querySelector('.field-date [role="alert"]')).toBeNull();
  });

  it('reads times as people write them and stores HH:MM', async () => {
    const host = await renderApp({ step: 'setup' });
    await type(input('meta-start-time'), '9.00');
    await blur(input('meta-start-time'));
    await type(input('meta-end-time'), '1200');
    await blur(input('meta-end-time'));
    expect(metaPatches(host)).toEqual([{ startTime: '09:00' }, { endTime: '12:00' }]);
    expect(input('meta-start-time').value).toBe('09.00');
  });

  it('changes the workshop language', async () => {
    const host = await renderApp({ step: 'setup' });
    await click(input('meta-language-en'));
    expect(metaPatches(host)).toEqual([{ language: 'en' }]);
  });

  it('adds, edits, reorders and removes facilitators, each change one meta.update with the whole list', async () => {
    const host = await renderApp({ step: 'setup' });
    await type(input('meta-facilitators-new'), 'นายสมชาย');
    await press(input('meta-facilitators-new'), 'Enter');
    await type(input('meta-facilitators-new'), 'นางสมศรี');
    await click(byTestId('meta-facilitators-add'));
    await type(input('meta-facilitators-item-0'), 'นายสมชาย ใจดี');
    await blur(input('meta-facilitators-item-0'));
    await click(byTestId('meta-facilitators-down-0'));
    await click(byTestId('meta-facilitators-remove-1'));

    expect(metaPatches(host)).toEqual([
      { facilitators: ['นายสมชาย'] },
      { facilitators: ['นายสมชาย', 'นางสมศรี'] },
      { facilitators: ['นายสมชาย ใจดี', 'นางสมศรี'] },
      { facilitators: ['นางสมศรี', 'นายสมชาย ใจดี'] },
      { facilitators: ['นางสมศรี'] },
    ]);
    expect(input('meta-facilitators-item-0').value).toBe('นางสมศรี');
    expect(queryByTestId('meta-facilitators-item-1')).toBeNull();
  });

  it('keeps an item edit when another item is removed before the host answers', async () => {
    const host = await renderApp({ step: 'setup', meta: { objectives: ['ก', 'ข'] }, latency: 30 });
    await type(byTestId<HTMLTextAreaElement>('meta-objectives-item-1'), 'ข ที่แก้แล้ว');
    // Leaving the field and clicking "remove" on another item, both before the host has answered.
    await act(async () => {
      byTestId<HTMLTextAreaElement>('meta-objectives-item-1').blur();
      byTestId('meta-objectives-remove-0').click();
    });
    await settle(80);
    expect(metaPatches(host)).toEqual([{ objectives: ['ก', 'ข ที่แก้แล้ว'] }, { objectives: ['ข ที่แก้แล้ว'] }]);
    expect(host.snapshot().workshop?.meta.objectives).toEqual(['ข ที่แก้แล้ว']);
  });

  it('edits objectives and agenda as lists too', async () => {
    const host = await renderApp({ step: 'setup' });
    await type(input('meta-objectives-new'), 'ทำความเข้าใจกรอบแนวคิด');
    await press(input('meta-objectives-new'), 'Enter');
    await type(input('meta-agenda-new'), 'แนะนำกรอบแนวคิด');
    await press(input('meta-agenda-new'), 'Enter');
    expect(metaPatches(host)).toEqual([{ objectives: ['ทำความเข้าใจกรอบแนวคิด'] }, { agenda: ['แนะนำกรอบแนวคิด'] }]);
  });

  it('keeps typed text when the facilitator moves to another step without leaving the field', async () => {
    const host = await renderApp({ step: 'setup' });
    await type(input('meta-venue'), 'หอประชุม');
    await press(input('meta-venue'), 'ArrowDown', { altKey: true });
    expect(metaPatches(host)).toEqual([{ venue: 'หอประชุม' }]);
  });
});
