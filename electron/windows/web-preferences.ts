/**
 * The webPreferences every Ruam window gets (Electron security checklist). Plain data with no
 * `electron` import, so a unit test can check each item without a binary.
 */
export interface SecureWebPreferences {
  preload: string;
  contextIsolation: true;
  sandbox: true;
  nodeIntegration: false;
  nodeIntegrationInWorker: false;
  nodeIntegrationInSubFrames: false;
  webSecurity: true;
  allowRunningInsecureContent: false;
  webviewTag: false;
  navigateOnDragDrop: false;
  spellcheck: false;
}

export function secureWebPreferences(preload: string): SecureWebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
  };
}

/** Windows load the app from this privileged custom scheme, never from file:// or the network. */
export const APP_SCHEME = 'ruam';
export const APP_ORIGIN = `${APP_SCHEME}://app`;

export function appPageUrl(page: 'index.html' | 'present.html'): string {
  return `${APP_ORIGIN}/${page}`;
}

/** Is this URL one of our own pages (and not, say, a link the user clicked)? */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === 'app';
  } catch {
    return false;
  }
}

/** Links that may leave the app: https only, opened in the system browser. */
export function isExternalLinkAllowed(url: string): boolean {
  try {
    return new URL(url).protocol === 'https:';
  } catch {
    return false;
  }
}
