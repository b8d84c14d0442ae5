// @vitest-environment happy-dom
import { act } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { encodeBridgeError } from '../../shared/contracts/channels';
import { REQUEST_NAMES, type FacilitatorApi, type RequestError } from '../../shared/contracts/facilitator';
import type { Language } from '../../shared/domain/text';
import { createI18n } from '../i18n';
import { useAppStore } from '../store/app-store';
import { byTestId, cleanup, queryByTestId, render } from '../test-utils';
import { ErrorAlert } from './Notices';

afterEach(cleanup);

const alreadyVoted: RequestError = {
  code: 'REJECTED',
  message: 'This person has already voted from their phone in this round, and this poll does not allow changing a vote.',
  reason: {
    th: 'ผู้เข้าร่วมคนนี้ลงคะแนนในรอบนี้แล้วจากโทรศัพท์ของตน และคำถามนี้ไม่อนุญาตให้เปลี่ยนคำตอบ',
    en: 'This person has already voted from their phone in this round, and this poll does not allow changing a vote.',
  },
};

/** The alert in a window whose host refuses every request with `error`, as the desktop preload delivers it. */
async function refusedWith(error: RequestError, language: Language = 'th') {
  useAppStore.getState().setUiLanguage(language);
  useAppStore.getState().attach({
    ...(Object.fromEntries(REQUEST_NAMES.map((name) => [name, async () => Promise.reject(new Error(encodeBridgeError(error)))])) as unknown as Omit<FacilitatorApi, 'onSnapshot'>),
    onSnapshot: () => () => {},
  });
  await render(
    <I18nextProvider i18n={createI18n(language)}>
      <ErrorAlert />
    </I18nextProvider>,
  );
  await act(async () => {
    await useAppStore.getState().dispatch({ type: 'ballot.cast', payload: { pollId: 'p1', answer: { kind: 'maturity', current: 4, target: null }, participantId: 'p1' } });
  });
  return byTestId('error-alert');
}

const text = (element: Element) => (element.textContent ?? '').replace(/\s+/g, ' ');

describe('the error alert', () => {
  it('says why the host refused, in Thai, with no English', async () => {
    const alert = await refusedWith(alreadyVoted);
    expect(text(alert)).toContain(alreadyVoted.reason!.th);
    expect(text(alert)).not.toContain('already voted');
    expect(text(alert)).not.toContain('ระบบไม่รับการเปลี่ยนแปลงนี้');
  });

  it('says it in English when the UI is in English', async () => {
    const alert = await refusedWith(alreadyVoted, 'en');
    expect(byTestId('error-reason').textContent).toBe(alreadyVoted.reason!.en);
    expect(text(alert)).not.toContain('ผู้เข้าร่วม');
  });

  it('falls back to the code’s sentence, with the host’s words as detail, when the host gave no reason', async () => {
    const alert = await refusedWith({ code: 'REJECTED', message: 'Only Ruam records what the projector showed.' });
    expect(text(alert)).toContain('ระบบไม่รับการเปลี่ยนแปลงนี้');
    expect(text(alert)).toContain('Only Ruam records what the projector showed.');
    expect(queryByTestId('error-reason')).toBeNull();
  });
});
