import type { Participant } from '../domain/people';
import { normaliseName, normaliseOrganisation } from './normalise';

/** People who look like the same person registered twice. Flagged for the facilitator, never merged. */
export interface DuplicateGroup {
  /** The normalised name and organisation they share. */
  key: { name: string; organisation: string };
  /** In register order; at least two. */
  participantIds: string[];
}

/** What two registrations of the same person share, or null when there is nothing to compare (no name). */
export function duplicateKey(p: Pick<Participant, 'name' | 'organisation' | 'erased'>): { name: string; organisation: string } | null {
  if (p.erased) return null;
  const name = normaliseName(p.name);
  if (name === '') return null;
  return { name, organisation: normaliseOrganisation(p.organisation) };
}

/**
 * Groups of participants with the same normalised name and organisation (titles, spacing, case and
 * Thai digits ignored). Erased and nameless entries are never duplicates of anything. Two people
 * with the same name in different organisations are different people.
 */
export function findDuplicates(participants: readonly Participant[]): DuplicateGroup[] {
  const groups = new Map<string, DuplicateGroup>();
  for (const p of participants) {
    const key = duplicateKey(p);
    if (!key) continue;
    const id = `${key.name}\u0000${key.organisation}`;
    const group = groups.get(id);
    if (group) group.participantIds.push(p.id);
    else groups.set(id, { key, participantIds: [p.id] });
  }
  return [...groups.values()].filter((group) => group.participantIds.length > 1);
}

/** The groups that include any of these participants (after an import: the new ones), for flagging. */
export function duplicatesInvolving(groups: readonly DuplicateGroup[], ids: Iterable<string>): DuplicateGroup[] {
  const wanted = new Set(ids);
  return groups.filter((group) => group.participantIds.some((id) => wanted.has(id)));
}
