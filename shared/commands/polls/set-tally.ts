import { z } from 'zod';
import type { Tally } from '../../domain/polls';
import { MATURITY_LEVEL_COUNT } from '../../polls/poll-types';
import { findRound, latestRound } from '../../polls/rounds';
import { defineCommand, rejected } from '../define';
import { changePoll, idSchema } from './support';

const count = z.number().int().min(0).max(100000);
const levelCounts = z.array(count).length(MATURITY_LEVEL_COUNT);

/**
 * Type in a show of hands (or coloured cards) for a maturity poll round: how many at each level
 * 1–5, how many abstained, and optionally the target levels. Replaces that round's earlier
 * tally; merged with the phones' ballots in the results, and labelled as typed.
 */
export const setTally = defineCommand({
  type: 'tally.set',
  payload: z
    .object({
      pollId: idSchema,
      /** Default: the latest round. */
      round: z.number().int().positive().optional(),
      /** counts[0] = people at level 1 … counts[4] = level 5. */
      counts: levelCounts,
      abstain: count,
      targetCounts: levelCounts.nullable().optional(),
    })
    .strict(),
  undoable: true,
  label: { th: 'บันทึกผลการยกมือ', en: 'Enter a show of hands' },
  apply(document, payload, ctx) {
    return changePoll(document, payload.pollId, ctx, (poll) => {
      if (poll.kind !== 'maturity') {
        return rejected({ th: 'ใส่ผลการยกมือได้เฉพาะคำถามประเมินระดับขององค์ประกอบ', en: 'A show of hands is typed in for maturity polls only.' });
      }
      const round = payload.round === undefined ? latestRound(poll) : findRound(poll, payload.round);
      if (!round) {
        return rejected(
          payload.round === undefined
            ? { th: 'คำถามนี้ยังไม่เปิดให้ลงคะแนน กรุณาเปิดให้ลงคะแนนรอบแรกก่อน จึงใส่ผลการยกมือได้', en: 'Voting on this poll has not started; open a round first.' }
            : { th: `คำถามนี้ไม่มีรอบที่ ${payload.round}`, en: `This poll has no round ${payload.round}.` },
        );
      }
      const targetCounts = payload.targetCounts ?? null;
      if (targetCounts !== null && !poll.askTarget) {
        return rejected({ th: 'คำถามนี้ไม่ได้ถามระดับเป้าหมาย จึงใส่จำนวนของระดับเป้าหมายไม่ได้', en: 'This poll does not ask for a target level.' });
      }
      const tally: Tally = { pollId: poll.id, round: round.number, counts: payload.counts, abstain: payload.abstain, targetCounts, at: ctx.at };
      const existing = document.tallies.find((t) => t.pollId === poll.id && t.round === round.number);
      if (existing && JSON.stringify({ ...existing, at: '' }) === JSON.stringify({ ...tally, at: '' })) return { ok: true, document, events: [] };
      const tallies = existing ? document.tallies.map((t) => (t === existing ? tally : t)) : [...document.tallies, tally];
      return { ok: true, document: { ...document, tallies }, events: [{ type: 'tally.changed', pollId: poll.id, round: round.number }] };
    });
  },
});
