// A recording stand-in for the `electron` module, for booting the *built* main process in plain
// Node (tests/unit/electron-smoke.test.ts). It does just enough for main to start, writes one JSON
// line per thing main does (prefixed with MARK so other output can't be mistaken for it), plays
// the obvious checks main can't see (a permission request, a ruam:// page load), and exits once
// the app is ready, a window has loaded its page and those checks are done.
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const MARK = '[electron-stub] ';

// Electron's main process reports itself as 'browser'; main.ts starts itself only there.
Object.defineProperty(process, 'type', { value: 'browser', configurable: true });

let ready = false;
let windowLoaded = false;
const pending = new Set();

/** JSON for anything main hands us: functions and cycles become markers, not crashes. */
function plain(value, seen = new WeakSet()) {
  if (typeof value === 'function') return '[function]';
  if (value === null || typeof value !== 'object') return value;
  if (seen.has(value)) return '[circular]';
  seen.add(value);
  if (Array.isArray(value)) return value.map((item) => plain(item, seen));
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, plain(item, seen)]));
}

function record(entry) {
  process.stdout.write(MARK + JSON.stringify({ ...plain(entry), afterReady: ready }) + '\n');
}

function track(promise) {
  pending.add(promise);
  promise.catch((error) => record({ event: 'error', message: String(error?.stack ?? error) })).finally(() => {
    pending.delete(promise);
    maybeFinish();
  });
}

function maybeFinish() {
  setImmediate(() => {
    if (!ready || !windowLoaded || pending.size > 0) return;
    record({ event: 'done' });
    process.exit(0);
  });
}

// A hung main must not hang the test: give up loudly.
setTimeout(() => {
  record({ event: 'timeout', ready, windowLoaded, pending: pending.size });
  process.exit(3);
}, 15_000);

/** An object that records calls to methods it doesn't define (so main can grow without the stub). */
function recording(name, base) {
  return new Proxy(base, {
    get(target, property, receiver) {
      if (property in target || typeof property === 'symbol' || property === 'then') return Reflect.get(target, property, receiver);
      return (...args) => record({ call: `${name}.${String(property)}`, args });
    },
  });
}

function emitter(name) {
  const listeners = new Map();
  return {
    on(event, listener) {
      record({ call: `${name}.on`, args: [event] });
      listeners.set(event, [...(listeners.get(event) ?? []), listener]);
      return this;
    },
    once(event, listener) {
      return this.on(event, listener);
    },
    addListener(event, listener) {
      return this.on(event, listener);
    },
    removeListener(event, listener) {
      listeners.set(event, (listeners.get(event) ?? []).filter((l) => l !== listener));
      return this;
    },
    off(event, listener) {
      return this.removeListener(event, listener);
    },
    emit(event, ...args) {
      for (const listener of listeners.get(event) ?? []) listener(...args);
      return true;
    },
  };
}

const appEvents = emitter('app');
export const app = recording('app', {
  ...appEvents,
  name: 'Ruam',
  isPackaged: false,
  requestSingleInstanceLock(...args) {
    record({ call: 'app.requestSingleInstanceLock', args });
    return true;
  },
  enableSandbox() {
    record({ call: 'app.enableSandbox' });
  },
  quit() {
    record({ call: 'app.quit' });
  },
  isReady: () => ready,
  getVersion: () => '0.0.0-stub',
  getName: () => 'Ruam',
  getAppPath: () => process.cwd(),
  getPath: (name) => path.join(os.tmpdir(), 'ruam-electron-stub', name),
  whenReady() {
    record({ call: 'app.whenReady' });
    return new Promise((resolve) => {
      setImmediate(() => {
        ready = true;
        record({ event: 'ready' });
        appEvents.emit('ready', {}, {});
        resolve();
        maybeFinish();
      });
    });
  },
});

let nextWebContentsId = 1;
const allWebContents = [];

function createWebContents() {
  const contents = recording('webContents', {
    ...emitter('webContents'),
    id: nextWebContentsId++,
    setWindowOpenHandler() {
      record({ call: 'webContents.setWindowOpenHandler' });
    },
    send(channel) {
      record({ call: 'webContents.send', args: [channel] });
    },
    isDestroyed: () => false,
    get session() {
      return session.defaultSession;
    },
  });
  allWebContents.push(contents);
  return contents;
}

export class BrowserWindow {
  constructor(options = {}) {
    record({ call: 'new BrowserWindow', args: [options] });
    Object.assign(this, emitter('BrowserWindow'));
    this.webContents = createWebContents();
    this.fullScreen = Boolean(options.fullscreen);
    this.bounds = { x: options.x ?? 0, y: options.y ?? 0, width: options.width ?? 800, height: options.height ?? 600 };
    appEvents.emit('web-contents-created', {}, this.webContents);
    return recording('BrowserWindow', this);
  }

