import { z } from 'zod';
import type { ComponentNotes } from '../../domain/outcomes';
import type { LocalizedText } from '../../domain/text';
import { defineCommand, rejected } from '../define';
import { changeNotes } from './support';

type EntryList = 'strengths' | 'gaps' | 'ideas';
type Noun = 'strength' | 'gap' | 'idea';

const componentId = z.string().min(1).max(20);
const entryId = z.string().min(1).max(100);
const text = z.string().max(5000);

/** One entry of each list, as a refusal names it ("ไม่พบจุดแข็งข้อนี้"). */
const ENTRY_WORDS: Record<Noun, string> = { strength: 'จุดแข็ง', gap: 'ช่องว่าง', idea: 'ข้อเสนอ' };

interface EntryLabels {
  add: LocalizedText;
  update: LocalizedText;
  remove: LocalizedText;
}

/**
 * Strengths, gaps and ideas are the same kind of list (a line of text per entry), so their
 * add/update/remove commands come from this one definition: `strength.add`, `gap.update`, ….
 * Each list's commands are registered from its own file (strengths.ts, gaps.ts, ideas.ts).
 */
export function defineEntryCommands<N extends Noun>(noun: N, list: EntryList, labels: EntryLabels) {
  const word = ENTRY_WORDS[noun];
  const noEntry: LocalizedText = { th: `ไม่พบ${word}ข้อนี้ อาจถูกลบไปแล้ว`, en: `There is no such ${noun}.` };
  const add = defineCommand({
    type: `${noun}.add` as `${N}.add`,
    payload: z.object({ componentId, text }).strict(),
    undoable: true,
    label: labels.add,
    apply(document, payload, ctx) {
      return changeNotes(document, payload.componentId, ctx, (notes) => {
        const line = payload.text.trim();
        if (line === '') return rejected({ th: `กรุณาพิมพ์${word}ก่อนกดเพิ่ม`, en: `Write the ${noun} first.` });
        if (notes[list].length >= 500) return rejected({ th: `องค์ประกอบหนึ่งบันทึก${word}ได้ไม่เกิน 500 ข้อ`, en: `A component can hold at most 500 ${list}.` });
        return withList(notes, list, [...notes[list], { id: ctx.commandId, text: line }]);
      });
    },
  });
  const update = defineCommand({
    type: `${noun}.update` as `${N}.update`,
    payload: z.object({ componentId, entryId, text }).strict(),
    undoable: true,
    label: labels.update,
    apply(document, payload, ctx) {
      return changeNotes(document, payload.componentId, ctx, (notes) => {
        const entry = notes[list].find((e) => e.id === payload.entryId);
        if (!entry) return rejected(noEntry);
        const line = payload.text.trim();
        if (line === '') return rejected({ th: `${word}ต้องไม่เป็นข้อความว่าง หากต้องการลบ ให้กดปุ่มลบ`, en: `A ${noun} cannot be empty; remove it instead.` });
        if (line === entry.text) return notes;
        return withList(notes, list, notes[list].map((e) => (e === entry ? { ...e, text: line } : e)));
      });
    },
  });
  const remove = defineCommand({
    type: `${noun}.remove` as `${N}.remove`,
    payload: z.object({ componentId, entryId }).strict(),
    undoable: true,
    label: labels.remove,
    apply(document, payload, ctx) {
      return changeNotes(document, payload.componentId, ctx, (notes) => {
        if (!notes[list].some((e) => e.id === payload.entryId)) return rejected(noEntry);
        return withList(notes, list, notes[list].filter((e) => e.id !== payload.entryId));
      });
    },
  });
  return { add, update, remove };
}

function withList(notes: ComponentNotes, list: EntryList, entries: ComponentNotes[EntryList]): ComponentNotes {
  return { ...notes, [list]: entries };
}
