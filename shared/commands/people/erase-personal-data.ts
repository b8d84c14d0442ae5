import { z } from 'zod';
import { eraseMentions, erasureTargets } from '../../people/mentions';
import { defineCommand, rejected } from '../define';
import { noParticipant } from '../reasons';

/**
 * PDPA erasure: forget the names, organisations and contacts of every participant, or of one who
 * asked. Codes, sectors, social groups (given with consent, no longer tied to a name), check-in
 * times and `source` stay, so attendance and the equality check still add up; `erased: true`
 * tells every view why the name is gone.
 *
 * Beyond the register (shared/people/mentions.ts, which the erase dialog shows first): where the
 * name or a contact appears in the workshop's free text — action owners, notes and evidence,
 * stakeholder cards, questions and choices, open-text answers, the meeting's header — it is
 * replaced by the marker "[ลบข้อมูลตามคำขอ]" ("[erased on request]" in an English workshop), and
 * ballots cast by the person (from their phone, or entered for them) stay counted under an
 * anonymous voter of their own. The payload carries the id only: what to look for is read from
 * the register as it is when the command applies, so replaying the journal does the same again.
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
    const targets = erasureTargets(document, participantId);
    if (participantId !== undefined && targets.length === 0) return rejected(noParticipant(participantId));
    // Mentions first: they are found by the names the register still holds.
    const cleared = eraseMentions(document, targets);
    const erasedIds: string[] = [];
    const targetIds = new Set(targets.map((p) => p.id));
    const participants = cleared.participants.map((p) => {
      if (!targetIds.has(p.id)) return p;
      if (p.erased && p.name === '' && p.organisation === '' && p.contact === '') return p;
      erasedIds.push(p.id);
      return { ...p, name: '', organisation: '', contact: '', erased: true };
    });
    if (erasedIds.length === 0 && cleared === document) return { ok: true, document, events: [] };
    // An already-erased record whose ballots were still linked to it (erased before erasure
    // reached beyond the register) counts as erased again: the host purges the disk all the same.
    const ids = erasedIds.length > 0 ? erasedIds : targets.map((p) => p.id);
    return { ok: true, document: { ...cleared, participants }, events: [{ type: 'participants.personalDataErased', ids }] };
  },
});
