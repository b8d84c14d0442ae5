import { afterEach, describe, expect, it, vi } from 'vitest';
import { encodeBridgeError } from '../../shared/contracts/channels';
import { HostRequestError, REQUEST_NAMES, type FacilitatorApi, type RequestError } from '../../shared/contracts/facilitator';
import { createFakeHost, resetStore } from '../test-utils';
import { errorReason, errorText, failureText, useAppStore } from './app-store';

afterEach(() => resetStore());

const refusal: RequestError = {
  code: 'REJECTED',
  message: 'Round 1 is still open; close it before starting another.',
  reason: { th: 'รอบที่ 1 ยังเปิดให้ลงคะแนนอยู่ กรุณาปิดการลงคะแนนก่อนเริ่มรอบใหม่', en: 'Round 1 is still open; close it before starting another.' },
};

/** A window's API whose every verb fails with `error`, as the transport delivers it. */
function failingApi(error: unknown): FacilitatorApi {
  return {
    ...(Object.fromEntries(REQUEST_NAMES.map((name) => [name, vi.fn(async () => Promise.reject(error))])) as unknown as Omit<FacilitatorApi, 'onSnapshot'>),
    onSnapshot: () => () => {},
  };
}

const revote = { type: 'round.revote', payload: { pollId: 'p1' } } as const;

describe('a refusal in the store', () => {
  it.each([
    ['desktop: the preload’s Error, the refusal encoded in its message (all the context bridge keeps)', new Error(encodeBridgeError(refusal))],
    ['web mode: a HostRequestError', HostRequestError.from(refusal)],
  ])('%s', async (_transport, thrown) => {
    useAppStore.getState().attach(failingApi(thrown));
    expect(await useAppStore.getState().dispatch(revote)).toBe(false);
    const { live } = useAppStore.getState();
    expect(live).toMatchObject({ lastError: refusal.message, lastErrorCode: 'REJECTED' });
    expect(errorReason(live)).toEqual(refusal.reason);
    expect(errorText(useAppStore.getState())).toBe(refusal.reason!.th);
    useAppStore.getState().setUiLanguage('en');
    expect(errorText(useAppStore.getState())).toBe(refusal.reason!.en);
  });

  it('decodes the desktop refusal for every part of the window that uses the API, not only for the alert', async () => {
    useAppStore.getState().attach(failingApi(new Error(encodeBridgeError(refusal))));
    const thrown = await useAppStore.getState().api!.exportMinutes({} as never).catch((error: unknown) => error);
    expect(thrown).toBeInstanceOf(HostRequestError);
    expect(thrown).toMatchObject({ code: 'REJECTED', message: refusal.message, reason: refusal.reason });
  });

  it('has no reason for an error the host gave none, and shows its message', async () => {
    useAppStore.getState().attach(failingApi(new Error(encodeBridgeError({ code: 'NO_WORKSHOP', message: 'No workshop is open.' }))));
    await useAppStore.getState().undo();
    expect(useAppStore.getState().live).toMatchObject({ lastError: 'No workshop is open.', lastErrorCode: 'NO_WORKSHOP' });
    expect(errorReason(useAppStore.getState().live)).toBeNull();
    expect(errorText(useAppStore.getState())).toBe('No workshop is open.');
  });

  it('never shows a reason left over from an earlier error', async () => {
    useAppStore.getState().attach(failingApi(HostRequestError.from(refusal)));
    await useAppStore.getState().dispatch(revote);
    // Another part of the window records its own error the old way, without a reason.
    useAppStore.setState((s) => ({ live: { ...s.live, lastError: 'Could not read the file.', lastErrorCode: 'FILE_PROBLEM' } }));
    expect(errorReason(useAppStore.getState().live)).toBeNull();
    useAppStore.getState().clearError();
    expect(useAppStore.getState().live).toMatchObject({ lastError: null, lastErrorCode: null, lastErrorReason: null });
  });

  it('keeps an error that is not the host’s (a lost connection) as it is', async () => {
    useAppStore.getState().attach(failingApi(new Error('The connection to the Ruam host was lost; please try again.')));
    await useAppStore.getState().redo();
    expect(useAppStore.getState().live).toMatchObject({ lastError: 'The connection to the Ruam host was lost; please try again.', lastErrorCode: null });
  });
});

describe('a refusal caught where the request was made', () => {
  it('reads in the UI language when the host gave a reason, on both transports', () => {
    for (const thrown of [HostRequestError.from(refusal), new Error(encodeBridgeError(refusal))]) {
      expect(failureText(thrown, 'th')).toBe(refusal.reason!.th);
      expect(failureText(thrown, 'en')).toBe(refusal.reason!.en);
    }
    expect(failureText(new Error('Disk full.'), 'th')).toBe('Disk full.');
  });

  it('the fake host of the component tests refuses a command with its reason, as the real one does', async () => {
    const host = createFakeHost();
    const thrown = await host.api.dispatch({ type: 'round.open', payload: { pollId: 'no-such-poll' } }).catch((error: unknown) => error);
    expect(thrown).toBeInstanceOf(HostRequestError);
    expect(thrown).toMatchObject({ code: 'REJECTED', reason: { th: 'ไม่พบคำถามนี้ในเวที อาจถูกลบไปแล้ว' } });
  });
});
