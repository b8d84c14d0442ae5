import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_REQUEST_CHANNEL } from '../shared/contracts/channels';
import type { HostSnapshot, Reply } from '../shared/contracts/facilitator';
import { fake, type FakeBrowserWindow } from '../tests/electron-stub/fake-electron';
import { expectHardenedWebPreferences } from '../tests/electron-stub/secure-web-preferences';
import { start } from './main';
import { MENU_IDS } from './menu';

const repoRoot = path.resolve(import.meta.dirname, '..');

vi.mock('electron', async () => (await import('../tests/electron-stub/fake-electron')).fake.module);

/** Start Ruam and let Electron become ready; returns the facilitator window. */
async function startRuam(): Promise<FakeBrowserWindow> {
  start();
  await fake.makeReady();
  const facilitator = fake.windows[0];
  if (!facilitator) throw new Error('Ruam opened no window');
  return facilitator;
}

function openProjectorFromMenu(): FakeBrowserWindow {
  const item = fake.applicationMenu?.getMenuItemById(MENU_IDS.openProjector);
  if (!item?.click) throw new Error('No "Open projector" menu item');
  item.click();
  const projector = fake.windows.at(-1);
  if (!projector) throw new Error('No projector window');
  return projector;
}

function request(window: FakeBrowserWindow, method: string, args: unknown[] = []): Promise<Reply<unknown>> {
  return fake.invokeMain(IPC_REQUEST_CHANNEL, { sender: window.webContents, senderFrame: window.webContents.mainFrame }, method, args) as Promise<Reply<unknown>>;
}

// Recorded before the first reset: what importing main.ts did by itself.
const callsWhenImported = fake.calls.map((call) => call.api);

beforeEach(() => fake.reset());

describe('starting Ruam', () => {
  it('does nothing when imported: only start() (or Electron running the file) starts the app', () => {
    expect(callsWhenImported).toEqual([]);
  });

  it('asks for the single-instance lock first', () => {
    start();
    expect(fake.calls[0]?.api).toBe('app.requestSingleInstanceLock');
  });

  it('quits at once when another Ruam is already running, and opens nothing', async () => {
    fake.singleInstanceLock = false;
    start();
    await fake.makeReady();
    expect(fake.callsTo('app.quit')).toHaveLength(1);
    expect(fake.windows).toEqual([]);
    expect(fake.callsTo('app.whenReady')).toEqual([]);
    expect(fake.ipcHandlers.size).toBe(0);
  });

  it('brings the running facilitator window forward when a second instance starts', async () => {
    const facilitator = await startRuam();
    facilitator.minimize();
    fake.app.emit('second-instance', {}, ['ruam'], '/home/facilitator', {});
    expect(facilitator.isMinimized()).toBe(false);
    expect(facilitator.actions.slice(-2)).toEqual(['restore', 'focus']);
    expect(fake.windows).toHaveLength(1);
  });

  it('enables the sandbox for every renderer, before the app is ready', () => {
    start();
    const [call] = fake.callsTo('app.enableSandbox');
    expect(call).toBeDefined();
    expect(call?.afterReady).toBe(false);
  });

  it('registers ruam:// as a standard, secure scheme before the app is ready', () => {
    start();
    const [call] = fake.callsTo('protocol.registerSchemesAsPrivileged');
    expect(call?.afterReady).toBe(false);
    expect(call?.args[0]).toEqual([{ scheme: 'ruam', privileges: expect.objectContaining({ standard: true, secure: true }) }]);
    // Privileges that would widen what the scheme can do are not granted.
    const privileges = (call?.args[0] as Array<{ privileges: Record<string, unknown> }>)[0]?.privileges;
    expect(privileges?.bypassCSP).toBeFalsy();
    expect(privileges?.allowServiceWorkers).toBeFalsy();
  });

  it('serves ruam:// and registers the IPC handler once ready, before any window loads', async () => {
    await startRuam();
    expect(fake.protocolHandlers.has('ruam')).toBe(true);
    expect(fake.ipcHandlers.has(IPC_REQUEST_CHANNEL)).toBe(true);
    const order = fake.calls.map((call) => call.api);
    expect(order.indexOf('protocol.handle')).toBeLessThan(order.indexOf('webContents.loadURL'));
    expect(order.indexOf('ipcMain.handle')).toBeLessThan(order.indexOf('webContents.loadURL'));
  });

  it('opens the facilitator window on ruam://app/index.html with the hardened webPreferences and the built preload', async () => {
    const facilitator = await startRuam();
    expect(fake.windows).toHaveLength(1);
    expectHardenedWebPreferences(facilitator.options.webPreferences);
    expect(facilitator.options.webPreferences.preload).toMatch(/dist[\\/]preload[\\/]facilitator\.cjs$/);
    expect(facilitator.webContents.getURL()).toBe('ruam://app/index.html');
  });

  it('shows the facilitator window only when its page is ready to show', async () => {
    const facilitator = await startRuam();
    expect(facilitator.options.show).toBe(false);
    expect(facilitator.isVisible()).toBe(false);
    facilitator.becomeReadyToShow();
    expect(facilitator.isVisible()).toBe(true);
  });

  it('points the preload at the build output (an absolute path in dist/preload)', async () => {
    const facilitator = await startRuam();
    expect(facilitator.options.webPreferences.preload).toBe(path.join(repoRoot, 'dist', 'preload', 'facilitator.cjs'));
  });

  it('starts the phones’ server in a separate utility process, from the built entry', async () => {
    const { existsSync } = await import('node:fs');
    await startRuam();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(fake.utilityProcesses).toHaveLength(1);
    expect(existsSync(fake.utilityProcesses[0]!.entry)).toBe(true);
  });

  it('opens a .ruam file given on the command line, and the File menu has the file verbs', async () => {
    const { WorkshopFile } = await import('./host/workshop-file');
    const { WorkshopHost } = await import('./host/workshop-host');
    const file = (await import('node:path')).join(fake.pathsRoot, 'จากบรรทัดคำสั่ง.ruam');
    await (await WorkshopFile.create(file, new WorkshopHost(), { title: 'เปิดจากไฟล์' })).close();
    const argv = process.argv;
    process.argv = [argv[0]!, file];
    try {
      const facilitator = await startRuam();
      await expect.poll(async () => {
        const reply = (await request(facilitator, 'getSnapshot')) as { ok: true; value: HostSnapshot };
        return reply.value.workshop?.meta.title;
      }).toBe('เปิดจากไฟล์');
      await expect.poll(() => facilitator.actions.some((a) => a.includes('setTitle(เปิดจากไฟล์'))).toBe(true);
    } finally {
      process.argv = argv;
    }
    for (const id of Object.values(MENU_IDS)) expect(fake.applicationMenu?.getMenuItemById(id), id).toBeTruthy();
  });

  it('quits when the last window is closed', async () => {
    const facilitator = await startRuam();
    facilitator.close();
    fake.app.emit('window-all-closed');
    expect(fake.callsTo('app.quit')).toHaveLength(1);
  });
});

