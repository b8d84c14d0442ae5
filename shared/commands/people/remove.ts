import { z } from 'zod';
import { defineCommand, rejected } from '../define';
import { noParticipant } from '../reasons';

/**
 * Take people off the register (registered by mistake, or twice). Undoable. Their codes are never
 * handed out again (the workshop's `codesIssued` counter). To keep someone in the counts
 * but forget who they are, erase their personal data instead. Phones linked to a removed entry
 * are unlinked: they count on their own again.
 */
export const removeParticipants = defineCommand({
  type: 'participant.remove',
  payload: z.object({ ids: z.array(z.string().min(1).max(100)).min(1).max(10_000) }).strict(),
  undoable: true,
  label: { th: 'ลบผู้เข้าร่วม', en: 'Remove participant' },
  apply(document, { ids }) {
    const wanted = new Set(ids);
    const known = new Set(document.participants.map((p) => p.id));
    const missing = [...wanted].find((id) => !known.has(id));
    if (missing !== undefined) return rejected(noParticipant(missing));
    return {
      ok: true,
      document: {
        ...document,
        participants: document.participants
          .filter((p) => !wanted.has(p.id))
          .map((p) => {
            if (p.linkedTo === undefined || !wanted.has(p.linkedTo)) return p;
            const { linkedTo: _removed, ...rest } = p;
            return rest;
          }),
      },
      events: [{ type: 'participants.removed', ids: [...wanted] }],
    };
  },
});
