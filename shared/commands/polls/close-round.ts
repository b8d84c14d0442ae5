import { z } from 'zod';
import { latestRound } from '../../polls/rounds';
import { defineCommand, rejected } from '../define';
import { moveLatestRound } from './rounds';
import { changePoll, idSchema } from './support';

/** Stop accepting votes in the current round. The results stay hidden until revealed. */
export const closeRound = defineCommand({
  type: 'round.close',
  payload: z.object({ pollId: idSchema }).strict(),
  undoable: true,
  label: { th: 'ปิดรับคำตอบ', en: 'Close voting' },
  apply(document, { pollId }, ctx) {
    return changePoll(document, pollId, ctx, (poll) => {
      if (latestRound(poll)?.state !== 'open') {
        return rejected({ th: 'คำถามนี้ไม่ได้เปิดให้ลงคะแนนอยู่ จึงไม่มีรอบให้ปิด', en: 'Voting on this poll is not open, so there is nothing to close.' });
      }
      return moveLatestRound(document, poll, 'closed', ctx.at);
    });
  },
});
