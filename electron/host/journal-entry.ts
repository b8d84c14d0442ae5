import type { Actor } from '../../shared/commands/define';
import type { Command } from '../../shared/commands/registry';

/**
 * One line of the workshop's history as the host records it. Replaying these entries in order
 * onto the snapshot they continue from reproduces the document and the undo/redo stacks.
 */
export type HostJournalEntry =
  | { kind: 'command'; id: string; at: string; actor: Actor; command: Command }
  | { kind: 'undo'; id: string; at: string; actor: Actor }
  | { kind: 'redo'; id: string; at: string; actor: Actor };
