import { addAction } from './add-action';
import { addEvidence } from './add-evidence';
import { gapCommands } from './gaps';
import { ideaCommands } from './ideas';
import { includeInPlan } from './include-in-plan';
import { removeAction } from './remove-action';
import { removeEvidence } from './remove-evidence';
import { removeFromPlan } from './remove-from-plan';
import { setActionPriority } from './set-action-priority';
import { setNotes } from './set-notes';
import { strengthCommands } from './strengths';
import { updateAction } from './update-action';
import { updateEvidence } from './update-evidence';

/** The outcome commands (component notes, the action plan), spread into the registry. */
export const OUTCOME_COMMANDS = {
  [setNotes.type]: setNotes,
  [addEvidence.type]: addEvidence,
  [updateEvidence.type]: updateEvidence,
  [removeEvidence.type]: removeEvidence,
  [strengthCommands.add.type]: strengthCommands.add,
  [strengthCommands.update.type]: strengthCommands.update,
  [strengthCommands.remove.type]: strengthCommands.remove,
  [gapCommands.add.type]: gapCommands.add,
  [gapCommands.update.type]: gapCommands.update,
  [gapCommands.remove.type]: gapCommands.remove,
  [ideaCommands.add.type]: ideaCommands.add,
  [ideaCommands.update.type]: ideaCommands.update,
  [ideaCommands.remove.type]: ideaCommands.remove,
  [addAction.type]: addAction,
  [updateAction.type]: updateAction,
  [removeAction.type]: removeAction,
  [setActionPriority.type]: setActionPriority,
  [includeInPlan.type]: includeInPlan,
  [removeFromPlan.type]: removeFromPlan,
} as const;

export type { OutcomeEvent } from './events';
