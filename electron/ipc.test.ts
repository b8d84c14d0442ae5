import { beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_REQUEST_CHANNEL, IPC_SNAPSHOT_CHANNEL } from '../shared/contracts/channels';
import type { HostSnapshot, Reply } from '../shared/contracts/facilitator';
import { fake, type FakeFrame } from '../tests/electron-stub/fake-electron';
import { WorkshopHost } from './host/workshop-host';
import { checkSender, registerIpc, type WindowRole } from './ipc';

vi.mock('electron', async () => (await import('../tests/electron-stub/fake-electron')).fake.module);

const FACILITATOR = 1;
const PROJECTOR = 2;
const roles = new Map<number, WindowRole>([
  [FACILITATOR, 'facilitator'],
  [PROJECTOR, 'projector'],
]);
const roleOf = (id: number) => roles.get(id);

const topFrame = (url: string): FakeFrame => ({ url, parent: null });
const subFrame = (url: string): FakeFrame => ({ url, parent: topFrame('ruam://app/index.html') });

/** An IPC event as Electron would build it for a request from `senderId`'s `frame`. */
const from = (senderId: number, frame: FakeFrame | null) => ({ sender: { id: senderId }, senderFrame: frame });

let host: WorkshopHost;

beforeEach(() => {
  fake.reset();
  let id = 0;
  host = new WorkshopHost({ clock: () => new Date('2026-03-01T09:00:00Z'), newId: () => `id-${++id}` });
  host.newWorkshop({});
});

const ask = (event: ReturnType<typeof from>, method: unknown, args: unknown = []) =>
  fake.invokeMain(IPC_REQUEST_CHANNEL, event, method, args) as Promise<Reply<unknown>>;

describe('checkSender', () => {
  it('accepts the facilitator window’s top frame on one of Ruam’s pages, for any request', () => {
    for (const method of ['getSnapshot', 'newWorkshop', 'dispatch', 'undo', 'redo']) {
      expect(checkSender(from(FACILITATOR, topFrame('ruam://app/index.html')) as never, roleOf, method)).toBeNull();
    }
  });

  it('refuses a subframe, even one of Ruam’s own pages', () => {
    expect(checkSender(from(FACILITATOR, subFrame('ruam://app/index.html')) as never, roleOf, 'getSnapshot')).toMatch(/top frame/);
  });

  it.each(['https://evil.example/index.html', 'http://127.0.0.1:8080/', 'file:///work/main/dist/renderer/index.html', 'ruam://evil/index.html', 'about:blank', ''])(
    'refuses a frame showing %s',
    (url) => {
      expect(checkSender(from(FACILITATOR, topFrame(url)) as never, roleOf, 'getSnapshot')).toMatch(/own pages/);
    },
  );

  it('refuses a web contents that is not one of Ruam’s windows', () => {
    expect(checkSender(from(99, topFrame('ruam://app/index.html')) as never, roleOf, 'getSnapshot')).toMatch(/unknown window/);
  });

  it('refuses a frame that is gone', () => {
    expect(checkSender(from(FACILITATOR, null) as never, roleOf, 'getSnapshot')).toMatch(/no longer exists/);
  });

  it('lets the projector read the snapshot, and nothing else', () => {
    const projector = from(PROJECTOR, topFrame('ruam://app/present.html'));
    expect(checkSender(projector as never, roleOf, 'getSnapshot')).toBeNull();
    for (const method of ['newWorkshop', 'dispatch', 'undo', 'redo', 'toString', '__proto__', 42, undefined]) {
      expect(checkSender(projector as never, roleOf, method), String(method)).toMatch(/projector window may not/);
    }
  });
});

