import type { Participant } from '../domain/people';
import type { Language } from '../domain/text';
import type { Workshop } from '../domain/workshop';
import { normaliseName } from './normalise';

/**
 * Who is in the room, counted as people, not devices — the one definition every count of
 * attendance uses: the minutes' ผู้มาประชุม, the response rate's denominator (and so the
 * projector's "ตอบแล้ว 5 จาก N คน"), the projector's join screen ("เข้าร่วมแล้ว N คน",
 * `joinedByPhone`), the equality check, `ruam stats`/`ruam info`, and the rows of the register's
 * CSV/XLSX export (`listed`).
 *
 * Two ways in: the register (desk check-in, an imported or added entry) and phones (a join makes a
 * `source: 'phone'` record, anonymous by default). One person often uses both, so:
 *
 * - A register entry counts when it is checked in (`checkedInAt`), and only then — also when a
 *   phone is linked to it: unticking someone at the desk says they left.
 * - A phone linked to a register entry (`linkedTo`, `participant.link`) is that person: never counted
 *   again. Its sector and social groups (given with consent) fill in the person's.
 * - A phone whose name matches a checked-in register entry (titles, spacing and Thai digits aside —
 *   `normaliseName`) but is not linked yet is counted as that entry too: it is flagged "อาจซ้ำ"
 *   on the register for the facilitator to link, and the numbers are right before they do.
 * - A phone whose name matches register entries none of which is checked in is the first of them,
 *   present: the phone in the room is the person's own word that they came, and the desk had not
 *   ticked them yet (`withNameMatchedPhonesPresent`; flagged "อาจซ้ำ" too). A phone whose name
 *   matches no one on the register is one more person.
 * - A phone without a name (anonymous, or erased) may be someone who also checked in at the desk —
 *   most people who check in also join by phone. Ruam counts the fewest people that fits: anonymous
 *   phones are first taken to be desk check-ins that have no phone of their own (a phone that gave
 *   a sector only someone of that sector, or with no sector); only the phones left over are more
 *   people. So the count is a floor, never a double count; with no desk check-ins at all, every
 *   phone is a person. Which desk entry a phone is taken to be is arbitrary and never shown.
 * - A phone record that is not checked in (the facilitator took it back) is not in the room.
 */
export interface Attendance {
  /** People in the room: `checkedIn + phonesOnly + anonymousCounted`. */
  present: number;
  /** Register entries checked in (at the desk, on import, or by linking their phone). */
  checkedIn: number;
  /** Named phones that are no one checked in on the register: one more person each. */
  phonesOnly: number;
  /** Phones without a name (or erased), not linked. */
  anonymousPhones: number;
  /** Of those, how many are counted as more people: the ones beyond the desk check-ins without a phone. */
  anonymousCounted: number;
  /** Named phones, not linked, whose name matches someone checked in: counted as that person. */
  possibleDuplicates: number;
  /** Phones linked to a register entry. */
  linkedPhones: number;
  /** Register entries (not phones). */
  registered: number;
  /** Register entries not checked in. */
  absent: number;
  /**
   * One record per person present (`present` of them): register entries checked in, with the sector
   * and social groups of their phones merged in; named phones not on the register; and the
   * anonymous phones counted (by their own records — `isAnonymousPhone` tells them apart: never
   * list those by code as if it were a name).
   */
  people: readonly Participant[];
  /** Register entries not checked in, as recorded. */
  absentPeople: readonly Participant[];
  /**
   * People present who joined from a phone, once each however many phones they used: register
   * entries checked in with a phone (linked, or matched by name), named phones of their own, and
   * anonymous phones (each one somebody: a desk check-in without a phone, or one more person).
   * Never more than `present` — the projector's join screen says this number.
   */
  joinedByPhone: number;
  /**
   * Everyone to list by name or code, one entry per person — what an export of the register lists:
   * every register entry in register order (those present with their linked phones' sector and
   * groups merged in, as in `people`; absent ones as recorded), then the named phones that are no
   * one checked in on the register (`phonesOnly`). Not listed: linked phones and phones whose name
   * matches someone checked in (they are that person — and what an unlinked phone or an anonymous
   * phone said is not written on anyone's entry: that would be a guess shown as a fact), phones
   * taken back, and anonymous phones — `anonymousCounted` of those are more people: say so with
   * `anonymousPhonesLine`. So the entries checked in, plus `anonymousCounted`, are `present`.
   */
  listed: readonly Participant[];
}

/** A register entry: added, imported or typed at the desk (not a phone's own record). */
export function isRegisterEntry(p: Participant): boolean {
  return p.source !== 'phone';
}

/** A phone record that told no name (or whose name was erased): nothing to list it by but its code. */
export function isAnonymousPhone(p: Participant): boolean {
  return p.source === 'phone' && (p.erased || normaliseName(p.name) === '');
}

