import type { Participant } from '../domain/people';

/**
 * A participant as an anonymised export or screen shows them: the code stands in for the name;
 * organisation, contact and social groups are left out (an organisation can name a person when
 * only one person came from it; social groups are sensitive and belong in aggregates, not rows).
 * Sector, check-in and source stay: they are what aggregates are made of.
 */
export function anonymise(participant: Participant): Participant {
  return {
    ...participant,
    name: '',
    organisation: '',
    contact: '',
    socialGroups: [],
    groupsConsent: false,
  };
}

/** What to call a participant in an anonymised view: the code, always. */
export function anonymousName(participant: Pick<Participant, 'code'>): string {
  return participant.code;
}
