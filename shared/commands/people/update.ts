import { z } from 'zod';
import { defineCommand, rejected } from '../define';
import { noParticipant } from '../reasons';
import { categoryProblem, groupsUnderConsent, participantDetailsSchema } from './details';
import type { ParticipantDetail } from './events';

const PERSONAL: readonly ParticipantDetail[] = ['name', 'organisation', 'contact'];

/** Correct what the register says about someone. Only the fields given change. */
export const updateParticipant = defineCommand({
  type: 'participant.update',
  payload: z
    .object({
      id: z.string().min(1).max(100),
      patch: participantDetailsSchema.partial().strict(),
    })
    .strict(),
  undoable: true,
  label: { th: 'แก้ไขข้อมูลผู้เข้าร่วม', en: 'Edit participant' },
  apply(document, { id, patch }) {
    const index = document.participants.findIndex((p) => p.id === id);
    const before = document.participants[index];
    if (!before) return rejected(noParticipant(id));
    // Erasure is final: personal data is not typed back into an erased record (register anew instead).
    if (before.erased && PERSONAL.some((field) => patch[field] !== undefined && patch[field] !== '')) {
      return rejected({
        th: `ข้อมูลส่วนบุคคลของ ${before.code} ถูกลบแล้ว จึงกรอกกลับเข้าไปอีกไม่ได้ แก้ไขได้เฉพาะภาคส่วนและกลุ่มทางสังคม`,
        en: `the personal data of ${before.code} was erased and cannot be filled in again`,
      });
    }
    const problem = categoryProblem(document, patch);
    if (problem) return rejected(problem);
    const merged = { ...before, ...patch };
    const after = { ...merged, socialGroups: groupsUnderConsent(merged.socialGroups, merged.groupsConsent) };
    const fields = (['name', 'organisation', 'sector', 'contact', 'socialGroups', 'groupsConsent'] as const).filter(
      (field) => JSON.stringify(after[field]) !== JSON.stringify(before[field]),
    );
    if (fields.length === 0) return { ok: true, document, events: [] };
    const participants = [...document.participants];
    participants[index] = after;
    return { ok: true, document: { ...document, participants }, events: [{ type: 'participants.updated', id, fields }] };
  },
});
