import { applyCommand, commandDefinition } from '../../shared/commands/reducer';
import type { Workshop } from '../../shared/domain/workshop';
import type { LocalizedText } from '../../shared/domain/text';
import type { HostJournalEntry } from './journal-entry';

type CommandEntry = Extract<HostJournalEntry, { kind: 'command' }>;

interface Logged {
  entry: CommandEntry;
  /** The facilitator's edits; ballots, joins and erasures are never undone. */
  undoable: boolean;
  undone: boolean;
  /** The document just before this entry (kept for undoable entries: undo starts from it). */
  before: Workshop | null;
  label: LocalizedText;
}

/** Immutable, so the host can keep a checkpoint and put it back if the disk refuses a change. */
export interface UndoState {
  readonly log: readonly Logged[];
  /** Entry ids that were undone and can be redone, most recent last. */
  readonly redo: readonly string[];
}

export const EMPTY_UNDO: UndoState = { log: [], redo: [] };
const MAX_UNDO_STEPS = 200;

/**
 * Undo that never loses a vote. Undoing a facilitator's edit does not put back a whole earlier
 * copy of the document (that would delete every ballot cast since); it takes the document from
 * just before that edit and re-applies everything that came after it except the undone edits.
 * Undo is last-in-first-out among the facilitator's edits, so only non-undoable entries
 * (ballots, joins, erasures) and already-undone edits can follow the one being undone.
 */
export function recordApplied(state: UndoState, entry: CommandEntry, before: Workshop): UndoState {
  const def = commandDefinition(entry.command.type);
  const undoable = def.undoable && entry.actor.kind === 'facilitator';
  let log = [...state.log, { entry, undoable, undone: false, before: undoable ? before : null, label: def.label }];
  // A new edit after an undo ends the redo chain: the undone edits stay undone for good.
  const redo = undoable ? [] : state.redo;
  // Keep at most MAX_UNDO_STEPS edits; entries before the oldest one kept are never refolded.
  const undoableIndexes = log.flatMap((item, i) => (item.undoable && !item.undone ? [i] : []));
  if (undoableIndexes.length > MAX_UNDO_STEPS) log = log.slice(undoableIndexes[undoableIndexes.length - MAX_UNDO_STEPS]);
  else if (redo.length === 0 && undoableIndexes.length === 0) log = []; // nothing can ever be undone or redone
  return { log, redo };
}

export function canUndo(state: UndoState): LocalizedText | null {
  const item = lastUndoable(state);
  return item === -1 ? null : state.log[item]!.label;
}

export function canRedo(state: UndoState): LocalizedText | null {
  const id = state.redo.at(-1);
  return id === undefined ? null : (state.log.find((item) => item.entry.id === id)?.label ?? null);
}

export function undo(state: UndoState): { state: UndoState; document: Workshop } | null {
  const index = lastUndoable(state);
  if (index === -1) return null;
  const log = state.log.map((item, i) => (i === index ? { ...item, undone: true } : item));
  return { state: { log, redo: [...state.redo, state.log[index]!.entry.id] }, document: refold(log, index) };
}

export function redo(state: UndoState): { state: UndoState; document: Workshop } | null {
  const id = state.redo.at(-1);
  if (id === undefined) return null;
  const index = state.log.findIndex((item) => item.entry.id === id);
  if (index === -1) return null;
  const log = state.log.map((item, i) => (i === index ? { ...item, undone: false } : item));
  return { state: { log, redo: state.redo.slice(0, -1) }, document: refold(log, index) };
}

function lastUndoable(state: UndoState): number {
  for (let i = state.log.length - 1; i >= 0; i--) if (state.log[i]!.undoable && !state.log[i]!.undone) return i;
  return -1;
}

/** The document from just before log[from], with every entry since that is not undone. */
function refold(log: readonly Logged[], from: number): Workshop {
  let document = log[from]!.before!;
  for (let i = from; i < log.length; i++) {
    const item = log[i]!;
    if (item.undone) continue;
    const { entry } = item;
    const outcome = applyCommand(document, entry.command, { at: entry.at, commandId: entry.id, actor: entry.actor });
    // An entry that no longer applies (a ballot for a poll whose creation was undone) is left out
    // of this document; it is still in the journal and comes back if the edit is redone.
    if (outcome.ok) document = outcome.document;
  }
  return document;
}
