import { z } from 'zod';
import { defineCommand, rejected } from '../define';
import { NO_ACTION } from '../reasons';
import { refuseParticipant } from '../polls/support';

/** Remove an action. A dot-voting poll that listed it keeps the option (its ballots still count). */
export const removeAction = defineCommand({
  type: 'action.remove',
  payload: z.object({ actionId: z.string().min(1).max(100) }).strict(),
  undoable: true,
  label: { th: 'ลบแผนปฏิบัติการ', en: 'Remove an action' },
  apply(document, { actionId }, ctx) {
    const refused = refuseParticipant(ctx);
    if (refused) return refused;
    if (!document.actions.some((a) => a.id === actionId)) return rejected(NO_ACTION);
    return {
      ok: true,
      document: { ...document, actions: document.actions.filter((a) => a.id !== actionId) },
      events: [{ type: 'action.changed', actionId, change: 'removed' }],
    };
  },
});
