import { describe, expect, it } from 'vitest';
import { dotRanking } from '../polls/results';
import { aBallot, aPoll, aRound, aWorkshop, options, ratings } from '../polls/test-builders';
import { currentPoll } from './current-poll';
import { committedBallots, toPhoneView } from './phone-view';
import { isSessionCode, normaliseSessionCode, SESSION_CODE_ALPHABET, sessionCodeFrom } from './session-code';

const opened = (number: number, state: 'open' | 'closed' | 'revealed', minute: string) => ({ ...aRound(number, state), openedAt: `2026-11-26T03:${minute}:00.000Z` });

describe('the current poll', () => {
  it('is the poll whose latest round is open, closed or revealed, the most recently opened first', () => {
    const a = aPoll('single', { id: 'a', options: options('o1', 'o2'), rounds: [opened(1, 'revealed', '10')] });
    const b = aPoll('single', { id: 'b', options: options('o1', 'o2'), rounds: [opened(1, 'open', '20')] });
    const c = aPoll('single', { id: 'c', options: options('o1', 'o2'), rounds: [opened(1, 'closed', '30')] });
    expect(currentPoll(aWorkshop({ polls: [b, a, c] }))?.poll.id).toBe('c');
    expect(currentPoll(aWorkshop({ polls: [a, b] }))?.poll.id).toBe('b');
    expect(currentPoll(aWorkshop({ polls: [a] }))?.poll.id).toBe('a');
    expect(currentPoll(aWorkshop({ polls: [aPoll('text', { rounds: [] })] }))).toBeNull();
  });

  it('keeps a closed round on the phones until the next poll or round is opened', () => {
    const closed = aPoll('maturity', { id: 'm1', componentId: 'C01', rounds: [opened(1, 'closed', '10')] });
    expect(currentPoll(aWorkshop({ polls: [closed] }))).toMatchObject({ poll: { id: 'm1' }, round: { number: 1, state: 'closed' } });
    const next = aPoll('maturity', { id: 'm2', componentId: 'C02', rounds: [opened(1, 'open', '20')] });
    expect(currentPoll(aWorkshop({ polls: [closed, next] }))?.poll.id).toBe('m2');
    const revote = aPoll('maturity', { id: 'm1', componentId: 'C01', rounds: [opened(1, 'closed', '10'), opened(2, 'open', '25')] });
    expect(currentPoll(aWorkshop({ polls: [revote, next] }))?.round).toMatchObject({ number: 2, state: 'open' });
  });

  it('follows the latest round only (a re-vote is a new round) and lets the later poll win a tie', () => {
    const revoted = aPoll('maturity', { id: 'm', componentId: 'C01', rounds: [opened(1, 'revealed', '05'), opened(2, 'open', '15')] });
    expect(currentPoll(aWorkshop({ polls: [revoted] }))?.round.number).toBe(2);
    const x = aPoll('text', { id: 'x', rounds: [opened(1, 'open', '15')] });
    const y = aPoll('text', { id: 'y', rounds: [opened(1, 'open', '15')] });
    expect(currentPoll(aWorkshop({ polls: [x, y] }))?.poll.id).toBe('y');
  });
});

