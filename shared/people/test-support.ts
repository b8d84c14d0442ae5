import type { Participant } from '../domain/people';
import type { Stakeholder } from '../domain/stakeholders';
import { createWorkshop } from '../domain/create';
import type { Workshop } from '../domain/workshop';

/** Test builders for the people modules (used by *.test.ts beside them; pure, no test runner imports). */
export function participant(overrides: Partial<Participant> & { id: string }): Participant {
  return {
    code: `P${overrides.id.replace(/\D/g, '').padStart(3, '0')}`,
    name: '',
    organisation: '',
    sector: '',
    contact: '',
    socialGroups: [],
    groupsConsent: false,
    checkedInAt: null,
    source: 'register',
    erased: false,
    ...overrides,
  };
}

export function stakeholder(overrides: Partial<Stakeholder> & { id: string }): Stakeholder {
  return {
    name: `Stakeholder ${overrides.id}`,
    sector: '',
    description: '',
    influence: 3,
    interest: 3,
    currentLevel: null,
    desiredLevel: null,
    socialGroups: [],
    components: [],
    notes: '',
    ...overrides,
  };
}

export function workshopWith(people: Participant[], stakeholders: Stakeholder[] = [], minGroupSize = 5): Workshop {
  const w = createWorkshop({ id: 'w1', createdAt: '2026-11-26T02:00:00.000Z' });
  return { ...w, participants: people, stakeholders, settings: { ...w.settings, minGroupSize } };
}

/** n checked-in participants from one sector, ids starting at `from`. */
export function inRoom(n: number, sector: string, from: number, extra: Partial<Participant> = {}): Participant[] {
  return Array.from({ length: n }, (_, i) =>
    participant({ id: `p${from + i}`, name: `คน ${from + i}`, sector, checkedInAt: '2026-11-26T02:30:00.000Z', ...extra }),
  );
}
