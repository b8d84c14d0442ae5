import { z } from 'zod';
import type { Poll, PollOption } from '../../domain/polls';
import { configurePoll, POLL_TYPES } from '../../polls/poll-types';
import { defineCommand, rejected } from '../define';
import { changePoll, configureRefusal, hasAnswers, idSchema, localizedInputSchema, withPoll } from './support';

/**
 * Edit a poll. The question and whether votes may change can be edited at any time; the options,
 * the choice limit and the target question only while nobody has answered, so no ballot ever
 * refers to an option that changed under it.
 */
export const updatePoll = defineCommand({
  type: 'poll.update',
  payload: z
    .object({
      pollId: idSchema,
      question: localizedInputSchema.optional(),
      /** The full new list: keep an option's id to keep the option, leave it out for a new one. */
      options: z.array(z.object({ id: idSchema.optional(), label: localizedInputSchema }).strict()).max(200).optional(),
      maxChoices: z.number().int().positive().max(100).nullable().optional(),
      askTarget: z.boolean().optional(),
      allowChange: z.boolean().optional(),
    })
    .strict(),
  undoable: true,
  label: { th: 'แก้ไขคำถาม', en: 'Edit a poll' },
  apply(document, payload, ctx) {
    return changePoll(document, payload.pollId, ctx, (poll) => {
      const structural = payload.options !== undefined || payload.maxChoices !== undefined || payload.askTarget !== undefined;
      if (structural && hasAnswers(document, poll.id)) {
        return rejected({
          th: 'มีผู้ตอบคำถามนี้แล้ว จึงเปลี่ยนตัวเลือก จำนวนที่เลือกได้ และการถามระดับเป้าหมายไม่ได้อีก (ยังแก้ถ้อยคำของคำถามได้)',
          en: 'People have already answered this poll, so its options, choice limit and target question can no longer change.',
        });
      }
      let options: PollOption[] = poll.options;
      if (payload.options) {
        const known = new Set(poll.options.map((o) => o.id));
        const unknown = payload.options.find((o) => o.id !== undefined && !known.has(o.id));
        if (unknown) return rejected({ th: 'ไม่พบตัวเลือกนี้ในคำถาม อาจถูกลบไปแล้ว', en: `This poll has no option "${unknown.id}".` });
        let next = Math.max(0, ...poll.options.map((o) => Number(/^o(\d+)$/.exec(o.id)?.[1] ?? 0))) + 1;
        options = payload.options.map((o) => ({ id: o.id ?? `o${next++}`, label: o.label }));
      }
      const configured = configurePoll(
        poll.kind,
        {
          componentId: poll.componentId,
          question: payload.question ?? poll.question,
          options,
          maxChoices: payload.maxChoices === undefined ? keptMaxChoices(poll, options) : payload.maxChoices,
          askTarget: payload.askTarget ?? poll.askTarget,
          allowChange: payload.allowChange ?? poll.allowChange,
        },
        document,
      );
      if (!configured.ok) return rejected(configureRefusal(configured.message));
      const updated = { ...poll, ...configured.settings };
      if (JSON.stringify(updated) === JSON.stringify(poll)) return { ok: true, document, events: [] };
      return { ok: true, document: withPoll(document, updated), events: [{ type: 'poll.changed', pollId: poll.id, change: 'updated' }] };
    });
  },
});

/**
 * A limit left at its default follows the options ("tick up to all of them" stays all when one is
 * added); a limit the facilitator chose stays as chosen.
 */
function keptMaxChoices(poll: Poll, options: readonly PollOption[]): number | null {
  const rule = POLL_TYPES[poll.kind].shape.maxChoices;
  if (!rule || poll.maxChoices === null) return poll.maxChoices;
  return poll.maxChoices === rule.default(poll.options.length) ? rule.default(options.length) : poll.maxChoices;
}
