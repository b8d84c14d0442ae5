import { defineEntryCommands } from './note-entries';

/** What is missing between where the agency is and where the room wants it to be. */
export const gapCommands = defineEntryCommands('gap', 'gaps', {
  add: { th: 'เพิ่มช่องว่างที่ต้องพัฒนา', en: 'Add a gap' },
  update: { th: 'แก้ไขช่องว่างที่ต้องพัฒนา', en: 'Edit a gap' },
  remove: { th: 'ลบช่องว่างที่ต้องพัฒนา', en: 'Remove a gap' },
});
