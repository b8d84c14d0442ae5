import { z } from 'zod';
import { defineCommand, rejected } from '../define';
import { noStakeholder } from '../reasons';
import { stakeholderDetailsSchema, stakeholderProblem } from './details';
import type { StakeholderDetail } from './events';

/** Edit a stakeholder's details (name, sector, IAP2 levels, groups it speaks for, notes…). */
export const updateStakeholder = defineCommand({
  type: 'stakeholder.update',
  payload: z.object({ id: z.string().min(1).max(100), patch: stakeholderDetailsSchema.partial().strict() }).strict(),
  undoable: true,
  label: { th: 'แก้ไขผู้มีส่วนได้ส่วนเสีย', en: 'Edit stakeholder' },
  apply(document, { id, patch }) {
    const index = document.stakeholders.findIndex((s) => s.id === id);
    const before = document.stakeholders[index];
    if (!before) return rejected(noStakeholder(id));
    const problem = stakeholderProblem(document, patch);
    if (problem) return rejected(problem);
    const after = {
      ...before,
      ...patch,
      ...(patch.socialGroups ? { socialGroups: [...new Set(patch.socialGroups)] } : {}),
      ...(patch.components ? { components: [...new Set(patch.components)] } : {}),
    };
    const fields = (Object.keys(patch) as StakeholderDetail[]).filter((field) => JSON.stringify(after[field]) !== JSON.stringify(before[field]));
    if (fields.length === 0) return { ok: true, document, events: [] };
    const stakeholders = [...document.stakeholders];
    stakeholders[index] = after;
    return { ok: true, document: { ...document, stakeholders }, events: [{ type: 'stakeholders.updated', id, fields }] };
  },
});
