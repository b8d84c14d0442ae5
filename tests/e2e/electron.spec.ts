import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { _electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';

/**
 * The desktop app itself, in a real Electron. No Electron binary can be downloaded on the build
 * machines, so this runs only where one is provided:
 *
 *   ELECTRON_OVERRIDE_DIST_PATH=/path/to/electron-v45-linux-x64 npx playwright test electron
 *
 * (the folder that holds the `electron` executable) and where there is a display — on Linux
 * without one it starts Xvfb itself if it is installed. Everywhere else it skips, saying why.
 * It needs the build (`npm run build`; `npm test` builds first).
 */

const ROOT = path.resolve(import.meta.dirname, '../..');
const REQUEST_VERBS = ['getSnapshot', 'newWorkshop', 'dispatch', 'undo', 'redo'];

function electronExecutable(): string | null {
  const dist = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (!dist || !existsSync(dist)) return null;
  const name = process.platform === 'win32' ? 'electron.exe' : process.platform === 'darwin' ? 'Electron.app/Contents/MacOS/Electron' : 'electron';
  const executable = path.join(dist, name);
  return existsSync(executable) ? executable : null;
}

const needsDisplay = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const xvfbInstalled = ['/usr/bin/Xvfb', '/usr/local/bin/Xvfb'].some((candidate) => existsSync(candidate));
const executable = electronExecutable();

/** Start a private X server; resolves with its display name (Xvfb picks a free one itself). */
function startXvfb(): Promise<{ display: string; server: ChildProcess }> {
  return new Promise((resolve, reject) => {
    const server = spawn('Xvfb', ['-displayfd', '1', '-screen', '0', '1920x1080x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'pipe', 'ignore'] });
    let output = '';
    server.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const number = output.match(/^(\d+)\n/)?.[1];
      if (number) resolve({ display: `:${number}`, server });
    });
    server.once('error', reject);
    server.once('exit', (code) => reject(new Error(`Xvfb exited (${code}) before it was ready`)));
  });
}

test.describe('the desktop app (Electron)', () => {
  test.skip(!executable, 'No Electron binary here: set ELECTRON_OVERRIDE_DIST_PATH to run it');
  test.skip(!!executable && needsDisplay && !xvfbInstalled, 'No display and no Xvfb: run under a display or install Xvfb');

  let xvfb: { display: string; server: ChildProcess } | null = null;
  let electronApp: ElectronApplication;
  let facilitator: Page;

  test.beforeAll(async () => {
    expect(existsSync(path.join(ROOT, 'dist/electron/main.js')), 'the app is built (npm run build)').toBe(true);
    if (needsDisplay) xvfb = await startXvfb();
    electronApp = await _electron.launch({
      executablePath: executable!,
      // As root (containers, CI), Chromium's own OS sandbox refuses to start; the renderer's
      // `sandbox: true` and context isolation still hold.
      args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), ROOT],
      cwd: ROOT,
      env: { ...process.env, ...(xvfb ? { DISPLAY: xvfb.display } : {}) } as Record<string, string>,
      timeout: 60_000,
    });
    facilitator = await electronApp.firstWindow();
    await facilitator.waitForLoadState('domcontentloaded');
  });

  test.afterAll(async () => {
    await electronApp?.close();
    xvfb?.server.kill();
  });

  test('opens the facilitator window on ruam://app/index.html', async () => {
    expect(facilitator.url()).toBe('ruam://app/index.html');
  });

  test('gives the page exactly the facilitator verbs, as functions', async () => {
    const bridge = await facilitator.evaluate(() => {
      const ruam = (window as unknown as { ruam?: Record<string, unknown> }).ruam;
      return ruam ? Object.entries(ruam).map(([name, value]) => [name, typeof value]) : null;
    });
    expect(bridge?.map(([name]) => name).sort()).toEqual([...REQUEST_VERBS, 'onSnapshot'].sort());
    expect(new Set(bridge?.map(([, kind]) => kind))).toEqual(new Set(['function']));
  });

  test('reaches the host through the bridge', async () => {
    const snapshot = await facilitator.evaluate(async () => {
      const ruam = (window as unknown as { ruam: { getSnapshot(): Promise<{ revision: number }> } }).ruam;
      return ruam.getSnapshot();
    });
    expect(typeof snapshot.revision).toBe('number');
  });

  test('gives the page no Node.js: require and process are undefined', async () => {
    const globals = await facilitator.evaluate(() => ({
      require: typeof (globalThis as { require?: unknown }).require,
      process: typeof (globalThis as { process?: unknown }).process,
      module: typeof (globalThis as { module?: unknown }).module,
      ipcRenderer: typeof (globalThis as { ipcRenderer?: unknown }).ipcRenderer,
    }));
    expect(globals).toEqual({ require: 'undefined', process: 'undefined', module: 'undefined', ipcRenderer: 'undefined' });
  });

  test('runs no inline script (the CSP holds)', async () => {
    // page.evaluate itself bypasses CSP, so probe with a script element the page adds.
    const ran = await facilitator.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      document.head.append(script);
      await new Promise((resolve) => setTimeout(resolve, 50));
      return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
    });
    expect(ran).toBe(false);
  });

  test('opens the projector from the menu as a second window', async () => {
    const projectorOpened = electronApp.waitForEvent('window');
    await electronApp.evaluate(({ Menu }) => {
      const item = Menu.getApplicationMenu()?.getMenuItemById('open-projector');
      if (!item) throw new Error('No "Open projector" menu item');
      item.click();
    });
    const projector = await projectorOpened;
    await projector.waitForLoadState('domcontentloaded');
    expect(projector.url()).toBe('ruam://app/present.html');
    expect(electronApp.windows()).toHaveLength(2);
    const bridge = await projector.evaluate(() => Object.keys((window as unknown as { ruamProjector?: object }).ruamProjector ?? {}).sort());
    expect(bridge).toEqual(['getSnapshot', 'onSnapshot']);
  });
});
