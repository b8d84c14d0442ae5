// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { act } from 'react';
import { useAppStore } from '../store/app-store';
import { byTestId, cleanup, click, queryByTestId, renderApp, textOf } from '../test-utils';

afterEach(cleanup);

describe('the facilitator window', () => {
  it('speaks Thai by default and English after the switch, on the page and in <html lang>', async () => {
    await renderApp({ step: 'overview' });
    expect(byTestId('step-title').textContent).toBe('ภาพรวมกรอบแนวคิด');
    expect(textOf()).toContain('การส่งเสริมภาครัฐระบบเปิดและการมีส่วนร่วมอย่างมีความหมาย');
    expect(byTestId('step-setup').textContent).toContain('ข้อมูลการประชุม');
    expect(document.documentElement.lang).toBe('th');

    await click(byTestId('lang-en'));

    expect(byTestId('step-title').textContent).toBe('Framework overview');
    expect(textOf()).toContain('Open Government and Meaningful Participation');
    expect(textOf()).not.toContain('ภาพรวมกรอบแนวคิด');
    expect(byTestId('step-setup').textContent).toContain('Setup');
    expect(byTestId('lang-en').getAttribute('aria-pressed')).toBe('true');
    expect(document.documentElement.lang).toBe('en');
    expect(useAppStore.getState().session.uiLanguage).toBe('en');
  });

  it('offers to create a workshop when none is open, then opens Setup', async () => {
    const host = await renderApp({ workshop: null });
    expect(queryByTestId('step-setup')).toBeNull();
    expect(byTestId('new-workshop').textContent).toContain('สร้างเวิร์กชอปใหม่');

    await click(byTestId('new-workshop'));

    expect(host.api.newWorkshop).toHaveBeenCalledWith({});
    expect(byTestId('step-setup').getAttribute('aria-current')).toBe('step');
    expect(byTestId('meta-title')).toBeTruthy();
  });

  it('lists every step in the rail and marks the current one', async () => {
    await renderApp({ step: 'setup' });
    const rail = document.querySelector('nav.rail')!;
    const ids = [...rail.querySelectorAll('[data-testid^="step-"]')].map((el) => el.getAttribute('data-testid'));
    expect(ids).toEqual([
      'step-overview',
      'step-setup',
      'step-participants',
      'step-stakeholders',
      'step-equality',
      ...['01', '02', '03', '04', '05', '06', '07', '08'].map((code) => `step-component-${code}`),
      'step-results-overview',
      'step-priorities',
      'step-minutes',
    ]);
    expect(rail.querySelectorAll('[aria-current="step"]')).toHaveLength(1);
    expect(byTestId('step-component-03').textContent).toContain('การสร้างภาคีเครือข่าย');
  });

  it('goes from a component card in the overview to that component step', async () => {
    await renderApp({ step: 'overview', uiLanguage: 'en' });
    await click(byTestId('overview-component-04'));
    expect(useAppStore.getState().session.step).toBe('component-04');
    expect(byTestId('step-title').textContent).toBe('Motivation');
    expect(textOf()).toContain('Component 04');
  });

  it('opens the stakeholder map step with its grid, not an empty page', async () => {
    await renderApp({ step: 'stakeholders' });
    expect(byTestId('step-title').textContent).toBe('ผู้มีส่วนได้ส่วนเสีย');
    expect(textOf()).not.toMatch(/TODO/i);
  });

  it('shows the undo label from the host and disables redo when there is nothing to redo', async () => {
    const host = await renderApp();
    expect(byTestId<HTMLButtonElement>('undo').disabled).toBe(true);
    await act(async () => {
      await host.api.dispatch({ type: 'meta.update', payload: { title: 'ประชุม' } });
    });
    expect(byTestId<HTMLButtonElement>('undo').disabled).toBe(false);
    expect(byTestId('undo').getAttribute('aria-label')).toContain('แก้ไขข้อมูลการประชุม');
    expect(byTestId<HTMLButtonElement>('redo').disabled).toBe(true);

    await click(byTestId('undo'));
    expect(host.api.undo).toHaveBeenCalledTimes(1);
    expect(byTestId<HTMLButtonElement>('redo').disabled).toBe(false);
  });

  it('shows the save state in the UI language', async () => {
    await renderApp();
    expect(byTestId('save-state').textContent).toContain('อยู่ในหน่วยความจำ');
    await click(byTestId('lang-en'));
    expect(byTestId('save-state').textContent).toContain('In memory only');
  });

  it("says the host's refusal in the user's language, and the alert can be dismissed", async () => {
    await renderApp();
    await act(async () => {
      useAppStore.setState((s) => ({ live: { ...s.live, lastError: 'meta.update: expected a time as HH:MM', lastErrorCode: 'INVALID_COMMAND' } }));
    });
    const alert = byTestId('error-alert');
    expect(alert.getAttribute('role')).toBe('alert');
    expect(alert.textContent).toContain('ข้อมูลที่กรอกไม่ผ่านการตรวจสอบ');
    await click(byTestId('error-dismiss'));
    expect(queryByTestId('error-alert')).toBeNull();
  });

  it('warns that the connection was lost only after it had been made', async () => {
    await renderApp({ workshop: null });
    expect(queryByTestId('connection-lost')).toBeNull();
    await act(async () => useAppStore.getState().setConnected(false));
    expect(byTestId('connection-lost').textContent).toContain('การเชื่อมต่อกับ Ruam ขาดหาย');
    await act(async () => useAppStore.getState().setConnected(true));
    expect(queryByTestId('connection-lost')).toBeNull();
  });

  it('offers the projector only when given a URL for it (web mode)', async () => {
    await renderApp({ projectorUrl: null });
    expect(queryByTestId('open-projector')).toBeNull();
    await cleanup();
    await renderApp({ projectorUrl: '/present#token=abc' });
    expect(byTestId('open-projector')).toBeTruthy();
  });
});
