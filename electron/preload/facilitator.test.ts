import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_REQUEST_CHANNEL, IPC_SNAPSHOT_CHANNEL, REQUEST_NAMES } from '../../shared/contracts/channels';
import { HostRequestError, hostErrorFrom, type FacilitatorApi, type HostSnapshot, type Reply } from '../../shared/contracts/facilitator';
import { fake, flush } from '../../tests/electron-stub/fake-electron';

vi.mock('electron', async () => (await import('../../tests/electron-stub/fake-electron')).fake.module);

const snapshot = (revision: number): HostSnapshot => ({
  revision,
  workshop: null,
  file: { path: null, saveState: 'memory', readOnly: false },
  undo: { canUndo: false, canRedo: false, undoLabel: null, redoLabel: null },
});

/** Answer every request the way the main process would: with `reply`. */
const mainReplies = (reply: (method: unknown, args: unknown) => Reply<unknown>) => {
  fake.invokeImpl = (_channel, method, args) => reply(method, args);
};

let exposed: Record<string, unknown>;
let api: FacilitatorApi;

beforeAll(async () => {
  fake.reset();
  await import('./facilitator');
  exposed = { ...fake.exposedInMainWorld };
  api = exposed.ruam as FacilitatorApi;
});

beforeEach(() => {
  fake.reset();
  mainReplies(() => ({ ok: true, value: snapshot(1) }));
});

