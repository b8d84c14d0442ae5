// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { I18nextProvider } from 'react-i18next';
import type { Poll } from '../../../../shared/domain/polls';
import { aPoll, aRound, aWorkshop } from '../../../../shared/polls/test-builders';
import { INITIAL_PRESENTATION, type PresentationState } from '../../../../shared/projector/presentation';
import { toProjectorView } from '../../../../shared/projector/to-view';
import type { ViewChoice } from '../../../../shared/projector/types';
import { createI18n } from '../../../i18n';
import { useAppStore } from '../../../store/app-store';
import { byTestId, cleanup, createFakeHost, queryByTestId, render, resetStore } from '../../../test-utils';
import { RoundBar } from './RoundBar';

afterEach(cleanup);

const poll = (state: 'open' | 'closed' | 'revealed'): Poll => aPoll('maturity', { id: 'm1', componentId: 'C01', rounds: [aRound(1, state)] });

/** The round bar with the host saying the projector shows `choice` (blank or frozen on request). */
async function bar(target: Poll, projector: { choice: ViewChoice; blank?: boolean; frozen?: boolean } | null) {
  resetStore({ step: 'component-01' });
  const workshop = aWorkshop({ polls: [target] });
  const host = createFakeHost({ workshop });
  if (projector) {
    const state: PresentationState = { ...INITIAL_PRESENTATION, choice: projector.choice, blank: projector.blank ?? false };
    const frozen = projector.frozen ? toProjectorView(workshop, { ...state, choice: { kind: 'welcome' } }) : null;
    const presentation = { ...state, frozen };
    host.publish({ presentation: { state: presentation, view: toProjectorView(workshop, presentation) } });
  }
  useAppStore.getState().attach(host.api);
  await render(
    <I18nextProvider i18n={createI18n('th')}>
      <RoundBar poll={target} />
    </I18nextProvider>,
  );
}

const text = (id: string) => byTestId(id).textContent ?? '';

describe('the round bar says what the projector really shows', () => {
  it('results up on the projector: “shown on the projector” is true', async () => {
    await bar(poll('revealed'), { choice: { kind: 'results', componentId: 'C01' } });
    expect(text('round-status')).toContain('แสดงผลบนจอภาพแล้ว');
    expect(text('round-screen')).toBe('จอภาพกำลังแสดงผลของคำถามนี้');
    expect(byTestId('round-screen').getAttribute('data-screen')).toBe('results');
  });

  it('while voting: the question is on the projector, and the reveal button says where the results go', async () => {
    await bar(poll('closed'), { choice: { kind: 'question', componentId: 'C01' } });
    expect(text('round-screen')).toBe('จอภาพกำลังแสดงคำถามนี้');
    expect(text('round-reveal')).toBe('แสดงผลรอบที่ 1 บนจอภาพ');
  });

  it('a blank projector: the reveal button does not promise the projector, and a revealed round says it is not up', async () => {
    await bar(poll('open'), { choice: { kind: 'question', componentId: 'C01' }, blank: true });
    expect(text('round-reveal')).toBe('ปิดการลงคะแนนและเปิดเผยผลรอบที่ 1');
    expect(text('round-screen')).toContain('จอภาพว่างอยู่');
    await cleanup();
    await bar(poll('revealed'), { choice: { kind: 'results', componentId: 'C01' }, blank: true });
    expect(text('round-status')).toContain('เปิดเผยผลแล้ว แต่จอภาพยังไม่แสดง');
    expect(text('round-status')).not.toContain('แสดงผลบนจอภาพแล้ว');
    expect(document.querySelector('.round-hint')!.textContent).toContain('ผู้เข้าร่วมเห็นผลบนมือถือแล้ว');
    expect(document.body.textContent).not.toContain('ทั้งห้องเห็นผลแล้ว');
  });

  it('a frozen projector says so; another slide on it says so', async () => {
    await bar(poll('closed'), { choice: { kind: 'question', componentId: 'C01' }, frozen: true });
    expect(byTestId('round-screen').getAttribute('data-screen')).toBe('frozen');
    expect(text('round-reveal')).toBe('เปิดเผยผลรอบที่ 1');
    await cleanup();
    await bar(poll('open'), { choice: { kind: 'timer' } });
    expect(text('round-screen')).toBe('จอภาพกำลังแสดงเรื่องอื่น');
  });

  it('says nothing of the projector when the host has not said what it shows', async () => {
    await bar(poll('closed'), null);
    expect(queryByTestId('round-screen')).toBeNull();
    expect(text('round-reveal')).toBe('แสดงผลรอบที่ 1 บนจอภาพ');
  });
});
