import { addParticipant } from './add';
import { checkInParticipant, undoCheckInParticipant } from './check-in';
import { erasePersonalData } from './erase-personal-data';
import { importParticipants } from './import';
import { linkParticipant, unlinkParticipant } from './link';
import { removeParticipants } from './remove';
import { updateParticipant } from './update';

/** The participant-register commands, spread into the registry (shared/commands/registry.ts). */
export const PEOPLE_COMMANDS = {
  [addParticipant.type]: addParticipant,
  [updateParticipant.type]: updateParticipant,
  [removeParticipants.type]: removeParticipants,
  [checkInParticipant.type]: checkInParticipant,
  [undoCheckInParticipant.type]: undoCheckInParticipant,
  [importParticipants.type]: importParticipants,
  [erasePersonalData.type]: erasePersonalData,
  [linkParticipant.type]: linkParticipant,
  [unlinkParticipant.type]: unlinkParticipant,
} as const;
