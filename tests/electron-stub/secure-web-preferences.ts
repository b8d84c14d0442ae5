import { expect } from 'vitest';

/**
 * The Electron security checklist, item by item, for one window's webPreferences. Shared by the
 * unit tests (fake `electron`) and the smoke test (the built main in a real Node process), so
 * both hold every window to the same list. Each item is its own assertion, so a failure names it.
 */
export function expectHardenedWebPreferences(webPreferences: unknown): void {
  const prefs = webPreferences as Record<string, unknown> | undefined;
  expect(prefs, 'the window has webPreferences').toBeTypeOf('object');
  expect(prefs?.contextIsolation, 'contextIsolation').toBe(true);
  expect(prefs?.sandbox, 'sandbox').toBe(true);
  expect(prefs?.nodeIntegration, 'nodeIntegration').toBe(false);
  expect(prefs?.nodeIntegrationInWorker, 'nodeIntegrationInWorker').toBe(false);
  expect(prefs?.nodeIntegrationInSubFrames, 'nodeIntegrationInSubFrames').toBe(false);
  expect(prefs?.webSecurity, 'webSecurity').toBe(true);
  // Absent is Electron's safe default; anything but false/absent is not.
  expect(prefs?.allowRunningInsecureContent ?? false, 'allowRunningInsecureContent').toBe(false);
  expect(prefs?.webviewTag ?? false, 'webviewTag').toBe(false);
  expect(prefs?.experimentalFeatures ?? false, 'experimentalFeatures').toBe(false);
  expect(prefs?.enableBlinkFeatures, 'enableBlinkFeatures').toBeUndefined();
  expect(prefs?.preload, 'a preload script').toEqual(expect.stringMatching(/\.cjs$/));
}
