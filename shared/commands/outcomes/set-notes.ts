import { z } from 'zod';
import { defineCommand } from '../define';
import { changeNotes } from './support';

/** The note-taker's running notes on one component's discussion. */
export const setNotes = defineCommand({
  type: 'notes.set',
  payload: z.object({ componentId: z.string().min(1).max(20), notes: z.string().max(20000) }).strict(),
  undoable: true,
  label: { th: 'บันทึกการอภิปราย', en: 'Edit discussion notes' },
  apply(document, { componentId, notes }, ctx) {
    return changeNotes(document, componentId, ctx, (current) => (current.notes === notes ? current : { ...current, notes }));
  },
});
