import { workshopMetaSchema, type WorkshopMeta } from '../../domain/workshop';
import { defineCommand } from '../define';

/** Edit any of the meeting's details from the Setup step. Only the fields given change. */
export const updateMeta = defineCommand({
  type: 'meta.update',
  payload: workshopMetaSchema.partial().strict(),
  undoable: true,
  label: { th: 'แก้ไขข้อมูลการประชุม', en: 'Edit meeting details' },
  apply(document, patch) {
    const changed = (Object.keys(patch) as (keyof WorkshopMeta)[]).filter(
      (field) => JSON.stringify(patch[field]) !== JSON.stringify(document.meta[field]),
    );
    if (changed.length === 0) return { ok: true, document, events: [] };
    return {
      ok: true,
      document: { ...document, meta: { ...document.meta, ...patch } },
      events: [{ type: 'meta.changed', fields: changed }],
    };
  },
});