/** The name a phone gave, as compared with the register; '' for none. */
function comparableName(p: Participant): string {
  return p.erased ? '' : normaliseName(p.name);
}

/** The register entries a phone's name matches (not erased), in register order. */
function registerByName(participants: readonly Participant[]): Map<string, Participant[]> {
  const byName = new Map<string, Participant[]>();
  for (const p of participants) {
    if (!isRegisterEntry(p)) continue;
    const name = comparableName(p);
    if (name === '') continue;
    const list = byName.get(name);
    if (list) list.push(p);
    else byName.set(name, [p]);
  }
  return byName;
}

/** The register entry a phone is linked to, when that entry is still on the register. */
function linkTarget(phone: Participant, registerIds: ReadonlyMap<string, Participant>): Participant | null {
  if (phone.source !== 'phone' || phone.linkedTo === undefined) return null;
  return registerIds.get(phone.linkedTo) ?? null;
}

/** A person's record with what their phone said merged in: the sector when the register has none, groups given with consent. */
function withPhone(person: Participant, phone: Participant): Participant {
  const sector = person.sector !== '' ? person.sector : phone.sector;
  const phoneGroups = phone.groupsConsent ? phone.socialGroups : [];
  if (sector === person.sector && phoneGroups.length === 0) return person;
  const socialGroups = phoneGroups.length > 0 ? [...new Set([...(person.groupsConsent ? person.socialGroups : []), ...phoneGroups])] : person.socialGroups;
  return { ...person, sector, socialGroups, groupsConsent: person.groupsConsent || phoneGroups.length > 0 };
}

const cache = new WeakMap<readonly Participant[], Attendance>();

/** Attendance of a workshop (see `Attendance` for the rules). Pure; cached per participants list. */
export function attendance(workshop: Pick<Workshop, 'participants'>): Attendance {
  const cached = cache.get(workshop.participants);
  if (cached) return cached;
  const result = computeAttendance(withNameMatchedPhonesPresent(workshop).participants);
  cache.set(workshop.participants, result);
  return result;
}

function computeAttendance(participants: readonly Participant[]): Attendance {
  const register = participants.filter(isRegisterEntry);
  const registerIds = new Map(register.map((p) => [p.id, p]));

  // Register entries present, as merged records (by id), and which of them already have a phone.
  const merged = new Map<string, Participant>();
  for (const p of register) if (p.checkedInAt !== null) merged.set(p.id, p);
  const hasPhone = new Set<string>();

  const phones = participants.filter((p) => p.source === 'phone' && p.checkedInAt !== null);
  const named: Participant[] = [];
  const anonymous: Participant[] = [];
  let linkedPhones = 0;
  let possibleDuplicates = 0;

  // Linked phones first (the facilitator's word), then name matches, then the anonymous pool.
  for (const phone of phones) {
    const target = linkTarget(phone, registerIds);
    if (target) {
      linkedPhones++;
      hasPhone.add(target.id);
      const person = merged.get(target.id);
      if (person) merged.set(target.id, withPhone(person, phone));
    } else if (comparableName(phone) !== '') named.push(phone);
    else anonymous.push(phone);
  }
  // What the facilitator confirmed, before any guess below: the records a list of people shows.
  const confirmed = new Map(merged);
  const phonesOnly: Participant[] = [];
  // The name index only when a phone gave a name (a 10,000-person register with no phones skips it).
  const byName = named.length > 0 ? registerByName(participants) : new Map<string, Participant[]>();
  for (const phone of named) {
    const matches = (byName.get(comparableName(phone)) ?? []).filter((p) => merged.has(p.id));
    const target = matches.find((p) => !hasPhone.has(p.id)) ?? matches[0];
    if (!target) {
      phonesOnly.push(phone);
      continue;
    }
    possibleDuplicates++;
    hasPhone.add(target.id);
    merged.set(target.id, withPhone(merged.get(target.id)!, phone));
  }

  // Anonymous phones: taken to be desk check-ins without a phone where the sector allows.
  const free = [...merged.values()].filter((p) => !hasPhone.has(p.id));
  // People who declared no groups first, so a phone's groups add to what is known rather than repeat it.
  free.sort((a, b) => Number(a.groupsConsent) - Number(b.groupsConsent));
  const taken = new Set<string>();
  const take = (phone: Participant, fits: (p: Participant) => boolean): boolean => {
    const person = free.find((p) => !taken.has(p.id) && fits(p));
    if (!person) return false;
    taken.add(person.id);
    merged.set(person.id, withPhone(merged.get(person.id)!, phone));
    return true;
  };
  let left = anonymous.filter((phone) => !(phone.sector !== '' && take(phone, (p) => p.sector === phone.sector)));
  left = left.filter((phone) => !(phone.sector !== '' && take(phone, (p) => p.sector === '')));
  left = left.filter((phone) => !(phone.sector === '' && take(phone, () => true)));

  const people = [...merged.values(), ...phonesOnly, ...left];
  const absentPeople = register.filter((p) => p.checkedInAt === null);
  let registerWithPhone = 0;
  for (const id of hasPhone) if (merged.has(id)) registerWithPhone++;
  return {
    present: people.length,
    checkedIn: merged.size,
    phonesOnly: phonesOnly.length,
    anonymousPhones: anonymous.length,
    anonymousCounted: left.length,
    possibleDuplicates,
    linkedPhones,
    registered: register.length,
    absent: absentPeople.length,
    people,
    absentPeople,
    joinedByPhone: registerWithPhone + phonesOnly.length + anonymous.length,
    listed: [...register.map((p) => confirmed.get(p.id) ?? p), ...phonesOnly],
  };
}

