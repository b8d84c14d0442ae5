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
  /**
   * Whether the entry is part of the current document. Always true when recorded; false only for
   * an entry a refold could not re-apply — which live undo and redo refuse to cause (see
   * `dropped`), so only a journal replayed from before that rule can leave one behind.
   */
  applied: boolean;
}

/** What undo or redo would lead to, for the host to accept or refuse before it is journaled. */
export interface UndoOutcome {
  state: UndoState;
  document: Workshop;
  /** The entry undone or redone. */
  target: CommandEntry;
  /**
   * Entries that were in the document and would drop out of it: votes or joins that depend on
   * what is being undone (ballots in a round whose opening is undone). The host refuses such an
   * undo — a facilitator expects nothing the room sent to vanish.
   */
  dropped: CommandEntry[];
}

/**
 * Undo/redo state. Treated as a value so the host can keep a checkpoint and put it back if the
 * disk refuses a change — but cheap to extend, because a room voting adds an entry per ballot:
 * `log` is shared between successive states and only appended to; a state sees its first
 * `length` items (a rolled-back append leaves garbage past `length`, overwritten by the next).
 * Items are never changed in place: undo and redo copy the array.
 */
export interface UndoState {
  readonly log: Logged[];
  readonly length: number;
  /** Index of the newest undoable, not undone entry, or -1. */
  readonly lastUndoable: number;
  /** How many undoable, not undone entries there are. */
  readonly undoableCount: number;
  /** Entry ids that were undone and can be redone, most recent last. */
  readonly redo: readonly string[];
}

export const EMPTY_UNDO: UndoState = Object.freeze({ log: [], length: 0, lastUndoable: -1, undoableCount: 0, redo: [] }) as UndoState;
const MAX_UNDO_STEPS = 200;

/**
 * Undo that never loses a vote. Undoing a facilitator's edit does not put back a whole earlier
 * copy of the document (that would delete every ballot cast since); it takes the document from
 * just before that edit and re-applies everything that came after it except the undone edits.
 * Undo is last-in-first-out among the facilitator's edits, so only non-undoable entries
 * (ballots, joins, erasures) and already-undone edits can follow the one being undone.
 *
 * Some of those depend on the edit: the ballots of a round depend on its opening. Undoing
 * `round.open` after phones voted would hide their ballots until Redo, so `undo` reports them as
 * `dropped` and the host refuses (the facilitator closes the round instead); likewise for redo.
 */
export function recordApplied(state: UndoState, entry: CommandEntry, before: Workshop): UndoState {
  const def = commandDefinition(entry.command.type);
  const undoable = def.undoable && entry.actor.kind === 'facilitator';
  if (!undoable && state.undoableCount === 0 && state.redo.length === 0) return state.length === 0 ? state : EMPTY_UNDO; // nothing to undo or redo: keep no log
  let log = state.log === EMPTY_UNDO.log ? [] : state.log;
  if (log.length > state.length) log.length = state.length; // drop a rolled-back tail
  log.push({ entry, undoable, undone: false, before: undoable ? before : null, label: def.label, applied: true });
  let next: UndoState = {
    log,
    length: log.length,
    lastUndoable: undoable ? log.length - 1 : state.lastUndoable,
    undoableCount: state.undoableCount + (undoable ? 1 : 0),
    // A new edit after an undo ends the redo chain: the undone edits stay undone for good.
    redo: undoable ? [] : state.redo,
  };
  // Keep at most MAX_UNDO_STEPS edits (trimmed in chunks, so the copy is rare).
  if (next.undoableCount > MAX_UNDO_STEPS + 50) next = trim(next);
  return next;
}

export function canUndo(state: UndoState): LocalizedText | null {
  return state.lastUndoable === -1 ? null : state.log[state.lastUndoable]!.label;
}

export function canRedo(state: UndoState): LocalizedText | null {
  const id = state.redo.at(-1);
  if (id === undefined) return null;
  return visible(state).find((item) => item.entry.id === id)?.label ?? null;
}

export function undo(state: UndoState): UndoOutcome | null {
  const index = state.lastUndoable;
  if (index === -1) return null;
  const marked = visible(state).map((item, i) => (i === index ? { ...item, undone: true } : item));
  const { log, document, dropped } = refold(marked, index);
  const next: UndoState = {
    log,
    length: log.length,
    lastUndoable: findLastUndoable(log, index - 1),
    undoableCount: state.undoableCount - 1,
    redo: [...state.redo, log[index]!.entry.id],
  };
  return { state: next, document, target: log[index]!.entry, dropped };
}

export function redo(state: UndoState): UndoOutcome | null {
  const id = state.redo.at(-1);
  if (id === undefined) return null;
  const index = visible(state).findIndex((item) => item.entry.id === id);
  if (index === -1) return null;
  const marked = visible(state).map((item, i) => (i === index ? { ...item, undone: false } : item));
  const { log, document, dropped } = refold(marked, index);
  const next: UndoState = { log, length: log.length, lastUndoable: index, undoableCount: state.undoableCount + 1, redo: state.redo.slice(0, -1) };
  return { state: next, document, target: log[index]!.entry, dropped };
}

function visible(state: UndoState): Logged[] {
  return state.log.slice(0, state.length);
}

function findLastUndoable(log: readonly Logged[], from: number): number {
  for (let i = from; i >= 0; i--) if (log[i]!.undoable && !log[i]!.undone) return i;
  return -1;
}

/** Forget the oldest edits beyond MAX_UNDO_STEPS; entries before the oldest kept are never refolded. */
function trim(state: UndoState): UndoState {
  const items = visible(state);
  let seen = 0;
  let cut = 0;
  for (let i = items.length - 1; i >= 0; i--) {
    if (items[i]!.undoable && !items[i]!.undone && ++seen === MAX_UNDO_STEPS) {
      cut = i;
      break;
    }
  }
  const log = items.slice(cut);
  return { ...state, log, length: log.length, lastUndoable: state.lastUndoable - cut, undoableCount: MAX_UNDO_STEPS };
}

/**
 * The document from just before log[from], with every entry since that is not undone; the log
 * with each entry's `applied` brought up to date, and the entries that were applied and no longer
 * are. (Such an entry is still in the journal: replayed, it comes back if the edit is redone.)
 */
function refold(log: Logged[], from: number): { log: Logged[]; document: Workshop; dropped: CommandEntry[] } {
  let document = log[from]!.before!;
  const dropped: CommandEntry[] = [];
  for (let i = from; i < log.length; i++) {
    const item = log[i]!;
    if (item.undone) continue;
    const { entry } = item;
    const outcome = applyCommand(document, entry.command, { at: entry.at, commandId: entry.id, actor: entry.actor });
    if (outcome.ok) document = outcome.document;
    if (outcome.ok !== item.applied) {
      if (item.applied) dropped.push(entry);
      log[i] = { ...item, applied: outcome.ok };
    }
  }
  return { log, document, dropped };
}
