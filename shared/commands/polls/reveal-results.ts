import { z } from 'zod';
import { latestRound } from '../../polls/rounds';
import { defineCommand, rejected } from '../define';
import { moveLatestRound } from './rounds';
import { changePoll, idSchema } from './support';

/**
 * Show the current round's results to the room. Revealing a round that is still open closes it
 * first: a room that has seen the distribution would otherwise vote on it.
 */
export const revealResults = defineCommand({
  type: 'round.reveal',
  payload: z.object({ pollId: idSchema }).strict(),
  undoable: true,
  label: { th: 'แสดงผลคะแนน', en: 'Reveal results' },
  apply(document, { pollId }, ctx) {
    return changePoll(document, pollId, ctx, (poll) => {
      const round = latestRound(poll);
      if (!round) {
        return rejected({
          th: 'คำถามนี้ยังไม่เปิดให้ลงคะแนน จึงยังไม่มีผลให้เปิดเผย',
          en: 'Voting on this poll has not started, so there are no results to reveal.',
        });
      }
      if (round.state === 'revealed') return rejected({ th: 'เปิดเผยผลรอบนี้แล้ว', en: 'These results are already shown.' });
      return moveLatestRound(document, poll, 'revealed', round.closedAt ?? ctx.at);
    });
  },
});
