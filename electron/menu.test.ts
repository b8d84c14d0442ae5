import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fake, type FakeMenu } from '../tests/electron-stub/fake-electron';
import { buildMenu, MENU_IDS } from './menu';

vi.mock('electron', async () => (await import('../tests/electron-stub/fake-electron')).fake.module);

beforeEach(() => fake.reset());

describe('the application menu', () => {
  it('has an "Open projector" item that opens the projector', () => {
    const openProjector = vi.fn();
    const menu = buildMenu({ openProjector }) as unknown as FakeMenu;
    const item = menu.getMenuItemById(MENU_IDS.openProjector);
    expect(item?.label).toMatch(/Open projector/);
    expect(item?.label).toMatch(/จอภาพ/);
    item?.click?.();
    expect(openProjector).toHaveBeenCalledTimes(1);
  });
});
