import { z } from 'zod';
import { PRIORITIES } from '../../domain/outcomes';
import { defineCommand } from '../define';
import { changeAction } from './support';

export const setActionPriority = defineCommand({
  type: 'action.setPriority',
  payload: z.object({ actionId: z.string().min(1).max(100), priority: z.enum(PRIORITIES) }).strict(),
  undoable: true,
  label: { th: 'กำหนดความสำคัญ', en: 'Set priority' },
  apply(document, { actionId, priority }, ctx) {
    return changeAction(document, actionId, ctx, (action) => (action.priority === priority ? action : { ...action, priority }));
  },
});
