import { z } from 'zod';
import type { Participant } from '../domain/people';
import { cleanOpenText } from '../polls/open-text';
import { phoneParticipantId } from '../participant/identity';
import { defineCommand, rejected } from './define';
import { categoryProblem, groupsUnderConsent, newParticipants, withParticipants } from './people/details';
import type { ParticipantDetail } from './people/events';

/**
 * A phone joins the workshop (or joins again, changing what it told). Actor: the participant,
 * known only by its device token's hash; the Participant record's id is derived from that hash
 * (shared/participant/identity.ts), so a second join updates the same record.
 *
 * Anonymous by default: every field is optional and empty means "not given". Social groups are
 * kept only with `groupsConsent` (PDPA: they can be sensitive data); without it they are dropped,
 * and withdrawing consent clears them. A phone that joins counts as checked in (it is in the
 * room). Not undoable: it is the participant's statement, not the facilitator's edit. Whether
 * joining is open is live state the host bridge enforces before dispatching this.
 */
export const participantJoin = defineCommand({
  type: 'participant.join',
  payload: z
    .object({
      name: z.string().max(200).optional(),
      sector: z.string().max(100).optional(),
      socialGroups: z.array(z.string().min(1).max(100)).max(50).optional(),
      groupsConsent: z.boolean().optional(),
    })
    .strict(),
  undoable: false,
  label: { th: 'เข้าร่วมจากโทรศัพท์', en: 'Join from a phone' },
  apply(document, payload, ctx) {
    if (ctx.actor.kind !== 'participant') {
      return rejected({
        th: 'การเข้าร่วมแบบนี้ใช้กับโทรศัพท์ของผู้เข้าร่วมเท่านั้น วิทยากรเพิ่มผู้เข้าร่วมได้ที่ทะเบียนผู้เข้าร่วม',
        en: 'Only a phone joins this way; the facilitator registers people at the desk.',
      });
    }
    const name = cleanOpenText(payload.name ?? '').slice(0, 200);
    const details = {
      name,
      organisation: '',
      sector: payload.sector ?? '',
      contact: '',
      socialGroups: payload.socialGroups ?? [],
      groupsConsent: payload.groupsConsent ?? false,
    };
    const problem = categoryProblem(document, details);
    if (problem) return rejected(problem);

    const id = phoneParticipantId(ctx.actor.tokenHash);
    const index = document.participants.findIndex((p) => p.id === id);
    const before = document.participants[index];
    if (!before) {
      const [added] = newParticipants(document, [details], [id], 'phone', ctx.at);
      return {
        ok: true,
        document: withParticipants(document, [added!]),
        events: [
          { type: 'participants.added', ids: [id], source: 'phone' },
          { type: 'participants.checkedIn', id, at: ctx.at },
        ],
      };
    }

    // Erasure is final (as for participant.update): a name is not filled in again.
    if (before.erased && name !== '') {
      return rejected({
        th: 'ข้อมูลส่วนบุคคลของโทรศัพท์เครื่องนี้ถูกลบแล้ว กรุณาเข้าร่วมโดยไม่ระบุชื่อ',
        en: 'The personal data of this device was erased; join without a name.',
      });
    }
    const after: Participant = {
      ...before,
      name: before.erased ? before.name : name,
      sector: details.sector,
      socialGroups: groupsUnderConsent(details.socialGroups, details.groupsConsent),
      groupsConsent: details.groupsConsent,
      checkedInAt: before.checkedInAt ?? ctx.at,
    };
    const fields: ParticipantDetail[] = (['name', 'sector', 'socialGroups', 'groupsConsent'] as const).filter(
      (field) => JSON.stringify(after[field]) !== JSON.stringify(before[field]),
    );
    const checkedIn = before.checkedInAt === null;
    if (fields.length === 0 && !checkedIn) return { ok: true, document, events: [] };
    const participants = [...document.participants];
    participants[index] = after;
    return {
      ok: true,
      document: { ...document, participants },
      events: [
        ...(fields.length > 0 ? [{ type: 'participants.updated' as const, id, fields }] : []),
        ...(checkedIn ? [{ type: 'participants.checkedIn' as const, id, at: ctx.at }] : []),
      ],
    };
  },
});