  loadURL(url) {
    record({ call: 'BrowserWindow.loadURL', args: [url] });
    windowLoaded = true;
    maybeFinish();
    return Promise.resolve();
  }

  isDestroyed() {
    return false;
  }

  isMinimized() {
    return false;
  }

  isFullScreen() {
    return this.fullScreen;
  }

  getBounds() {
    return { ...this.bounds };
  }

  static getAllWindows() {
    return [];
  }
}

export const webContents = recording('webContents', {
  getAllWebContents: () => [...allWebContents],
  fromId: (id) => allWebContents.find((contents) => contents.id === id),
});

export const ipcMain = recording('ipcMain', {
  ...emitter('ipcMain'),
  handle(channel) {
    record({ call: 'ipcMain.handle', args: [channel] });
  },
  removeHandler(channel) {
    record({ call: 'ipcMain.removeHandler', args: [channel] });
  },
});

export const protocol = recording('protocol', {
  registerSchemesAsPrivileged(schemes) {
    record({ call: 'protocol.registerSchemesAsPrivileged', args: [schemes] });
  },
  handle(scheme, handler) {
    record({ call: 'protocol.handle', args: [scheme] });
    // Load the facilitator page through the handler, as the window would.
    track(
      (async () => {
        const response = await handler(new Request(`${scheme}://app/index.html`));
        const body = await response.text();
        record({
          event: 'protocol.response',
          url: `${scheme}://app/index.html`,
          status: response.status,
          headers: Object.fromEntries(response.headers),
          bodyStart: body.slice(0, 200),
        });
      })(),
    );
  },
});

export const net = recording('net', {
  async fetch(url) {
    record({ call: 'net.fetch', args: [url] });
    if (!String(url).startsWith('file:')) return new Response('stub fetches file:// only', { status: 502 });
    return new Response(await readFile(fileURLToPath(url)));
  },
});

export const session = {
  defaultSession: recording('session', {
    setPermissionRequestHandler(handler) {
      record({ call: 'session.setPermissionRequestHandler' });
      // Ask as a page would, and report what main answered.
      for (const permission of ['media', 'geolocation', 'notifications']) {
        handler(null, permission, (granted) => record({ event: 'permission.request', permission, granted }), {});
      }
    },
    setPermissionCheckHandler(handler) {
      record({ call: 'session.setPermissionCheckHandler' });
      for (const permission of ['media', 'clipboard-read']) {
        record({ event: 'permission.check', permission, granted: handler(null, permission, 'ruam://app', {}) });
      }
    },
  }),
};

export const Menu = recording('Menu', {
  buildFromTemplate(template) {
    record({ call: 'Menu.buildFromTemplate', args: [template] });
    return { template };
  },
  setApplicationMenu(menu) {
    record({ call: 'Menu.setApplicationMenu', args: [menu === null ? null : 'menu'] });
  },
});

export const screen = recording('screen', {
  ...emitter('screen'),
  getPrimaryDisplay: () => display,
  getAllDisplays: () => [display],
});
const display = { id: 1, bounds: { x: 0, y: 0, width: 1920, height: 1080 }, workArea: { x: 0, y: 0, width: 1920, height: 1040 }, scaleFactor: 1 };

export const shell = recording('shell', {
  async openExternal(url) {
    record({ call: 'shell.openExternal', args: [url] });
  },
});

// Modules main does not use today: present, so a new import links, and recording.
export const dialog = recording('dialog', {});
export const nativeTheme = recording('nativeTheme', { ...emitter('nativeTheme'), shouldUseDarkColors: false });
export const utilityProcess = recording('utilityProcess', {});
export const powerSaveBlocker = recording('powerSaveBlocker', {});
export const powerMonitor = recording('powerMonitor', emitter('powerMonitor'));
export const clipboard = recording('clipboard', {});
export const nativeImage = recording('nativeImage', {});
export const globalShortcut = recording('globalShortcut', {});
export const safeStorage = recording('safeStorage', {});
export const systemPreferences = recording('systemPreferences', {});
export const crashReporter = recording('crashReporter', {});
export const contextBridge = recording('contextBridge', {});
export const ipcRenderer = recording('ipcRenderer', emitter('ipcRenderer'));
export const MenuItem = class MenuItem {
  constructor(options) {
    Object.assign(this, options);
  }
};

export default {
  app,
  BrowserWindow,
  webContents,
  ipcMain,
  protocol,
  net,
  session,
  Menu,
  MenuItem,
  screen,
  shell,
  dialog,
  nativeTheme,
  utilityProcess,
  powerSaveBlocker,
  powerMonitor,
  clipboard,
  nativeImage,
  globalShortcut,
  safeStorage,
  systemPreferences,
  crashReporter,
  contextBridge,
  ipcRenderer,
};
