import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests drive the *built* renderer in web mode, in Debian's Chromium where it is
 * installed (no browser download is possible on the build machines), else Playwright's own.
 */
const systemChromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results/e2e',
  timeout: 30_000,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: process.env.RUAM_PW_JSON ? [['list'], ['json', { outputFile: process.env.RUAM_PW_JSON }]] : [['list']],
  use: {
    locale: 'th-TH',
    viewport: { width: 1280, height: 800 },
    launchOptions: {
      executablePath: existsSync(systemChromium) ? systemChromium : undefined,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    },
  },
});
