import { castBallot } from './cast-ballot';
import { clearTally } from './clear-tally';
import { closeRound } from './close-round';
import { createDotPoll } from './create-dot-poll';
import { createPoll } from './create-poll';
import { deletePoll } from './delete-poll';
import { hideResults } from './hide-results';
import { moderateBallot } from './moderate-ballot';
import { openRound } from './open-round';
import { recordShown } from './record-shown';
import { revealResults } from './reveal-results';
import { revote } from './revote';
import { setTally } from './set-tally';
import { updatePoll } from './update-poll';

/** The poll commands, spread into the registry (shared/commands/registry.ts). One line per command. */
export const POLL_COMMANDS = {
  [createPoll.type]: createPoll,
  [updatePoll.type]: updatePoll,
  [deletePoll.type]: deletePoll,
  [openRound.type]: openRound,
  [closeRound.type]: closeRound,
  [revealResults.type]: revealResults,
  [hideResults.type]: hideResults,
  [revote.type]: revote,
  [recordShown.type]: recordShown,
  [castBallot.type]: castBallot,
  [moderateBallot.type]: moderateBallot,
  [setTally.type]: setTally,
  [clearTally.type]: clearTally,
  [createDotPoll.type]: createDotPoll,
} as const;

export type { PollEvent } from './events';