describe('the phone view', () => {
  it('shows the live count but no results while the round is open', () => {
    const poll = aPoll('maturity', { id: 'm', componentId: 'C01', askTarget: true });
    const view = toPhoneView(aWorkshop({ polls: [poll], ballots: ratings('m', [1, 3, 3]) }), { rev: 7, joinOpen: true });
    expect(view.rev).toBe(7);
    expect(view.tally).toEqual({ pollId: 'm', round: 1, responses: 3 });
    expect(view.poll).toMatchObject({ pollId: 'm', state: 'open', results: null, component: { code: '01' } });
    expect(view.poll!.levels!.map((l) => l.level)).toEqual([1, 2, 3, 4, 5]);
    expect(view.workshop).toMatchObject({ joinOpen: true, language: 'th' });
    expect(view.workshop!.sectors.length).toBeGreaterThan(0);
  });

  it('says a closed round is closed, with its count, and still no results', () => {
    const poll = aPoll('maturity', { id: 'm', componentId: 'C01', askTarget: true, rounds: [aRound(1, 'closed')] });
    const view = toPhoneView(aWorkshop({ polls: [poll], ballots: ratings('m', [2, 3]) }), { rev: 3, joinOpen: true });
    expect(view.poll).toMatchObject({ pollId: 'm', round: 1, state: 'closed', results: null });
    expect(view.tally).toEqual({ pollId: 'm', round: 1, responses: 2 });
    expect(JSON.stringify(view)).not.toContain('counts');
  });

  it('shows the distribution once revealed, and never a name or a voter', () => {
    const poll = aPoll('maturity', { id: 'm', componentId: 'C01', askTarget: true, rounds: [aRound(1, 'revealed')] });
    const workshop = aWorkshop({ polls: [poll], ballots: ratings('m', [1, 3, 3, 'abstain'], { targets: [4, 4, null, null] }) });
    const view = toPhoneView(workshop, { rev: 1, joinOpen: false });
    expect(view.poll!.results).toEqual({ kind: 'maturity', respondents: 4, current: { counts: [1, 0, 2, 0, 0], abstain: 1 }, target: { counts: [0, 0, 0, 2, 0] } });
    expect(JSON.stringify(view)).not.toContain('voter-');
  });

  it('shows only approved open text, never pending or hidden', () => {
    const poll = aPoll('text', { id: 't', rounds: [aRound(1, 'revealed')] });
    const ballots = [
      aBallot('t', { kind: 'text', text: 'อนุมัติแล้ว' }, { moderation: 'approved' }),
      aBallot('t', { kind: 'text', text: 'รอตรวจ' }, { moderation: 'pending' }),
      aBallot('t', { kind: 'text', text: 'ซ่อน' }, { moderation: 'hidden' }),
    ];
    const view = toPhoneView(aWorkshop({ polls: [poll], ballots }), { rev: 1, joinOpen: true });
    expect(view.poll!.results).toEqual({ kind: 'text', respondents: 3, answers: ['อนุมัติแล้ว'] });
  });

  it('ranks a revealed dot vote as the projector does: ties in dotRanking’s order, with a shared rank marked joint', () => {
    // In the poll's order the idea comes first; the tie-break puts the high-priority action before it.
    const poll = aPoll('dots', { id: 'd', options: options('idea-1', 'action-1', 'action-2'), maxChoices: 3, rounds: [aRound(1, 'revealed')] });
    const workshop = aWorkshop({
      polls: [poll],
      componentNotes: [{ componentId: 'C02', notes: '', evidence: [], strengths: [], gaps: [], ideas: [{ id: 'idea-1', text: 'a' }] }],
      actions: [
        { id: 'action-1', title: 'x', owner: '', due: '', indicator: '', priority: 'high', componentId: null, inPlan: false },
        { id: 'action-2', title: 'y', owner: '', due: '', indicator: '', priority: 'low', componentId: null, inPlan: false },
      ],
      ballots: [
        aBallot('d', { kind: 'dots', dots: { 'idea-1': 2, 'action-1': 1 } }),
        aBallot('d', { kind: 'dots', dots: { 'action-1': 1, 'action-2': 1 } }),
      ],
    });
    const results = toPhoneView(workshop, { rev: 1, joinOpen: true }).poll!.results;
    expect(results).toEqual({
      kind: 'dots',
      respondents: 2,
      options: [
        { optionId: 'action-1', dots: 2, rank: 1, joint: true },
        { optionId: 'idea-1', dots: 2, rank: 1, joint: true },
        { optionId: 'action-2', dots: 1, rank: 3, joint: false },
      ],
    });
    // The same order as the projector's ranking and the action plan.
    expect(results!.kind === 'dots' && results!.options.map((o) => o.optionId)).toEqual(dotRanking(workshop, 'd', 1)!.items.map((i) => i.optionId));
  });

  it('is empty without a workshop, and without a current poll', () => {
    expect(toPhoneView(null, { rev: 1, joinOpen: true })).toEqual({ rev: 1, workshop: null, poll: null, tally: { pollId: null, round: null, responses: 0 } });
    expect(toPhoneView(aWorkshop(), { rev: 2, joinOpen: true }).poll).toBeNull();
  });
});

describe('committed ballots', () => {
  it('puts back the earlier ballot of a voter whose new one is not yet on disk, and drops a first one', () => {
    const prior = aBallot('p', { kind: 'single', choice: 'o1' }, { voter: 'changer' });
    const replaced = { ...prior, id: 'new', answer: { kind: 'single' as const, choice: 'o2' } };
    const fresh = aBallot('p', { kind: 'single', choice: 'o1' }, { voter: 'newcomer' });
    const settled = aBallot('p', { kind: 'single', choice: 'o2' }, { voter: 'settled' });
    const pending = new Map([
      ['changer', { pollId: 'p', round: 1, prior }],
      ['newcomer', { pollId: 'p', round: 1, prior: null }],
    ]);
    const result = committedBallots([settled, replaced, fresh], pending);
    expect(result.map((b) => b.id).sort()).toEqual([prior.id, settled.id].sort());
    expect(committedBallots([settled], new Map())).toEqual([settled]);
  });
});

describe('session codes', () => {
  it('use 32 unambiguous symbols (no 0, O, 1 or I) and check their shape', () => {
    expect(SESSION_CODE_ALPHABET).toHaveLength(32);
    expect(SESSION_CODE_ALPHABET).not.toMatch(/[0O1I]/);
    const code = sessionCodeFrom([0, 31, 32, 255, 100, 7]);
    expect(code).toBe('A9A9EH');
    expect(isSessionCode(code)).toBe(true);
    expect(isSessionCode('ABCD0E')).toBe(false);
    expect(isSessionCode('ABCDE')).toBe(false);
    expect(normaliseSessionCode(' a9a9eh ')).toBe('A9A9EH');
  });
});
