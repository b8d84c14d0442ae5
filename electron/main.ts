import { app, BrowserWindow, Menu, session, shell } from 'electron';
import path from 'node:path';
import { WorkshopHost } from './host/workshop-host';
import { registerIpc, type WindowRole } from './ipc';
import { buildMenu } from './menu';
import { registerAppScheme, serveAppScheme } from './protocol';
import { appRoot } from './paths';
import { createFacilitatorWindow } from './windows/facilitator-window';
import { createProjectorWindow } from './windows/projector-window';
import { isAppUrl, isExternalLinkAllowed } from './windows/web-preferences';

/**
 * Composition root of the desktop app: lifecycle, windows, menu, IPC. Everything with logic lives
 * in plain-Node modules (host/, web/, export/) and is tested without Electron.
 */
const root = appRoot();
const rendererDir = path.join(root, 'dist', 'renderer');
const preloadDir = path.join(root, 'dist', 'preload');

// One Ruam at a time: a second launch focuses the first (and, with the files issue, opens its file).
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  start();
}

function start(): void {
  app.enableSandbox();
  registerAppScheme();

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
    if (facilitator) {
      if (facilitator.isMinimized()) facilitator.restore();
      facilitator.focus();
    }
  });

  // Every web contents, present and future: no navigation away, no new windows, no webviews.
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (!isAppUrl(url)) event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (!isAppUrl(url)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      if (isExternalLinkAllowed(url)) void shell.openExternal(url);
      return { action: 'deny' };
    });
  });

  app.on('window-all-closed', () => app.quit());

  void app.whenReady().then(() => {
    // No camera, microphone, geolocation, notifications…: Ruam needs none of them.
    session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
    session.defaultSession.setPermissionCheckHandler(() => false);
    serveAppScheme(rendererDir);
    registerIpc(host, (id) => roles.get(id));
    host.newWorkshop({});
    Menu.setApplicationMenu(buildMenu({ openProjector }));
    facilitator = createFacilitatorWindow(preloadDir);
    track(facilitator, 'facilitator');
    facilitator.on('closed', () => (facilitator = null));
  });
}