describe('every web contents is guarded', () => {
  it('blocks navigation to another site and allows it within ruam://app', async () => {
    const { webContents } = await startRuam();
    expect(webContents.tryNavigate('https://evil.example/')).toBe(false);
    expect(webContents.tryNavigate('ruam://app/index.html')).toBe(true);
    expect(webContents.tryNavigate('ruam://app/present.html')).toBe(true);
    expect(webContents.tryNavigate('ruam://evil/index.html')).toBe(false);
    expect(webContents.tryNavigate('file:///etc/passwd')).toBe(false);
    expect(webContents.tryNavigate('http://localhost:5173/')).toBe(false);
    expect(webContents.tryNavigate('not a url')).toBe(false);
  });

  it('blocks any frame, not just the top one, from navigating off the app', async () => {
    const { webContents } = await startRuam();
    expect(webContents.tryFrameNavigate('https://evil.example/', false)).toBe(false);
    expect(webContents.tryFrameNavigate('https://evil.example/', true)).toBe(false);
    expect(webContents.tryFrameNavigate('ruam://app/present.html', false)).toBe(true);
  });

  it('blocks redirects off the app', async () => {
    const { webContents } = await startRuam();
    expect(webContents.tryRedirect('https://evil.example/')).toBe(false);
    expect(webContents.tryRedirect('ruam://app/index.html')).toBe(true);
  });

  it('denies window.open and sends an https link to the system browser instead', async () => {
    const { webContents } = await startRuam();
    expect(webContents.tryOpenWindow('https://www.opengovpartnership.org/')).toEqual({ action: 'deny' });
    expect(fake.openedExternally).toEqual(['https://www.opengovpartnership.org/']);
  });

  it.each(['file:///etc/passwd', 'javascript:alert(1)', 'http://example.com/', 'ruam://app/index.html', 'smb://server/share', 'not a url'])(
    'denies window.open(%s) and opens nothing',
    async (url) => {
      const { webContents } = await startRuam();
      expect(webContents.tryOpenWindow(url)).toEqual({ action: 'deny' });
      expect(fake.openedExternally).toEqual([]);
    },
  );

  it('prevents a <webview> from attaching', async () => {
    const { webContents } = await startRuam();
    expect(webContents.tryAttachWebview()).toBe(false);
  });

  it('guards windows opened later (the projector) the same way', async () => {
    await startRuam();
    const { webContents } = openProjectorFromMenu();
    expect(webContents.tryNavigate('https://evil.example/')).toBe(false);
    expect(webContents.tryOpenWindow('file:///etc/passwd')).toEqual({ action: 'deny' });
    expect(webContents.tryAttachWebview()).toBe(false);
  });
});

