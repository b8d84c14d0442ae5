import { mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { smallWorkshop } from '../../shared/minutes/test-support';
import { fake, type FakeMenu } from '../../tests/electron-stub/fake-electron';
import { WorkshopHost } from '../host/workshop-host';
import type { Workspace } from '../host/workspace';
import { buildMenu, MENU_IDS } from '../menu';
import { createFileActions, type FileActions } from './file-actions';

vi.mock('electron', async () => (await import('../../tests/electron-stub/fake-electron')).fake.module);

beforeEach(() => fake.reset());

async function actionsWith(workshop = smallWorkshop()): Promise<{ actions: FileActions; folder: string; host: WorkshopHost }> {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'ruam-menu-minutes-'));
  const host = new WorkshopHost({ minutes: { useWorker: false } });
  if (workshop) host.load(workshop);
  const workspace = { folder, currentFile: null } as unknown as Workspace;
  return { actions: createFileActions({ host, workspace, window: () => null, onChange: () => undefined }), folder, host };
}

describe('File → Export minutes…', () => {
  it('is in the File menu and runs the export', () => {
    const files = { exportMinutes: vi.fn(async () => undefined) } as unknown as FileActions;
    const menu = buildMenu({ openProjector: () => undefined, files }) as unknown as FakeMenu;
    const item = menu.getMenuItemById(MENU_IDS.exportMinutes);
    expect(item?.label).toMatch(/ส่งออกรายงานการประชุม/);
    expect(item?.label).toMatch(/Export minutes…/);
    item?.click?.();
    expect(files.exportMinutes).toHaveBeenCalledTimes(1);
  });

  it('asks where to save, suggesting the minutes’ own file name, and writes the PDF there', async () => {
    const { actions, folder } = await actionsWith();
    const target = path.join(folder, 'รายงาน');
    fake.dialogAnswers.save = { canceled: false, filePath: target };
    await actions.exportMinutes();
    const [dialogCall] = fake.callsTo('dialog.showSaveDialog');
    const dialogOptions = dialogCall!.args.at(-1) as { defaultPath: string; filters: unknown };
    expect(dialogOptions.defaultPath).toBe(path.join(folder, '2569-11-26 รายงานการประชุม เวทีทดสอบการมีส่วนร่วม (ไม่ระบุตัวตน).pdf'));
    expect(dialogOptions.filters).toEqual([{ name: 'PDF', extensions: ['pdf'] }]);
    const pdf = await readFile(`${target}.pdf`);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(fake.callsTo('shell.showItemInFolder')[0]?.args).toEqual([`${target}.pdf`]);
    expect(JSON.stringify(fake.callsTo('dialog.showMessageBox')[0]?.args)).toMatch(/Minutes saved/);
  }, 60_000);

  it('does nothing when the dialog is cancelled, and explains when no workshop is open', async () => {
    const { actions } = await actionsWith();
    await actions.exportMinutes();
    expect(fake.callsTo('shell.showItemInFolder')).toEqual([]);
    const empty = await actionsWith(null as never);
    await empty.actions.exportMinutes();
    expect(fake.callsTo('dialog.showSaveDialog')).toHaveLength(1);
    expect(JSON.stringify(fake.callsTo('dialog.showMessageBox').at(-1)?.args)).toMatch(/No workshop is open/);
  });
});
