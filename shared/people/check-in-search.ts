import type { Participant } from '../domain/people';
import { codeNumber } from './codes';
import { normaliseName, normaliseOrganisation, normaliseText, stripTitles } from './normalise';

export type CheckInMatchField = 'code' | 'name' | 'organisation';

export interface CheckInMatch {
  participant: Participant;
  /** Higher is better; only the order is meaningful. */
  score: number;
  /** Where the query matched, so the list can highlight it. */
  field: CheckInMatchField;
}

export interface CheckInSearchOptions {
  /** How many matches to return (default 20: a screenful at the door). */
  limit?: number;
}

interface Searchable {
  code: string;
  codeNumber: number | null;
  name: string;
  nameWords: string[];
  nameCompact: string;
  organisation: string;
}

// Documents are immutable, so a participant object's normalised form never changes: typing a
// letter re-ranks thousands of people without normalising them again.
const cache = new WeakMap<Participant, Searchable>();

function searchable(p: Participant): Searchable {
  let s = cache.get(p);
  if (!s) {
    const name = normaliseName(p.name);
    s = {
      code: p.code.toLowerCase(),
      codeNumber: codeNumber(p.code),
      name,
      nameWords: name.split(' '),
      nameCompact: name.replaceAll(' ', ''),
      organisation: normaliseOrganisation(p.organisation),
    };
    cache.set(p, s);
  }
  return s;
}

function scoreTerm(s: Searchable, term: string): { score: number; field: CheckInMatchField } | null {
  if (term === s.code) return { score: 100, field: 'code' };
  const asCode = /^p?(\d+)$/.exec(term);
  if (asCode && s.codeNumber === Number(asCode[1])) return { score: 100, field: 'code' };
  if (s.name !== '') {
    if (s.name === term) return { score: 90, field: 'name' };
    if (s.name.startsWith(term)) return { score: 80, field: 'name' };
    if (s.nameWords.some((word) => word.startsWith(term))) return { score: 70, field: 'name' };
  }
  if (term.length >= 2 && s.code.startsWith(term)) return { score: 60, field: 'code' };
  if (s.name.includes(term)) return { score: 50, field: 'name' };
  const compact = term.replaceAll(' ', '');
  if (compact.length > 0 && s.nameCompact.includes(compact)) return { score: 45, field: 'name' };
  if (s.organisation.startsWith(term)) return { score: 30, field: 'organisation' };
  if (term.length >= 2 && s.organisation.includes(term)) return { score: 20, field: 'organisation' };
  return null;
}

/**
 * Who the facilitator means, best first, as they type part of a Thai or English name, a code
 * ("P012", "12", "๑๒") or an organisation. Titles in the query are ignored ("นางสาวสม" finds
 * สมศรี). With several words, every word must match somewhere. Among equal matches, people not yet
 * checked in come first — they are the ones being looked for at the door.
 */
export function checkInSearch(participants: readonly Participant[], query: string, options: CheckInSearchOptions = {}): CheckInMatch[] {
  const limit = options.limit ?? 20;
  const normalised = normaliseText(query);
  if (normalised === '' || limit <= 0) return [];
  const whole = stripTitles(normalised) || normalised;
  const terms = whole.split(' ');

  const matches: CheckInMatch[] = [];
  for (const participant of participants) {
    const s = searchable(participant);
    let best = scoreTerm(s, whole);
    if (!best && terms.length > 1) {
      let lowest: { score: number; field: CheckInMatchField } | null = null;
      for (const term of terms) {
        const hit = scoreTerm(s, term);
        if (!hit) {
          lowest = null;
          break;
        }
        if (!lowest || hit.score < lowest.score) lowest = hit;
      }
      // Below a whole-query match of the same kind: "สม ใจ" is a weaker hit than "สมศรี ใจ".
      if (lowest) best = { score: lowest.score - 5, field: lowest.field };
    }
    if (best) matches.push({ participant, ...best });
  }

  matches.sort(
    (a, b) =>
      b.score - a.score ||
      Number(a.participant.checkedInAt !== null) - Number(b.participant.checkedInAt !== null) ||
      // A shorter name is a closer match for the same typed text; codes simply go in order.
      (a.field === 'name' ? searchable(a.participant).name.length - searchable(b.participant).name.length : 0) ||
      (searchable(a.participant).codeNumber ?? Infinity) - (searchable(b.participant).codeNumber ?? Infinity),
  );
  return matches.slice(0, limit);
}
