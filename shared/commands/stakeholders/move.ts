import { z } from 'zod';
import { stakeholderSchema } from '../../domain/stakeholders';
import { defineCommand, rejected } from '../define';
import { noStakeholder } from '../reasons';
import { gridPosition } from './details';

/** Drag a stakeholder to another place on the influence × interest grid. */
export const moveStakeholder = defineCommand({
  type: 'stakeholder.move',
  payload: z
    .object({ id: z.string().min(1).max(100), influence: stakeholderSchema.shape.influence, interest: stakeholderSchema.shape.interest })
    .strict(),
  undoable: true,
  label: { th: 'ย้ายผู้มีส่วนได้ส่วนเสียบนแผนผัง', en: 'Move stakeholder on the map' },
  apply(document, { id, influence, interest }) {
    const index = document.stakeholders.findIndex((s) => s.id === id);
    const before = document.stakeholders[index];
    if (!before) return rejected(noStakeholder(id));
    if (before.influence === influence && before.interest === interest) return { ok: true, document, events: [] };
    const stakeholders = [...document.stakeholders];
    stakeholders[index] = { ...before, influence, interest };
    return {
      ok: true,
      document: { ...document, stakeholders },
      events: [{ type: 'stakeholders.moved', id, from: gridPosition(before), to: gridPosition({ influence, interest }) }],
    };
  },
});
