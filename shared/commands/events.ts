import type { WorkshopMeta } from '../domain/workshop';
import type { PollEvent } from './polls/events';
import type { OutcomeEvent } from './outcomes/events';

/** What happened, for listeners that care about more than the next document (projector, audit). */
export type DomainEvent = { type: 'meta.changed'; fields: (keyof WorkshopMeta)[] }
  | PollEvent
  | OutcomeEvent;
