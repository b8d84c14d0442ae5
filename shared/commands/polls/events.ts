import type { Ballot, Round } from '../../domain/polls';

/** What the poll commands report, for the projector and the participant server to react to. */
export type PollEvent =
  | { type: 'poll.changed'; pollId: string; change: 'created' | 'updated' | 'deleted' }
  | { type: 'round.changed'; pollId: string; round: number; state: Round['state'] }
  /** No voter and no answer: listeners re-read the document for what they may show. */
  | { type: 'ballot.cast'; pollId: string; round: number; replaced: boolean }
  | { type: 'ballot.moderated'; pollId: string; ballotId: string; moderation: NonNullable<Ballot['moderation']> }
  | { type: 'tally.changed'; pollId: string; round: number };
