import type { Poll, Round } from '../domain/polls';
import type { Workshop } from '../domain/workshop';

/**
 * Which poll every phone shows — the rule, in one place:
 *
 *   the poll whose latest round is open or revealed; if several are, the one whose latest round
 *   was opened most recently (a later position in the workshop's poll list breaks a tie).
 *
 * A closed (not yet revealed) round is not shown: the room waits for the facilitator, who either
 * reveals it (phones then see the results) or moves on. Earlier rounds never come back: a re-vote
 * is a new round, and the phone's ballot is kept per round.
 */
export interface CurrentPoll {
  poll: Poll;
  round: Round & { state: 'open' | 'revealed' };
}

export function currentPoll(workshop: Workshop): CurrentPoll | null {
  let best: CurrentPoll | null = null;
  for (const poll of workshop.polls) {
    const round = poll.rounds.at(-1);
    if (!round || (round.state !== 'open' && round.state !== 'revealed')) continue;
    // ISO-8601 times from one clock compare as strings; `>=` lets the later poll win a tie.
    if (!best || round.openedAt >= best.round.openedAt) best = { poll, round: round as CurrentPoll['round'] };
  }
  return best;
}
