import { z } from 'zod';
import { pollKindSchema, type Poll } from '../../domain/polls';
import { configurePoll } from '../../polls/poll-types';
import { maturityPollFor } from '../../polls/rounds';
import { defineCommand, rejected } from '../define';
import { configureRefusal, localizedInputSchema, refuseParticipant } from './support';

/**
 * Create a poll of any kind. A maturity poll is made from its component (`{ kind: 'maturity',
 * componentId: 'C01' }`): the question defaults to the component's. Options get the ids o1, o2…;
 * the poll's id is the command's. No round is open yet.
 */
export const createPoll = defineCommand({
  type: 'poll.create',
  payload: z
    .object({
      kind: pollKindSchema,
      componentId: z.string().min(1).max(20).nullable().optional(),
      /** Omitted (or both languages empty): the kind's default question. */
      question: localizedInputSchema.optional(),
      options: z.array(localizedInputSchema).max(200).optional(),
      /** multiple: how many may be ticked; dots: dots per person. Omitted: the kind's default. */
      maxChoices: z.number().int().positive().max(100).nullable().optional(),
      /** maturity: also ask for the target level (default yes). */
      askTarget: z.boolean().optional(),
      /** May a voter change their ballot while the round is open (default yes). */
      allowChange: z.boolean().optional(),
    })
    .strict(),
  undoable: true,
  label: { th: 'สร้างคำถาม', en: 'Create a poll' },
  apply(document, payload, ctx) {
    const refused = refuseParticipant(ctx);
    if (refused) return refused;
    const componentId = payload.componentId ?? null;
    if (payload.kind === 'maturity' && componentId !== null && maturityPollFor(document, componentId)) {
      const code = document.framework.components.find((c) => c.id === componentId)?.code ?? componentId;
      return rejected({
        th: `องค์ประกอบที่ ${code} มีคำถามประเมินระดับอยู่แล้ว หากต้องการถามอีกครั้ง ให้กด “ลงคะแนนอีกรอบ” ที่คำถามเดิม`,
        en: `Component ${componentId} already has a maturity poll; start a re-vote on it instead of a second poll.`,
      });
    }
    if (document.polls.some((poll) => poll.id === ctx.commandId)) {
      return rejected({ th: 'มีคำถามที่ใช้รหัสนี้อยู่แล้ว กรุณาลองสร้างใหม่อีกครั้ง', en: 'A poll with this id already exists.' });
    }
    const configured = configurePoll(
      payload.kind,
      {
        componentId,
        question: payload.question ?? null,
        options: (payload.options ?? []).map((label, i) => ({ id: `o${i + 1}`, label })),
        maxChoices: payload.maxChoices ?? null,
        askTarget: payload.askTarget ?? null,
        allowChange: payload.allowChange ?? true,
      },
      document,
    );
    if (!configured.ok) return rejected(configureRefusal(configured.message));
    const poll: Poll = { id: ctx.commandId, kind: payload.kind, ...configured.settings, rounds: [] };
    return {
      ok: true,
      document: { ...document, polls: [...document.polls, poll] },
      events: [{ type: 'poll.changed', pollId: poll.id, change: 'created' }],
    };
  },
});
