import { z } from 'zod';
import { answerSchema } from '../../domain/polls';
import { checkBallot, type BallotVoter } from '../../polls/ballots';
import { defineCommand, rejected } from '../define';
import { idSchema } from './support';

const [maturityAnswer, singleAnswer, multipleAnswer, , dotsAnswer] = answerSchema.options;

/**
 * An answer as sent. Open text may arrive longer than it is stored: control and bidi characters
 * are stripped first, then the 280-character limit is checked with a reason the voter can read.
 */
const answerInputSchema = z.discriminatedUnion('kind', [
  maturityAnswer,
  singleAnswer,
  multipleAnswer,
  z.object({ kind: z.literal('text'), text: z.string().max(2000) }),
  dotsAnswer,
]);

/**
 * Cast a ballot: from a phone (actor participant; the voter is its token hash) or entered by the
 * facilitator for a named participant (whose sector comes from the register). One ballot per
 * voter per poll per round: a second replaces the first only if the poll allows changing a vote
 * and the round is open; otherwise it is refused. The host applies commands one at a time, which
 * is what makes "check, then add" atomic. Not undoable: a vote is the voter's, not the
 * facilitator's, to take back.
 */
export const castBallot = defineCommand({
  type: 'ballot.cast',
  payload: z
    .object({
      pollId: idSchema,
      /** The round the voter was shown; refused if the room has moved on. */
      round: z.number().int().positive().optional(),
      answer: answerInputSchema,
      /** Facilitator-entered ballots: whose. */
      participantId: idSchema.optional(),
      /**
       * Phone ballots: a sector id from the workshop's list, or null for none. Omitted: the sector
       * the phone declared when it joined (participant.join), if any.
       */
      sector: z.string().min(1).max(100).nullable().optional(),
    })
    .strict(),
  undoable: false,
  label: { th: 'ลงคะแนน', en: 'Cast a ballot' },
  apply(document, payload, ctx) {
    let voter: BallotVoter;
    if (ctx.actor.kind === 'participant') {
      if (payload.participantId !== undefined) {
        return rejected({
          th: 'โทรศัพท์ลงคะแนนได้ในนามของตนเองเท่านั้น ลงคะแนนแทนผู้เข้าร่วมคนอื่นไม่ได้',
          en: 'A phone votes as itself, not for a named participant.',
        });
      }
      voter = { kind: 'phone', tokenHash: ctx.actor.tokenHash, sector: payload.sector };
    } else if (ctx.actor.kind === 'facilitator') {
      if (payload.participantId === undefined) {
        return rejected({ th: 'กรุณาเลือกผู้เข้าร่วมที่จะบันทึกคะแนนแทน', en: 'Say which participant this ballot is for.' });
      }
      if (payload.sector !== undefined) {
        return rejected({
          th: 'คะแนนที่วิทยากรบันทึกแทนใช้ภาคส่วนของผู้เข้าร่วมตามทะเบียน ไม่ต้องระบุภาคส่วน',
          en: "An entered ballot takes the participant's sector from the register.",
        });
      }
      voter = { kind: 'entered', participantId: payload.participantId };
    } else {
      return rejected({ th: 'ลงคะแนนได้เฉพาะผู้เข้าร่วมหรือวิทยากรเท่านั้น', en: 'Only a participant or the facilitator can cast a ballot.' });
    }

    const checked = checkBallot(document, { pollId: payload.pollId, round: payload.round, answer: payload.answer }, voter, {
      id: ctx.commandId,
      at: ctx.at,
    });
    if (!checked.ok) return rejected(checked.refusal.message);
    const { ballot, replaces } = checked;
    const ballots = replaces ? document.ballots.map((b) => (b.id === replaces.id ? ballot : b)) : [...document.ballots, ballot];
    return {
      ok: true,
      document: { ...document, ballots },
      events: [{ type: 'ballot.cast', pollId: ballot.pollId, round: ballot.round, replaced: replaces !== null }],
    };
  },
});
