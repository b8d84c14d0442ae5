import { contextBridge, ipcRenderer } from 'electron';
import { IPC_REQUEST_CHANNEL, IPC_SNAPSHOT_CHANNEL, REQUEST_NAMES } from '../../shared/contracts/channels';
import type { FacilitatorApi, HostSnapshot, Reply } from '../../shared/contracts/facilitator';

/**
 * The facilitator window's bridge: verbs only, never ipcRenderer itself. Each verb is one
 * request on one channel; the host validates arguments, so nothing here needs to be trusted.
 */
async function request(method: string, args: unknown[]): Promise<unknown> {
  const reply = (await ipcRenderer.invoke(IPC_REQUEST_CHANNEL, method, args)) as Reply<unknown>;
  if (reply.ok) return reply.value;
  // Errors cross the context bridge as plain Errors; keep the code in the message's prefix-free field.
  throw Object.assign(new Error(reply.error.message), { code: reply.error.code });
}

const verbs = Object.fromEntries(REQUEST_NAMES.map((name) => [name, (...args: unknown[]) => request(name, args)]));

const api = {
  ...(verbs as Omit<FacilitatorApi, 'onSnapshot'>),
  onSnapshot(listener: (snapshot: HostSnapshot) => void) {
    const handler = (_event: unknown, snapshot: HostSnapshot) => listener(snapshot);
    ipcRenderer.on(IPC_SNAPSHOT_CHANNEL, handler);
    void request('getSnapshot', []).then((snapshot) => listener(snapshot as HostSnapshot));
    return () => {
      ipcRenderer.removeListener(IPC_SNAPSHOT_CHANNEL, handler);
    };
  },
} satisfies FacilitatorApi;

contextBridge.exposeInMainWorld('ruam', api);
