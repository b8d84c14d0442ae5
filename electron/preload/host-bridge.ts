import { ipcRenderer, type IpcRendererEvent } from 'electron';
import { encodeBridgeError, IPC_REQUEST_CHANNEL, IPC_SNAPSHOT_CHANNEL } from '../../shared/contracts/channels';
import type { HostSnapshot, Reply, RequestName } from '../../shared/contracts/facilitator';

/**
 * What both preloads share: one request on the one request channel, and the snapshot feed.
 * The channel names are fixed here, never taken from the page, so a compromised page can ask
 * the host only what a verb asks (and main checks which window is asking).
 *
 * Imports only `channels` (names and the error encoding, no zod) so each sandboxed preload bundle
 * stays tiny.
 */
export async function requestHost(method: RequestName, args: unknown[]): Promise<unknown> {
  const reply = (await ipcRenderer.invoke(IPC_REQUEST_CHANNEL, method, args)) as Reply<unknown>;
  if (reply.ok) return reply.value;
  // Only the message survives the context bridge (an Error's own fields are dropped), so the
  // whole refusal (code, English message, Thai/English reason, file details) is encoded in it; the
  // page decodes it (hostErrorFrom in shared/contracts/facilitator.ts). `code` stays on the Error
  // for callers inside the preload.
  throw Object.assign(new Error(encodeBridgeError(reply.error)), { code: reply.error.code });
}

/**
 * Deliver the current snapshot at once, then every published one, until unsubscribed. The first
 * snapshot is fetched: a window that subscribes between two changes would otherwise see nothing.
 */
export function subscribeToSnapshots(listener: (snapshot: HostSnapshot) => void): () => void {
  // The page is not trusted to pass what the type says.
  if (typeof listener !== 'function') throw new TypeError('onSnapshot expects a function');
  let subscribed = true;
  const handler = (_event: IpcRendererEvent, snapshot: HostSnapshot) => {
    if (subscribed) listener(snapshot);
  };
  ipcRenderer.on(IPC_SNAPSHOT_CHANNEL, handler);
  requestHost('getSnapshot', []).then(
    (snapshot) => {
      if (subscribed) listener(snapshot as HostSnapshot);
    },
    // The push channel still delivers the next change; a failed first read is not fatal.
    (error: unknown) => console.warn('[ruam] could not read the first snapshot', error),
  );
  return () => {
    subscribed = false;
    ipcRenderer.removeListener(IPC_SNAPSHOT_CHANNEL, handler);
  };
}
