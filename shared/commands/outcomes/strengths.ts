import { defineEntryCommands } from './note-entries';

/** What the agency already does well on a component. */
export const strengthCommands = defineEntryCommands('strength', 'strengths', {
  add: { th: 'เพิ่มจุดแข็ง', en: 'Add a strength' },
  update: { th: 'แก้ไขจุดแข็ง', en: 'Edit a strength' },
  remove: { th: 'ลบจุดแข็ง', en: 'Remove a strength' },
});
