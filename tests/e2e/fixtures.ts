import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { serveWebMode, type RunningApp } from '../../electron/cli/serve';

/**
 * `app`: a fresh web-mode Ruam (host + server) per test, on a free loopback port, serving the
 * built renderer. `facilitator`: a page opened on it, failing the test on any console error.
 */
export const test = base.extend<{ app: RunningApp; facilitator: Page; consoleErrors: string[] }>({
  app: async ({}, use) => {
    // A fresh workshops folder per test: nothing leaks between tests or into ~/Ruam.
    const folder = mkdtempSync(path.join(os.tmpdir(), 'ruam-e2e-'));
    const app = await serveWebMode({ port: 0, folder });
    await use(app);
    await app.close();
  },
  consoleErrors: async ({}, use) => {
    await use([]);
  },
  facilitator: async ({ page, app, consoleErrors }, use) => {
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(error.message));
    await page.goto(app.web.url);
    await use(page);
    expect(consoleErrors, 'no console errors in the facilitator window').toEqual([]);
  },
});

export { expect };
