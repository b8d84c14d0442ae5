/**
 * A small fake of the `electron` module for unit tests in plain Node, where the real module
 * cannot load. It records what the code under test does (windows and their options, app event
 * handlers, IPC handlers, protocol and session calls, links opened, menus) and lets a test play
 * the other side (the app becoming ready, a page navigating, a display being plugged in).
 *
 * Use it as:
 *
 *   vi.mock('electron', async () => (await import('../tests/electron-stub/fake-electron')).fake.module);
 *   import { fake } from '../tests/electron-stub/fake-electron';
 *   beforeEach(() => fake.reset());
 *
 * The objects in `fake.module` never change identity (code under test holds on to them through
 * its imports); `reset()` clears what they recorded. The instance lives on globalThis so a test
 * that resets its module registry still talks to the same fake as the code it imports.
 */
import { mkdtempSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

type Listener = (...args: any[]) => unknown;

export interface RecordedCall {
  /** e.g. 'app.enableSandbox', 'protocol.registerSchemesAsPrivileged' */
  api: string;
  args: unknown[];
  /** Whether the app was ready when the call happened (some calls must come before). */
  afterReady: boolean;
}

export class FakeEmitter {
  private readonly listenerMap = new Map<string, Listener[]>();

  on(event: string, listener: Listener): this {
    this.listenerMap.set(event, [...(this.listenerMap.get(event) ?? []), listener]);
    return this;
  }

  addListener(event: string, listener: Listener): this {
    return this.on(event, listener);
  }

  once(event: string, listener: Listener): this {
    const wrapper: Listener & { original?: Listener } = (...args) => {
      this.removeListener(event, wrapper);
      return listener(...args);
    };
    wrapper.original = listener;
    return this.on(event, wrapper);
  }

  removeListener(event: string, listener: Listener): this {
    const remaining = (this.listenerMap.get(event) ?? []).filter((l) => l !== listener && (l as { original?: Listener }).original !== listener);
    this.listenerMap.set(event, remaining);
    return this;
  }

  off(event: string, listener: Listener): this {
    return this.removeListener(event, listener);
  }

  removeAllListeners(event?: string): this {
    if (event === undefined) this.listenerMap.clear();
    else this.listenerMap.delete(event);
    return this;
  }

  emit(event: string, ...args: unknown[]): boolean {
    const listeners = [...(this.listenerMap.get(event) ?? [])];
    for (const listener of listeners) listener(...args);
    return listeners.length > 0;
  }

  listenerCount(event: string): number {
    return this.listenerMap.get(event)?.length ?? 0;
  }
}

/** An Electron-style event: `preventDefault()` plus the event's details (e.g. `url`). */
export interface FakeEvent {
  preventDefault(): void;
  readonly defaultPrevented: boolean;
  [detail: string]: unknown;
}

export function fakeEvent(details: Record<string, unknown> = {}): FakeEvent {
  let prevented = false;
  return {
    ...details,
    preventDefault: () => {
      prevented = true;
    },
    get defaultPrevented() {
      return prevented;
    },
  };
}

export interface FakeFrame {
  url: string;
  parent: FakeFrame | null;
}

interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface FakeDisplay {
  id: number;
  bounds: Rectangle;
  workArea: Rectangle;
  scaleFactor: number;
}

export function fakeDisplay(id: number, bounds: Rectangle): FakeDisplay {
  return { id, bounds, workArea: { ...bounds, height: bounds.height - 40 }, scaleFactor: 1 };
}

export interface FakeMenuItem {
  id?: string;
  label?: string;
  role?: string;
  type?: string;
  accelerator?: string;
  click?: (...args: unknown[]) => unknown;
  submenu?: FakeMenuItem[];
}

export class FakeMenu {
  constructor(readonly items: FakeMenuItem[]) {}

  /** Every item, submenus included, depth first. */
  allItems(): FakeMenuItem[] {
    const walk = (items: FakeMenuItem[]): FakeMenuItem[] => items.flatMap((item) => [item, ...walk(item.submenu ?? [])]);
    return walk(this.items);
  }

  getMenuItemById(id: string): FakeMenuItem | null {
    return this.allItems().find((item) => item.id === id) ?? null;
  }
}

export class FakeElectron {
  readonly calls: RecordedCall[] = [];
  /** Every BrowserWindow constructed, in order, with the options it was given. */
  readonly windows: FakeBrowserWindow[] = [];
  readonly allWebContents: FakeWebContents[] = [];
  private nextWebContentsId = 1;
  private ready = false;
  private resolveReady: () => void = () => {};
  private readyPromise: Promise<void> = this.newReadyPromise();

  // ── What tests configure ────────────────────────────────────────────────────────────────
  /** What `app.requestSingleInstanceLock()` answers: false plays a second launch. */
  singleInstanceLock = true;
  /** How `net.fetch` answers; by default it reads file:// URLs from disk. */
  fetchImpl: (url: string, init?: unknown) => Promise<Response> = defaultFetch;
  /** How the main process answers `ipcRenderer.invoke` (for preload tests). */
  invokeImpl: (channel: string, ...args: unknown[]) => unknown = () => undefined;
  displays: FakeDisplay[] = [fakeDisplay(1, { x: 0, y: 0, width: 1920, height: 1080 })];
  primaryDisplayId = 1;

  // ── What tests read ─────────────────────────────────────────────────────────────────────
  readonly ipcHandlers = new Map<string, Listener>();
  readonly protocolHandlers = new Map<string, (request: Request) => Promise<Response> | Response>();
  readonly exposedInMainWorld: Record<string, unknown> = {};
  readonly openedExternally: string[] = [];
  applicationMenu: FakeMenu | null = null;
  permissionRequestHandler: Listener | null = null;
  permissionCheckHandler: Listener | null = null;

  private record(api: string, args: unknown[]): void {
    this.calls.push({ api, args, afterReady: this.ready });
  }

  private newReadyPromise(): Promise<void> {
    return new Promise<void>((resolve) => {
      this.resolveReady = resolve;
    });
  }

  /** app.getPath() answers under here: a fresh folder after every reset, so tests share no files. */
  pathsRoot = mkdtempSync(path.join(os.tmpdir(), 'ruam-fake-electron-'));

  /** Forget everything recorded and go back to "not ready, one display". */
  reset(): void {
    this.pathsRoot = mkdtempSync(path.join(os.tmpdir(), 'ruam-fake-electron-'));
    this.calls.length = 0;
    this.windows.length = 0;
    this.allWebContents.length = 0;
    this.nextWebContentsId = 1;
    this.ready = false;
    this.readyPromise = this.newReadyPromise();
    this.singleInstanceLock = true;
    this.fetchImpl = defaultFetch;
    this.invokeImpl = () => undefined;
    this.displays = [fakeDisplay(1, { x: 0, y: 0, width: 1920, height: 1080 })];
    this.primaryDisplayId = 1;
    this.ipcHandlers.clear();
    this.protocolHandlers.clear();
    for (const key of Object.keys(this.exposedInMainWorld)) delete this.exposedInMainWorld[key];
    this.openedExternally.length = 0;
    this.utilityProcesses.length = 0;
    this.dialogAnswers = { open: { canceled: true, filePaths: [] }, save: { canceled: true, filePath: undefined } };
    this.applicationMenu = null;
    this.permissionRequestHandler = null;
    this.permissionCheckHandler = null;
    for (const emitter of [this.app, this.screen, this.ipcMain, this.ipcRenderer]) emitter.removeAllListeners();
  }

  /** Play Electron becoming ready; resolves once `whenReady()` callbacks have run. */
  async makeReady(): Promise<void> {
    this.ready = true;
    this.app.emit('ready', fakeEvent(), {});
    this.resolveReady();
    await flush();
  }

  /** Calls made to one API, e.g. `fake.callsTo('app.quit')`. */
  callsTo(api: string): RecordedCall[] {
    return this.calls.filter((call) => call.api === api);
  }

  /** Play Electron invoking a main-process handler, as `ipcRenderer.invoke` from `sender` would. */
  async invokeMain(channel: string, event: { sender: { id: number }; senderFrame: FakeFrame | null }, ...args: unknown[]): Promise<unknown> {
    const handler = this.ipcHandlers.get(channel);
    if (!handler) throw new Error(`No handler registered for ${channel}`);
    return handler(event, ...args);
  }

  /** Plug a display in (fires `display-added`). */
  connectDisplay(display: FakeDisplay): void {
    this.displays = [...this.displays, display];
    this.screen.emit('display-added', fakeEvent(), display);
  }

  /** Unplug a display (fires `display-removed`). */
  disconnectDisplay(id: number): void {
    const removed = this.displays.find((display) => display.id === id);
    if (!removed) throw new Error(`No display ${id}`);
    this.displays = this.displays.filter((display) => display.id !== id);
    this.screen.emit('display-removed', fakeEvent(), removed);
  }

  // ── The module ──────────────────────────────────────────────────────────────────────────
  readonly app = Object.assign(new FakeEmitter(), {
    name: 'Ruam',
    isPackaged: false,
    requestSingleInstanceLock: (...args: unknown[]) => {
      this.record('app.requestSingleInstanceLock', args);
      return this.singleInstanceLock;
    },
    quit: () => this.record('app.quit', []),
    exit: (code?: number) => this.record('app.exit', [code]),
    enableSandbox: () => this.record('app.enableSandbox', []),
    whenReady: () => {
      this.record('app.whenReady', []);
      return this.readyPromise;
    },
    isReady: () => this.ready,
    getVersion: () => '0.0.0-fake',
    getAppPath: () => process.cwd(),
    getPath: (name: string) => path.join(this.pathsRoot, name),
    setAppUserModelId: (id: string) => this.record('app.setAppUserModelId', [id]),
    addRecentDocument: (file: string) => this.record('app.addRecentDocument', [file]),
  });

  readonly BrowserWindow = createBrowserWindowClass(this);

  readonly webContents = {
    getAllWebContents: () => this.allWebContents.filter((contents) => !contents.isDestroyed()),
    fromId: (id: number) => this.allWebContents.find((contents) => contents.id === id),
    getFocusedWebContents: () => null,
  };

  readonly Menu = {
    buildFromTemplate: (template: FakeMenuItem[]) => {
      this.record('Menu.buildFromTemplate', [template]);
      return new FakeMenu(template);
    },
    setApplicationMenu: (menu: FakeMenu | null) => {
      this.record('Menu.setApplicationMenu', [menu]);
      this.applicationMenu = menu;
    },
    getApplicationMenu: () => this.applicationMenu,
  };

  readonly ipcMain = Object.assign(new FakeEmitter(), {
    handle: (channel: string, handler: Listener) => {
      this.record('ipcMain.handle', [channel]);
      // Like Electron: a second handler for one channel is a bug, not an override.
      if (this.ipcHandlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
      this.ipcHandlers.set(channel, handler);
    },
    removeHandler: (channel: string) => {
      this.record('ipcMain.removeHandler', [channel]);
      this.ipcHandlers.delete(channel);
    },
  });

  readonly ipcRenderer = Object.assign(new FakeEmitter(), {
    invoke: async (channel: string, ...args: unknown[]) => {
      this.record('ipcRenderer.invoke', [channel, ...args]);
      return this.invokeImpl(channel, ...args);
    },
    send: (channel: string, ...args: unknown[]) => this.record('ipcRenderer.send', [channel, ...args]),
    sendSync: (channel: string, ...args: unknown[]) => this.record('ipcRenderer.sendSync', [channel, ...args]),
    postMessage: (channel: string, ...args: unknown[]) => this.record('ipcRenderer.postMessage', [channel, ...args]),
  });

  readonly contextBridge = {
    exposeInMainWorld: (key: string, api: unknown) => {
      this.record('contextBridge.exposeInMainWorld', [key, api]);
      if (key in this.exposedInMainWorld) throw new Error(`Cannot bind an API on top of an existing property on the window object: ${key}`);
      this.exposedInMainWorld[key] = api;
    },
  };

  readonly protocol = {
    registerSchemesAsPrivileged: (schemes: unknown) => this.record('protocol.registerSchemesAsPrivileged', [schemes]),
    handle: (scheme: string, handler: (request: Request) => Promise<Response> | Response) => {
      this.record('protocol.handle', [scheme]);
      this.protocolHandlers.set(scheme, handler);
    },
    unhandle: (scheme: string) => {
      this.record('protocol.unhandle', [scheme]);
      this.protocolHandlers.delete(scheme);
    },
    isProtocolHandled: (scheme: string) => this.protocolHandlers.has(scheme),
  };

  readonly net = {
    fetch: (url: string, init?: unknown) => {
      this.record('net.fetch', [url]);
      return this.fetchImpl(url, init);
    },
  };

  private readonly defaultSession = {
    setPermissionRequestHandler: (handler: Listener | null) => {
      this.record('session.setPermissionRequestHandler', [handler]);
      this.permissionRequestHandler = handler;
    },
    setPermissionCheckHandler: (handler: Listener | null) => {
      this.record('session.setPermissionCheckHandler', [handler]);
      this.permissionCheckHandler = handler;
    },
    setDevicePermissionHandler: (handler: Listener | null) => this.record('session.setDevicePermissionHandler', [handler]),
  };

  readonly session = {
    defaultSession: this.defaultSession,
    fromPartition: () => this.defaultSession,
  };

  /** Ask for a permission as a page would; resolves with what the handler granted. */
  requestPermission(permission: string, contents: unknown = null): Promise<boolean> {
    const handler = this.permissionRequestHandler;
    // Electron's default with no handler is to grant: the fake says so too.
    if (!handler) return Promise.resolve(true);
    return new Promise((resolve) => handler(contents, permission, resolve, { requestingUrl: 'ruam://app/index.html' }));
  }

  /** Check a permission as Chromium does before using it; Electron's default is true. */
  checkPermission(permission: string, contents: unknown = null): boolean {
    const handler = this.permissionCheckHandler;
    return handler ? Boolean(handler(contents, permission, 'ruam://app', {})) : true;
  }

  readonly shell = {
    openExternal: (url: string) => {
      this.record('shell.openExternal', [url]);
      this.openedExternally.push(url);
      return Promise.resolve();
    },
    openPath: (target: string) => {
      this.record('shell.openPath', [target]);
      return Promise.resolve('');
    },
    showItemInFolder: (target: string) => this.record('shell.showItemInFolder', [target]),
  };

  readonly screen = Object.assign(new FakeEmitter(), {
    getPrimaryDisplay: () => {
      const primary = this.displays.find((display) => display.id === this.primaryDisplayId) ?? this.displays[0];
      if (!primary) throw new Error('The fake has no displays');
      return primary;
    },
    getAllDisplays: () => [...this.displays],
  });

  /** What the next native dialogs answer (tests set these). */
  dialogAnswers: { open: { canceled: boolean; filePaths: string[] }; save: { canceled: boolean; filePath?: string } } = {
    open: { canceled: true, filePaths: [] },
    save: { canceled: true, filePath: undefined },
  };

  readonly dialog = {
    showMessageBox: async (...args: unknown[]) => {
      this.record('dialog.showMessageBox', args);
      return { response: 0, checkboxChecked: false };
    },
    showOpenDialog: async (...args: unknown[]) => {
      this.record('dialog.showOpenDialog', args);
      return this.dialogAnswers.open;
    },
    showSaveDialog: async (...args: unknown[]) => {
      this.record('dialog.showSaveDialog', args);
      return this.dialogAnswers.save;
    },
    showErrorBox: (title: string, content: string) => this.record('dialog.showErrorBox', [title, content]),
  };

  /** Utility processes forked (the participant server): they stay silent unless a test talks. */
  readonly utilityProcesses: (FakeEmitter & { entry: string; postMessage(message: unknown): void; kill(): boolean; pid: number })[] = [];
  readonly utilityProcess = {
    fork: (entry: string) => {
      this.record('utilityProcess.fork', [entry]);
      const child = Object.assign(new FakeEmitter(), { entry, pid: 4242, postMessage: () => {}, kill: () => true });
      this.utilityProcesses.push(child);
      return child;
    },
  };

  /** The object `vi.mock('electron', …)` should return. */
  get module() {
    const named = {
      app: this.app,
      BrowserWindow: this.BrowserWindow,
      webContents: this.webContents,
      Menu: this.Menu,
      ipcMain: this.ipcMain,
      ipcRenderer: this.ipcRenderer,
      contextBridge: this.contextBridge,
      protocol: this.protocol,
      net: this.net,
      session: this.session,
      shell: this.shell,
      screen: this.screen,
      dialog: this.dialog,
      utilityProcess: this.utilityProcess,
    };
    // Libraries such as electron-store use the default import (`import electron from 'electron'`).
    return { ...named, default: named };
  }

  /** A web contents as Electron makes for each window (tests may make a stray one too). */
  createWebContents(): FakeWebContents {
    const contents = new FakeWebContents(this.nextWebContentsId++, this);
    this.allWebContents.push(contents);
    return contents;
  }

  /** How the fake windows and web contents add to `calls`. */
  recordCall(api: string, args: unknown[]): void {
    this.record(api, args);
  }
}

export class FakeWebContents extends FakeEmitter {
  url = '';
  destroyed = false;
  windowOpenHandler: ((details: { url: string; frameName: string; features: string; disposition: string }) => { action: string }) | null = null;
  readonly sent: Array<{ channel: string; args: unknown[] }> = [];
  readonly mainFrame: FakeFrame = { url: '', parent: null };

  constructor(
    readonly id: number,
    private readonly owner: FakeElectron,
  ) {
    super();
  }

  get session() {
    return this.owner.session.defaultSession;
  }

  setWindowOpenHandler(handler: FakeWebContents['windowOpenHandler']): void {
    this.windowOpenHandler = handler;
  }

  send(channel: string, ...args: unknown[]): void {
    this.sent.push({ channel, args });
  }

  loadURL(url: string): Promise<void> {
    this.owner.recordCall('webContents.loadURL', [url]);
    this.url = url;
    this.mainFrame.url = url;
    return Promise.resolve();
  }

  getURL(): string {
    return this.url;
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }

  /** Play the page trying to navigate its top frame; true when the app let it. */
  tryNavigate(url: string): boolean {
    const event = fakeEvent({ url, isMainFrame: true, isSameDocument: false, frame: this.mainFrame });
    this.emit('will-navigate', event, url, false, true, 1, 1);
    return !event.defaultPrevented;
  }

  /** Play a frame (top or sub) trying to navigate; true when the app let it. */
  tryFrameNavigate(url: string, isMainFrame = false): boolean {
    const event = fakeEvent({ url, isMainFrame, isSameDocument: false, frame: isMainFrame ? this.mainFrame : { url: 'ruam://app/index.html', parent: this.mainFrame } });
    this.emit('will-frame-navigate', event);
    return !event.defaultPrevented;
  }

  /** Play a server redirect; true when the app let it. */
  tryRedirect(url: string): boolean {
    const event = fakeEvent({ url, isMainFrame: true, isSameDocument: false, frame: this.mainFrame });
    this.emit('will-redirect', event, url, false, true, 1, 1);
    return !event.defaultPrevented;
  }

  /** Play `window.open(url)` or a target=_blank link; returns the app's answer. */
  tryOpenWindow(url: string): { action: string } {
    if (!this.windowOpenHandler) return { action: 'allow' }; // Electron's default
    return this.windowOpenHandler({ url, frameName: '', features: '', disposition: 'foreground-tab' });
  }

  /** Play a page adding a <webview>; true when the app let it attach. */
  tryAttachWebview(src = 'https://evil.example/'): boolean {
    const event = fakeEvent();
    this.emit('will-attach-webview', event, { nodeIntegration: false }, { src });
    return !event.defaultPrevented;
  }
}

function createBrowserWindowClass(owner: FakeElectron) {
  return class extends FakeBrowserWindow {
    static getAllWindows(): FakeBrowserWindow[] {
      return owner.windows.filter((window) => !window.isDestroyed());
    }

    static fromWebContents(contents: { id: number }): FakeBrowserWindow | null {
      return owner.windows.find((window) => window.webContents.id === contents.id) ?? null;
    }

    static getFocusedWindow(): FakeBrowserWindow | null {
      return owner.windows.find((window) => window.focused && !window.isDestroyed()) ?? null;
    }

    constructor(options: Record<string, any> = {}) {
      super(owner, options);
    }
  };
}

export class FakeBrowserWindow extends FakeEmitter {
  readonly webContents: FakeWebContents;
  bounds: Rectangle;
  fullScreen: boolean;
  visible = false;
  minimized = false;
  focused = false;
  destroyed = false;
  /** Method calls on this window, in order: 'show', 'focus', 'setFullScreen(true)', … */
  readonly actions: string[] = [];

  constructor(
    owner: FakeElectron,
    readonly options: Record<string, any> = {},
  ) {
    super();
    owner.recordCall('new BrowserWindow', [options]);
    this.bounds = { x: options.x ?? 0, y: options.y ?? 0, width: options.width ?? 800, height: options.height ?? 600 };
    this.fullScreen = Boolean(options.fullscreen);
    this.webContents = owner.createWebContents();
    owner.windows.push(this);
    // Electron announces the new contents while the window is being constructed.
    owner.app.emit('web-contents-created', fakeEvent(), this.webContents);
    owner.app.emit('browser-window-created', fakeEvent(), this);
  }

  loadURL(url: string): Promise<void> {
    return this.webContents.loadURL(url);
  }

  show(): void {
    this.actions.push('show');
    this.visible = true;
  }

  hide(): void {
    this.actions.push('hide');
    this.visible = false;
  }

  isVisible(): boolean {
    return this.visible;
  }

  focus(): void {
    this.actions.push('focus');
    this.focused = true;
  }

  isFocused(): boolean {
    return this.focused;
  }

  minimize(): void {
    this.actions.push('minimize');
    this.minimized = true;
  }

  restore(): void {
    this.actions.push('restore');
    this.minimized = false;
  }

  isMinimized(): boolean {
    return this.minimized;
  }

  setFullScreen(flag: boolean): void {
    this.actions.push(`setFullScreen(${flag})`);
    this.fullScreen = flag;
  }

  isFullScreen(): boolean {
    return this.fullScreen;
  }

  setBounds(bounds: Partial<Rectangle>): void {
    this.actions.push(`setBounds(${JSON.stringify(bounds)})`);
    this.bounds = { ...this.bounds, ...bounds };
  }

  getBounds(): Rectangle {
    return { ...this.bounds };
  }

  setMenuBarVisibility(visible: boolean): void {
    this.actions.push(`setMenuBarVisibility(${visible})`);
  }

  setTitle(title: string): void {
    this.actions.push(`setTitle(${title})`);
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }

  /** Close as the user would: 'close', then 'closed', then the window is gone. */
  close(): void {
    if (this.destroyed) return;
    const event = fakeEvent();
    this.emit('close', event);
    if (event.defaultPrevented) return;
    this.destroy();
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.webContents.destroyed = true;
    this.emit('closed');
  }

  /** Play the page finishing its first paint. */
  becomeReadyToShow(): void {
    this.emit('ready-to-show');
  }
}

async function defaultFetch(url: string): Promise<Response> {
  if (!url.startsWith('file:')) return new Response('The fake net.fetch reads file:// URLs only', { status: 502 });
  try {
    return new Response(await readFile(fileURLToPath(url)), { status: 200 });
  } catch {
    return new Response('Not found', { status: 404 });
  }
}

/** Let pending promise callbacks (and anything they schedule at once) run. */
export async function flush(): Promise<void> {
  for (let i = 0; i < 5; i++) await new Promise<void>((resolve) => setImmediate(resolve));
}

const globalKey = Symbol.for('ruam.fakeElectron');
type GlobalWithFake = typeof globalThis & { [globalKey]?: FakeElectron };

/** The one fake shared by a test file and the modules it imports. */
export const fake: FakeElectron = ((globalThis as GlobalWithFake)[globalKey] ??= new FakeElectron());
