import { defineCommand, rejected } from '../define';
import { stakeholderDetailsSchema, stakeholderProblem } from './details';

/**
 * Put an organisation or group on the stakeholder map. Only the name is needed; it starts in the
 * middle of the grid (3, 3: "manage closely" — unsure means engage more) until the room places it.
 */
export const addStakeholder = defineCommand({
  type: 'stakeholder.add',
  payload: stakeholderDetailsSchema.extend({
    sector: stakeholderDetailsSchema.shape.sector.default(''),
    description: stakeholderDetailsSchema.shape.description.default(''),
    influence: stakeholderDetailsSchema.shape.influence.default(3),
    interest: stakeholderDetailsSchema.shape.interest.default(3),
    currentLevel: stakeholderDetailsSchema.shape.currentLevel.default(null),
    desiredLevel: stakeholderDetailsSchema.shape.desiredLevel.default(null),
    socialGroups: stakeholderDetailsSchema.shape.socialGroups.default([]),
    components: stakeholderDetailsSchema.shape.components.default([]),
    notes: stakeholderDetailsSchema.shape.notes.default(''),
  }),
  undoable: true,
  label: { th: 'เพิ่มผู้มีส่วนได้ส่วนเสีย', en: 'Add stakeholder' },
  apply(document, details, ctx) {
    const problem = stakeholderProblem(document, details);
    if (problem) return rejected(problem);
    const id = ctx.commandId;
    if (id.length > 100) {
      return rejected({
        th: 'ระบบสร้างรหัสของผู้มีส่วนได้ส่วนเสียไม่ได้ เพราะรหัสคำสั่งยาวเกินไป กรุณาลองเพิ่มใหม่อีกครั้ง',
        en: 'the command id is too long to make a stakeholder id from',
      });
    }
    if (document.stakeholders.some((s) => s.id === id)) {
      return rejected({ th: 'มีผู้มีส่วนได้ส่วนเสียที่ใช้รหัสนี้อยู่แล้ว กรุณาลองเพิ่มใหม่อีกครั้ง', en: `a stakeholder with id "${id}" already exists` });
    }
    const stakeholder = { id, ...details, socialGroups: [...new Set(details.socialGroups)], components: [...new Set(details.components)] };
    return {
      ok: true,
      document: { ...document, stakeholders: [...document.stakeholders, stakeholder] },
      events: [{ type: 'stakeholders.added', id }],
    };
  },
});
