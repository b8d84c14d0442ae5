import { z } from 'zod';
import { localizedTextSchema } from './text';

const id = z.string().min(1).max(100);

/** The kinds of question Ruam can put to the room. Each kind is one registered definition. */
export const POLL_KINDS = ['maturity', 'single', 'multiple', 'text', 'dots'] as const;
export const pollKindSchema = z.enum(POLL_KINDS);
export type PollKind = z.infer<typeof pollKindSchema>;

/**
 * A round's life: open (votes accepted) → closed → revealed (the results are released: phones and
 * the projector may show them, and the room discusses). A re-vote starts the next round; every
 * round is kept for comparison.
 */
export const ROUND_STATES = ['open', 'closed', 'revealed'] as const;
export const roundSchema = z.object({
  number: z.number().int().positive(),
  state: z.enum(ROUND_STATES),
  openedAt: z.string(),
  closedAt: z.string().nullable(),
  /**
   * When the room first saw this round's results on the projector: the results slide (the
   * ranking, the wall of answers) drawn on a screen that was neither blank nor frozen on something
   * else. Recorded by the host (`round.shown`, actor `system`), never typed; absent until then,
   * and in files from before format 5. Kept once recorded: hiding the results or undoing the
   * reveal does not take back what the room saw.
   */
  shownAt: z.string().optional(),
});
export type Round = z.infer<typeof roundSchema>;

export const pollOptionSchema = z.object({ id, label: localizedTextSchema });
export type PollOption = z.infer<typeof pollOptionSchema>;

export const pollSchema = z.object({
  id,
  kind: pollKindSchema,
  /** The component being assessed (maturity polls), or null. */
  componentId: z.string().max(20).nullable(),
  question: localizedTextSchema,
  /** Choices (single/multiple) or the items dots are spread over (dots). */
  options: z.array(pollOptionSchema).max(200),
  /** multiple: how many may be ticked; dots: dots per person. */
  maxChoices: z.number().int().positive().max(100).nullable(),
  /** maturity: also ask for the target level. */
  askTarget: z.boolean(),
  /** Whether a voter may change their ballot until the round closes. */
  allowChange: z.boolean(),
  rounds: z.array(roundSchema),
});
export type Poll = z.infer<typeof pollSchema>;

const level = z.number().int().min(1).max(5);

/** One voter's answer; its shape follows the poll's kind. */
export const answerSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('maturity'), current: z.union([level, z.literal('abstain')]), target: level.nullable() }),
  z.object({ kind: z.literal('single'), choice: id }),
  z.object({ kind: z.literal('multiple'), choices: z.array(id).max(100) }),
  z.object({ kind: z.literal('text'), text: z.string().max(280) }),
  z.object({ kind: z.literal('dots'), dots: z.record(z.string(), z.number().int().min(0).max(100)) }),
]);
export type Answer = z.infer<typeof answerSchema>;

/** A ballot cast from a phone (or entered for a named participant). One per voter per round. */
export const ballotSchema = z.object({
  id,
  pollId: id,
  round: z.number().int().positive(),
  /** A hash of the device token (never the token itself), or the participant's id. */
  voter: z.string().min(1).max(200),
  /** The voter's sector when known, for the by-sector breakdown. */
  sector: z.string().max(100).nullable(),
  at: z.string(),
  answer: answerSchema,
  /** Open-text answers wait for the facilitator before they reach the projector. */
  moderation: z.enum(['pending', 'approved', 'hidden']).nullable(),
});
export type Ballot = z.infer<typeof ballotSchema>;

/**
 * Counts the facilitator types for a room without devices (show of hands, coloured cards):
 * counts[i] = people at level i+1. One tally per poll round; merged with phone ballots, labelled.
 */
export const tallySchema = z.object({
  pollId: id,
  round: z.number().int().positive(),
  counts: z.array(z.number().int().min(0).max(100000)).length(5),
  abstain: z.number().int().min(0).max(100000),
  targetCounts: z.array(z.number().int().min(0).max(100000)).length(5).nullable(),
  at: z.string(),
});
export type Tally = z.infer<typeof tallySchema>;
