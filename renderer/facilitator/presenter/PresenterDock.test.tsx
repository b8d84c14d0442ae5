// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act } from 'react';
import { HostRequestError } from '../../../shared/contracts/facilitator';
import { createWorkshop } from '../../../shared/domain/create';
import type { Workshop } from '../../../shared/domain/workshop';
import { INITIAL_PRESENTATION, type HostPresentation, type PresentationState } from '../../../shared/projector/presentation';
import { toProjectorView } from '../../../shared/projector/to-view';
import { byTestId, cleanup, click, press, queryByTestId, renderApp, settle, type FakeHost } from '../../test-utils';
import { presenterKey } from './keys';
import { suggestedViews } from './suggestions';

afterEach(cleanup);

function withPoll(): Workshop {
  const w = createWorkshop({ id: 'workshop-1', createdAt: '2026-11-26T02:00:00.000Z', meta: { title: 'เวทีรับฟังความคิดเห็น' } });
  return {
    ...w,
    polls: [
      {
        id: 'm3',
        kind: 'maturity',
        componentId: 'C03',
        question: { th: 'คำถาม', en: 'Question' },
        options: [],
        maxChoices: null,
        askTarget: true,
        allowChange: true,
        rounds: [{ number: 1, state: 'open', openedAt: '2026-11-26T03:00:00.000Z', closedAt: null }],
      },
    ],
  };
}

function presentation(workshop: Workshop, extra: Partial<PresentationState> = {}): HostPresentation {
  const state = { ...INITIAL_PRESENTATION, ...extra };
  return { state, view: toProjectorView(workshop, state) };
}

/** The facilitator window with a host that has a presentation and answers presenter requests. */
async function openWithPresentation(
  extra: Partial<PresentationState> = {},
  step = 'setup',
  dock: 'open' | 'folded' = 'open',
): Promise<FakeHost & { sent: unknown[]; shown: unknown[] }> {
  // The facilitator's last choice; with none stored the dock starts folded.
  if (dock === 'open') localStorage.setItem('ruam.presenter.open', 'open');
  else localStorage.removeItem('ruam.presenter.open');
  const workshop = withPoll();
  const host = await renderApp({ workshop, step });
  const sent: unknown[] = [];
  const shown: unknown[] = [];
  host.api.presenterCommand = vi.fn(async (command) => {
    sent.push(command);
    return { revision: 2 };
  });
  host.api.present = vi.fn(async (input) => {
    shown.push(input.view);
    return { revision: 2 };
  });
  await act(async () => host.publish({ presentation: presentation(workshop, extra) }));
  await settle();
  return { ...host, sent, shown };
}

describe('presenter keys', () => {
  const input = document.createElement('input');
  const textarea = document.createElement('textarea');
  const button = document.createElement('button');
  const key = (k: string, target: EventTarget = button, extra: Partial<KeyboardEvent> = {}) =>
    presenterKey({ key: k, target, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, repeat: false, ...extra });

  it('PageDown/PageUp (a clicker) go next and previous; B and . blank; F freezes', () => {
    expect(key('PageDown')).toEqual({ kind: 'next' });
    expect(key('PageUp')).toEqual({ kind: 'previous' });
    expect(key('b')).toEqual({ kind: 'blank' });
    expect(key('B')).toEqual({ kind: 'blank' });
    expect(key('.')).toEqual({ kind: 'blank' });
    expect(key('f')).toEqual({ kind: 'freeze' });
    expect(key('x')).toBeNull();
  });

  it('never while typing in a field, never with Ctrl/⌘/Alt, and a held key does not flicker the screen', () => {
    expect(key('b', input)).toBeNull();
    expect(key('PageDown', textarea)).toBeNull();
    expect(key('b', button, { ctrlKey: true })).toBeNull();
    expect(key('PageDown', button, { altKey: true })).toBeNull();
    expect(key('b', button, { repeat: true })).toBeNull();
  });
});

