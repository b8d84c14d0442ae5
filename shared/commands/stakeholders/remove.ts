import { z } from 'zod';
import { defineCommand, rejected } from '../define';
import { noStakeholder } from '../reasons';

/** Take a stakeholder off the map. */
export const removeStakeholder = defineCommand({
  type: 'stakeholder.remove',
  payload: z.object({ id: z.string().min(1).max(100) }).strict(),
  undoable: true,
  label: { th: 'ลบผู้มีส่วนได้ส่วนเสีย', en: 'Remove stakeholder' },
  apply(document, { id }) {
    if (!document.stakeholders.some((s) => s.id === id)) return rejected(noStakeholder(id));
    return {
      ok: true,
      document: { ...document, stakeholders: document.stakeholders.filter((s) => s.id !== id) },
      events: [{ type: 'stakeholders.removed', id }],
    };
  },
});
