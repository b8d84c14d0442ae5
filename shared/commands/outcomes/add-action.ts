import { z } from 'zod';
import { isoDateSchema } from '../../domain/dates';
import { PRIORITIES, type ActionItem } from '../../domain/outcomes';
import { defineCommand, rejected } from '../define';
import { ACTION_NEEDS_TITLE } from '../reasons';
import { refuseParticipant } from '../polls/support';
import { unknownComponent } from './support';

/** Turn a gap into an action with an owner and a date (accountability, P3). Its id is the command's. */
export const addAction = defineCommand({
  type: 'action.add',
  payload: z
    .object({
      title: z.string().max(1000),
      owner: z.string().max(300).optional(),
      due: isoDateSchema.optional(),
      indicator: z.string().max(1000).optional(),
      priority: z.enum(PRIORITIES).optional(),
      componentId: z.string().min(1).max(20).nullable().optional(),
      inPlan: z.boolean().optional(),
    })
    .strict(),
  undoable: true,
  label: { th: 'เพิ่มแผนปฏิบัติการ', en: 'Add an action' },
  apply(document, payload, ctx) {
    const refused = refuseParticipant(ctx) ?? unknownComponent(document, payload.componentId);
    if (refused) return refused;
    const title = payload.title.trim();
    if (title === '') return rejected(ACTION_NEEDS_TITLE);
    const action: ActionItem = {
      id: ctx.commandId,
      title,
      owner: payload.owner?.trim() ?? '',
      due: payload.due ?? '',
      indicator: payload.indicator?.trim() ?? '',
      priority: payload.priority ?? 'medium',
      componentId: payload.componentId ?? null,
      inPlan: payload.inPlan ?? false,
    };
    return {
      ok: true,
      document: { ...document, actions: [...document.actions, action] },
      events: [{ type: 'action.changed', actionId: action.id, change: 'added' }],
    };
  },
});
