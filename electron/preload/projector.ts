import { contextBridge } from 'electron';
import type { FacilitatorApi, HostSnapshot } from '../../shared/contracts/facilitator';
import { requestHost, subscribeToSnapshots } from './host-bridge';

/**
 * The projector only displays: it can read the snapshot and follow changes, nothing else.
 * (Main refuses any other request from this window too.)
 */
export type ProjectorApi = Pick<FacilitatorApi, 'getSnapshot' | 'onSnapshot'>;

const api = {
  getSnapshot: async () => (await requestHost('getSnapshot', [])) as HostSnapshot,
  onSnapshot: subscribeToSnapshots,
} satisfies ProjectorApi;

contextBridge.exposeInMainWorld('ruamProjector', api);
