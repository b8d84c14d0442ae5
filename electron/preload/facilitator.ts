import { contextBridge } from 'electron';
import { REQUEST_NAMES } from '../../shared/contracts/channels';
import type { FacilitatorApi, RequestName } from '../../shared/contracts/facilitator';
import { requestHost, subscribeToSnapshots } from './host-bridge';

/**
 * The facilitator window's bridge: verbs only, never ipcRenderer itself. Each verb is one
 * request on one channel; the host validates arguments, so nothing here needs to be trusted.
 */
const verb = (name: RequestName) => (...args: unknown[]) => requestHost(name, args);

const api = {
  ...(Object.fromEntries(REQUEST_NAMES.map((name) => [name, verb(name)])) as Omit<FacilitatorApi, 'onSnapshot'>),
  onSnapshot: subscribeToSnapshots,
} satisfies FacilitatorApi;

contextBridge.exposeInMainWorld('ruam', api);
