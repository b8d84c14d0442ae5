import { OPDC_FRAMEWORK } from '../frameworks/opdc';
import { emptyMeta, type Workshop, type WorkshopMeta } from './workshop';

export interface NewWorkshopInput {
  id: string;
  createdAt: string;
  meta?: Partial<WorkshopMeta>;
}

/** A fresh workshop on the built-in OPDC framework. Ids and times are given, never invented here. */
export function createWorkshop(input: NewWorkshopInput): Workshop {
  return {
    id: input.id,
    createdAt: input.createdAt,
    meta: { ...emptyMeta(), ...input.meta },
    framework: structuredClone(OPDC_FRAMEWORK),
  };
}
