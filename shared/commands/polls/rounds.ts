import type { Poll, Round } from '../../domain/polls';
import type { Workshop } from '../../domain/workshop';
import type { ApplyOutcome } from '../define';
import { withPoll } from './support';

/** Set the latest round's state (and when it closed), reporting the change. */
export function moveLatestRound(document: Workshop, poll: Poll, state: Round['state'], closedAt: string | null): ApplyOutcome {
  const rounds = poll.rounds.map((round, i) => (i === poll.rounds.length - 1 ? { ...round, state, closedAt } : round));
  const round = rounds.at(-1)!;
  return {
    ok: true,
    document: withPoll(document, { ...poll, rounds }),
    events: [{ type: 'round.changed', pollId: poll.id, round: round.number, state }],
  };
}
