import { z } from 'zod';
import type { Poll } from '../../domain/polls';
import { configurePoll } from '../../polls/poll-types';
import { dotPollOptions } from '../../polls/priorities';
import { defineCommand, rejected } from '../define';
import { configureRefusal, localizedInputSchema, refuseParticipant } from './support';

/**
 * The priorities step: a dot-voting poll whose items are every component's ideas and every
 * action, as they stand now (each option's id is the idea's or action's, so the ranking points
 * back at them). Later ideas are not added: create another poll, or edit its options before voting.
 */
export const createDotPoll = defineCommand({
  type: 'priorities.createDotPoll',
  payload: z
    .object({
      question: localizedInputSchema.optional(),
      /** Dots per person (default 3). */
      dotsPerPerson: z.number().int().positive().max(100).optional(),
      include: z.enum(['ideas', 'actions', 'both']).optional(),
      allowChange: z.boolean().optional(),
    })
    .strict(),
  undoable: true,
  label: { th: 'สร้างการโหวตจัดลำดับความสำคัญ', en: 'Create a priorities dot vote' },
  apply(document, payload, ctx) {
    const refused = refuseParticipant(ctx);
    if (refused) return refused;
    const include = payload.include ?? 'both';
    const options = dotPollOptions(document, { ideas: include !== 'actions', actions: include !== 'ideas' });
    if (options.length < 2) {
      return rejected({
        th: `การโหวตจุดต้องมีข้อเสนอหรือแผนปฏิบัติการให้เลือกอย่างน้อย 2 รายการ (ขณะนี้มี ${options.length} รายการ) กรุณาเพิ่มในขั้นตอนขององค์ประกอบก่อน`,
        en: `Dot voting needs at least two ideas or actions to choose between (there are ${options.length}).`,
      });
    }
    if (options.length > 200) {
      return rejected({
        th: `การโหวตจุดรับได้ไม่เกิน 200 รายการ (ขณะนี้มี ${options.length} รายการ) กรุณาเลือกเฉพาะข้อเสนอ หรือเฉพาะแผนปฏิบัติการ`,
        en: `Dot voting takes at most 200 items (there are ${options.length}); choose ideas or actions only.`,
      });
    }
    const configured = configurePoll(
      'dots',
      { componentId: null, question: payload.question ?? null, options, maxChoices: payload.dotsPerPerson ?? null, askTarget: null, allowChange: payload.allowChange ?? true },
      document,
    );
    if (!configured.ok) return rejected(configureRefusal(configured.message));
    const poll: Poll = { id: ctx.commandId, kind: 'dots', ...configured.settings, rounds: [] };
    return {
      ok: true,
      document: { ...document, polls: [...document.polls, poll] },
      events: [{ type: 'poll.changed', pollId: poll.id, change: 'created' }],
    };
  },
});
