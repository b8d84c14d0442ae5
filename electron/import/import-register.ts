import type { Command } from '../../shared/commands/registry';
import type { Workshop } from '../../shared/domain/workshop';
import type { ColumnMapping } from '../../shared/people/columns';
import { rowsToParticipants, type ImportProblem, type ParticipantDraft } from '../../shared/people/import-rows';
import type { ParsedSheet } from './read-sheet';

export interface RegisterImport {
  mapping: ColumnMapping;
  participants: ParticipantDraft[];
  /** The line each participant came from. */
  lines: number[];
  /** Reading and row problems together, file-level first, then by line. */
  problems: ImportProblem[];
  /** The command to dispatch, or null when nobody could be imported. */
  command: Extract<Command, { type: 'participant.import' }> | null;
}

export interface RegisterImportOptions {
  /** The facilitator's mapping; the recognised one otherwise. */
  mapping?: ColumnMapping;
  /** The form asked for consent to record social groups (used when there is no consent column). */
  groupsConsent?: boolean;
  /** Everyone on the list is already in the room. */
  checkedIn?: boolean;
}

/** A read register, mapped against this workshop's sectors and groups, ready to dispatch as one command. */
export function importRegister(sheet: ParsedSheet, workshop: Workshop, options: RegisterImportOptions = {}): RegisterImport {
  const mapping = options.mapping ?? sheet.mapping;
  const result = rowsToParticipants(sheet.rows, mapping, {
    sectors: workshop.settings.sectors,
    socialGroups: workshop.settings.socialGroups,
    groupsConsent: options.groupsConsent,
  });
  const problems = [...sheet.problems, ...result.problems].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return {
    mapping,
    participants: result.participants,
    lines: result.lines,
    problems,
    command:
      result.participants.length === 0
        ? null
        : { type: 'participant.import', payload: { participants: result.participants, checkedIn: options.checkedIn ?? false } },
  };
}
