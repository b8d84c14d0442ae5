import { z } from 'zod';
import { quadrantOf } from '../../charts/stakeholder-grid';
import { stakeholderSchema, type Stakeholder } from '../../domain/stakeholders';
import type { Workshop } from '../../domain/workshop';
import type { LocalizedText } from '../../domain/text';
import { noComponent, unknownSector, unknownSocialGroup } from '../reasons';
import type { GridPosition } from './events';

/** Everything about a stakeholder but its id, as the facilitator edits it. */
export const stakeholderDetailsSchema = stakeholderSchema
  .omit({ id: true })
  .extend({ name: z.string().trim().min(1, 'a stakeholder needs a name').max(300) })
  .strict();

/** Why the sector, groups or components are not the workshop's, or null. */
export function stakeholderProblem(document: Workshop, details: Partial<Omit<Stakeholder, 'id'>>): LocalizedText | null {
  if (details.sector !== undefined && details.sector !== '' && !document.settings.sectors.some((s) => s.id === details.sector)) {
    return unknownSector(details.sector);
  }
  for (const group of details.socialGroups ?? []) {
    if (!document.settings.socialGroups.some((g) => g.id === group)) return unknownSocialGroup(group);
  }
  for (const component of details.components ?? []) {
    if (!document.framework.components.some((c) => c.id === component)) return noComponent(component);
  }
  return null;
}

export function gridPosition(s: Pick<Stakeholder, 'influence' | 'interest'>): GridPosition {
  return { influence: s.influence, interest: s.interest, quadrant: quadrantOf(s.influence, s.interest) };
}
