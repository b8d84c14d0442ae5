import { z } from 'zod';
import { defineCommand } from '../define';
import { changeAction } from './support';

/** Take an action out of the plan; it stays on the list of actions. */
export const removeFromPlan = defineCommand({
  type: 'action.removeFromPlan',
  payload: z.object({ actionId: z.string().min(1).max(100) }).strict(),
  undoable: true,
  label: { th: 'นำออกจากแผนปฏิบัติการ', en: 'Remove from the plan' },
  apply(document, { actionId }, ctx) {
    return changeAction(document, actionId, ctx, (action) => (action.inPlan ? { ...action, inPlan: false } : action));
  },
});
