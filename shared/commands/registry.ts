import type { z } from 'zod';
import type { CommandDefinition } from './define';
import { updateMeta } from './workshop/update-meta';
import { resetLevels, updateLevel } from './workshop/update-level';
import { POLL_COMMANDS } from './polls';
import { OUTCOME_COMMANDS } from './outcomes';
import { PEOPLE_COMMANDS } from './people';
import { STAKEHOLDER_COMMANDS } from './stakeholders';
import { SETTINGS_COMMANDS } from './settings';
import { participantJoin } from './participant-join';

/**
 * Every command the workshop document accepts. Adding a command is one file plus one line here;
 * the Command type, validation and the reducer all follow from this map.
 */
export const COMMANDS = {
  [updateMeta.type]: updateMeta,
  [updateLevel.type]: updateLevel,
  [resetLevels.type]: resetLevels,
  ...POLL_COMMANDS,
  ...OUTCOME_COMMANDS,
  ...PEOPLE_COMMANDS,
  ...STAKEHOLDER_COMMANDS,
  ...SETTINGS_COMMANDS,
  [participantJoin.type]: participantJoin,
} as const;

export type CommandType = keyof typeof COMMANDS;

type PayloadOf<K extends CommandType> = (typeof COMMANDS)[K] extends CommandDefinition<string, infer S> ? z.input<S> : never;

/** A command as a client sends it. */
export type Command = { [K in CommandType]: { type: K; payload: PayloadOf<K> } }[CommandType];

/**
 * The only commands a phone may cause (through the participant server). The host refuses any
 * other command from a participant actor, whatever the command itself checks.
 */
export const PARTICIPANT_COMMAND_TYPES: ReadonlySet<string> = new Set<CommandType>(['ballot.cast', 'participant.join']);

export function isCommandType(type: unknown): type is CommandType {
  return typeof type === 'string' && Object.prototype.hasOwnProperty.call(COMMANDS, type);
}
