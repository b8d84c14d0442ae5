import { z } from 'zod';
import { isoDateSchema } from '../../domain/dates';
import { defineCommand, rejected } from '../define';
import { ACTION_NEEDS_TITLE } from '../reasons';
import { changeAction, unknownComponent } from './support';

/** Edit an action's title, owner, due date, indicator or component. Only the fields given change. */
export const updateAction = defineCommand({
  type: 'action.update',
  payload: z
    .object({
      actionId: z.string().min(1).max(100),
      title: z.string().max(1000).optional(),
      owner: z.string().max(300).optional(),
      due: isoDateSchema.optional(),
      indicator: z.string().max(1000).optional(),
      componentId: z.string().min(1).max(20).nullable().optional(),
    })
    .strict(),
  undoable: true,
  label: { th: 'แก้ไขแผนปฏิบัติการ', en: 'Edit an action' },
  apply(document, { actionId, ...patch }, ctx) {
    return changeAction(document, actionId, ctx, (action) => {
      const unknown = unknownComponent(document, patch.componentId);
      if (unknown) return unknown;
      const title = patch.title?.trim() ?? action.title;
      if (title === '') return rejected(ACTION_NEEDS_TITLE);
      const next = {
        ...action,
        title,
        owner: patch.owner?.trim() ?? action.owner,
        due: patch.due ?? action.due,
        indicator: patch.indicator?.trim() ?? action.indicator,
        componentId: patch.componentId === undefined ? action.componentId : patch.componentId,
      };
      return JSON.stringify(next) === JSON.stringify(action) ? action : next;
    });
  },
});
