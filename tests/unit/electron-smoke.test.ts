import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { APP_CSP } from '../../electron/web/csp';
import { expectHardenedWebPreferences } from '../electron-stub/secure-web-preferences';

/**
 * Boots the *built* main process (dist/electron/main.js, as Electron would load it) in a real
 * Node child process, with `electron` resolved to a recording stub (tests/electron-stub/), and
 * checks what it did. The unit tests check the TypeScript with a fake; this checks the bundle:
 * that it links, finds its preloads on disk, and wires everything up in the right order.
 */

const ROOT = path.resolve(import.meta.dirname, '../..');
const MAIN = path.join(ROOT, 'dist/electron/main.js');
const BUILD_OUTPUTS = [MAIN, path.join(ROOT, 'dist/preload/facilitator.cjs'), path.join(ROOT, 'dist/preload/projector.cjs'), path.join(ROOT, 'dist/renderer/index.html')];
const BUILD_INPUTS = ['electron', 'shared', 'vite.config.ts', 'scripts/build.mjs', 'package.json'];
const MARK = '[electron-stub] ';
const run = promisify(execFile);

interface StubRecord {
  call?: string;
  event?: string;
  args?: unknown[];
  afterReady: boolean;
  [key: string]: unknown;
}

/** Newest modification time of the (non-test) files that go into the main/preload bundles. */
function newestInput(): number {
  let newest = 0;
  const visit = (target: string) => {
    if (!existsSync(target)) return;
    const info = statSync(target);
    if (info.isDirectory()) {
      for (const entry of readdirSync(target)) if (entry !== 'node_modules') visit(path.join(target, entry));
    } else if (!/\.(test|spec)\.[cm]?[jt]sx?$/.test(target)) {
      newest = Math.max(newest, info.mtimeMs);
    }
  };
  for (const input of BUILD_INPUTS) visit(path.join(ROOT, input));
  return newest;
}

function buildIsCurrent(): boolean {
  if (!BUILD_OUTPUTS.every((output) => existsSync(output))) return false;
  const oldestOutput = Math.min(...BUILD_OUTPUTS.map((output) => statSync(output).mtimeMs));
  return oldestOutput >= newestInput();
}

/** The environment without the test runner's variables (NODE_ENV=test would change the build). */
function plainEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env)) if (key.startsWith('VITEST') || key === 'NODE_ENV' || key === 'TEST') delete env[key];
  return env;
}

let records: StubRecord[] = [];
let stderr = '';

beforeAll(async () => {
  if (!buildIsCurrent()) {
    await run(process.execPath, [path.join(ROOT, 'scripts/build.mjs')], { cwd: ROOT, env: plainEnv(), timeout: 240_000 });
  }
  const result = await run(process.execPath, ['--import', './tests/electron-stub/register.mjs', 'dist/electron/main.js'], {
    cwd: ROOT,
    env: plainEnv(),
    timeout: 30_000,
  }).catch((error: { stdout?: string; stderr?: string; message: string }) => {
    // Keep the output: the assertions below say what was missing, stderr says why.
    return { stdout: error.stdout ?? '', stderr: `${error.stderr ?? ''}\n${error.message}` };
  });
  stderr = result.stderr;
  records = result.stdout
    .split('\n')
    .filter((line) => line.startsWith(MARK))
    .map((line) => JSON.parse(line.slice(MARK.length)) as StubRecord);
}, 300_000);

const calls = (name: string) => records.filter((record) => record.call === name);
const events = (name: string) => records.filter((record) => record.event === name);
const indexOf = (predicate: (record: StubRecord) => boolean) => records.findIndex(predicate);

