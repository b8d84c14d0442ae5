import { describe, expect, it } from 'vitest';
import { aPoll, aRound, aWorkshop } from '../../shared/polls/test-builders';
import { toPhoneView } from '../../shared/participant/phone-view';
import type { MeReply, PhoneView } from '../../shared/participant/wire';
import { myBallotFor, screenFor, type ScreenInput } from './screen';

const joined = (ballot: MeReply['ballot'] = null): MeReply => ({ joined: true, profile: { name: '', sector: '', socialGroups: [], groupsConsent: false }, ballot });
const mine: MeReply['ballot'] = { pollId: 'm', round: 1, answer: { kind: 'maturity', current: 2, target: 4 }, at: '2026-11-26T03:10:00.000Z', moderation: null };

function viewWith(state: 'open' | 'closed' | 'revealed', rounds = 1): PhoneView {
  const poll = aPoll('maturity', { id: 'm', componentId: 'C01', askTarget: true, rounds: Array.from({ length: rounds }, (_, i) => aRound(i + 1, i + 1 === rounds ? state : 'revealed')) });
  return toPhoneView(aWorkshop({ polls: [poll] }), { rev: 1, joinOpen: true });
}

const input = (view: PhoneView, me: MeReply | null, extra: Partial<ScreenInput> = {}): ScreenInput => ({
  session: 'ABCDEF',
  wrongSession: false,
  view,
  me,
  editingProfile: false,
  editingAnswer: false,
  ...extra,
});

describe('the phone screen', () => {
  it('votes while the round is open, and shows "sent" with the answer once it voted', () => {
    expect(screenFor(input(viewWith('open'), joined()))).toBe('vote');
    expect(screenFor(input(viewWith('open'), joined(mine)))).toBe('voted');
    expect(screenFor(input(viewWith('open'), joined(mine), { editingAnswer: true }))).toBe('vote');
  });

  it('says the round is closed — with or without this phone’s answer — instead of "waiting for a question"', () => {
    const closed = viewWith('closed');
    expect(closed.poll?.state).toBe('closed');
    expect(screenFor(input(closed, joined(mine)))).toBe('closed');
    expect(myBallotFor(joined(mine), closed.poll!)).toEqual(mine);
    expect(screenFor(input(closed, joined()))).toBe('closed');
    // A change of answer under way when the round closed is over too.
    expect(screenFor(input(closed, joined(mine), { editingAnswer: true }))).toBe('closed');
  });

  it('goes on to the results once revealed, and to the new round on a re-vote (where the old ballot is not "mine")', () => {
    expect(screenFor(input(viewWith('revealed'), joined(mine)))).toBe('results');
    const revote = viewWith('open', 2);
    expect(myBallotFor(joined(mine), revote.poll!)).toBeNull();
    expect(screenFor(input(revote, joined(mine)))).toBe('vote');
  });

  it('waits only when there is no poll at all', () => {
    expect(screenFor(input(toPhoneView(aWorkshop(), { rev: 1, joinOpen: true }), joined()))).toBe('waiting');
  });
});
