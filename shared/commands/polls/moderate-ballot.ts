import { z } from 'zod';
import { defineCommand, rejected } from '../define';
import { idSchema, refuseParticipant } from './support';

/** Approve an open-text answer for the projector, hide it, or put it back to waiting. */
export const moderateBallot = defineCommand({
  type: 'ballot.moderate',
  payload: z.object({ ballotId: idSchema, moderation: z.enum(['approved', 'hidden', 'pending']) }).strict(),
  undoable: true,
  label: { th: 'คัดกรองความคิดเห็น', en: 'Moderate an answer' },
  apply(document, { ballotId, moderation }, ctx) {
    const refused = refuseParticipant(ctx);
    if (refused) return refused;
    const ballot = document.ballots.find((b) => b.id === ballotId);
    if (!ballot) return rejected({ th: 'ไม่พบคำตอบนี้ อาจถูกลบไปแล้ว', en: 'There is no such answer.' });
    if (ballot.answer.kind !== 'text') {
      return rejected({ th: 'คัดกรองได้เฉพาะคำตอบที่เป็นความคิดเห็นแบบพิมพ์ข้อความ', en: 'Only open-text answers are moderated.' });
    }
    if (ballot.moderation === moderation) return { ok: true, document, events: [] };
    return {
      ok: true,
      document: { ...document, ballots: document.ballots.map((b) => (b.id === ballotId ? { ...b, moderation } : b)) },
      events: [{ type: 'ballot.moderated', pollId: ballot.pollId, ballotId, moderation }],
    };
  },
});
