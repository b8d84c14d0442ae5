import type { BrowserWindow, Rectangle } from 'electron';
import type { Preferences } from '../host/preferences';

const KEY = 'facilitatorWindowBounds';

/** The facilitator window comes back where the facilitator left it. */
export function restoreBounds(preferences: Preferences): Partial<Rectangle> {
  const saved = preferences.get<Partial<Rectangle>>(KEY);
  if (!saved || typeof saved !== 'object') return {};
  const valid = (n: unknown) => typeof n === 'number' && Number.isFinite(n);
  return valid(saved.width) && valid(saved.height) && saved.width! >= 640 && saved.height! >= 480 ? saved : {};
}

export function trackBounds(window: BrowserWindow, preferences: Preferences): void {
  let timer: NodeJS.Timeout | null = null;
  const save = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      if (!window.isDestroyed() && !window.isMinimized() && !window.isFullScreen()) preferences.set(KEY, window.getBounds());
    }, 500);
  };
  window.on('resize', save);
  window.on('move', save);
  window.on('close', () => {
    if (timer) clearTimeout(timer);
    if (!window.isMinimized() && !window.isFullScreen()) preferences.set(KEY, window.getBounds());
  });
}
