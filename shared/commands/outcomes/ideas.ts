import { defineEntryCommands } from './note-entries';

/** Ideas for closing a gap; the priorities step dot-votes over them (priorities.createDotPoll). */
export const ideaCommands = defineEntryCommands('idea', 'ideas', {
  add: { th: 'เพิ่มข้อเสนอ', en: 'Add an idea' },
  update: { th: 'แก้ไขข้อเสนอ', en: 'Edit an idea' },
  remove: { th: 'ลบข้อเสนอ', en: 'Remove an idea' },
});
