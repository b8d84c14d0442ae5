// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act } from 'react';
import type { HostSnapshot } from '../../shared/contracts/facilitator';
import type { Workshop } from '../../shared/domain/workshop';
import { aBallot, aPoll, aRound, aWorkshop, options, ratings } from '../../shared/polls/test-builders';
import { inRoom, stakeholder } from '../../shared/people/test-support';
import { INITIAL_PRESENTATION, type HostPresentation, type PresentationState } from '../../shared/projector/presentation';
import { toProjectorView } from '../../shared/projector/to-view';
import { VIEW_KINDS, type ViewChoice } from '../../shared/projector/types';
import { createI18n } from '../i18n';
import { byTestId, cleanup, queryByTestId, render, textOf } from '../test-utils';
import { I18nextProvider } from 'react-i18next';
import { Projector } from './Projector';
import { ProjectorScreen } from './ProjectorScreen';
import { SLIDES } from './views/registry';

afterEach(cleanup);

function workshop(language: 'th' | 'en' = 'th'): Workshop {
  const w = aWorkshop(
    {
      polls: [
        aPoll('maturity', { id: 'm3', componentId: 'C03', rounds: [aRound(1, 'revealed')] }),
        aPoll('maturity', { id: 'm1', componentId: 'C01', rounds: [aRound(1, 'open')] }),
        aPoll('text', { id: 't1', question: { th: 'ข้อเสนอของท่าน', en: 'Your ideas' } }),
        aPoll('dots', { id: 'd1', options: options('a', 'b'), rounds: [aRound(1, 'revealed')] }),
      ],
      ballots: [
        ...ratings('m3', [2, 2, 3, 3, 3], { sector: 'government' }),
        ...ratings('m3', [1, 1], { sector: 'community' }),
        ...ratings('m1', [1, 2, 3]),
        aBallot('t1', { kind: 'text', text: 'เปิดเผยข้อมูลงบประมาณ' }, { moderation: 'approved' }),
        aBallot('t1', { kind: 'text', text: 'ความเห็นที่ถูกซ่อนไว้' }, { moderation: 'hidden' }),
        aBallot('d1', { kind: 'dots', dots: { b: 2, a: 1 } }),
      ],
      participants: inRoom(6, 'government', 1),
      stakeholders: [stakeholder({ id: 's1', name: 'สภาองค์กรชุมชน' })],
      actions: [{ id: 'a1', title: 'จัดเวทีในชุมชน', owner: 'กองแผนงาน', due: '2027-03-31', indicator: '', priority: 'high', componentId: 'C03', inPlan: true }],
    },
    { minGroupSize: 5 },
  );
  return { ...w, meta: { ...w.meta, title: 'เวทีรับฟังความคิดเห็น', date: '2026-11-26', language } };
}

const CHOICES: Record<(typeof VIEW_KINDS)[number], ViewChoice | null> = {
  welcome: { kind: 'welcome' },
  framework: { kind: 'framework' },
  join: { kind: 'join' },
  question: { kind: 'question', componentId: 'C01' },
  results: { kind: 'results', componentId: 'C03' },
  stakeholders: { kind: 'stakeholders' },
  representation: { kind: 'representation' },
  openText: { kind: 'openText', pollId: 't1' },
  wordCloud: { kind: 'wordCloud', pollId: 't1' },
  priorities: { kind: 'priorities', pollId: 'd1' },
  actionPlan: { kind: 'actionPlan' },
  timer: { kind: 'timer' },
  blank: null,
  waiting: null,
};

function presentation(w: Workshop | null, choice: ViewChoice, extra: Partial<PresentationState> = {}): HostPresentation {
  const state = { ...INITIAL_PRESENTATION, choice, ...extra };
  return { state, view: toProjectorView(w, state) };
}

async function show(p: HostPresentation, revision = 7) {
  const i18n = createI18n('th');
  return render(
    <I18nextProvider i18n={i18n}>
      <ProjectorScreen presentation={p} revision={revision} />
    </I18nextProvider>,
  );
}

