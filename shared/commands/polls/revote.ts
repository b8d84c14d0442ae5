import { z } from 'zod';
import { latestRound } from '../../polls/rounds';
import { defineCommand, rejected } from '../define';
import { changePoll, idSchema, withPoll } from './support';

/**
 * Vote again after discussion: opens the next round. Earlier rounds and their ballots are kept,
 * so the statistics can show how the room moved.
 */
export const revote = defineCommand({
  type: 'round.revote',
  payload: z.object({ pollId: idSchema }).strict(),
  undoable: true,
  label: { th: 'ลงคะแนนอีกรอบ', en: 'Re-vote' },
  apply(document, { pollId }, ctx) {
    return changePoll(document, pollId, ctx, (poll) => {
      const round = latestRound(poll);
      if (!round) {
        return rejected({
          th: 'คำถามนี้ยังไม่เปิดให้ลงคะแนน กรุณาเปิดให้ลงคะแนนรอบแรกแทน',
          en: 'Voting on this poll has not started; open the first round instead.',
        });
      }
      if (round.state === 'open') {
        return rejected({
          th: `รอบที่ ${round.number} ยังเปิดให้ลงคะแนนอยู่ กรุณาปิดการลงคะแนนก่อนเริ่มรอบใหม่`,
          en: `Round ${round.number} is still open; close it before starting another.`,
        });
      }
      const number = round.number + 1;
      return {
        ok: true,
        document: withPoll(document, { ...poll, rounds: [...poll.rounds, { number, state: 'open', openedAt: ctx.at, closedAt: null }] }),
        events: [{ type: 'round.changed', pollId, round: number, state: 'open' }],
      };
    });
  },
});
