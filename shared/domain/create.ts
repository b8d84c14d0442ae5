import { OPDC_FRAMEWORK } from '../frameworks/opdc';
import { DEFAULT_PDPA_NOTICE, DEFAULT_SECTORS, DEFAULT_SOCIAL_GROUPS } from './people';
import { emptyMeta, type Workshop, type WorkshopMeta, type WorkshopSettings } from './workshop';

export interface NewWorkshopInput {
  id: string;
  createdAt: string;
  meta?: Partial<WorkshopMeta>;
}

export function defaultSettings(): WorkshopSettings {
  return {
    sectors: structuredClone(DEFAULT_SECTORS),
    socialGroups: structuredClone(DEFAULT_SOCIAL_GROUPS),
    pdpaNotice: { ...DEFAULT_PDPA_NOTICE },
    minGroupSize: 5,
    divergenceThreshold: 1,
    anonymiseExports: true,
  };
}

/** A fresh workshop on the built-in OPDC framework. Ids and times are given, never invented here. */
export function createWorkshop(input: NewWorkshopInput): Workshop {
  return {
    id: input.id,
    createdAt: input.createdAt,
    meta: { ...emptyMeta(), ...input.meta },
    framework: structuredClone(OPDC_FRAMEWORK),
    settings: defaultSettings(),
    participants: [],
    codesIssued: 0,
    stakeholders: [],
    polls: [],
    ballots: [],
    tallies: [],
    componentNotes: [],
    actions: [],
  };
}
