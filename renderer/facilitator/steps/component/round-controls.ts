import type { Command } from '../../../../shared/commands/registry';
import type { Poll, Round } from '../../../../shared/domain/polls';
import { latestRound } from '../../../../shared/polls';

/**
 * A poll's round as the facilitator drives it: open → closed → revealed, then a re-vote opens the
 * next round. Which buttons to offer follows from the latest round's state alone, so it is worked
 * out here once, for the maturity polls of the component steps and the dot vote of the priorities
 * step alike.
 */
export type RoundStep = 'open' | 'close' | 'reveal' | 'hide' | 'revote';

export interface RoundControl {
  step: RoundStep;
  /** The round the step acts on (for a re-vote: the round it opens). */
  round: number;
}

export type RoundPhase = 'not-started' | Round['state'];

export interface RoundControls {
  phase: RoundPhase;
  /** The latest round's number, or null before the first. */
  round: number | null;
  /** What the facilitator most likely does next. */
  primary: RoundControl;
  /** The other moves from here. */
  others: RoundControl[];
}

export function roundControls(poll: Poll): RoundControls {
  const round = latestRound(poll);
  if (!round) return { phase: 'not-started', round: null, primary: { step: 'open', round: 1 }, others: [] };
  const n = round.number;
  switch (round.state) {
    case 'open':
      // Revealing an open round closes it first (round.reveal), so "close and show" is one click.
      return { phase: 'open', round: n, primary: { step: 'close', round: n }, others: [{ step: 'reveal', round: n }] };
    case 'closed':
      return { phase: 'closed', round: n, primary: { step: 'reveal', round: n }, others: [{ step: 'revote', round: n + 1 }] };
    case 'revealed':
      return { phase: 'revealed', round: n, primary: { step: 'revote', round: n + 1 }, others: [{ step: 'hide', round: n }] };
  }
}

const COMMAND_TYPES = {
  open: 'round.open',
  close: 'round.close',
  reveal: 'round.reveal',
  hide: 'round.hide',
  revote: 'round.revote',
} as const satisfies Record<RoundStep, Command['type']>;

export function roundCommand(pollId: string, step: RoundStep): Command {
  return { type: COMMAND_TYPES[step], payload: { pollId } };
}
