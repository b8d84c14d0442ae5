import type { Quadrant } from '../../charts/stakeholder-grid';
import type { Stakeholder } from '../../domain/stakeholders';

export type StakeholderDetail = Exclude<keyof Stakeholder, 'id'>;

export interface GridPosition {
  influence: number;
  interest: number;
  quadrant: Quadrant;
}

/** What happened on the stakeholder map (the projector animates moves between quadrants). */
export type StakeholderEvent =
  | { type: 'stakeholders.added'; id: string }
  | { type: 'stakeholders.updated'; id: string; fields: StakeholderDetail[] }
  | { type: 'stakeholders.moved'; id: string; from: GridPosition; to: GridPosition }
  | { type: 'stakeholders.removed'; id: string };
