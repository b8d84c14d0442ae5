import { z } from 'zod';
import type { Workshop } from '../../domain/workshop';
import { defineCommand, rejected } from '../define';
import { noParticipant } from '../reasons';

const byId = z.object({ id: z.string().min(1).max(100) }).strict();

function withCheckIn(document: Workshop, index: number, checkedInAt: string | null): Workshop {
  const participants = [...document.participants];
  participants[index] = { ...participants[index]!, checkedInAt };
  return { ...document, participants };
}

/** Mark someone as arrived, at the command's time. Checking in twice keeps the first time. */
export const checkInParticipant = defineCommand({
  type: 'participant.checkIn',
  payload: byId,
  undoable: true,
  label: { th: 'ลงทะเบียนเข้างาน', en: 'Check in' },
  apply(document, { id }, ctx) {
    const index = document.participants.findIndex((p) => p.id === id);
    const participant = document.participants[index];
    if (!participant) return rejected(noParticipant(id));
    if (participant.checkedInAt !== null) return { ok: true, document, events: [] };
    return { ok: true, document: withCheckIn(document, index, ctx.at), events: [{ type: 'participants.checkedIn', id, at: ctx.at }] };
  },
});

/** The wrong person was checked in, or they left before the session: mark them as not arrived. */
export const undoCheckInParticipant = defineCommand({
  type: 'participant.undoCheckIn',
  payload: byId,
  undoable: true,
  label: { th: 'ยกเลิกการลงทะเบียนเข้างาน', en: 'Undo check-in' },
  apply(document, { id }) {
    const index = document.participants.findIndex((p) => p.id === id);
    const participant = document.participants[index];
    if (!participant) return rejected(noParticipant(id));
    if (participant.checkedInAt === null) return { ok: true, document, events: [] };
    return { ok: true, document: withCheckIn(document, index, null), events: [{ type: 'participants.checkInUndone', id }] };
  },
});
