import type { Workshop } from '../domain/workshop';
import { phoneMatches, type PhoneMatch } from '../people/attendance';

/**
 * Phones in the room whose name matches someone on the register and that the facilitator has not
 * linked yet ("อาจซ้ำ" on the register): each (phone, register entry) pair is one question the
 * minutes' warnings ask before signing. Phones taken back are not in the room: not asked about.
 */
export function unresolvedPhoneMatches(workshop: Pick<Workshop, 'participants'>): PhoneMatch[] {
  return phoneMatches(workshop).filter((match) => match.phone.checkedInAt !== null);
}

/**
 * The workshop as the minutes count the people in it. `attendance` counts a phone whose name
 * matches a register entry that is checked in as that person; a phone whose namesake on the
 * register was not ticked at the desk would be one more person, and the minutes would list the
 * same name under ผู้มาประชุม (the phone) and ผู้ไม่มาประชุม (the entry). A phone in the room is
 * the person's own word that they came: the minutes take their entry as checked in (when the
 * phone joined), so attendance counts the phone as that person — listed once, as registered
 * (name, organisation), under ผู้มาประชุม, in every count of the minutes alike. The warnings say
 * the pair is still unconfirmed (`unresolvedPhoneMatches`). The register itself is not changed.
 *
 * Per name: as many unticked entries as there are such phones, in register order; none when
 * someone of that name is already checked in (attendance counts the phones as them).
 */
export function withNameMatchedPhonesPresent(workshop: Workshop): Workshop {
  const byEntry = new Map<string, { candidates: PhoneMatch['candidates']; at: string[] }>();
  for (const { phone, candidates } of unresolvedPhoneMatches(workshop)) {
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
