import { Menu, type MenuItemConstructorOptions } from 'electron';

/** Menu item ids that tests and the end-to-end suite look items up by (labels are translated). */
export const MENU_IDS = { openProjector: 'open-projector' } as const;

export interface MenuActions {
  openProjector(): void;
}

/** The application menu. Labels are Thai first; the files issue adds the File menu's verbs. */
export function buildMenu(actions: MenuActions): Menu {
  const template: MenuItemConstructorOptions[] = [
    { label: 'ไฟล์ (File)', submenu: [{ role: 'quit', label: 'ออก (Quit)' }] },
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
