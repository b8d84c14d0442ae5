// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { blur, byTestId, cleanup, click, press, queryByTestId, renderApp, type, type FakeHost } from '../../../test-utils';

/**
 * The due date of an action, in the new-action form and on an action's card: the same date field
 * as the Setup step's (ui/DateField.tsx), so the same messages for the same slips, and warnings
 * measured against the workshop date.
 */

const input = (id: string) => byTestId<HTMLInputElement>(id);
const payloads = (host: FakeHost, type: string) => host.commands.filter((c) => c.type === type).map((c) => c.payload as Record<string, unknown>);

const WORKSHOP = { date: '2026-11-26' };

/** The message under a field that says why what was typed cannot be taken (role="alert"). */
const problemOf = (field: HTMLElement) => field.closest('.field')?.querySelector<HTMLElement>('[role="alert"]') ?? null;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 26, 10, 0));
});
afterEach(async () => {
  await cleanup();
  vi.useRealTimers();
});

async function addAction(host: FakeHost, due: string): Promise<void> {
  await type(input('new-action-title'), 'จัดทำบัญชีข้อมูลของหน่วยงาน');
  await type(input('new-action-due'), due);
  await click(byTestId('new-action-add'));
  expect(payloads(host, 'action.add').at(-1)).toMatchObject({ title: 'จัดทำบัญชีข้อมูลของหน่วยงาน' });
}

/** What the Setup step's date field says for `text`, to compare with the action editor. */
async function setupMessageFor(text: string): Promise<string> {
  await renderApp({ step: 'setup' });
  await type(input('meta-date'), text);
  await blur(input('meta-date'));
  const message = problemOf(input('meta-date'))!.textContent!;
  await cleanup();
  return message;
}

describe('an impossible due date', () => {
  it('says 45/13/2570 has no such month as soon as the new-action field is left, the words the Setup step uses', async () => {
    const expected = await setupMessageFor('45/13/2570');
    const host = await renderApp({ step: 'component-01', meta: WORKSHOP });
    await type(input('new-action-title'), 'จัดทำบัญชีข้อมูลของหน่วยงาน');
    await type(input('new-action-due'), '45/13/2570');
    await blur(input('new-action-due'));

    const problem = problemOf(input('new-action-due'))!;
    expect(problem?.textContent).toBe(expected);
    expect(expected).toContain('ไม่มีเดือนนี้');
    expect(input('new-action-due').getAttribute('aria-invalid')).toBe('true');
    expect(input('new-action-due').getAttribute('aria-describedby')!.split(' ')).toContain(problem.id);

    // Adding does not send it: the text stays, the message stays, the field gets the focus.
    await click(byTestId('new-action-add'));
    expect(payloads(host, 'action.add')).toEqual([]);
    expect(input('new-action-due').value).toBe('45/13/2570');
    expect(document.activeElement).toBe(input('new-action-due'));
  });

  it('says 31/02/2570 has no such day, on an action card too, and sends nothing', async () => {
    const expected = await setupMessageFor('31/02/2570');
    expect(expected).toContain('ไม่มีวันที่นี้ในเดือนนั้น');
    const host = await renderApp({ step: 'component-01', meta: WORKSHOP });
    await addAction(host, '31/03/2570');
    await type(input('action-1-due'), '31/02/2570');
    await blur(input('action-1-due'));
    expect(problemOf(input('action-1-due'))?.textContent).toBe(expected);
    expect(input('action-1-due').getAttribute('aria-invalid')).toBe('true');
    expect(payloads(host, 'action.update')).toEqual([]);

    // Escape goes back to the saved date and the message goes with it.
    await press(input('action-1-due'), 'Escape');
    expect(input('action-1-due').value).toBe('31/03/2570');
    expect(problemOf(input('action-1-due'))).toBeNull();
    expect(input('action-1-due').getAttribute('aria-invalid')).toBeNull();
  });

  it('adds the action with Enter in the due field once the date reads', async () => {
    const host = await renderApp({ step: 'component-01', meta: WORKSHOP });
    await type(input('new-action-title'), 'แต่งตั้งคณะทำงาน');
    await type(input('new-action-due'), '45/13/2570');
    await press(input('new-action-due'), 'Enter');
    expect(payloads(host, 'action.add')).toEqual([]);
    expect(problemOf(input('new-action-due'))?.textContent).toContain('ไม่มีเดือนนี้');
    await type(input('new-action-due'), '31/3/2570');
    expect(problemOf(input('new-action-due'))).toBeNull();
    await press(input('new-action-due'), 'Enter');
    expect(payloads(host, 'action.add')).toEqual([expect.objectContaining({ title: 'แต่งตั้งคณะทำงาน', due: '2027-03-31' })]);
    expect(input('new-action-due').value).toBe('');
    expect(input('new-action-title').value).toBe('');
  });
});

