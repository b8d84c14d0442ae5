import { BrowserWindow, type Rectangle } from 'electron';
import path from 'node:path';
import { appPageUrl, secureWebPreferences } from './web-preferences';

export function createFacilitatorWindow(preloadDir: string, bounds: Partial<Rectangle> = {}): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 820,
    ...bounds,
    minWidth: 960,
    minHeight: 640,
    title: 'Ruam — ร่วม',
    show: false,
    webPreferences: secureWebPreferences(path.join(preloadDir, 'facilitator.cjs')),
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(appPageUrl('index.html'));
  return window;
}
