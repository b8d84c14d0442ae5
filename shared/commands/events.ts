import type { WorkshopMeta } from '../domain/workshop';

/** What happened, for listeners that care about more than the next document (projector, audit). */
export type DomainEvent = { type: 'meta.changed'; fields: (keyof WorkshopMeta)[] };
