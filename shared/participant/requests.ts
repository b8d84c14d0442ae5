import { z } from 'zod';
import { answerSchema } from '../domain/polls';
import { cleanOpenText } from '../polls/open-text';
import { PARTICIPANT_LIMITS } from './wire';

/**
 * Strict schemas for what phones send (server side; the phone page never imports zod). Unknown
 * keys are refused, strings are bounded, and open text is cleaned (control and bidi characters
 * stripped, NFC) before its length is checked. The host checks everything again: these schemas
 * keep junk off the message channel, they do not decide what a ballot means.
 */

const id = z.string().min(1).max(100);

/** Names and free text from phones: cleaned like open text (one line, no controls, no bidi). */
const cleanLine = (max: number) =>
  z
    .string()
    .max(max * 4)
    .transform((s) => cleanOpenText(s))
    .refine((s) => s.length <= max, { message: `at most ${max} characters` });

export const joinRequestSchema = z
  .object({
    name: cleanLine(PARTICIPANT_LIMITS.nameChars).optional(),
    sector: z.union([z.literal(''), id]).optional(),
    socialGroups: z.array(id).max(50).optional(),
    groupsConsent: z.boolean().optional(),
  })
  .strict();
export type JoinRequestInput = z.output<typeof joinRequestSchema>;

const [maturityAnswer, singleAnswer, multipleAnswer, , dotsAnswer] = answerSchema.options;

const phoneAnswerSchema = z.discriminatedUnion('kind', [
  maturityAnswer.strict(),
  singleAnswer.strict(),
  multipleAnswer.strict(),
  z
    .object({
      kind: z.literal('text'),
      text: z
        .string()
        .max(PARTICIPANT_LIMITS.textChars * 4)
        .transform((s) => cleanOpenText(s))
        .refine((s) => s.length > 0, { message: 'the answer is empty' })
        .refine((s) => s.length <= PARTICIPANT_LIMITS.textChars, { message: `at most ${PARTICIPANT_LIMITS.textChars} characters` }),
    })
    .strict(),
  dotsAnswer.extend({ dots: z.record(id, z.number().int().min(0).max(100)) }).strict(),
]);

export const voteRequestSchema = z
  .object({
    pollId: id,
    round: z.number().int().positive().max(10_000),
    answer: phoneAnswerSchema,
  })
  .strict();
export type VoteRequestInput = z.output<typeof voteRequestSchema>;

/** One short reason for a 400: the first issue, with where it is. */
export function shortReason(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid request';
  const where = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
  return `${where}${issue.message}`.slice(0, 200);
}
