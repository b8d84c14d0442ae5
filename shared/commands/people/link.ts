import { z } from 'zod';
import { defineCommand, rejected } from '../define';
import { noParticipant } from '../reasons';

const idSchema = z.string().min(1).max(100);

/**
 * "เป็นคนเดียวกัน": a phone that joined is someone on the register (the register flags a phone
 * whose name matches, `phoneMatches` in shared/people/attendance.ts). The phone's record stays —
 * the phone keeps working, its ballots stay counted and its groups stay as given — but it now
 * belongs to the register entry (`linkedTo`) and is counted as that person, never again on its
 * own. The register entry is checked in (at the phone's join time when it was not yet).
 *
 * Always the facilitator's decision, never automatic: a phone gives no organisation and two people
 * may share a name. Undoable, and `participant.unlink` takes a link back later. Erased records are
 * not linked: that would tie a phone's name to someone whose data was erased, or the reverse.
 */
export const linkParticipant = defineCommand({
  type: 'participant.link',
  payload: z.object({ phoneId: idSchema, participantId: idSchema }).strict(),
  undoable: true,
  label: { th: 'รวมผู้เข้าร่วมทางมือถือกับทะเบียน', en: 'Link a phone to the register' },
  apply(document, { phoneId, participantId }, ctx) {
    const phoneIndex = document.participants.findIndex((p) => p.id === phoneId);
    const phone = document.participants[phoneIndex];
    if (!phone) return rejected(noParticipant(phoneId));
    if (phone.source !== 'phone') {
      return rejected({
        th: `${phone.code} ไม่ได้เข้าร่วมทางมือถือ จึงรวมกับรายชื่อในทะเบียนไม่ได้ (รวมได้เฉพาะผู้เข้าร่วมทางมือถือ)`,
        en: `${phone.code} did not join from a phone; only a phone is linked to a register entry`,
      });
    }
    const personIndex = document.participants.findIndex((p) => p.id === participantId);
    const person = document.participants[personIndex];
    if (!person) return rejected(noParticipant(participantId));
    if (person.source === 'phone') {
      return rejected({
        th: `${person.code} เข้าร่วมทางมือถือเช่นกัน กรุณาเลือกรายชื่อในทะเบียนที่จะรวมเป็นคนเดียวกัน`,
        en: `${person.code} joined from a phone: link a phone to a register entry`,
      });
    }
    if (phone.erased || person.erased) {
      return rejected({
        th: 'ข้อมูลส่วนบุคคลของรายการใดรายการหนึ่งถูกลบแล้ว จึงรวมเป็นคนเดียวกันไม่ได้',
        en: 'the personal data of one of them was erased; they are not linked',
      });
    }
    if (phone.linkedTo === participantId && person.checkedInAt !== null) return { ok: true, document, events: [] };

    const participants = [...document.participants];
    participants[phoneIndex] = { ...phone, linkedTo: participantId };
    const checkIn = person.checkedInAt === null;
    const at = phone.checkedInAt ?? ctx.at;
    if (checkIn) participants[personIndex] = { ...person, checkedInAt: at };
    return {
      ok: true,
      document: { ...document, participants },
      events: [
        { type: 'participants.linked', phoneId, participantId },
        ...(checkIn ? [{ type: 'participants.checkedIn' as const, id: participantId, at }] : []),
      ],
    };
  },
});

/** A phone linked by mistake: it counts on its own again. The register entry's check-in stays (untick it at the desk if it was wrong). */
export const unlinkParticipant = defineCommand({
  type: 'participant.unlink',
  payload: z.object({ phoneId: idSchema }).strict(),
  undoable: true,
  label: { th: 'แยกผู้เข้าร่วมทางมือถือออกจากทะเบียน', en: 'Unlink a phone from the register' },
  apply(document, { phoneId }) {
    const index = document.participants.findIndex((p) => p.id === phoneId);
    const phone = document.participants[index];
    if (!phone) return rejected(noParticipant(phoneId));
    if (phone.linkedTo === undefined) return { ok: true, document, events: [] };
    const { linkedTo, ...rest } = phone;
    const participants = [...document.participants];
    participants[index] = rest;
    return { ok: true, document: { ...document, participants }, events: [{ type: 'participants.unlinked', phoneId, participantId: linkedTo }] };
  },
});