describe('the built main process, booted in Node with a stub electron', () => {
  it('starts, becomes ready and opens a window without error', () => {
    expect(events('done'), `stub output ended early; stderr:\n${stderr}`).toHaveLength(1);
    expect(events('error'), stderr).toEqual([]);
    expect(events('timeout')).toEqual([]);
  });

  it('asks for the single-instance lock, first', () => {
    expect(records[0]?.call).toBe('app.requestSingleInstanceLock');
    expect(calls('app.quit')).toEqual([]);
  });

  it('enables the sandbox before ready', () => {
    expect(calls('app.enableSandbox')).toEqual([expect.objectContaining({ afterReady: false })]);
  });

  it('registers ruam:// as a privileged, secure, standard scheme before ready', () => {
    const [registration] = calls('protocol.registerSchemesAsPrivileged');
    expect(registration?.afterReady).toBe(false);
    expect(registration?.args?.[0]).toEqual([{ scheme: 'ruam', privileges: expect.objectContaining({ standard: true, secure: true }) }]);
    expect(indexOf((r) => r.call === 'protocol.registerSchemesAsPrivileged')).toBeLessThan(indexOf((r) => r.event === 'ready'));
  });

  it('opens one facilitator window with the hardened webPreferences and a preload that exists on disk', () => {
    const windows = calls('new BrowserWindow');
    expect(windows).toHaveLength(1);
    const options = windows[0]?.args?.[0] as { webPreferences: { preload: string }; show: boolean };
    expectHardenedWebPreferences(options.webPreferences);
    expect(path.isAbsolute(options.webPreferences.preload)).toBe(true);
    expect(path.basename(options.webPreferences.preload)).toBe('facilitator.cjs');
    expect(existsSync(options.webPreferences.preload), options.webPreferences.preload).toBe(true);
    expect(options.show).toBe(false);
  });

  it('loads ruam://app/index.html in it, after the scheme is served and IPC is registered', () => {
    expect(calls('BrowserWindow.loadURL').map((r) => r.args?.[0])).toEqual(['ruam://app/index.html']);
    const load = indexOf((r) => r.call === 'BrowserWindow.loadURL');
    expect(indexOf((r) => r.call === 'protocol.handle')).toBeLessThan(load);
    expect(indexOf((r) => r.call === 'ipcMain.handle')).toBeLessThan(load);
  });

  it('registers the IPC request handler', () => {
    expect(calls('ipcMain.handle').map((r) => r.args?.[0])).toEqual(['ruam:request']);
  });

  it('sets permission handlers that deny requests and checks', () => {
    expect(calls('session.setPermissionRequestHandler')).toHaveLength(1);
    expect(calls('session.setPermissionCheckHandler')).toHaveLength(1);
    expect(events('permission.request').length).toBeGreaterThan(0);
    for (const answer of [...events('permission.request'), ...events('permission.check')]) expect(answer.granted, String(answer.permission)).toBe(false);
  });

  it('guards the window’s web contents (navigation, redirects, new windows, webviews)', () => {
    const guarded = calls('webContents.on').map((r) => r.args?.[0]);
    expect(guarded).toEqual(expect.arrayContaining(['will-navigate', 'will-frame-navigate', 'will-redirect', 'will-attach-webview']));
    expect(calls('webContents.setWindowOpenHandler')).toHaveLength(1);
  });

  it('sets a menu with the "Open projector" item', () => {
    expect(calls('Menu.setApplicationMenu')).toHaveLength(1);
    const template = calls('Menu.buildFromTemplate')[0]?.args?.[0] as Array<{ submenu?: Array<{ id?: string; label?: string; click?: string }> }>;
    const items = template.flatMap((menu) => menu.submenu ?? []);
    expect(items).toContainEqual(expect.objectContaining({ id: 'open-projector', label: expect.stringContaining('Open projector'), click: '[function]' }));
  });

  it('serves the built facilitator page over ruam:// with the app CSP', () => {
    const [response] = events('protocol.response');
    expect(response?.status).toBe(200);
    expect((response?.headers as Record<string, string>)['content-security-policy']).toBe(APP_CSP);
    expect((response?.headers as Record<string, string>)['content-type']).toMatch(/^text\/html/);
    expect(response?.bodyStart).toMatch(/^<!doctype html>/i);
  });

  it('builds preloads a sandbox can load: CommonJS requiring nothing but electron', () => {
    for (const name of ['facilitator', 'projector']) {
      const source = readFileSync(path.join(ROOT, `dist/preload/${name}.cjs`), 'utf8');
      const required = [...source.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((match) => match[1]);
      expect(required, name).toEqual(['electron']);
      expect(source, name).not.toMatch(/^\s*(import|export)\s/m);
    }
  });
});
