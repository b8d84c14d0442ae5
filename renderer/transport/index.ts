import type { FacilitatorApi } from '../../shared/contracts/facilitator';
import { createWebClient } from './web-client';

declare global {
  interface Window {
    /** Exposed by the Electron preload (desktop); absent in web mode. */
    ruam?: FacilitatorApi;
  }
}

const TOKEN_KEY = 'ruam.token';

/**
 * Pick the transport for this window: the preload's IPC bridge in the desktop app, otherwise a
 * WebSocket to the web-mode host. The web token arrives in the URL fragment once, and is kept in
 * sessionStorage so a reload (or the projector tab opened from here) stays connected.
 */
export function connectToHost(onConnectionChange?: (connected: boolean) => void): FacilitatorApi {
  if (window.ruam) return window.ruam;
  const fromHash = new URLSearchParams(window.location.hash.slice(1)).get('token');
  if (fromHash) {
    sessionStorage.setItem(TOKEN_KEY, fromHash);
    history.replaceState(null, '', window.location.pathname + window.location.search);
  }
  const token = fromHash ?? sessionStorage.getItem(TOKEN_KEY) ?? '';
  const scheme = window.location.protocol === 'https:' ? 'wss' : 'ws';
  return createWebClient({
    url: `${scheme}://${window.location.host}/ws?token=${encodeURIComponent(token)}`,
    onConnectionChange,
  });
}

/** Web mode without a token cannot connect: the page was opened without Ruam's printed address. */
export function missingWebToken(): boolean {
  if (window.ruam) return false;
  const inHash = new URLSearchParams(window.location.hash.slice(1)).get('token');
  return !inHash && !sessionStorage.getItem(TOKEN_KEY);
}

export function webToken(): string | null {
  return window.ruam ? null : sessionStorage.getItem(TOKEN_KEY);
}
