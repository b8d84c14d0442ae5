import { shell, type Session, type WebContents } from 'electron';
import { isAppUrl, isExternalLinkAllowed } from './web-preferences';

/**
 * Guards for every web contents Ruam ever creates (main.ts applies them from
 * `web-contents-created`, so a window added later cannot forget them): a page can't navigate
 * away from Ruam's own pages, in any frame; it can't open windows (https links go to the system
 * browser instead); and it can't attach a <webview>.
 */
export function guardWebContents(contents: WebContents): void {
  // `will-navigate` covers the top frame, `will-frame-navigate` every frame, `will-redirect`
  // a server redirect (ruam:// never redirects, so one would be a surprise worth refusing).
  contents.on('will-navigate', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-frame-navigate', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isExternalLinkAllowed(url)) {
      shell.openExternal(url).catch((error: unknown) => console.warn('[ruam] could not open link in the browser', error));
    }
    return { action: 'deny' };
  });
}

/** No camera, microphone, geolocation, notifications, clipboard reads…: Ruam asks for none. */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}