describe('permissions', () => {
  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen', 'display-capture'])(
    'denies a page asking for %s',
    async (permission) => {
      await startRuam();
      expect(fake.permissionRequestHandler).not.toBeNull();
      await expect(fake.requestPermission(permission)).resolves.toBe(false);
    },
  );

  it('answers every permission check with false', async () => {
    await startRuam();
    expect(fake.permissionCheckHandler).not.toBeNull();
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'hid', 'serial', 'usb']) {
      expect(fake.checkPermission(permission), permission).toBe(false);
    }
  });
});

describe('the projector', () => {
  it('opens from the menu as a second hardened window on ruam://app/present.html', async () => {
    await startRuam();
    const projector = openProjectorFromMenu();
    expect(fake.windows).toHaveLength(2);
    expectHardenedWebPreferences(projector.options.webPreferences);
    expect(projector.options.webPreferences.preload).toMatch(/projector\.cjs$/);
    expect(projector.webContents.getURL()).toBe('ruam://app/present.html');
  });

  it('is opened once: the menu focuses the open projector instead of adding another', async () => {
    await startRuam();
    const projector = openProjectorFromMenu();
    openProjectorFromMenu();
    expect(fake.windows).toHaveLength(2);
    expect(projector.actions).toContain('focus');
  });

  it('can be opened again after it was closed', async () => {
    await startRuam();
    openProjectorFromMenu().close();
    openProjectorFromMenu();
    expect(fake.windows).toHaveLength(3);
  });
});

describe('IPC through the running app', () => {
  it('lets the facilitator window reach the host', async () => {
    const facilitator = await startRuam();
    expect(await request(facilitator, 'newWorkshop', [{}])).toMatchObject({ ok: true });
    const reply = await request(facilitator, 'getSnapshot');
    expect(reply.ok).toBe(true);
    expect((reply as { ok: true; value: HostSnapshot }).value.workshop).not.toBeNull();
    const changed = await request(facilitator, 'dispatch', [{ type: 'meta.update', payload: { title: 'เวทีรับฟังความคิดเห็น' } }]);
    expect(changed.ok).toBe(true);
  });

  it('lets the projector read the snapshot but nothing else', async () => {
    const facilitator = await startRuam();
    const projector = openProjectorFromMenu();
    expect((await request(projector, 'getSnapshot')).ok).toBe(true);
    for (const [method, args] of [
      ['dispatch', [{ type: 'meta.update', payload: { title: 'hijacked' } }]],
      ['newWorkshop', [{}]],
      ['undo', []],
      ['redo', []],
    ] as const) {
      const reply = await request(projector, method, [...args]);
      expect(reply, method).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    const snapshot = (await request(facilitator, 'getSnapshot')) as { ok: true; value: HostSnapshot };
    expect(snapshot.value.workshop?.meta.title).not.toBe('hijacked');
  });

  it('refuses a window once it has closed (its id is forgotten)', async () => {
    await startRuam();
    const projector = openProjectorFromMenu();
    projector.close();
    expect(await request(projector, 'getSnapshot')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('sends published snapshots to the app’s own windows only', async () => {
    const facilitator = await startRuam();
    const projector = openProjectorFromMenu();
    // A web contents Ruam did not create as a window (e.g. a devtools page).
    const stranger = fake.createWebContents();
    await request(facilitator, 'newWorkshop', [{}]);
    await request(facilitator, 'dispatch', [{ type: 'meta.update', payload: { title: 'ใหม่' } }]);
    expect(facilitator.webContents.sent.map((m) => m.channel)).toContain('ruam:snapshot');
    expect(projector.webContents.sent.map((m) => m.channel)).toContain('ruam:snapshot');
    expect(stranger.sent).toEqual([]);
  });
});
