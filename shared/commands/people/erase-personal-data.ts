import { z } from 'zod';
import { defineCommand, rejected } from '../define';

/**
 * PDPA erasure: forget the names, organisations and contacts of every participant, or of one who
 * asked. Codes, sectors, social groups (given with consent, no longer tied to a name), check-in
 * times and `source` stay, so attendance and the equality check still add up; `erased: true`
 * tells every view why the name is gone.
 *
 * Not undoable, on purpose: an erasure that Undo can reverse has not erased anything — the undo
 * step would have to keep the very data the person asked us to delete, and the next Undo would put
 * it back. It is still journaled like every command (who erased, and when: accountability), and
 * its event carries ids only. What this command cannot reach, and the host/file layers must:
 * earlier undo steps in the host's memory still hold the names (clear undo/redo history on
 * `participants.personalDataErased`), and the journal and backups on disk keep older snapshots
 * until they are folded or rotated away (save at once, then drop the backups).
 */
export const erasePersonalData = defineCommand({
  type: 'people.erasePersonalData',
  payload: z
    .object({
      /** One participant; all participants when omitted. */
      participantId: z.string().min(1).max(100).optional(),
    })
    .strict(),
  undoable: false,
  label: { th: 'ลบข้อมูลส่วนบุคคลของผู้เข้าร่วม', en: 'Erase participants’ personal data' },
  apply(document, { participantId }) {
    if (participantId !== undefined && !document.participants.some((p) => p.id === participantId)) {
      return rejected(`no participant with id "${participantId}"`);
    }
    const erasedIds: string[] = [];
    const participants = document.participants.map((p) => {
      if (participantId !== undefined && p.id !== participantId) return p;
      if (p.erased && p.name === '' && p.organisation === '' && p.contact === '') return p;
      erasedIds.push(p.id);
      return { ...p, name: '', organisation: '', contact: '', erased: true };
    });
    if (erasedIds.length === 0) return { ok: true, document, events: [] };
    return { ok: true, document: { ...document, participants }, events: [{ type: 'participants.personalDataErased', ids: erasedIds }] };
  },
});
