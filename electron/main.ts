import { app, BrowserWindow, Menu, session } from 'electron';
import path from 'node:path';
import { WorkshopHost } from './host/workshop-host';
import { registerIpc, type WindowRole } from './ipc';
import { buildMenu } from './menu';
import { registerAppScheme, serveAppScheme } from './protocol';
import { appRoot } from './paths';
import { createFacilitatorWindow } from './windows/facilitator-window';
import { denyAllPermissions, guardWebContents } from './windows/guards';
import { createProjectorWindow } from './windows/projector-window';

/**
 * Composition root of the desktop app: lifecycle, windows, menu, IPC. Everything with logic lives
 * in plain-Node modules (host/, web/, export/) and is tested without Electron.
 *
 * Importing this module does nothing by itself (tests import it with a fake `electron`); the
 * last line starts the app when Electron runs it as the main process.
 */
export function start(): void {
  // One Ruam at a time: a second launch focuses the first (and, with the files issue, opens its file).
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }

  // Both must happen before `ready`: the sandbox for every renderer, and ruam:// as a secure origin.
  app.enableSandbox();
  registerAppScheme();

  const root = appRoot();
  const rendererDir = path.join(root, 'dist', 'renderer');
  const preloadDir = path.join(root, 'dist', 'preload');

  const host = new WorkshopHost();
  const roles = new Map<number, WindowRole>();
  let facilitator: BrowserWindow | null = null;
  let projector: BrowserWindow | null = null;

  const track = (window: BrowserWindow, role: WindowRole) => {
    const id = window.webContents.id;
    roles.set(id, role);
    window.on('closed', () => roles.delete(id));
  };

  const openProjector = () => {
    if (projector && !projector.isDestroyed()) {
      projector.focus();
      return;
    }
    projector = createProjectorWindow(preloadDir);
    track(projector, 'projector');
    projector.on('closed', () => (projector = null));
  };

  app.on('second-instance', () => {
    if (facilitator && !facilitator.isDestroyed()) {
      if (facilitator.isMinimized()) facilitator.restore();
      facilitator.focus();
    }
  });

  // Every web contents, present and future: no navigation away, no new windows, no webviews.
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents));

  app.on('window-all-closed', () => app.quit());

  void app.whenReady().then(() => {
    denyAllPermissions(session.defaultSession);
    serveAppScheme(rendererDir);
    registerIpc(host, (id) => roles.get(id));
    host.newWorkshop({});
    Menu.setApplicationMenu(buildMenu({ openProjector }));
    facilitator = createFacilitatorWindow(preloadDir);
    track(facilitator, 'facilitator');
    facilitator.on('closed', () => (facilitator = null));
  });
}

// Electron's main process is the only place this runs by itself (`process.type` is 'browser'
// there and undefined in plain Node, where tests import it).
if (process.type === 'browser') start();
