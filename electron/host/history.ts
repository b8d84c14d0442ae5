import { createHash } from 'node:crypto';
import { commandDefinition } from '../../shared/commands/reducer';
import { isCommandType } from '../../shared/commands/registry';
import { HISTORY_GENESIS, type HistoryEntry } from '../../shared/format/history';
import { canonicalJson } from './storage';
import type { HostJournalEntry } from './journal-entry';

const UNDO = { th: 'เลิกทำ', en: 'Undo' };
const REDO = { th: 'ทำซ้ำ', en: 'Redo' };

/** Add one committed journal entry to the history, extending the hash chain. */
export function appendHistory(history: readonly HistoryEntry[], seq: number, entry: HostJournalEntry): HistoryEntry[] {
  const prev = history.at(-1)?.hash ?? HISTORY_GENESIS;
  const actor = entry.actor.kind === 'participant' ? `participant:${entry.actor.tokenHash.slice(0, 8)}` : entry.actor.kind;
  const what = entry.kind === 'command' ? entry.command.type : entry.kind;
  const label = entry.kind === 'undo' ? UNDO : entry.kind === 'redo' ? REDO : isCommandType(what) ? commandDefinition(what).label : { th: what, en: what };
  const body = { seq, at: entry.at, actor, what, label, prev };
  return [...history, { ...body, hash: hashOf(body) }];
}

/** Check the chain: the first entry whose hash or link does not match, or null when intact. */
export function verifyHistory(history: readonly HistoryEntry[]): { seq: number; reason: 'hash' | 'link' } | null {
  let prev = HISTORY_GENESIS;
  for (const entry of history) {
    const { hash, ...body } = entry;
    if (body.prev !== prev) return { seq: entry.seq, reason: 'link' };
    if (hashOf(body) !== hash) return { seq: entry.seq, reason: 'hash' };
    prev = hash;
  }
  return null;
}

function hashOf(body: Omit<HistoryEntry, 'hash'>): string {
  return createHash('sha256').update(canonicalJson(body)).digest('hex');
}
