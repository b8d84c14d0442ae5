import { z } from 'zod';
import { defineCommand, rejected } from '../define';
import { categoryProblem, idProblem, newParticipants, newParticipantSchema, participantId, withParticipants } from './details';

/**
 * Register one participant at the desk (or from a phone). The code is the next free one; the id
 * is the command's. `checkedIn` registers a walk-in and checks them in as one step.
 */
export const addParticipant = defineCommand({
  type: 'participant.add',
  payload: newParticipantSchema.extend({
    checkedIn: z.boolean().default(false),
    source: z.enum(['register', 'phone']).default('register'),
  }),
  undoable: true,
  label: { th: 'เพิ่มผู้เข้าร่วม', en: 'Add participant' },
  apply(document, payload, ctx) {
    const problem = categoryProblem(document, payload);
    if (problem) return rejected(problem);
    const id = participantId(ctx.commandId, null);
    const idIssue = idProblem(document, [id]);
    if (idIssue) return rejected(idIssue);
    const added = newParticipants(document, [payload], [id], payload.source, payload.checkedIn ? ctx.at : null);
    return {
      ok: true,
      document: withParticipants(document, added),
      events: [
        { type: 'participants.added', ids: [id], source: payload.source },
        ...(payload.checkedIn ? [{ type: 'participants.checkedIn' as const, id, at: ctx.at }] : []),
      ],
    };
  },
});
