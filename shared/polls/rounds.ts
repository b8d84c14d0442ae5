import type { Ballot, Poll, Round, Tally } from '../domain/polls';
import type { Workshop } from '../domain/workshop';

/** Look-ups every reader of polls needs (commands, results, the participant server, the projector). */

export function findPoll(workshop: Workshop, pollId: string): Poll | undefined {
  return workshop.polls.find((poll) => poll.id === pollId);
}

/** The round the room is on: the last one (earlier rounds are kept for comparison). */
export function latestRound(poll: Poll): Round | undefined {
  return poll.rounds.at(-1);
}

/** The round accepting votes, if any. Only the latest round can be open. */
export function openRound(poll: Poll): Round | undefined {
  const round = latestRound(poll);
  return round?.state === 'open' ? round : undefined;
}

export function findRound(poll: Poll, round: number): Round | undefined {
  return poll.rounds.find((r) => r.number === round);
}

export function roundBallots(workshop: Workshop, pollId: string, round: number): Ballot[] {
  return workshop.ballots.filter((ballot) => ballot.pollId === pollId && ballot.round === round);
}

/** A voter's ballot in a round: a device-token hash for phones, the participant's id when entered. */
export function findBallot(workshop: Workshop, pollId: string, round: number, voter: string): Ballot | undefined {
  return workshop.ballots.find((ballot) => ballot.pollId === pollId && ballot.round === round && ballot.voter === voter);
}

export function findTally(workshop: Workshop, pollId: string, round: number): Tally | undefined {
  return workshop.tallies.find((tally) => tally.pollId === pollId && tally.round === round);
}

/** The maturity poll assessing a component (a component has at most one; re-votes are rounds). */
export function maturityPollFor(workshop: Workshop, componentId: string): Poll | undefined {
  return workshop.polls.find((poll) => poll.kind === 'maturity' && poll.componentId === componentId);
}
