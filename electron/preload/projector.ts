import { contextBridge, ipcRenderer } from 'electron';
import { IPC_REQUEST_CHANNEL, IPC_SNAPSHOT_CHANNEL } from '../../shared/contracts/channels';
import type { FacilitatorApi, HostSnapshot, Reply } from '../../shared/contracts/facilitator';

/**
 * The projector only displays: it can read the snapshot and follow changes, nothing else.
 * (Main refuses any other request from this window too.)
 */
export type ProjectorApi = Pick<FacilitatorApi, 'getSnapshot' | 'onSnapshot'>;

async function getSnapshot(): Promise<HostSnapshot> {
  const reply = (await ipcRenderer.invoke(IPC_REQUEST_CHANNEL, 'getSnapshot', [])) as Reply<HostSnapshot>;
  if (reply.ok) return reply.value;
  throw new Error(reply.error.message);
}

const api = {
  getSnapshot,
  onSnapshot(listener: (snapshot: HostSnapshot) => void) {
    const handler = (_event: unknown, snapshot: HostSnapshot) => listener(snapshot);
    ipcRenderer.on(IPC_SNAPSHOT_CHANNEL, handler);
    void getSnapshot().then(listener);
    return () => {
      ipcRenderer.removeListener(IPC_SNAPSHOT_CHANNEL, handler);
    };
  },
} satisfies ProjectorApi;

contextBridge.exposeInMainWorld('ruamProjector', api);
