import { z } from 'zod';
import { defineCommand, rejected } from '../define';
import { changePoll, idSchema, withPoll } from './support';

/** Open the first round: phones can vote from now on. Later rounds are opened by a re-vote. */
export const openRound = defineCommand({
  type: 'round.open',
  payload: z.object({ pollId: idSchema }).strict(),
  undoable: true,
  label: { th: 'เปิดรับคำตอบ', en: 'Open voting' },
  apply(document, { pollId }, ctx) {
    return changePoll(document, pollId, ctx, (poll) => {
      if (poll.rounds.length > 0) {
        return rejected({
          th: 'คำถามนี้เปิดให้ลงคะแนนไปแล้ว หากต้องการเปิดรอบใหม่ ให้กด “ลงคะแนนอีกรอบ”',
          en: 'Voting on this poll has already started; start a re-vote to open another round.',
        });
      }
      return {
        ok: true,
        document: withPoll(document, { ...poll, rounds: [{ number: 1, state: 'open', openedAt: ctx.at, closedAt: null }] }),
        events: [{ type: 'round.changed', pollId, round: 1, state: 'open' }],
      };
    });
  },
});
