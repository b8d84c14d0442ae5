import { BrowserWindow, screen } from 'electron';
import { appPageUrl, secureWebPreferences } from './web-preferences';

/**
 * The audience display: full screen on a second display when there is one, otherwise a normal
 * window the facilitator can drag to the projector.
 */
export function createProjectorWindow(preloadDir: string): BrowserWindow {
  const primary = screen.getPrimaryDisplay();
  const external = screen.getAllDisplays().find((display) => display.id !== primary.id);
  const bounds = (external ?? primary).bounds;
  const window = new BrowserWindow({
    x: bounds.x,
    y: bounds.y,
    width: external ? bounds.width : 1024,
    height: external ? bounds.height : 768,
    fullscreen: !!external,
    title: 'Ruam — จอภาพสำหรับผู้เข้าร่วม',
    autoHideMenuBar: true,
    show: false,
    webPreferences: secureWebPreferences(`${preloadDir}/projector.cjs`),
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(appPageUrl('present.html'));
  return window;
}
