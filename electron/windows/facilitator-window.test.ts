import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fake, type FakeBrowserWindow } from '../../tests/electron-stub/fake-electron';
import { expectHardenedWebPreferences } from '../../tests/electron-stub/secure-web-preferences';
import { createFacilitatorWindow } from './facilitator-window';

vi.mock('electron', async () => (await import('../../tests/electron-stub/fake-electron')).fake.module);

beforeEach(() => fake.reset());

describe('createFacilitatorWindow', () => {
  it('opens a hardened, hidden window on ruam://app/index.html with the facilitator preload', () => {
    const window = createFacilitatorWindow('/app/dist/preload') as unknown as FakeBrowserWindow;
    expectHardenedWebPreferences(window.options.webPreferences);
    expect(window.options.webPreferences.preload).toBe('/app/dist/preload/facilitator.cjs');
    expect(window.options.show).toBe(false);
    expect(window.webContents.getURL()).toBe('ruam://app/index.html');
  });

  it('shows itself once the page is ready, so no blank window flashes', () => {
    const window = createFacilitatorWindow('/app/dist/preload') as unknown as FakeBrowserWindow;
    expect(window.isVisible()).toBe(false);
    window.becomeReadyToShow();
    expect(window.isVisible()).toBe(true);
  });
});
