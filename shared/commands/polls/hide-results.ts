import { z } from 'zod';
import { latestRound } from '../../polls/rounds';
import { defineCommand, rejected } from '../define';
import { moveLatestRound } from './rounds';
import { changePoll, idSchema } from './support';

/** Take the current round's results off the projector again; the round stays closed. */
export const hideResults = defineCommand({
  type: 'round.hide',
  payload: z.object({ pollId: idSchema }).strict(),
  undoable: true,
  label: { th: 'ซ่อนผลคะแนน', en: 'Hide results' },
  apply(document, { pollId }, ctx) {
    return changePoll(document, pollId, ctx, (poll) => {
      const round = latestRound(poll);
      if (round?.state !== 'revealed') {
        return rejected({ th: 'ผลของคำถามนี้ยังไม่ได้เปิดเผย จึงไม่มีผลให้ซ่อน', en: 'The results of this poll are not shown, so there is nothing to hide.' });
      }
      return moveLatestRound(document, poll, 'closed', round.closedAt);
    });
  },
});
