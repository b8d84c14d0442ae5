import type { Poll, Round } from '../domain/polls';
import type { Workshop } from '../domain/workshop';

/**
 * Which poll every phone shows — the rule, in one place:
 *
 *   the poll whose latest round is open, closed or revealed; if several are, the one whose latest
 *   round was opened most recently (a later position in the workshop's poll list breaks a tie).
 *
 * A closed (not yet revealed) round stays on the phones as closed: the room is told that answers
 * are closed and each phone keeps its own answer in view while the facilitator decides to reveal
 * the results (phones then see them) or to open the next poll or round (which then wins, being
 * opened later). Earlier rounds never come back: a re-vote is a new round, and the phone's ballot is
 * kept per round. Only rounds never opened ("not-started") are skipped.
 */
export interface CurrentPoll {
  poll: Poll;
  round: Round & { state: 'open' | 'closed' | 'revealed' };
}

export function currentPoll(workshop: Workshop): CurrentPoll | null {
  let best: CurrentPoll | null = null;
  for (const poll of workshop.polls) {
    const round = poll.rounds.at(-1);
    if (!round || (round.state !== 'open' && round.state !== 'closed' && round.state !== 'revealed')) continue;
    // ISO-8601 times from one clock compare as strings; `>=` lets the later poll win a tie.
    if (!best || round.openedAt >= best.round.openedAt) best = { poll, round: round as CurrentPoll['round'] };
  }
  return best;
}
