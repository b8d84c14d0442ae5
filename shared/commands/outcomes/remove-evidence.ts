import { z } from 'zod';
import { defineCommand, rejected } from '../define';
import { NO_EVIDENCE } from '../reasons';
import { changeNotes } from './support';

export const removeEvidence = defineCommand({
  type: 'evidence.remove',
  payload: z.object({ componentId: z.string().min(1).max(20), evidenceId: z.string().min(1).max(100) }).strict(),
  undoable: true,
  label: { th: 'ลบหลักฐาน', en: 'Remove evidence' },
  apply(document, payload, ctx) {
    return changeNotes(document, payload.componentId, ctx, (notes) => {
      if (!notes.evidence.some((e) => e.id === payload.evidenceId)) return rejected(NO_EVIDENCE);
      return { ...notes, evidence: notes.evidence.filter((e) => e.id !== payload.evidenceId) };
    });
  },
});
