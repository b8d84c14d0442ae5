import { QUADRANTS } from '../../charts/stakeholder-grid';
import { pick } from '../../domain/text';
import { QUADRANT_LABELS } from '../../people/quadrant-labels';
import { defineView } from './define';

/** The stakeholder map (influence × interest, Mendelow's quadrants). Stakeholders are organisations, not people. */
export const stakeholdersView = defineView({
  kind: 'stakeholders',
  label: { th: 'แผนผังผู้มีส่วนได้ส่วนเสีย', en: 'Stakeholder map' },
  choosable: true,
  build: ({ workshop, language }) => ({
    kind: 'stakeholders',
    language,
    stakeholders: workshop.stakeholders
      .filter((stakeholder) => stakeholder.name.trim() !== '')
      .map(({ id, name, influence, interest }) => ({ id, name: name.trim(), influence, interest })),
    quadrantLabels: Object.fromEntries(QUADRANTS.map((q) => [q.id, pick(QUADRANT_LABELS[q.id], language)])) as Record<(typeof QUADRANTS)[number]['id'], string>,
  }),
});
