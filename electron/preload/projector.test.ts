import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_REQUEST_CHANNEL, IPC_SNAPSHOT_CHANNEL } from '../../shared/contracts/channels';
import type { HostSnapshot } from '../../shared/contracts/facilitator';
import { fake, flush } from '../../tests/electron-stub/fake-electron';
import type { ProjectorApi } from './projector';

vi.mock('electron', async () => (await import('../../tests/electron-stub/fake-electron')).fake.module);

const snapshot = (revision: number) => ({ revision }) as HostSnapshot;

let exposed: Record<string, unknown>;
let api: ProjectorApi;

beforeAll(async () => {
  fake.reset();
  await import('./projector');
  exposed = { ...fake.exposedInMainWorld };
  api = exposed.ruamProjector as ProjectorApi;
});

beforeEach(() => {
  fake.reset();
  fake.invokeImpl = () => ({ ok: true, value: snapshot(1) });
});

describe('the projector preload', () => {
  it('exposes only reading: getSnapshot and onSnapshot, under window.ruamProjector', () => {
    expect(Object.keys(exposed)).toEqual(['ruamProjector']);
    expect(Object.keys(api).sort()).toEqual(['getSnapshot', 'onSnapshot']);
    for (const value of Object.values(api)) {
      expect(typeof value).toBe('function');
      expect(new Set<unknown>([fake.ipcRenderer, ...Object.values(fake.ipcRenderer)]).has(value)).toBe(false);
    }
  });

  it('asks for the snapshot on the request channel, ignoring whatever the page passes', async () => {
    await expect((api.getSnapshot as (...args: unknown[]) => Promise<HostSnapshot>)('dispatch', 'ruam:other')).resolves.toEqual(snapshot(1));
    expect(fake.callsTo('ipcRenderer.invoke')[0]?.args).toEqual([IPC_REQUEST_CHANNEL, 'getSnapshot', []]);
  });

  it('rejects with the host’s message when refused', async () => {
    fake.invokeImpl = () => ({ ok: false, error: { code: 'FORBIDDEN', message: 'request from an unknown window' } });
    await expect(api.getSnapshot()).rejects.toThrow('request from an unknown window');
  });

  it('follows snapshots until unsubscribed', async () => {
    const seen: number[] = [];
    const unsubscribe = api.onSnapshot((s) => seen.push(s.revision));
    await flush();
    fake.ipcRenderer.emit(IPC_SNAPSHOT_CHANNEL, {}, snapshot(2));
    unsubscribe();
    fake.ipcRenderer.emit(IPC_SNAPSHOT_CHANNEL, {}, snapshot(3));
    expect(seen).toEqual([1, 2]);
    expect(fake.ipcRenderer.listenerCount(IPC_SNAPSHOT_CHANNEL)).toBe(0);
  });
});
