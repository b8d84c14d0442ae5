import { app, BrowserWindow, Menu, session, utilityProcess } from 'electron';
import path from 'node:path';
import { WorkshopHost } from './host/workshop-host';
import { Workspace } from './host/workspace';
import { electronPreferences } from './desktop/preferences';
import { createFileActions } from './desktop/file-actions';
import { windowTitle, workshopFileFromArgv } from './desktop/title';
import { restoreBounds, trackBounds } from './desktop/window-state';
import { ParticipantBridge } from './participant-server/bridge';
import { fromUtilityProcess, participantServerEntry, SERVER_FLAGS } from './participant-server/process';
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
  // Preferences and the workspace need app paths, which exist once the app module has loaded.
  const preferences = electronPreferences();
  const workspace = new Workspace(host, { folder: path.join(app.getPath('documents'), 'Ruam'), preferences });
  host.attachWorkspace(workspace);
  // The phones' server runs outside this privileged process (a utility process, restarted by the
  // bridge if it dies); it can only ask the host to commit a vote or a join.
  const phones = new ParticipantBridge({
    host,
    staticDir: rendererDir,
    launch: () => {
      const where = participantServerEntry();
      return fromUtilityProcess(utilityProcess.fork(where.entry, [], { execArgv: [...SERVER_FLAGS], serviceName: 'Ruam participant server' }));
    },
  });
  host.attachParticipantAccess(phones);
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

  const refreshMenu = () => Menu.setApplicationMenu(buildMenu({ openProjector, files, recent: preferences.get<string[]>('recentFiles') ?? [] }));
  const files = createFileActions({ host, workspace, window: () => facilitator, onChange: refreshMenu });

  // A file double-clicked or given on the command line: at start, or while Ruam already runs.
  let pendingFile = workshopFileFromArgv(process.argv);
  app.on('open-file', (event, file) => {
    event.preventDefault();
    if (app.isReady()) void files.openPath(file);
    else pendingFile = file;
  });
  app.on('second-instance', (_event, argv) => {
    if (facilitator && !facilitator.isDestroyed()) {
      if (facilitator.isMinimized()) facilitator.restore();
      facilitator.focus();
    }
    const file = workshopFileFromArgv(argv);
    if (file) void files.openPath(file);
  });

  // Save and release the file before quitting: the journal already holds every change, this
  // only folds it into the snapshot so the next open is instant.
  let closedCleanly = false;
  app.on('before-quit', (event) => {
    if (closedCleanly) return;
    event.preventDefault();
    void Promise.allSettled([phones.stop()])
      .then(() => workspace.close())
      .catch((error) => console.error('[ruam] closing the workshop failed; the journal keeps every change', error))
      .finally(() => {
        closedCleanly = true;
        app.quit();
      });
  });

  // Every web contents, present and future: no navigation away, no new windows, no webviews.
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents));

  app.on('window-all-closed', () => app.quit());

  void app.whenReady().then(() => {
    denyAllPermissions(session.defaultSession);
    serveAppScheme(rendererDir);
    registerIpc(host, (id) => roles.get(id));
    refreshMenu();
    facilitator = createFacilitatorWindow(preloadDir, restoreBounds(preferences));
    trackBounds(facilitator, preferences);
    track(facilitator, 'facilitator');
    facilitator.on('closed', () => (facilitator = null));
    host.subscribe((snapshot) => {
      if (facilitator && !facilitator.isDestroyed()) {
        facilitator.setTitle(windowTitle(snapshot));
        facilitator.setDocumentEdited?.(snapshot.file.saveState === 'unsaved');
        if (snapshot.file.path) facilitator.setRepresentedFilename?.(snapshot.file.path);
      }
    });
    if (pendingFile) void files.openPath(pendingFile);
    phones.start().catch((error: unknown) => console.error('[ruam] the participant server did not start:', error));
  });
}

// Electron's main process is the only place this runs by itself (`process.type` is 'browser'
// there and undefined in plain Node, where tests import it).
if (process.type === 'browser') start();
