import type { Category } from '../../domain/people';
import type { LocalizedText } from '../../domain/text';
import { workshopSettingsSchema, type Workshop, type WorkshopSettings } from '../../domain/workshop';
import { defineCommand, rejected } from '../define';

/** What a list holds, as the refusals name it. */
const LIST_WORDS = {
  sector: { th: 'ภาคส่วน', en: 'sector' },
  'social group': { th: 'กลุ่มทางสังคม', en: 'social group' },
} satisfies Record<string, LocalizedText>;

/** A category as the facilitator named it, for a sentence in `language`. */
const nameOf = (c: Category, language: 'th' | 'en') => (language === 'th' ? c.label.th || c.label.en : c.label.en || c.label.th) || c.id;

function listProblem(list: readonly Category[], what: keyof typeof LIST_WORDS): LocalizedText | null {
  const word = LIST_WORDS[what];
  const seen = new Set<string>();
  for (const c of list) {
    if (seen.has(c.id)) {
      return { th: `${word.th} “${nameOf(c, 'th')}” อยู่ในรายการซ้ำ กรุณาลบรายการที่ซ้ำออก`, en: `${word.en} "${c.id}" is listed twice` };
    }
    seen.add(c.id);
    if (c.label.th.trim() === '' && c.label.en.trim() === '') {
      return { th: `มี${word.th}ที่ยังไม่มีชื่อ กรุณาใส่ชื่อภาษาไทยหรือภาษาอังกฤษ`, en: `${word.en} "${c.id}" needs a name in Thai or English` };
    }
  }
  return null;
}

/**
 * A sector or social group still in use cannot leave its list: the people and stakeholders in it
 * would silently drop out of the equality check. Move them first.
 */
function inUseProblem(document: Workshop, patch: Partial<WorkshopSettings>): LocalizedText | null {
  if (patch.sectors) {
    const kept = new Set(patch.sectors.map((s) => s.id));
    for (const s of document.settings.sectors) {
      if (kept.has(s.id)) continue;
      const people = document.participants.filter((p) => p.sector === s.id).length;
      const stakeholders = document.stakeholders.filter((x) => x.sector === s.id).length;
      if (people + stakeholders > 0) {
        return {
          th: `ลบภาคส่วน “${nameOf(s, 'th')}” ไม่ได้ เพราะยังมีผู้เข้าร่วม ${people} คน และผู้มีส่วนได้ส่วนเสีย ${stakeholders} ราย อยู่ในภาคส่วนนี้ กรุณาย้ายไปภาคส่วนอื่นก่อน`,
          en: `the sector "${nameOf(s, 'en')}" is still used by ${people} participant(s) and ${stakeholders} stakeholder(s); move them to another sector first`,
        };
      }
    }
  }
  if (patch.socialGroups) {
    const kept = new Set(patch.socialGroups.map((g) => g.id));
    for (const g of document.settings.socialGroups) {
      if (kept.has(g.id)) continue;
      const people = document.participants.filter((p) => p.socialGroups.includes(g.id)).length;
      const stakeholders = document.stakeholders.filter((x) => x.socialGroups.includes(g.id)).length;
      if (people + stakeholders > 0) {
        return {
          th: `ลบกลุ่มทางสังคม “${nameOf(g, 'th')}” ไม่ได้ เพราะยังบันทึกไว้กับผู้เข้าร่วม ${people} คน และผู้มีส่วนได้ส่วนเสีย ${stakeholders} ราย กรุณานำกลุ่มนี้ออกจากรายการเหล่านั้นก่อน`,
          en: `the social group "${nameOf(g, 'en')}" is still recorded for ${people} participant(s) and ${stakeholders} stakeholder(s); remove it from them first`,
        };
      }
    }
  }
  return null;
}

/**
 * Change the workshop's choices: the sector and social-group lists, the PDPA notice, the minimum
 * group size below which no figure is shown, the divergence threshold, anonymised exports.
 */
export const updateSettings = defineCommand({
  type: 'settings.update',
  payload: workshopSettingsSchema.partial().strict(),
  undoable: true,
  label: { th: 'แก้ไขการตั้งค่าการประชุม', en: 'Edit workshop settings' },
  apply(document, patch) {
    const problem =
      (patch.sectors && listProblem(patch.sectors, 'sector')) ||
      (patch.socialGroups && listProblem(patch.socialGroups, 'social group')) ||
      inUseProblem(document, patch);
    if (problem) return rejected(problem);
    const fields = (Object.keys(patch) as (keyof WorkshopSettings)[]).filter(
      (field) => JSON.stringify(patch[field]) !== JSON.stringify(document.settings[field]),
    );
    if (fields.length === 0) return { ok: true, document, events: [] };
    return {
      ok: true,
      document: { ...document, settings: { ...document.settings, ...patch } },
      events: [{ type: 'settings.changed', fields }],
    };
  },
});
