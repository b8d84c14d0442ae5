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

