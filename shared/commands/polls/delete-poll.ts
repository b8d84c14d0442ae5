import { z } from 'zod';
import { defineCommand } from '../define';
import { changePoll, idSchema } from './support';

/** Delete a poll with all its rounds, ballots and tallies (undo brings them all back). */
export const deletePoll = defineCommand({
  type: 'poll.delete',
  payload: z.object({ pollId: idSchema }).strict(),
  undoable: true,
  label: { th: 'ลบคำถาม', en: 'Delete a poll' },
  apply(document, { pollId }, ctx) {
    return changePoll(document, pollId, ctx, () => ({
      ok: true,
      document: {
        ...document,
        polls: document.polls.filter((p) => p.id !== pollId),
        ballots: document.ballots.filter((b) => b.pollId !== pollId),
        tallies: document.tallies.filter((t) => t.pollId !== pollId),
      },
      events: [{ type: 'poll.changed', pollId, change: 'deleted' }],
    }));
  },
});
