import { z } from 'zod';
import { defaultLevels } from '../../frameworks/maturity-levels';
import { defineCommand, rejected } from '../define';
import { FACILITATOR_ONLY, noComponent } from '../reasons';

const text = z.object({ th: z.string().max(300), en: z.string().max(300) }).partial().strict();

/**
 * Edit what one maturity level means for one component in this workshop. OPDC defines no levels,
 * so the descriptions are Ruam's defaults and each workshop may adapt them to its context.
 */
export const updateLevel = defineCommand({
  type: 'framework.updateLevel',
  payload: z
    .object({
      componentId: z.string().min(1).max(20),
      level: z.number().int().min(1).max(5),
      name: text.optional(),
      description: text.optional(),
    })
    .strict(),
  undoable: true,
  label: { th: 'แก้ไขคำอธิบายระดับ', en: 'Edit a level description' },
  apply(document, { componentId, level, name, description }, ctx) {
    if (ctx.actor.kind === 'participant') return rejected(FACILITATOR_ONLY);
    const index = document.framework.components.findIndex((c) => c.id === componentId);
    if (index === -1) return rejected(noComponent(componentId));
    const component = document.framework.components[index]!;
    const current = component.levels[level - 1]!;
    const next = { name: { ...current.name, ...name }, description: { ...current.description, ...description } };
    if (JSON.stringify(next) === JSON.stringify(current)) return { ok: true, document, events: [] };
    const levels = component.levels.map((l, i) => (i === level - 1 ? next : l));
    const components = document.framework.components.map((c, i) => (i === index ? { ...c, levels } : c));
    return { ok: true, document: { ...document, framework: { ...document.framework, components } }, events: [{ type: 'framework.levelsChanged', componentId }] };
  },
});

/** Put one component's level descriptions back to Ruam's defaults. */
export const resetLevels = defineCommand({
  type: 'framework.resetLevels',
  payload: z.object({ componentId: z.string().min(1).max(20) }).strict(),
  undoable: true,
  label: { th: 'คืนค่าคำอธิบายระดับเริ่มต้น', en: 'Restore the default level descriptions' },
  apply(document, { componentId }, ctx) {
    if (ctx.actor.kind === 'participant') return rejected(FACILITATOR_ONLY);
    const index = document.framework.components.findIndex((c) => c.id === componentId);
    if (index === -1) return rejected(noComponent(componentId));
    const component = document.framework.components[index]!;
    const levels = defaultLevels(component.code);
    if (JSON.stringify(levels) === JSON.stringify(component.levels)) return { ok: true, document, events: [] };
    const components = document.framework.components.map((c, i) => (i === index ? { ...c, levels } : c));
    return { ok: true, document: { ...document, framework: { ...document.framework, components } }, events: [{ type: 'framework.levelsChanged', componentId }] };
  },
});
