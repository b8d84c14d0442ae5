import { createWorkshop } from '../domain/create';
import type { Answer, Ballot, Poll, PollKind, Round, Tally } from '../domain/polls';
import type { Workshop } from '../domain/workshop';

/** Hand-built documents for the pure tests: no commands involved, every figure visible in the test. */

export function aRound(number: number, state: Round['state'] = 'closed'): Round {
  return { number, state, openedAt: `2026-11-26T03:0${number}:00.000Z`, closedAt: state === 'open' ? null : `2026-11-26T03:0${number}:30.000Z` };
}

export function aPoll(kind: PollKind, fields: Partial<Poll> = {}): Poll {
  return {
    id: `${kind}-poll`,
    kind,
    componentId: null,
    question: { th: 'คำถาม', en: 'Question' },
    options: [],
    maxChoices: null,
    askTarget: false,
    allowChange: true,
    rounds: [aRound(1, 'open')],
    ...fields,
  };
}

export function options(...ids: string[]): Poll['options'] {
  return ids.map((id) => ({ id, label: { th: `ตัวเลือก ${id}`, en: `Option ${id}` } }));
}

let ballotSeq = 0;
export function aBallot(pollId: string, answer: Answer, fields: Partial<Ballot> = {}): Ballot {
  ballotSeq += 1;
  return {
    id: `b${ballotSeq}`,
    pollId,
    round: 1,
    voter: `voter-${ballotSeq}`,
    sector: null,
    at: '2026-11-26T03:10:00.000Z',
    answer,
    moderation: answer.kind === 'text' ? 'pending' : null,
    ...fields,
  };
}

/** Maturity ballots for a list of current levels (and optional targets), all in one sector and round. */
export function ratings(
  pollId: string,
  levels: readonly (number | 'abstain')[],
  fields: { round?: number; sector?: string | null; targets?: readonly (number | null)[] } = {},
): Ballot[] {
  return levels.map((current, i) =>
    aBallot(pollId, { kind: 'maturity', current, target: fields.targets?.[i] ?? null }, { round: fields.round ?? 1, sector: fields.sector ?? null }),
  );
}

export function aTally(pollId: string, counts: number[], abstain = 0, fields: Partial<Tally> = {}): Tally {
  return { pollId, round: 1, counts, abstain, targetCounts: null, at: '2026-11-26T03:20:00.000Z', ...fields };
}

export function aWorkshop(fields: Partial<Workshop> = {}, settings: Partial<Workshop['settings']> = {}): Workshop {
  const base = createWorkshop({ id: 'w1', createdAt: '2026-11-26T02:00:00.000Z' });
  return { ...base, ...fields, settings: { ...base.settings, ...settings } };
}
