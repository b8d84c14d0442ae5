import type { WorkshopMeta } from '../domain/workshop';
import type { PollEvent } from './polls/events';
import type { OutcomeEvent } from './outcomes/events';
import type { ParticipantEvent } from './people/events';
import type { StakeholderEvent } from './stakeholders/events';
import type { SettingsEvent } from './settings/events';

/** What happened, for listeners that care about more than the next document (projector, audit). */
export type DomainEvent =
  | { type: 'meta.changed'; fields: (keyof WorkshopMeta)[] }
  | { type: 'framework.levelsChanged'; componentId: string }
  | PollEvent
  | OutcomeEvent
  | ParticipantEvent
  | StakeholderEvent
  | SettingsEvent;