describe('a real but unlikely due date', () => {
  it('keeps 01/01/2560 but warns that it is before the workshop, without marking the field invalid', async () => {
    const host = await renderApp({ step: 'component-01', meta: WORKSHOP });
    await type(input('new-action-title'), 'จัดทำบัญชีข้อมูลของหน่วยงาน');
    await type(input('new-action-due'), '01/01/2560');
    await blur(input('new-action-due'));
    const warning = byTestId('new-action-due-warning');
    expect(warning.textContent).toBe('กำหนดเสร็จก่อนวันจัดเวิร์กชอป (26\u00a0พ.ย.\u00a02569) กรุณาตรวจสอบ');
    expect(input('new-action-due').getAttribute('aria-invalid')).toBeNull();
    expect(input('new-action-due').getAttribute('aria-describedby')!.split(' ')).toContain(warning.id);
    expect(warning.closest('[aria-live="polite"]')).not.toBeNull();

    // A warning does not stop anything: the action is added, and its card warns as well.
    await click(byTestId('new-action-add'));
    expect(payloads(host, 'action.add').at(-1)).toMatchObject({ due: '2017-01-01' });
    expect(byTestId('action-1-due-warning').textContent).toContain('กำหนดเสร็จก่อนวันจัดเวิร์กชอป');
    expect(queryByTestId('new-action-due-warning')).toBeNull();
  });

  it('warns on the card about a date more than five years after the workshop, and stops warning once corrected', async () => {
    const host = await renderApp({ step: 'component-01', meta: WORKSHOP });
    await addAction(host, '31/03/2570');
    expect(queryByTestId('action-1-due-warning')).toBeNull();
    await type(input('action-1-due'), '31/03/2580');
    await blur(input('action-1-due'));
    expect(payloads(host, 'action.update').at(-1)).toMatchObject({ due: '2037-03-31' });
    expect(byTestId('action-1-due-warning').textContent).toBe('กำหนดเสร็จเกิน 5 ปีหลังวันจัดเวิร์กชอป (26\u00a0พ.ย.\u00a02569) กรุณาตรวจสอบว่าปี พ.ศ. ถูกต้อง');
    await type(input('action-1-due'), '31/03/2571');
    await press(input('action-1-due'), 'Enter');
    expect(queryByTestId('action-1-due-warning')).toBeNull();
  });

  it('follows the workshop date: a due date becomes early when the workshop moves after it', async () => {
    const host = await renderApp({ step: 'component-01', meta: WORKSHOP });
    await addAction(host, '31/12/2569');
    expect(queryByTestId('action-1-due-warning')).toBeNull();
    // Another window (or the Setup step) moves the workshop: the host publishes the new date.
    await act(async () => {
      await host.api.dispatch({ type: 'meta.update', payload: { date: '2027-01-15' } });
    });
    expect(byTestId('action-1-due-warning').textContent).toContain('กำหนดเสร็จก่อนวันจัดเวิร์กชอป (15\u00a0ม.ค.\u00a02570)');
  });

  it('measures against today while the workshop has no date', async () => {
    const host = await renderApp({ step: 'component-01' });
    await addAction(host, '01/01/2560');
    expect(byTestId('action-1-due-warning').textContent).toBe('กำหนดเสร็จเป็นวันที่ผ่านมาแล้ว กรุณาตรวจสอบ');
  });

  it('warns in English, with the workshop date in CE', async () => {
    await renderApp({ step: 'component-01', meta: WORKSHOP, uiLanguage: 'en' });
    await type(input('new-action-due'), '1/1/2017');
    await blur(input('new-action-due'));
    expect(byTestId('new-action-due-warning').textContent).toBe('Due before the workshop (26\u00a0Nov\u00a02026); please check.');
  });
});
