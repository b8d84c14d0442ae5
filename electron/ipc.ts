import { ipcMain, webContents, type IpcMainInvokeEvent } from 'electron';
import { IPC_REQUEST_CHANNEL, IPC_SNAPSHOT_CHANNEL } from '../shared/contracts/channels';
import type { Reply } from '../shared/contracts/facilitator';
import type { WorkshopHost } from './host/workshop-host';
import { isAppUrl } from './windows/web-preferences';

/** Which requests a window may make, by its role. The projector only reads. */
export type WindowRole = 'facilitator' | 'projector';
const ALLOWED: Record<WindowRole, ReadonlySet<string> | 'all'> = {
  facilitator: 'all',
  // Reading only: the snapshot (which carries the presentation) and the presentation alone.
  projector: new Set(['getSnapshot', 'getPresentation']),
};

/**
 * Wire the host to the windows. Every message is checked for who sent it: the top frame of one of
 * our own windows, showing one of our own pages. Anything else is refused, not trusted.
 */
export function registerIpc(host: WorkshopHost, roleOf: (webContentsId: number) => WindowRole | undefined): () => void {
  ipcMain.handle(IPC_REQUEST_CHANNEL, async (event: IpcMainInvokeEvent, method: unknown, args: unknown): Promise<Reply<unknown>> => {
    const refusal = checkSender(event, roleOf, method);
    if (refusal) return { ok: false, error: { code: 'FORBIDDEN', message: refusal } };
    return host.handle(method, args);
  });
  const unsubscribe = host.subscribe((snapshot) => {
    for (const contents of webContents.getAllWebContents()) {
      if (roleOf(contents.id) && !contents.isDestroyed()) contents.send(IPC_SNAPSHOT_CHANNEL, snapshot);
    }
  });
  return () => {
    ipcMain.removeHandler(IPC_REQUEST_CHANNEL);
    unsubscribe();
  };
}

export function checkSender(
  event: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>,
  roleOf: (webContentsId: number) => WindowRole | undefined,
  method: unknown,
): string | null {
  const frame = event.senderFrame;
  if (!frame) return 'request from a frame that no longer exists';
  if (frame.parent !== null) return 'requests are accepted only from a window’s top frame';
  if (!isAppUrl(frame.url)) return `requests are accepted only from Ruam’s own pages, not ${frame.url}`;
  const role = roleOf(event.sender.id);
  if (!role) return 'request from an unknown window';
  const allowed = ALLOWED[role];
  if (allowed !== 'all' && !(typeof method === 'string' && allowed.has(method))) return `the ${role} window may not call ${String(method)}`;
  return null;
}