describe('the projector’s slides', () => {
  it('have one component for every kind of view', () => {
    expect(Object.keys(SLIDES).sort()).toEqual([...VIEW_KINDS].sort());
  });

  it.each(Object.entries(CHOICES).filter(([, choice]) => choice !== null))('draws %s from its data, marked with the kind and the revision', async (kind, choice) => {
    await show(presentation(workshop(), choice!));
    const screen = byTestId('projector-screen');
    expect(screen.dataset.view).toBe(kind);
    expect(screen.dataset.revision).toBe('7');
    expect(screen.getAttribute('lang')).toBe('th');
    expect(byTestId(`projector-view-${kind}`)).toBeTruthy();
  });

  it('welcome: the date in พ.ศ. in Thai, in CE in English', async () => {
    await show(presentation(workshop(), { kind: 'welcome' }));
    expect(byTestId('projector-date').textContent).toBe('วันพฤหัสบดีที่ 26 พฤศจิกายน พ.ศ. 2569');
    await cleanup();
    await show(presentation(workshop('en'), { kind: 'welcome' }));
    expect(byTestId('projector-date').textContent).toBe('Thursday, 26 November 2026');
    expect(byTestId('projector-screen').getAttribute('lang')).toBe('en');
  });

  it('action plan: a due date written as on the facilitator’s screen, with พ.ศ. in Thai', async () => {
    await show(presentation(workshop(), { kind: 'actionPlan' }));
    const text = byTestId('projector-actions').textContent!.replace(/\u00a0/g, ' ');
    expect(text).toContain('31 มีนาคม พ.ศ. 2570');
    await cleanup();
    await show(presentation(workshop('en'), { kind: 'actionPlan' }));
    expect(byTestId('projector-actions').textContent).toContain('31 March 2027');
  });

  it('question: the scale and the live count, never a result', async () => {
    await show(presentation(workshop(), { kind: 'question', componentId: 'C01' }));
    expect(textOf()).toContain('ไม่มี/เริ่มต้น');
    expect(byTestId('projector-responses').textContent).toBe('ตอบแล้ว 3 จาก 6 คน');
    expect(queryByTestId('projector-median')).toBeNull();
    expect(queryByTestId('projector-question-join')).toBeNull();
  });

  it('question: while voting is open, where to answer from a phone (QR code as an image, address, session code)', async () => {
    const w = workshop();
    const state = { ...INITIAL_PRESENTATION, choice: { kind: 'question', componentId: 'C01' } as ViewChoice };
    const access = { running: true, url: 'http://192.168.1.5:8787/j/ABC234', sessionCode: 'ABC234', qrSvg: '<svg xmlns="http://www.w3.org/2000/svg"></svg>', joinOpen: true, loopbackOnly: false, connected: 3 };
    await show({ state, view: toProjectorView(w, state, { access }) });
    const join = byTestId('projector-question-join');
    expect(byTestId('projector-question-join-url').textContent).toBe('192.168.1.5:8787/j/ABC234');
    expect(join.textContent).toContain('ร่วมตอบด้วยโทรศัพท์ที่');
    expect(join.textContent).toContain('รหัสเวที ABC234');
    expect(join.querySelector('img')!.getAttribute('src')).toMatch(/^data:image\/svg\+xml/);
    expect(join.querySelector('svg')).toBeNull();
  });

  it('results: hidden until revealed; revealed, the median, consensus and the sector withheld for its size', async () => {
    await show(presentation(workshop(), { kind: 'results', componentId: 'C01' }));
    expect(byTestId('projector-results-hidden')).toBeTruthy();
    expect(queryByTestId('projector-median')).toBeNull();
    await cleanup();
    await show(presentation(workshop(), { kind: 'results', componentId: 'C03' }));
    expect(byTestId('projector-median').textContent).toBe('2');
    const sectors = byTestId('projector-by-sector');
    expect(sectors.textContent).toContain('ชุมชนน้อยกว่า 5 คน ไม่แสดงผล');
    expect(sectors.querySelectorAll('[data-suppressed="true"]').length).toBe(2);
  });

  it('open text: approved answers only', async () => {
    await show(presentation(workshop(), { kind: 'openText', pollId: 't1' }));
    expect(byTestId('projector-wall').textContent).toContain('เปิดเผยข้อมูลงบประมาณ');
    expect(textOf()).not.toContain('ถูกซ่อน');
  });

  it('blank shows nothing; a running timer shows in the corner of other slides', async () => {
    await show(presentation(workshop(), { kind: 'framework' }, { blank: true }));
    expect(byTestId('projector-screen').dataset.view).toBe('blank');
    expect(byTestId('projector-view-blank').textContent).toBe('');
    await cleanup();
    await show(presentation(workshop(), { kind: 'framework' }, { timer: { durationMs: 60_000, endsAt: Date.now() + 60_000, remainingMs: 60_000 } }));
    expect(byTestId('projector-timer-badge').textContent).toMatch(/^[01]:\d\d$/);
  });

  it('high contrast is a class on the screen', async () => {
    await show(presentation(workshop(), { kind: 'results', componentId: 'C03' }, { contrast: 'high' }));
    expect(byTestId('projector-screen').className).toContain('pj-contrast-high');
  });
});

describe('the projector window', () => {
  it('only follows snapshots: its source has nothing but onSnapshot, and it shows the newest', async () => {
    let push: (snapshot: HostSnapshot) => void = () => {};
    const source = { onSnapshot: vi.fn((listener: (snapshot: HostSnapshot) => void) => ((push = listener), () => {})) };
    await render(<Projector source={source} i18n={createI18n('th')} />);
    expect(byTestId('projector-view-waiting')).toBeTruthy();
    const w = workshop();
    const base = { workshop: w, file: { path: null, saveState: 'memory' as const, readOnly: false }, undo: { canUndo: false, canRedo: false, undoLabel: null, redoLabel: null } };
    await act(async () => push({ ...base, revision: 5, presentation: presentation(w, { kind: 'framework' }) }));
    expect(byTestId('projector-screen').dataset.view).toBe('framework');
    // An older snapshot arriving late is ignored.
    await act(async () => push({ ...base, revision: 4, presentation: presentation(w, { kind: 'welcome' }) }));
    expect(byTestId('projector-screen').dataset.revision).toBe('5');
    // A host without a presentation: the welcome slide, built from the document.
    await act(async () => push({ ...base, revision: 6 }));
    expect(byTestId('projector-screen').dataset.view).toBe('welcome');
    expect(source.onSnapshot).toHaveBeenCalledTimes(1);
  });
});
