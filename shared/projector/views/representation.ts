import { pick } from '../../domain/text';
import { equalityCheck, type GroupPresence } from '../../people/equality';
import type { RepresentationRow } from '../types';
import { defineView } from './define';
import type { Language } from '../../domain/text';

/** How many sentences about gaps the slide reads out: the most important ones. */
const SENTENCES = 3;

function row(presence: GroupPresence, language: Language): RepresentationRow {
  return { label: pick(presence.label, language), count: presence.inRoom, status: presence.status };
}

/**
 * Who is in the room, by sector and social group (principle P4), from the equality check: a group
 * smaller than the minimum group size reads "fewer than N" (and a bigger one may be withheld so a
 * small one cannot be worked out from the total) — never an exact small number.
 */
export const representationView = defineView({
  kind: 'representation',
  label: { th: 'ผู้เข้าร่วมตามภาคส่วนและกลุ่ม', en: 'Who is in the room' },
  choosable: true,
  build: ({ workshop, language }) => {
    const report = equalityCheck(workshop);
    return {
      kind: 'representation',
      language,
      checkedIn: report.checkedIn,
      minGroupSize: report.minGroupSize,
      sectors: report.sectors.map((presence) => row(presence, language)),
      socialGroups: report.groupsDeclaredBy > 0 ? report.socialGroups.map((presence) => row(presence, language)) : [],
      groupsDeclaredBy: report.groupsDeclaredBy,
      sentences: report.sentences
        .filter((sentence) => sentence.about === 'room')
        .slice(0, SENTENCES)
        .map((sentence) => ({ severity: sentence.severity, text: pick(sentence.text, language) })),
    };
  },
});
