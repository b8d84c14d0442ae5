import { defaultSettings } from '../domain/create';
import { defaultLevels } from '../frameworks/maturity-levels';

/**
 * One function per format change: MIGRATIONS[n] turns a version-n file (already parsed JSON,
 * untrusted: the result is validated afterwards) into version n+1. Migrations are pure and keep
 * what they do not understand.
 */
type RawFile = Record<string, unknown> & { workshop?: Record<string, unknown> };

export const MIGRATIONS: Record<number, (file: unknown) => Record<string, unknown>> = {
  /**
   * 1 → 2: people, stakeholders, polls, ballots, tallies, notes and actions arrive; the workshop
   * gets its settings (sectors, social groups, PDPA notice, thresholds) and each component its
   * maturity level descriptions (Ruam's defaults).
   */
  1(input) {
    const file = input as RawFile;
    const workshop = (file.workshop ?? {}) as Record<string, unknown>;
    const framework = (workshop.framework ?? {}) as { components?: Record<string, unknown>[] };
    return {
      ...file,
      workshop: {
        ...workshop,
        framework: {
          ...framework,
          components: (framework.components ?? []).map((component) => ({
            levels: defaultLevels(String(component.code ?? '')),
            ...component,
          })),
        },
        settings: defaultSettings(),
        participants: [],
        stakeholders: [],
        polls: [],
        ballots: [],
        tallies: [],
        componentNotes: [],
        actions: [],
      },
    };
  },
  /**
   * 2 → 3: the participant code counter (`codesIssued`), so a removed participant's code is never
   * given to someone else; it starts at the highest code in the register.
   */
  2(input) {
    const file = input as RawFile;
    const workshop = (file.workshop ?? {}) as Record<string, unknown>;
    const participants = Array.isArray(workshop.participants) ? (workshop.participants as { code?: unknown }[]) : [];
    const highest = participants.reduce((max, p) => {
      const match = typeof p.code === 'string' ? /^P(\d+)$/.exec(p.code) : null;
      return match ? Math.max(max, Number(match[1])) : max;
    }, 0);
    return { ...file, workshop: { ...workshop, codesIssued: highest } };
  },
  /**
   * 3 → 4: a phone's record may say which register entry it belongs to (`linkedTo`, set by
   * `participant.link`; optional). No version-3 phone was linked: nothing to change.
   */
  3(input) {
    return input as Record<string, unknown>;
  },
  /**
   * 4 → 5: a poll round may say when its results were first on the projector (`shownAt`,
   * recorded by the host with `round.shown`; optional). Nothing recorded it before: the rounds stay
   * as they are, without it — not guessed from their state (a revealed round may never have been
   * on the screen).
   */
  4(input) {
    return input as Record<string, unknown>;
  },
};