describe('the presenter dock', () => {
  it('is not there while the host has no presentation', async () => {
    await renderApp();
    expect(queryByTestId('presenter')).toBeNull();
  });

  it('starts folded, unfolds on request and remembers the choice', async () => {
    await openWithPresentation({}, 'setup', 'folded');
    expect(byTestId('presenter-toggle').getAttribute('aria-expanded')).toBe('false');
    expect(queryByTestId('presenter-menu')).toBeNull();
    // Folded, the clicker's buttons are still there.
    expect(byTestId('presenter-next')).toBeTruthy();
    await click(byTestId('presenter-toggle'));
    expect(byTestId('presenter-toggle').getAttribute('aria-expanded')).toBe('true');
    expect(localStorage.getItem('ruam.presenter.open')).toBe('open');
    await click(byTestId('presenter-toggle'));
    expect(localStorage.getItem('ruam.presenter.open')).toBe('closed');
  });

  it('folded, shortens a long slide name at a word and keeps the whole name as its tooltip', async () => {
    await openWithPresentation({ choice: { kind: 'results', componentId: 'C06' } }, 'setup', 'folded');
    const name = byTestId('presenter-now');
    const whole = name.getAttribute('title') ?? '';
    expect(whole).toContain('การพัฒนาเทคโนโลยี นวัตกรรม และโครงสร้างพื้นฐาน โดยมีประชาชนเป็นศูนย์กลาง');
    expect(name.textContent!.endsWith('…')).toBe(true);
    expect(whole.startsWith(name.textContent!.slice(0, -1))).toBe(true);
  });

  it('lists its keys as separate items, so the line wraps rather than being cut', async () => {
    await openWithPresentation();
    expect([...byTestId('presenter-keys').querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'ปุ่มลัด: PageDown/PageUp ถัดไป/ก่อนหน้า',
      'B จอว่าง',
      'F หยุดภาพ',
    ]);
  });

  it('shows a live thumbnail of what the projector shows', async () => {
    await openWithPresentation();
    const thumbnail = byTestId('presenter-thumbnail');
    expect(thumbnail.querySelector('[data-testid="projector-view-welcome"]')).toBeTruthy();
    expect(byTestId('presenter-now').textContent).toBe('หน้าต้อนรับ');
  });

  it('sends next, previous, blank, freeze and contrast to the host', async () => {
    const host = await openWithPresentation();
    await click(byTestId('presenter-next'));
    await click(byTestId('presenter-previous'));
    await click(byTestId('presenter-blank'));
    await click(byTestId('presenter-freeze'));
    await click(byTestId('presenter-contrast'));
    expect(host.sent).toEqual([{ kind: 'next' }, { kind: 'previous' }, { kind: 'blank' }, { kind: 'freeze' }, { kind: 'contrast', contrast: 'high' }]);
  });

  it('offers the poll on screen its round controls: reveal and close voting while it is open', async () => {
    const host = await openWithPresentation({ choice: { kind: 'question', componentId: 'C03' } }, 'component-03');
    await click(byTestId('presenter-reveal'));
    await click(byTestId('presenter-lock'));
    expect(queryByTestId('presenter-hide')).toBeNull();
    expect(host.sent).toEqual([{ kind: 'reveal' }, { kind: 'lockVoting' }]);
  });

  it('shows what is chosen from the menu and from "show this" for the current step', async () => {
    const host = await openWithPresentation({}, 'component-03');
    const menu = byTestId<HTMLSelectElement>('presenter-menu');
    await act(async () => {
      menu.value = 'framework';
      menu.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await click(byTestId('presenter-show-results:C03'));
    expect(host.shown).toEqual([{ kind: 'framework' }, { kind: 'results', componentId: 'C03' }]);
  });

  it('answers the clicker and B on the page, but not while typing in a field', async () => {
    const host = await openWithPresentation();
    await press(document.body, 'PageDown');
    await press(document.body, 'b');
    const title = byTestId<HTMLInputElement>('meta-title');
    await press(title, 'b');
    await press(title, 'PageDown');
    expect(host.sent).toEqual([{ kind: 'next' }, { kind: 'blank' }]);
  });

  it('says so when the projector is frozen or blank, and shows the host’s refusal', async () => {
    const host = await openWithPresentation({ blank: true });
    expect(byTestId('presenter-blank').getAttribute('aria-pressed')).toBe('true');
    host.api.presenterCommand = vi.fn(async () => Promise.reject(new Error('Nothing on the projector has a vote')));
    await click(byTestId('presenter-next'));
    expect(byTestId('presenter-problem').textContent).toContain('Nothing on the projector has a vote');
  });

  it('shows the host’s reason for a refusal in the UI language', async () => {
    const host = await openWithPresentation();
    const reason = { th: 'สไลด์บนจอภาพตอนนี้ไม่มีการลงคะแนน', en: 'Nothing on the projector has a vote' };
    host.api.presenterCommand = vi.fn(async () => Promise.reject(new HostRequestError('REJECTED', reason.en, undefined, reason)));
    await click(byTestId('presenter-next'));
    expect(byTestId('presenter-problem').textContent).toBe(reason.th);
  });
});

describe('"show this" for a step', () => {
  it('a component step offers its question and results; the people steps the join slide', () => {
    const workshop = withPoll();
    expect(suggestedViews('component-03', workshop)).toEqual([
      { kind: 'question', componentId: 'C03' },
      { kind: 'results', componentId: 'C03' },
    ]);
    expect(suggestedViews('participants', workshop)).toContainEqual({ kind: 'join' });
    expect(suggestedViews('overview', workshop)).toEqual([{ kind: 'framework' }]);
    expect(suggestedViews('nowhere', workshop)).toEqual([]);
  });
});
