import { z } from 'zod';
import { MAX_IMPORT_ROWS } from '../../people/import-rows';
import { defineCommand, rejected } from '../define';
import { categoryProblem, idProblem, newParticipants, newParticipantSchema, participantId, withParticipants } from './details';

/**
 * Add a whole register at once (from a CSV or XLSX, mapped by rowsToParticipants): one undo step.
 * Everyone gets the next free codes in row order, and ids `<command id>-1`, `-2`… Duplicates are
 * not merged here: findDuplicates shows them to the facilitator, who decides.
 */
export const importParticipants = defineCommand({
  type: 'participant.import',
  payload: z
    .object({
      participants: z.array(newParticipantSchema).min(1).max(MAX_IMPORT_ROWS),
      /** The list is the attendance sheet of people already in the room. */
      checkedIn: z.boolean().default(false),
    })
    .strict(),
  undoable: true,
  label: { th: 'นำเข้ารายชื่อผู้เข้าร่วม', en: 'Import participants' },
  apply(document, { participants: drafts, checkedIn }, ctx) {
    // Checked once per distinct value: an import of thousands has a handful of sectors.
    const sectors = new Set(drafts.map((d) => d.sector));
    const groups = new Set(drafts.flatMap((d) => d.socialGroups));
    for (const sector of sectors) {
      const problem = categoryProblem(document, { sector });
      if (problem) {
        const row = drafts.findIndex((d) => d.sector === sector) + 1;
        return rejected({ th: `แถวที่ ${row}: ${problem.th}`, en: `row ${row}: ${problem.en}` });
      }
    }
    const groupProblem = categoryProblem(document, { socialGroups: [...groups] });
    if (groupProblem) return rejected(groupProblem);
    const ids = drafts.map((_, i) => participantId(ctx.commandId, i));
    const idIssue = idProblem(document, ids);
    if (idIssue) return rejected(idIssue);
    const added = newParticipants(document, drafts, ids, 'import', checkedIn ? ctx.at : null);
    return {
      ok: true,
      document: withParticipants(document, added),
      events: [{ type: 'participants.added', ids, source: 'import' }],
    };
  },
});
