import { describe, expect, it } from 'vitest';
import { createWorkshop } from '../../shared/domain/create';
import type { HostSnapshot } from '../../shared/contracts/facilitator';
import { windowTitle, workshopFileFromArgv } from './title';

const snapshot = (over: Partial<HostSnapshot['file']> = {}, title = 'เวทีรับฟัง'): HostSnapshot => ({
  revision: 1,
  workshop: createWorkshop({ id: 'w', createdAt: 'now', meta: { title } }),
  file: { path: '/x.ruam', saveState: 'saved', readOnly: false, ...over },
  undo: { canUndo: false, canRedo: false, undoLabel: null, redoLabel: null },
});

describe('the window title', () => {
  it('shows the workshop and whether it is saved', () => {
    expect(windowTitle(snapshot())).toBe('เวทีรับฟัง — บันทึกแล้ว — ร่วม · Ruam');
    expect(windowTitle(snapshot({ saveState: 'unsaved' }))).toContain('ยังไม่ได้บันทึก');
    expect(windowTitle(snapshot({ saveState: 'error' }))).toContain('บันทึกไม่สำเร็จ');
    expect(windowTitle(snapshot({ readOnly: true }))).toContain('อ่านอย่างเดียว');
  });

  it('names an untitled workshop and the bare app', () => {
    expect(windowTitle(snapshot({}, '  '))).toMatch(/^เวทีที่ยังไม่มีชื่อ/);
    expect(windowTitle({ ...snapshot(), workshop: null })).toBe('ร่วม · Ruam');
  });
});

describe('a workshop file on the command line', () => {
  it('is found among the arguments, flags ignored', () => {
    expect(workshopFileFromArgv(['/opt/Ruam/ruam', '--no-sandbox', '/home/a/เวที.ruam'])).toBe('/home/a/เวที.ruam');
    expect(workshopFileFromArgv(['/opt/Ruam/ruam', 'C:\\Users\\a\\WORK.RUAM'])).toBe('C:\\Users\\a\\WORK.RUAM');
    expect(workshopFileFromArgv(['/opt/Ruam/ruam', '.'])).toBeNull();
  });
});
