import { describe, expect, it } from 'vitest';
import { expectHardenedWebPreferences } from '../../tests/electron-stub/secure-web-preferences';
import { appPageUrl, isAppUrl, isExternalLinkAllowed, secureWebPreferences } from './web-preferences';

describe('secureWebPreferences', () => {
  const prefs = secureWebPreferences('/app/dist/preload/facilitator.cjs');

  it('isolates the preload’s world from the page’s', () => expect(prefs.contextIsolation).toBe(true));
  it('sandboxes the renderer', () => expect(prefs.sandbox).toBe(true));
  it('gives the page no Node.js', () => expect(prefs.nodeIntegration).toBe(false));
  it('gives workers no Node.js', () => expect(prefs.nodeIntegrationInWorker).toBe(false));
  it('gives subframes no Node.js', () => expect(prefs.nodeIntegrationInSubFrames).toBe(false));
  it('keeps the same-origin policy', () => expect(prefs.webSecurity).toBe(true));
  it('never runs http content in an https page', () => expect(prefs.allowRunningInsecureContent).toBe(false));
  it('has no <webview> tag', () => expect(prefs.webviewTag).toBe(false));
  it('does not navigate to a file dropped on the window', () => expect(prefs.navigateOnDragDrop).toBe(false));
  it('loads the given preload', () => expect(prefs.preload).toBe('/app/dist/preload/facilitator.cjs'));
  it('passes the whole checklist', () => expectHardenedWebPreferences(prefs));

  it('sets nothing beyond the checklist (a new option is a decision, not an accident)', () => {
    expect(Object.keys(prefs).sort()).toEqual(
      [
        'allowRunningInsecureContent',
        'contextIsolation',
        'navigateOnDragDrop',
        'nodeIntegration',
        'nodeIntegrationInSubFrames',
        'nodeIntegrationInWorker',
        'preload',
        'sandbox',
        'spellcheck',
        'webSecurity',
        'webviewTag',
      ].sort(),
    );
  });
});

describe('isAppUrl', () => {
  it.each(['ruam://app/index.html', 'ruam://app/present.html', 'ruam://app/'])('accepts %s', (url) => {
    expect(isAppUrl(url)).toBe(true);
  });

  it.each([
    'https://evil.example/',
    'ruam://evil/index.html',
    'ruam://app.evil.example/index.html',
    'ruam://app@evil/index.html',
    'file:///work/main/dist/renderer/index.html',
    'http://localhost/',
    'javascript:alert(1)',
    'about:blank',
    '',
    'not a url',
  ])('rejects %s', (url) => {
    expect(isAppUrl(url)).toBe(false);
  });

  it('agrees with the page URLs the windows load', () => {
    expect(isAppUrl(appPageUrl('index.html'))).toBe(true);
    expect(isAppUrl(appPageUrl('present.html'))).toBe(true);
  });
});

describe('isExternalLinkAllowed', () => {
  it('allows https links', () => {
    expect(isExternalLinkAllowed('https://www.opengovpartnership.org/')).toBe(true);
  });

  it.each(['http://example.com/', 'file:///etc/passwd', 'javascript:alert(1)', 'ruam://app/index.html', 'smb://server/share', 'ms-msdt:/id', 'mailto:a@b.c', ''])(
    'refuses %s',
    (url) => {
      expect(isExternalLinkAllowed(url)).toBe(false);
    },
  );
});
