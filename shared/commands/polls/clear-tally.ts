import { z } from 'zod';
import { defineCommand, rejected } from '../define';
import { changePoll, idSchema } from './support';

/** Remove a round's typed show of hands, leaving only the phones' ballots. */
export const clearTally = defineCommand({
  type: 'tally.clear',
  payload: z.object({ pollId: idSchema, round: z.number().int().positive() }).strict(),
  undoable: true,
  label: { th: 'ลบผลการยกมือ', en: 'Remove a show of hands' },
  apply(document, { pollId, round }, ctx) {
    return changePoll(document, pollId, ctx, () => {
      if (!document.tallies.some((t) => t.pollId === pollId && t.round === round)) {
        return rejected({ th: `รอบที่ ${round} ของคำถามนี้ยังไม่มีผลการยกมือ จึงไม่มีผลให้ลบ`, en: `Round ${round} of this poll has no typed tally.` });
      }
      return {
        ok: true,
        document: { ...document, tallies: document.tallies.filter((t) => !(t.pollId === pollId && t.round === round)) },
        events: [{ type: 'tally.changed', pollId, round }],
      };
    });
  },
});
