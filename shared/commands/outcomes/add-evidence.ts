import { z } from 'zod';
import { defineCommand, rejected } from '../define';
import { EVIDENCE_EMPTY } from '../reasons';
import { checkEvidenceLink } from './evidence-link';
import { changeNotes } from './support';

/** Record a piece of evidence for a component: what it is and, optionally, an https link to it. */
export const addEvidence = defineCommand({
  type: 'evidence.add',
  payload: z
    .object({ componentId: z.string().min(1).max(20), text: z.string().max(5000), url: z.string().max(2000).optional() })
    .strict(),
  undoable: true,
  label: { th: 'เพิ่มหลักฐาน', en: 'Add evidence' },
  apply(document, payload, ctx) {
    return changeNotes(document, payload.componentId, ctx, (notes) => {
      const link = checkEvidenceLink(payload.url ?? '');
      if (!link.ok) return rejected(link.message);
      const described = payload.text.trim();
      if (described === '' && link.url === '') return rejected(EVIDENCE_EMPTY);
      if (notes.evidence.length >= 500) {
        return rejected({ th: 'องค์ประกอบหนึ่งบันทึกหลักฐานได้ไม่เกิน 500 รายการ', en: 'A component can hold at most 500 pieces of evidence.' });
      }
      return { ...notes, evidence: [...notes.evidence, { id: ctx.commandId, text: described, url: link.url }] };
    });
  },
});
