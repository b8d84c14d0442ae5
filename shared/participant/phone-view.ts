import type { Ballot, Poll } from '../domain/polls';
import type { Workshop } from '../domain/workshop';
import { dotRanking, pollResults } from '../polls/results';
import { roundBallots } from '../polls/rounds';
import { currentPoll } from './current-poll';
import type { PhonePoll, PhoneRankedItem, PhoneResults, PhoneTally, PhoneView, PhoneWorkshop } from './wire';

/** How many approved open-text answers a phone gets with revealed results (the newest). */
export const PHONE_TEXT_ANSWERS_MAX = 50;

export interface PhoneViewOptions {
  rev: number;
  joinOpen: boolean;
}

/**
 * What every phone may see of the workshop: the title and the join form's lists, the current
 * poll (./current-poll.ts) with its state (open, closed, revealed), its live response count, and
 * its results only once revealed. Nothing personal: no names, no individual ballots, no pending or
 * hidden open text.
 *
 * Pass a workshop whose ballots are committed ones only (the host bridge takes out ballots still
 * on their way to disk), so a tally never counts a vote that could still be lost.
 */
export function toPhoneView(workshop: Workshop | null, options: PhoneViewOptions): PhoneView {
  if (!workshop) return { rev: options.rev, workshop: null, poll: null, tally: { pollId: null, round: null, responses: 0 } };
  const current = currentPoll(workshop);
  const tally: PhoneTally = current
    ? { pollId: current.poll.id, round: current.round.number, responses: roundBallots(workshop, current.poll.id, current.round.number).length }
    : { pollId: null, round: null, responses: 0 };
  return {
    rev: options.rev,
    workshop: phoneWorkshop(workshop, options.joinOpen),
    poll: current ? phonePoll(workshop, current.poll, current.round.number, current.round.state) : null,
    tally,
  };
}

export function phoneWorkshop(workshop: Workshop, joinOpen: boolean): PhoneWorkshop {
  return {
    title: workshop.meta.title,
    language: workshop.meta.language,
    joinOpen,
    pdpaNotice: workshop.settings.pdpaNotice,
    sectors: workshop.settings.sectors,
    socialGroups: workshop.settings.socialGroups,
  };
}

function phonePoll(workshop: Workshop, poll: Poll, round: number, state: PhonePoll['state']): PhonePoll {
  const component = poll.componentId ? workshop.framework.components.find((c) => c.id === poll.componentId) : undefined;
  return {
    pollId: poll.id,
    round,
    state,
    kind: poll.kind,
    question: poll.question,
    component: component ? { code: component.code, name: component.name } : null,
    options: poll.options,
    maxChoices: poll.maxChoices,
    askTarget: poll.askTarget,
    allowChange: poll.allowChange,
    levels: poll.kind === 'maturity' && component ? component.levels.map((l, i) => ({ level: i + 1, name: l.name, description: l.description })) : null,
    results: state === 'revealed' ? phoneResults(workshop, poll, round) : null,
  };
}

function phoneResults(workshop: Workshop, poll: Poll, round: number): PhoneResults | null {
  const results = pollResults(workshop, poll.id, round);
  if (!results) return null;
  switch (results.kind) {
    case 'maturity':
      return {
        kind: 'maturity',
        respondents: results.respondents,
        current: { counts: [...results.current.counts], abstain: results.current.abstain },
        target: results.target ? { counts: [...results.target.counts] } : null,
      };
    case 'single':
    case 'multiple':
      return { kind: results.kind, respondents: results.respondents, options: results.options.map((o) => ({ optionId: o.optionId, count: o.count })) };
    case 'dots':
      return { kind: 'dots', respondents: results.respondents, options: phoneRanking(workshop, poll, round) };
    case 'text': {
      const approved = results.answers.filter((a) => a.moderation === 'approved');
      return { kind: 'text', respondents: results.respondents, answers: approved.slice(-PHONE_TEXT_ANSWERS_MAX).map((a) => a.text) };
    }
  }
}

/** The dot vote's items as the projector ranks them (`dotRanking`: one tie-break everywhere). */
function phoneRanking(workshop: Workshop, poll: Poll, round: number): PhoneRankedItem[] {
  const items = dotRanking(workshop, poll.id, round)?.items ?? [];
  return items.map((item) => ({
    optionId: item.optionId,
    dots: item.dots,
    rank: item.rank,
    joint: items.some((other) => other !== item && other.rank === item.rank),
  }));
}

/** Ballots minus those not yet durable: each pending voter's ballot goes back to what it was. */
export function committedBallots(
  ballots: readonly Ballot[],
  pending: ReadonlyMap<string, { pollId: string; round: number; prior: Ballot | null }>,
): Ballot[] {
  if (pending.size === 0) return ballots as Ballot[];
  const out: Ballot[] = [];
  for (const ballot of ballots) {
    const p = pending.get(ballot.voter);
    if (p && p.pollId === ballot.pollId && p.round === ballot.round) continue;
    out.push(ballot);
  }
  for (const p of pending.values()) if (p.prior) out.push(p.prior);
  return out;
}