describe('the facilitator preload', () => {
  it('exposes one object, window.ruam', () => {
    expect(Object.keys(exposed)).toEqual(['ruam']);
  });

  it('exposes exactly the request verbs and onSnapshot, each a function', () => {
    expect(Object.keys(api).sort()).toEqual([...REQUEST_NAMES, 'onSnapshot'].sort());
    for (const [name, value] of Object.entries(api)) expect(typeof value, name).toBe('function');
  });

  it('never hands the page ipcRenderer or any of its methods', () => {
    const ipcRendererParts = new Set<unknown>([fake.ipcRenderer, ...Object.values(fake.ipcRenderer)]);
    for (const [name, value] of Object.entries(api)) expect(ipcRendererParts.has(value), name).toBe(false);
    expect(api).not.toBe(fake.ipcRenderer);
  });

  it.each(REQUEST_NAMES)('%s always asks on the request channel under its own name, whatever the page passes', async (name) => {
    const verb = api[name] as (...args: unknown[]) => Promise<unknown>;
    await verb('ruam:snapshot', 'some-other-channel');
    const [call] = fake.callsTo('ipcRenderer.invoke');
    expect(call?.args).toEqual([IPC_REQUEST_CHANNEL, name, ['ruam:snapshot', 'some-other-channel']]);
    expect(fake.callsTo('ipcRenderer.send')).toEqual([]);
    expect(fake.callsTo('ipcRenderer.sendSync')).toEqual([]);
  });

  it('resolves with the host’s value', async () => {
    mainReplies(() => ({ ok: true, value: { revision: 7 } }));
    await expect(api.undo()).resolves.toEqual({ revision: 7 });
  });

  it('turns a refusal into a rejected promise carrying the host’s message', async () => {
    mainReplies(() => ({ ok: false, error: { code: 'FORBIDDEN', message: 'the projector window may not call dispatch' } }));
    const attempt = api.dispatch({ type: 'meta.update', payload: { title: 'x' } });
    await expect(attempt).rejects.toThrow('the projector window may not call dispatch');
    await expect(attempt).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('lets a refusal’s code and Thai/English reason cross the context bridge, which keeps only an Error’s message', async () => {
    const reason = { th: 'รอบที่ 1 ยังเปิดให้ลงคะแนนอยู่ กรุณาปิดการลงคะแนนก่อนเริ่มรอบใหม่', en: 'Round 1 is still open; close it before starting another.' };
    mainReplies(() => ({ ok: false, error: { code: 'REJECTED', message: reason.en, reason } }));
    const thrown = await api.dispatch({ type: 'round.revote', payload: { pollId: 'p1' } }).catch((error: unknown) => error);
    expect(thrown).toBeInstanceOf(Error);
    // Electron rebuilds the Error in the page from its message alone; the page decodes that.
    const inThePage = hostErrorFrom(new Error((thrown as Error).message));
    expect(inThePage).toBeInstanceOf(HostRequestError);
    expect(inThePage).toMatchObject({ code: 'REJECTED', message: reason.en, reason });
  });

  it('turns a validation failure into a rejection too, not a resolved error object', async () => {
    mainReplies(() => ({ ok: false, error: { code: 'INVALID_ARGUMENT', message: 'dispatch: Required at 0.type' } }));
    await expect(api.dispatch({} as never)).rejects.toBeInstanceOf(Error);
  });
});

describe('onSnapshot', () => {
  it('delivers the current snapshot at once, then every pushed one', async () => {
    const seen: number[] = [];
    api.onSnapshot((s) => seen.push(s.revision));
    await flush();
    fake.ipcRenderer.emit(IPC_SNAPSHOT_CHANNEL, {}, snapshot(2));
    fake.ipcRenderer.emit(IPC_SNAPSHOT_CHANNEL, {}, snapshot(3));
    expect(seen).toEqual([1, 2, 3]);
  });

  it('listens on the snapshot channel only', () => {
    const unsubscribe = api.onSnapshot(() => {});
    expect(fake.ipcRenderer.listenerCount(IPC_SNAPSHOT_CHANNEL)).toBe(1);
    expect(fake.callsTo('ipcRenderer.invoke').map((call) => call.args.slice(0, 2))).toEqual([[IPC_REQUEST_CHANNEL, 'getSnapshot']]);
    unsubscribe();
  });

  it('stops delivering after unsubscribe, and removes its IPC listener', async () => {
    const seen: number[] = [];
    const unsubscribe = api.onSnapshot((s) => seen.push(s.revision));
    await flush();
    unsubscribe();
    fake.ipcRenderer.emit(IPC_SNAPSHOT_CHANNEL, {}, snapshot(2));
    expect(seen).toEqual([1]);
    expect(fake.ipcRenderer.listenerCount(IPC_SNAPSHOT_CHANNEL)).toBe(0);
  });

  it('does not deliver the first snapshot if unsubscribed before it arrived', async () => {
    const listener = vi.fn();
    const unsubscribe = api.onSnapshot(listener);
    unsubscribe();
    await flush();
    expect(listener).not.toHaveBeenCalled();
  });

  it('keeps the other subscribers when one unsubscribes', async () => {
    const first = vi.fn();
    const second = vi.fn();
    const unsubscribeFirst = api.onSnapshot(first);
    api.onSnapshot(second);
    await flush();
    unsubscribeFirst();
    fake.ipcRenderer.emit(IPC_SNAPSHOT_CHANNEL, {}, snapshot(2));
    expect(first).toHaveBeenCalledTimes(1);
    expect(second).toHaveBeenCalledTimes(2);
  });

  it('survives a refused first read: no unhandled rejection, pushes still arrive', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    mainReplies(() => ({ ok: false, error: { code: 'INTERNAL', message: 'host busy' } }));
    const listener = vi.fn();
    api.onSnapshot(listener);
    await flush();
    fake.ipcRenderer.emit(IPC_SNAPSHOT_CHANNEL, {}, snapshot(5));
    expect(listener).toHaveBeenCalledExactlyOnceWith(snapshot(5));
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });

  it('refuses a listener that is not a function (a page could pass a channel name)', () => {
    expect(() => api.onSnapshot('ruam:request' as never)).toThrow(TypeError);
    expect(fake.ipcRenderer.listenerCount(IPC_SNAPSHOT_CHANNEL)).toBe(0);
  });

  it('never passes the IPC event to the page', () => {
    const listener = vi.fn();
    api.onSnapshot(listener);
    fake.ipcRenderer.emit(IPC_SNAPSHOT_CHANNEL, { sender: fake.ipcRenderer }, snapshot(2));
    expect(listener).toHaveBeenCalledExactlyOnceWith(snapshot(2));
  });
});
