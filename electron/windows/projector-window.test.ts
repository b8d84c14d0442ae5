import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fake, fakeDisplay, type FakeBrowserWindow } from '../../tests/electron-stub/fake-electron';
import { expectHardenedWebPreferences } from '../../tests/electron-stub/secure-web-preferences';
import { createProjectorWindow, projectorPlacement } from './projector-window';

vi.mock('electron', async () => (await import('../../tests/electron-stub/fake-electron')).fake.module);

const laptop = fakeDisplay(1, { x: 0, y: 0, width: 1920, height: 1080 });
const projector = fakeDisplay(2, { x: 1920, y: 0, width: 1280, height: 720 });
const tv = fakeDisplay(3, { x: -3840, y: 0, width: 3840, height: 2160 });

const open = () => createProjectorWindow('/app/dist/preload') as unknown as FakeBrowserWindow;

beforeEach(() => fake.reset());

describe('projectorPlacement', () => {
  it('fills the first display that is not the primary one', () => {
    expect(projectorPlacement(laptop, [laptop, projector])).toEqual({ bounds: projector.bounds, fullscreen: true });
  });

  it('is a 1024×768 window centred on the primary display’s work area when there is no other display', () => {
    expect(projectorPlacement(laptop, [laptop])).toEqual({
      bounds: { x: 448, y: 136, width: 1024, height: 768 },
      fullscreen: false,
    });
  });

  it('fits the window on a primary display smaller than 1024×768', () => {
    const small = fakeDisplay(1, { x: 0, y: 0, width: 800, height: 600 });
    expect(projectorPlacement(small, [small]).bounds).toEqual({ x: 0, y: 0, width: 800, height: 560 });
  });
});

describe('createProjectorWindow', () => {
  it('opens a hardened window on ruam://app/present.html with the projector preload', () => {
    const window = open();
    expectHardenedWebPreferences(window.options.webPreferences);
    expect(window.options.webPreferences.preload).toBe('/app/dist/preload/projector.cjs');
    expect(window.webContents.getURL()).toBe('ruam://app/present.html');
    expect(window.options.show).toBe(false);
    window.becomeReadyToShow();
    expect(window.isVisible()).toBe(true);
  });

  it('goes full screen on the external display when one is plugged in already', () => {
    fake.displays = [laptop, projector];
    const window = open();
    expect(window.options).toMatchObject({ ...projector.bounds, fullscreen: true });
  });

  it('is a normal window on the laptop when there is only the laptop', () => {
    const window = open();
    expect(window.options).toMatchObject({ x: 448, y: 136, width: 1024, height: 768, fullscreen: false });
  });
});

describe('the projector window follows the displays', () => {
  it('moves to a display plugged in later and fills it', () => {
    const window = open();
    fake.connectDisplay(projector);
    expect(window.getBounds()).toEqual(projector.bounds);
    expect(window.isFullScreen()).toBe(true);
  });

  it('comes back as a window on the laptop when the external display is unplugged', () => {
    fake.displays = [laptop, projector];
    const window = open();
    fake.disconnectDisplay(projector.id);
    expect(window.isFullScreen()).toBe(false);
    expect(window.getBounds()).toEqual({ x: 448, y: 136, width: 1024, height: 768 });
  });

  it('leaves full screen before it moves (a full-screen window cannot change display)', () => {
    fake.displays = [laptop, projector];
    const window = open();
    fake.disconnectDisplay(projector.id);
    fake.connectDisplay(tv);
    expect(window.actions).toEqual([
      'setFullScreen(false)',
      `setBounds(${JSON.stringify({ x: 448, y: 136, width: 1024, height: 768 })})`,
      `setBounds(${JSON.stringify(tv.bounds)})`,
      'setFullScreen(true)',
    ]);
  });

  it('ignores the removed display even if Electron still lists it during the event', () => {
    fake.displays = [laptop, projector];
    const window = open();
    // Deliver the event without taking the display off the list first.
    fake.screen.emit('display-removed', {}, projector);
    expect(window.isFullScreen()).toBe(false);
    expect(window.getBounds()).toEqual({ x: 448, y: 136, width: 1024, height: 768 });
  });

  it('stays put when a second external display arrives while it already fills one', () => {
    fake.displays = [laptop, projector];
    const window = open();
    fake.connectDisplay(tv);
    expect(window.actions).toEqual([]);
    expect(window.getBounds()).toEqual(projector.bounds);
  });

  it('stops listening to the screen once closed', () => {
    const window = open();
    expect(fake.screen.listenerCount('display-added')).toBe(1);
    expect(fake.screen.listenerCount('display-removed')).toBe(1);
    window.close();
    expect(fake.screen.listenerCount('display-added')).toBe(0);
    expect(fake.screen.listenerCount('display-removed')).toBe(0);
    fake.connectDisplay(projector); // must not touch the destroyed window
    expect(window.actions).toEqual([]);
  });
});
