import { z } from 'zod';
import { defineCommand } from '../define';
import { changeAction } from './support';

/** Choose an action into the action plan (the minutes list the plan). */
export const includeInPlan = defineCommand({
  type: 'action.includeInPlan',
  payload: z.object({ actionId: z.string().min(1).max(100) }).strict(),
  undoable: true,
  label: { th: 'บรรจุในแผนปฏิบัติการ', en: 'Include in the plan' },
  apply(document, { actionId }, ctx) {
    return changeAction(document, actionId, ctx, (action) => (action.inPlan ? action : { ...action, inPlan: true }));
  },
});