describe('registerIpc', () => {
  it('passes a facilitator request from ruam://app/index.html to the host and returns its reply', async () => {
    registerIpc(host, roleOf);
    const handle = vi.spyOn(host, 'handle');
    const reply = await ask(from(FACILITATOR, topFrame('ruam://app/index.html')), 'dispatch', [{ type: 'meta.update', payload: { title: 'เวทีประชาคม' } }]);
    expect(reply).toEqual({ ok: true, value: { revision: expect.any(Number) } });
    expect(handle).toHaveBeenCalledWith('dispatch', [{ type: 'meta.update', payload: { title: 'เวทีประชาคม' } }]);
    expect(host.snapshot().workshop?.meta.title).toBe('เวทีประชาคม');
  });

  it.each([
    ['a subframe', from(FACILITATOR, subFrame('ruam://app/index.html')), 'getSnapshot'],
    ['a non-app URL', from(FACILITATOR, topFrame('https://evil.example/steal')), 'getSnapshot'],
    ['an unknown web contents', from(99, topFrame('ruam://app/index.html')), 'getSnapshot'],
    ['a frame that is gone', from(FACILITATOR, null), 'getSnapshot'],
    ['the projector, changing the workshop', from(PROJECTOR, topFrame('ruam://app/present.html')), 'dispatch'],
    ['the projector, replacing the workshop', from(PROJECTOR, topFrame('ruam://app/present.html')), 'newWorkshop'],
    ['the projector, undoing', from(PROJECTOR, topFrame('ruam://app/present.html')), 'undo'],
  ])('refuses %s with FORBIDDEN, without reaching the host', async (_case, event, method) => {
    registerIpc(host, roleOf);
    const handle = vi.spyOn(host, 'handle');
    const before = host.snapshot();
    const reply = await ask(event, method, method === 'dispatch' ? [{ type: 'meta.update', payload: { title: 'x' } }] : method === 'newWorkshop' ? [{}] : []);
    expect(reply).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: expect.any(String) } });
    expect(handle).not.toHaveBeenCalled();
    expect(host.snapshot()).toEqual(before);
  });

  it('hands a refusal back whole: the code, the English message and the Thai and English reason', async () => {
    registerIpc(host, roleOf);
    const reason = { th: 'ไม่พบคำถามนี้ในเวที อาจถูกลบไปแล้ว', en: 'There is no poll "gone" in this workshop.' };
    const refusal = { ok: false as const, error: { code: 'REJECTED' as const, message: reason.en, reason } };
    vi.spyOn(host, 'handle').mockResolvedValueOnce(refusal);
    const reply = await ask(from(FACILITATOR, topFrame('ruam://app/index.html')), 'dispatch', [{ type: 'round.close', payload: { pollId: 'gone' } }]);
    expect(reply).toEqual(refusal);
  });

  it('answers the projector’s getSnapshot', async () => {
    registerIpc(host, roleOf);
    const reply = (await ask(from(PROJECTOR, topFrame('ruam://app/present.html')), 'getSnapshot')) as { ok: true; value: HostSnapshot };
    expect(reply.ok).toBe(true);
    expect(reply.value.workshop?.id).toBe(host.snapshot().workshop?.id);
  });

  it('leaves argument checking to the host: a bad request from the facilitator is INVALID_ARGUMENT, not a crash', async () => {
    registerIpc(host, roleOf);
    const reply = await ask(from(FACILITATOR, topFrame('ruam://app/index.html')), 'dispatch', 'not a tuple');
    expect(reply).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
  });

  it('pushes each published snapshot to Ruam’s live windows only', async () => {
    const facilitator = fake.createWebContents(); // id 1
    const projector = fake.createWebContents(); // id 2
    const stranger = fake.createWebContents(); // id 3, not a Ruam window
    registerIpc(host, roleOf);
    for (const contents of [facilitator, projector, stranger]) contents.sent.length = 0;
    projector.destroyed = true;
    await host.handle('dispatch', [{ type: 'meta.update', payload: { title: 'ใหม่' } }]);
    expect(facilitator.sent).toEqual([{ channel: IPC_SNAPSHOT_CHANNEL, args: [expect.objectContaining({ revision: host.snapshot().revision })] }]);
    expect(projector.sent).toEqual([]);
    expect(stranger.sent).toEqual([]);
  });

  it('can be undone: the handler goes and snapshots stop', async () => {
    const facilitator = fake.createWebContents();
    const dispose = registerIpc(host, roleOf);
    dispose();
    facilitator.sent.length = 0;
    expect(fake.ipcHandlers.has(IPC_REQUEST_CHANNEL)).toBe(false);
    await host.handle('dispatch', [{ type: 'meta.update', payload: { title: 'ใหม่' } }]);
    expect(facilitator.sent).toEqual([]);
  });
});
