import { z } from 'zod';
import type { Poll } from '../../domain/polls';
import type { LocalizedText } from '../../domain/text';
import type { Workshop } from '../../domain/workshop';
import { findPoll } from '../../polls/rounds';
import { rejected, type ApplyOutcome, type CommandContext } from '../define';
import { FACILITATOR_ONLY, noPoll } from '../reasons';

/** Helpers shared by the poll and outcome commands. */

export const idSchema = z.string().min(1).max(100);

/** A question or label as the facilitator types it, in either language or both. */
export const localizedInputSchema = z.object({ th: z.string().max(1000), en: z.string().max(1000) }).strict();

/**
 * The room's phones may cast ballots and nothing else: every facilitator command refuses a
 * participant actor, whatever the transport let through.
 */
export function refuseParticipant(ctx: CommandContext): ApplyOutcome | null {
  return ctx.actor.kind === 'participant' ? rejected(FACILITATOR_ONLY) : null;
}

export function pollNotFound(pollId: string): ApplyOutcome {
  return rejected(noPoll(pollId));
}

/**
 * Why `configurePoll` (shared/polls/poll-types.ts) refused a poll's settings. It says so in English
 * only for now, so the Thai is a general sentence with the English as detail; once it returns
 * `{ th, en }` this passes that through unchanged.
 */
export function configureRefusal(message: string | LocalizedText): LocalizedText {
  if (typeof message !== 'string') return message;
  return { th: `ตั้งค่าคำถามนี้ไม่ได้ กรุณาตรวจสอบตัวเลือกและค่าที่ตั้งไว้ (รายละเอียด: ${message})`, en: message };
}

/** Replace one poll by id, keeping the order of the others. */
export function withPoll(document: Workshop, poll: Poll): Workshop {
  return { ...document, polls: document.polls.map((p) => (p.id === poll.id ? poll : p)) };
}

/** Run `change` on an existing poll, after the facilitator check. */
export function changePoll(
  document: Workshop,
  pollId: string,
  ctx: CommandContext,
  change: (poll: Poll) => ApplyOutcome,
): ApplyOutcome {
  const refused = refuseParticipant(ctx);
  if (refused) return refused;
  const poll = findPoll(document, pollId);
  return poll ? change(poll) : pollNotFound(pollId);
}

/** Whether anyone has answered the poll yet (ballots or a typed tally, in any round). */
export function hasAnswers(document: Workshop, pollId: string): boolean {
  return document.ballots.some((b) => b.pollId === pollId) || document.tallies.some((t) => t.pollId === pollId);
}