/** A phone that may be a register entry: same name (titles, spacing, Thai digits aside), not linked yet. */
export interface PhoneMatch {
  phone: Participant;
  /** Register entries with that name, in register order (more than one when two people share it). */
  candidates: Participant[];
}

/**
 * Phones whose name matches someone on the register and that are not linked: flagged "อาจซ้ำ" with
 * a one-click "เป็นคนเดียวกัน" (`participant.link`). Never linked by themselves: phones give no
 * organisation, two people may share a name, and a wrong merge would move a check-in and a person's
 * votes onto someone else — the facilitator, who can ask, decides. Erased records never match.
 */
export function phoneMatches(workshop: Pick<Workshop, 'participants'>): PhoneMatch[] {
  const phones = workshop.participants.filter((p) => p.source === 'phone' && p.linkedTo === undefined && comparableName(p) !== '');
  if (phones.length === 0) return [];
  const byName = registerByName(workshop.participants);
  const found: PhoneMatch[] = [];
  for (const phone of phones) {
    const candidates = byName.get(comparableName(phone));
    if (candidates) found.push({ phone, candidates: [...candidates] });
  }
  return found;
}

/** The phones linked to a register entry. */
export function linkedPhones(workshop: Pick<Workshop, 'participants'>, participantId: string): Participant[] {
  return workshop.participants.filter((p) => p.source === 'phone' && p.linkedTo === participantId);
}

/**
 * The line under a list of the people present for the anonymous phones counted as people (they
 * have no name to list, and a code is not a name): "ผู้เข้าร่วมทางมือถือ (ไม่ระบุชื่อ) 3 คน", with
 * "อีก" when named people are listed above it. Empty when there are none.
 */
export function anonymousPhonesLine(a: Pick<Attendance, 'anonymousCounted' | 'people'>, language: Language, digits: (n: number) => string = String): string[] {
  const n = a.anonymousCounted;
  if (n === 0) return [];
  const more = a.people.length > n;
  return [
    language === 'th'
      ? `ผู้เข้าร่วมทางมือถือ (ไม่ระบุชื่อ)${more ? ' อีก' : ''} ${digits(n)} คน`
      : `${more ? 'And ' : ''}${digits(n)} ${n === 1 ? 'person' : 'people'} who joined by phone without a name`,
  ];
}

/**
 * The register as attendance counts it (the screen, exports, projector and minutes alike). A phone
 * whose namesake on the register was not ticked at the desk would otherwise be one more person,
 * and the minutes would list the same name under ผู้มาประชุม (the phone) and ผู้ไม่มาประชุม (the
 * entry). A phone in the room is the person's own word that they came: their entry is taken as
 * checked in (when the phone joined), so the phone counts as that person — listed once, as
 * registered (name, organisation). The minutes' warnings say the pair is still unconfirmed
 * (`unresolvedPhoneMatches`). The register itself is not changed.
 *
 * Per name: as many unticked entries as there are such phones, in register order; none when
 * someone of that name is already checked in (attendance counts the phones as them).
 */
export function withNameMatchedPhonesPresent<W extends Pick<Workshop, 'participants'>>(workshop: W): W {
  const byEntry = new Map<string, { candidates: PhoneMatch['candidates']; at: string[] }>();
  for (const { phone, candidates } of phoneMatches(workshop).filter((match) => match.phone.checkedInAt !== null)) {
    if (candidates.some((p) => p.checkedInAt !== null)) continue;
    // Candidates are everyone on the register with that name: the same list for every phone of it.
    const key = candidates.map((p) => p.id).join('\n');
    const entry = byEntry.get(key) ?? { candidates, at: [] };
    entry.at.push(phone.checkedInAt!);
    byEntry.set(key, entry);
  }
  if (byEntry.size === 0) return workshop;
  const ticked = new Map<string, string>();
  for (const { candidates, at } of byEntry.values()) candidates.slice(0, at.length).forEach((p, i) => ticked.set(p.id, at[i]!));
  return {
    ...workshop,
    participants: workshop.participants.map((p) => {
      const checkedInAt = ticked.get(p.id);
      return checkedInAt === undefined ? p : { ...p, checkedInAt };
    }),
  };
}
