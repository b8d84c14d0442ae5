import { z } from 'zod';
import { defineCommand, rejected } from '../define';
import { EVIDENCE_EMPTY, NO_EVIDENCE } from '../reasons';
import { checkEvidenceLink } from './evidence-link';
import { changeNotes } from './support';

/** Change what a piece of evidence says or where it links (an empty url removes the link). */
export const updateEvidence = defineCommand({
  type: 'evidence.update',
  payload: z
    .object({
      componentId: z.string().min(1).max(20),
      evidenceId: z.string().min(1).max(100),
      text: z.string().max(5000).optional(),
      url: z.string().max(2000).optional(),
    })
    .strict(),
  undoable: true,
  label: { th: 'แก้ไขหลักฐาน', en: 'Edit evidence' },
  apply(document, payload, ctx) {
    return changeNotes(document, payload.componentId, ctx, (notes) => {
      const item = notes.evidence.find((e) => e.id === payload.evidenceId);
      if (!item) return rejected(NO_EVIDENCE);
      const link = checkEvidenceLink(payload.url ?? item.url);
      if (!link.ok) return rejected(link.message);
      const described = (payload.text ?? item.text).trim();
      if (described === '' && link.url === '') return rejected(EVIDENCE_EMPTY);
      if (described === item.text && link.url === item.url) return notes;
      return { ...notes, evidence: notes.evidence.map((e) => (e === item ? { ...e, text: described, url: link.url } : e)) };
    });
  },
});
