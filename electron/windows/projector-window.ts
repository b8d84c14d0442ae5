import { BrowserWindow, screen, type Display, type Rectangle } from 'electron';
import path from 'node:path';
import { appPageUrl, secureWebPreferences } from './web-preferences';

/** Where the projector window belongs, and whether it fills that display. */
export interface ProjectorPlacement {
  bounds: Rectangle;
  fullscreen: boolean;
}

type DisplayLike = Pick<Display, 'id' | 'bounds' | 'workArea'>;

const WINDOWED_SIZE = { width: 1024, height: 768 };

/**
 * The audience display goes full screen on the first display that is not the primary one (the
 * projector or TV); with no such display, it is a normal window on the primary display that the
 * facilitator can drag wherever they like.
 */
export function projectorPlacement(primary: DisplayLike, displays: readonly DisplayLike[]): ProjectorPlacement {
  const external = displays.find((display) => display.id !== primary.id);
  if (external) return { bounds: { ...external.bounds }, fullscreen: true };
  const area = primary.workArea;
  const width = Math.min(WINDOWED_SIZE.width, area.width);
  const height = Math.min(WINDOWED_SIZE.height, area.height);
  return {
    bounds: {
      x: area.x + Math.round((area.width - width) / 2),
      y: area.y + Math.round((area.height - height) / 2),
      width,
      height,
    },
    fullscreen: false,
  };
}

export function createProjectorWindow(preloadDir: string): BrowserWindow {
  const placement = projectorPlacement(screen.getPrimaryDisplay(), screen.getAllDisplays());
  const window = new BrowserWindow({
    ...placement.bounds,
    fullscreen: placement.fullscreen,
    title: 'Ruam — จอภาพสำหรับผู้เข้าร่วม',
    autoHideMenuBar: true,
    show: false,
    webPreferences: secureWebPreferences(path.join(preloadDir, 'projector.cjs')),
  });
  window.once('ready-to-show', () => window.show());
  followDisplays(window);
  void window.loadURL(appPageUrl('present.html'));
  return window;
}

/**
 * Facilitators plug the projector in after opening the window, or unplug it at the break: when a
 * display appears the window moves to it full screen; when it goes, the window comes back as a
 * normal window on the screen that is left (never stranded on a display that no longer exists).
 */
export function followDisplays(window: BrowserWindow): void {
  const replace = (displays: readonly DisplayLike[]) => {
    if (window.isDestroyed()) return;
    const next = projectorPlacement(screen.getPrimaryDisplay(), displays);
    // Already filling that display (another display came or went elsewhere): don't flicker.
    if (next.fullscreen && window.isFullScreen() && sameBounds(window.getBounds(), next.bounds)) return;
    // Leave full screen first: a full-screen window can't be moved to another display.
    if (window.isFullScreen()) window.setFullScreen(false);
    window.setBounds(next.bounds);
    if (next.fullscreen) window.setFullScreen(true);
  };
  const onAdded = () => replace(screen.getAllDisplays());
  // The removed display may still be listed while the event is delivered: leave it out.
  const onRemoved = (_event: unknown, removed: Display) => replace(screen.getAllDisplays().filter((display) => display.id !== removed.id));
  screen.on('display-added', onAdded);
  screen.on('display-removed', onRemoved);
  window.once('closed', () => {
    screen.removeListener('display-added', onAdded);
    screen.removeListener('display-removed', onRemoved);
  });
}

function sameBounds(a: Rectangle, b: Rectangle): boolean {
  return a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;
}
