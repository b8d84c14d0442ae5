import { Menu, type MenuItemConstructorOptions } from 'electron';
import path from 'node:path';
import type { FileActions } from './desktop/file-actions';

/** Menu item ids that tests and the end-to-end suite look items up by (labels are translated). */
export const MENU_IDS = {
  openProjector: 'open-projector',
  newWorkshop: 'file-new',
  open: 'file-open',
  openRecent: 'file-open-recent',
  save: 'file-save',
  saveAs: 'file-save-as',
  close: 'file-close',
  exportMinutes: 'file-export-minutes',
} as const;

export interface MenuActions {
  openProjector(): void;
  files?: FileActions;
  /** Recent workshop files, newest first. */
  recent?: string[];
}

/** The application menu. Labels are Thai first, English in brackets. */
export function buildMenu(actions: MenuActions): Menu {
  const files = actions.files;
  const fileMenu: MenuItemConstructorOptions[] = files
    ? [
        { id: MENU_IDS.newWorkshop, label: 'สร้างเวทีใหม่ (New)', accelerator: 'CmdOrCtrl+N', click: () => void files.newWorkshop() },
        { id: MENU_IDS.open, label: 'เปิด… (Open…)', accelerator: 'CmdOrCtrl+O', click: () => void files.open() },
        {
          id: MENU_IDS.openRecent,
          label: 'เปิดล่าสุด (Open Recent)',
          submenu: (actions.recent ?? []).length
            ? (actions.recent ?? []).map((file) => ({ label: path.basename(file), toolTip: file, click: () => void files.openPath(file) }))
            : [{ label: 'ยังไม่มี (None yet)', enabled: false }],
        },
        { type: 'separator' },
        { id: MENU_IDS.save, label: 'บันทึก (Save)', accelerator: 'CmdOrCtrl+S', click: () => void files.save() },
        { id: MENU_IDS.saveAs, label: 'บันทึกเป็น… (Save As…)', accelerator: 'CmdOrCtrl+Shift+S', click: () => void files.saveAs() },
        { id: MENU_IDS.close, label: 'ปิดเวที (Close)', accelerator: 'CmdOrCtrl+W', click: () => void files.close() },
        { type: 'separator' },
        { id: MENU_IDS.exportMinutes, label: 'ส่งออกรายงานการประชุม (PDF)… (Export minutes…)', accelerator: 'CmdOrCtrl+Shift+E', click: () => void files.exportMinutes() },
        { type: 'separator' },
        { role: 'quit', label: 'ออก (Quit)' },
      ]
    : [{ role: 'quit', label: 'ออก (Quit)' }];
  const template: MenuItemConstructorOptions[] = [
    { label: 'ไฟล์ (File)', submenu: fileMenu },
    {
      label: 'แก้ไข (Edit)',
      submenu: [
        { role: 'cut', label: 'ตัด' },
        { role: 'copy', label: 'คัดลอก' },
        { role: 'paste', label: 'วาง' },
        { role: 'selectAll', label: 'เลือกทั้งหมด' },
      ],
    },
    {
      label: 'มุมมอง (View)',
      submenu: [
        {
          id: MENU_IDS.openProjector,
          label: 'เปิดจอภาพสำหรับผู้เข้าร่วม (Open projector)',
          accelerator: 'CmdOrCtrl+Shift+P',
          click: () => actions.openProjector(),
        },
        { type: 'separator' },
        { role: 'togglefullscreen', label: 'เต็มจอ (Full screen)' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
      ],
    },
  ];
  return Menu.buildFromTemplate(template);
}
