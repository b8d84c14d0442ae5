import { describe, expect, it } from 'vitest';
import type { Ballot, Poll, Tally } from '../domain/polls';
import type { Workshop } from '../domain/workshop';
import { consensus } from '../scoring';
import { componentStatistics, dotRanking, namedSources, pollDistribution, pollResults, responseRate, sourceTotal, type ComponentStatistics } from './results';
import { aParticipant, phone, Room } from '../commands/polls/test-support';
import { PHONE_PARTICIPANT_PREFIX } from '../participant/identity';
import { aBallot, aPoll, aRound, aTally, aWorkshop, options, ratings } from './test-builders';

const C01 = 'C01';
const maturity = (fields: Partial<Poll> = {}): Poll =>
  aPoll('maturity', { id: 'm1', componentId: C01, askTarget: true, rounds: [aRound(1, 'revealed')], ...fields });

function withVotes(ballots: Ballot[], tallies: Tally[] = [], poll: Poll = maturity(), settings: Partial<Workshop['settings']> = {}): Workshop {
  return aWorkshop({ polls: [poll], ballots, tallies }, settings);
}

function c01(workshop: Workshop): ComponentStatistics {
  return componentStatistics(workshop).find((c) => c.componentId === C01)!;
}

describe('a maturity poll’s distribution, phones and typed tally', () => {
  // Phones: 2, 3, 3, 4. Show of hands: one at level 1, two at level 3, one abstained.
  const workshop = withVotes(
    ratings('m1', [2, 3, 3, 4], { targets: [4, 4, null, 5] }),
    [aTally('m1', [1, 0, 2, 0, 0], 1, { targetCounts: [0, 0, 0, 2, 1] })],
  );

  it('merges phones and tally level by level and says how many came from each', () => {
    expect(pollDistribution(workshop, 'm1', 1, { source: 'all' })).toEqual({
      pollId: 'm1',
      componentId: C01,
      round: 1,
      source: 'all',
      current: { counts: [1, 1, 4, 1, 0], abstain: 1 },
      target: { counts: [0, 0, 0, 4, 2], abstain: 0 },
      from: { phones: 4, entered: 0, tally: 4 },
      targetFrom: { phones: 3, entered: 0, tally: 3 },
    });
  });

  it('can show the ballots alone or the tally alone', () => {
    const ballots = pollDistribution(workshop, 'm1', 1, { source: 'ballots' })!;
    expect(ballots.current).toEqual({ counts: [0, 1, 2, 1, 0], abstain: 0 });
    expect(ballots.from).toEqual({ phones: 4, entered: 0, tally: 0 });
    const tally = pollDistribution(workshop, 'm1', 1, { source: 'tally' })!;
    expect(tally.current).toEqual({ counts: [1, 0, 2, 0, 0], abstain: 1 });
    expect(tally.target).toEqual({ counts: [0, 0, 0, 2, 1], abstain: 0 });
    expect(tally.from).toEqual({ phones: 0, entered: 0, tally: 4 });
  });

  it('works the merged round out by hand', () => {
    const round = c01(workshop).rounds[0]!;
    // Answered, sorted: 1 2 3 3 3 3 4 (seven), plus one abstention.
    expect(round.current.n).toBe(8);
    expect(round.current.abstentions).toBe(1);
    expect(round.current.counts).toEqual([1, 1, 4, 1, 0]);
    expect(round.current.mean).toBeCloseTo(19 / 7, 12);
    expect(round.current.median).toBe(3);
    // Hinges at depth ⌊(7 + 3) / 2⌋ / 2 = 2.5: (2 + 3) / 2 and (3 + 3) / 2.
    expect(round.current.q1).toBe(2.5);
    expect(round.current.q3).toBe(3);
    expect(round.current.iqr).toBe(0.5);
    // Σ(x − 19/7)² = (144 + 25 + 4·4 + 81) / 49 = 266/49, over 7.
    expect(round.current.sd).toBeCloseTo(Math.sqrt(266 / 343), 12);
    expect(round.current.consensus).toBe(consensus({ counts: [1, 1, 4, 1, 0], abstain: 1 }));
    // Targets, sorted: 4 4 4 4 5 5: median 4, so the room wants to move one level.
    expect(round.targetMedian).toBe(4);
    expect(round.gap).toBe(1);
    expect(round.from).toEqual({ phones: 4, entered: 0, tally: 4 });
  });

  it('gives the same merged figures through pollResults, counting tallied people as respondents', () => {
    expect(pollResults(workshop, 'm1', 1)).toEqual({
      kind: 'maturity',
      respondents: 8,
      current: { counts: [1, 1, 4, 1, 0], abstain: 1 },
      target: { counts: [0, 0, 0, 4, 2], abstain: 0 },
    });
  });

  it('has no target distribution when the poll does not ask for one', () => {
    const noTarget = withVotes(ratings('m1', [2]), [], maturity({ askTarget: false }));
    expect(pollDistribution(noTarget, 'm1', 1)).toMatchObject({ target: null, targetFrom: null });
    expect(c01(noTarget).rounds[0]).toMatchObject({ target: null, targetMedian: null, gap: null });
  });

  it('is null for a poll that is not a maturity poll, an unknown poll, or a round that never opened', () => {
    const workshop = aWorkshop({ polls: [maturity(), aPoll('text', { id: 't' })] });
    expect(pollDistribution(workshop, 't', 1)).toBeNull();
    expect(pollDistribution(workshop, 'nope', 1)).toBeNull();
    expect(pollDistribution(workshop, 'm1', 2)).toBeNull();
  });
});

describe('component statistics for the hard cases', () => {
  it('lists all eight components, with no rounds for a component nobody has polled', () => {
    const stats = componentStatistics(aWorkshop());
    expect(stats.map((c) => c.code)).toEqual(['01', '02', '03', '04', '05', '06', '07', '08']);
    expect(stats[0]).toMatchObject({ pollId: null, rounds: [] });
  });

  it('gives an empty poll n = 0 and no figures rather than zeros', () => {
    const round = c01(withVotes([])).rounds[0]!;
    expect(round.current).toMatchObject({ n: 0, answered: 0, abstentions: 0, counts: [0, 0, 0, 0, 0] });
    expect(round.current).toMatchObject({ mean: null, median: null, iqr: null, sd: null, consensus: null });
    expect(round).toMatchObject({ targetMedian: null, gap: null, shift: null });
  });

  it('counts abstentions as responses but computes nothing from a poll where everyone abstained', () => {
    const round = c01(withVotes(ratings('m1', ['abstain', 'abstain', 'abstain']))).rounds[0]!;
    expect(round.current).toMatchObject({ n: 3, answered: 0, abstentions: 3, mean: null, median: null, consensus: null });
  });

  it('puts a tie between two middle levels halfway; a split between the extremes is consensus 0, agreement 1', () => {
    const tie = c01(withVotes(ratings('m1', [2, 2, 4, 4]))).rounds[0]!;
    expect(tie.current.median).toBe(3);
    // μ = 3, every answer 1 level from it on a 4-level-wide scale: 1 + log₂(1 − 1/4).
    expect(tie.current.consensus).toBeCloseTo(1 + Math.log2(3 / 4), 12);
    const split = c01(withVotes(ratings('m1', [1, 1, 5, 5]))).rounds[0]!;
    expect(split.current).toMatchObject({ median: 3, consensus: 0 });
    const agreed = c01(withVotes(ratings('m1', [3, 3, 3]))).rounds[0]!;
    expect(agreed.current).toMatchObject({ median: 3, iqr: 0, sd: 0, consensus: 1 });
  });

  it('shows how the room moved from one round to the next, and keeps both rounds', () => {
    const poll = maturity({ rounds: [aRound(1, 'closed'), aRound(2, 'revealed')] });
    const workshop = withVotes([...ratings('m1', [1, 2, 3, 4, 5], { round: 1 }), ...ratings('m1', [3, 3, 3, 4, 4], { round: 2 })], [], poll);
    const [first, second] = c01(workshop).rounds;
    expect(first!.shift).toBeNull();
    expect(first!.current).toMatchObject({ median: 3, mean: 3 });
    expect(second!.current).toMatchObject({ median: 3 });
    expect(second!.current.mean).toBeCloseTo(3.4, 12);
    expect(second!.shift!.median).toBe(0);
    expect(second!.shift!.mean).toBeCloseTo(0.4, 12);
    expect(second!.shift!.consensus).toBeCloseTo(second!.current.consensus! - first!.current.consensus!, 12);
    expect(second!.shift!.consensus).toBeGreaterThan(0);
    expect(second!.shift!.n).toEqual({ before: 5, after: 5 });
  });

  it('keeps a tally to its own round', () => {
    const poll = maturity({ rounds: [aRound(1, 'closed'), aRound(2, 'open')] });
    const workshop = withVotes(ratings('m1', [2], { round: 2 }), [aTally('m1', [0, 0, 5, 0, 0], 0, { round: 1 })], poll);
    const [first, second] = c01(workshop).rounds;
    expect(first!.current.counts).toEqual([0, 0, 5, 0, 0]);
    expect(second!.current.counts).toEqual([0, 1, 0, 0, 0]);
    expect(second!.shift!.median).toBe(-1);
  });
});

describe('the breakdown by sector', () => {
  // Government 5 (all at 2), civil society 6, academia 4 (all at 3), media 1: sixteen in all.
  const room = [
    ...ratings('m1', [2, 2, 2, 2, 2], { sector: 'government' }),
    ...ratings('m1', [4, 4, 4, 5, 5, 3], { sector: 'civil-society' }),
    ...ratings('m1', [3, 3, 3, 3], { sector: 'academia' }),
    ...ratings('m1', [1], { sector: 'media' }),
  ];

  it('shows a sector of five and withholds a sector of four when the minimum is five', () => {
    const round = c01(withVotes(room)).rounds[0]!;
    const bySector = Object.fromEntries(round.bySector.map((s) => [s.sector, s]));
    expect(bySector.government).toMatchObject({ suppressed: false, statistics: { n: 5, median: 2 } });
    expect(bySector['civil-society']).toMatchObject({ suppressed: false, statistics: { n: 6, median: 4 } });
    expect(bySector.academia).toEqual({ sector: 'academia', label: expect.any(Object), suppressed: true, reason: 'below-minimum' });
    // Academia and media together are five people: the total minus the shown sectors reveals no one.
    expect(bySector.media).toMatchObject({ suppressed: true, reason: 'below-minimum' });
    expect(bySector.private).toMatchObject({ suppressed: true, reason: 'no-responses' });
  });

  it('withholds one more sector when a single small one could be worked out from the total', () => {
    const round = c01(withVotes(room.filter((b) => b.sector !== 'media'))).rounds[0]!;
    const bySector = Object.fromEntries(round.bySector.map((s) => [s.sector, s]));
    expect(bySector.academia).toMatchObject({ suppressed: true, reason: 'below-minimum' });
    expect(bySector.government).toMatchObject({ suppressed: true, reason: 'complementary' });
    expect(bySector['civil-society']).toMatchObject({ suppressed: false });
  });

  it('uses the workshop’s minimum group size: at four, a sector of four is shown', () => {
    const round = c01(withVotes(room.filter((b) => b.sector !== 'media'), [], maturity(), { minGroupSize: 4 })).rounds[0]!;
    expect(round.bySector.filter((s) => !s.suppressed).map((s) => s.sector)).toEqual(['government', 'civil-society', 'academia']);
  });

  it('lists the workshop’s sectors in order, with their labels, then "sector not given" for the tally', () => {
    const round = c01(withVotes(room, [aTally('m1', [0, 0, 0, 0, 5], 0)])).rounds[0]!;
    expect(round.bySector.map((s) => s.sector)).toEqual([
      'government',
      'private',
      'civil-society',
      'community',
      'academia',
      'media',
      'international',
      'public',
      'other',
      null,
    ]);
    expect(round.bySector[0]!.label).toEqual({ th: 'ภาครัฐ', en: 'Government' });
    expect(round.bySector.at(-1)).toMatchObject({ sector: null, label: { en: 'Sector not given' }, suppressed: false, statistics: { n: 5 } });
  });

  it('flags sectors that see it differently from the rest of the room by the workshop’s threshold', () => {
    // Overall 1 2 2 2 2 2 3 3 3 3 3 4 4 4 5 5. Rest of government: median 3; government's: 2.
    // Rest of civil society (1 2 2 2 2 2 3 3 3 3): median 2; civil society's (3 4 4 4 5 5): 4.
    const round = c01(withVotes(room)).rounds[0]!;
    const flags = Object.fromEntries(round.divergence.map((d) => [d.sector, d]));
    expect(flags.government).toMatchObject({ assessed: true, sectorMedian: 2, restMedian: 3, difference: -1, diverges: true });
    expect(flags['civil-society']).toMatchObject({ assessed: true, sectorMedian: 4, restMedian: 2, difference: 2, diverges: true });
    expect(flags.academia).toMatchObject({ assessed: false, reason: 'below-minimum' });

    const lenient = c01(withVotes(room, [], maturity(), { divergenceThreshold: 1.5 })).rounds[0]!;
    const relaxed = Object.fromEntries(lenient.divergence.map((d) => [d.sector, d]));
    expect(relaxed.government).toMatchObject({ diverges: false });
    expect(relaxed['civil-society']).toMatchObject({ diverges: true });
  });

  it('counts a phone linked to a register entry under the register’s sector, not the one the phone declared', () => {
    const at = '2026-11-26T02:30:00.000Z';
    const register = Array.from({ length: 5 }, (_, i) => aParticipant(`r${i + 1}`, { sector: 'government', checkedInAt: at }));
    const phones = register.map((p, i) =>
      aParticipant(`${PHONE_PARTICIPANT_PREFIX}hash-${i + 1}`, { source: 'phone', sector: i < 3 ? 'community' : '', checkedInAt: at, linkedTo: p.id }),
    );
    // A phone of its own (not linked) keeps what it said; so does a linked phone whose person has no sector on the register.
    const own = aParticipant(`${PHONE_PARTICIPANT_PREFIX}hash-own`, { source: 'phone', sector: 'community', checkedInAt: at });
    const ballots = [
      ...[1, 2, 3, 4, 5].map((n) => aBallot('m1', { kind: 'maturity', current: 2, target: null }, { voter: `hash-${n}`, sector: n <= 3 ? 'community' : null })),
      aBallot('m1', { kind: 'maturity', current: 4, target: null }, { voter: 'hash-own', sector: 'community' }),
    ];
    const workshop = { ...withVotes(ballots, [], maturity(), { minGroupSize: 1 }), participants: [...register, ...phones, own] };
    const bySector = Object.fromEntries(c01(workshop).rounds[0]!.bySector.map((s) => [s.sector, s]));
    expect(bySector.government).toMatchObject({ suppressed: false, statistics: { n: 5, median: 2 } });
    expect(bySector.community).toMatchObject({ suppressed: false, statistics: { n: 1, median: 4 } });
    expect(bySector[String(null)]).toBeUndefined();

    const noSector = { ...workshop, participants: [...register.map((p) => ({ ...p, sector: '' })), ...phones, own] };
    const fallback = Object.fromEntries(c01(noSector).rounds[0]!.bySector.map((s) => [s.sector, s]));
    expect(fallback.community).toMatchObject({ statistics: { n: 4 } });
    expect(fallback[String(null)]).toMatchObject({ statistics: { n: 2 } });
  });

  it('never assesses "sector not given" for divergence', () => {
    const round = c01(withVotes(room, [aTally('m1', [0, 0, 0, 0, 9], 0)])).rounds[0]!;
    expect(round.divergence.some((d) => d.sector === null || d.sector === '')).toBe(false);
  });
});

describe('where the answers came from: phones, ballots the facilitator entered, a show of hands', () => {
  /** Through the commands, as the room does it: 3 phones, 2 entered ballots, a show of hands of 5. */
  function mixedRoom(): { room: Room; pollId: string } {
    const room = new Room();
    room.register(aParticipant('p1', { sector: 'government', checkedInAt: '2026-11-26T02:30:00.000Z' }));
    room.register(aParticipant('p2', { checkedInAt: '2026-11-26T02:30:00.000Z' }));
    const pollId = room.maturityPoll(C01, { askTarget: true });
    room.openVoting(pollId);
    room.rate('a', pollId, 2, 4);
    room.rate('b', pollId, 3, null);
    room.rate('c', pollId, 'abstain');
    room.do('ballot.cast', { pollId, participantId: 'p1', answer: { kind: 'maturity', current: 4, target: 5 } });
    room.do('ballot.cast', { pollId, participantId: 'p2', answer: { kind: 'maturity', current: 3, target: null } });
    room.do('tally.set', { pollId, counts: [1, 1, 1, 1, 0], abstain: 1, targetCounts: [0, 0, 0, 2, 0] });
    return { room, pollId };
  }

  it('counts phones, entered ballots and the tally apart, and they add up to the respondents', () => {
    const { room, pollId } = mixedRoom();
    const merged = pollDistribution(room.workshop, pollId, 1)!;
    expect(merged.from).toEqual({ phones: 3, entered: 2, tally: 5 });
    expect(merged.targetFrom).toEqual({ phones: 1, entered: 1, tally: 2 });
    expect(merged.current).toEqual({ counts: [1, 2, 3, 2, 0], abstain: 2 });
    expect(pollResults(room.workshop, pollId, 1)).toMatchObject({ respondents: 10 });
    expect(pollDistribution(room.workshop, pollId, 1, { source: 'ballots' })!.from).toEqual({ phones: 3, entered: 2, tally: 0 });

    const round = componentStatistics(room.workshop).find((c) => c.componentId === C01)!.rounds[0]!;
    expect(round.from).toEqual({ phones: 3, entered: 2, tally: 5 });
    expect(round.current.n).toBe(10);
    expect(round.responseRate).toEqual({ responses: 10, from: { phones: 3, entered: 2, tally: 5 }, checkedIn: 2, rate: 5 });
  });

  it('splits the ballots of the other kinds of poll the same way (they have no tally)', () => {
    const room = new Room();
    room.register(aParticipant('p1'));
    const pollId = room.do('poll.create', { kind: 'single', question: { th: 'ข้อใด', en: 'Which?' }, options: [{ th: 'ก', en: 'A' }, { th: 'ข', en: 'B' }] });
    room.openVoting(pollId);
    const choice = room.poll(pollId).options[0]!.id;
    room.vote('a', pollId, { kind: 'single', choice });
    room.do('ballot.cast', { pollId, participantId: 'p1', answer: { kind: 'single', choice } });
    expect(responseRate(room.workshop, pollId, 1)).toMatchObject({ responses: 2, from: { phones: 1, entered: 1, tally: 0 } });
  });

  it('counts a ballot entered for someone who joined from a phone as that phone’s (it is filed under, and replaces, the phone’s ballot)', () => {
    const { room, pollId } = mixedRoom();
    room.do('participant.join', { name: 'ผู้ใช้มือถือ' }, phone('d'));
    room.rate('d', pollId, 1);
    const joined = room.workshop.participants.find((p) => p.id.startsWith(PHONE_PARTICIPANT_PREFIX))!;
    room.do('ballot.cast', { pollId, participantId: joined.id, answer: { kind: 'maturity', current: 5, target: null } });
    expect(pollDistribution(room.workshop, pollId, 1)!.from).toEqual({ phones: 4, entered: 2, tally: 5 });
  });
});

describe('one ballot per person per round, through the commands', () => {
  it('keeps one ballot for someone whose linked phone voted and whose answer the facilitator then entered', () => {
    const room = new Room();
    room.register(aParticipant('p1', { name: 'นางสาวสมศรี ใจดี', sector: 'government', checkedInAt: '2026-11-26T02:30:00.000Z' }));
    const pollId = room.maturityPoll(C01, { allowChange: true });
    room.openVoting(pollId);
    room.do('participant.join', { name: 'สมศรี', sector: 'community' }, phone('somsri'));
    room.do('participant.link', { phoneId: `${PHONE_PARTICIPANT_PREFIX}hash-of-somsri`, participantId: 'p1' });
    room.rate('somsri', pollId, 2);
    room.do('ballot.cast', { pollId, participantId: 'p1', answer: { kind: 'maturity', current: 4, target: null } });
    expect(room.workshop.ballots.map((b) => [b.voter, b.answer.kind === 'maturity' && b.answer.current])).toEqual([['p1', 4]]);
    expect(responseRate(room.workshop, pollId, 1)).toMatchObject({ responses: 1, from: { phones: 0, entered: 1, tally: 0 }, checkedIn: 1 });

    const strict = room.maturityPoll('C02', { allowChange: false });
    room.openVoting(strict);
    room.rate('somsri', strict, 3);
    expect(room.refusal('ballot.cast', { pollId: strict, participantId: 'p1', answer: { kind: 'maturity', current: 5, target: null } })).toBe(
      'This person has already voted from their phone in this round, and this poll does not allow changing a vote.',
    );
  });
});

describe('naming the sources', () => {
  it('names phones always, and entered ballots and the show of hands only when anyone answered that way', () => {
    expect(namedSources({ phones: 3, entered: 2, tally: 5 })).toEqual([
      { origin: 'phones', count: 3 },
      { origin: 'entered', count: 2 },
      { origin: 'tally', count: 5 },
    ]);
    expect(namedSources({ phones: 12, entered: 0, tally: 0 })).toEqual([{ origin: 'phones', count: 12 }]);
    expect(namedSources({ phones: 0, entered: 0, tally: 4 })).toEqual([
      { origin: 'phones', count: 0 },
      { origin: 'tally', count: 4 },
    ]);
    expect(sourceTotal({ phones: 3, entered: 2, tally: 5 })).toBe(10);
  });
});

describe('the response rate', () => {
  const checkedIn = (n: number, total: number) =>
    Array.from({ length: total }, (_, i) => aParticipant(`p${i}`, { checkedInAt: i < n ? '2026-11-26T02:30:00.000Z' : null }));

  it('is ballots plus tallied people over participants checked in', () => {
    const workshop = { ...withVotes(ratings('m1', [2, 3, 'abstain']), [aTally('m1', [1, 0, 0, 0, 0], 1)]), participants: checkedIn(10, 12) };
    expect(responseRate(workshop, 'm1', 1)).toEqual({ responses: 5, from: { phones: 3, entered: 0, tally: 2 }, checkedIn: 10, rate: 0.5 });
    expect(c01(workshop).rounds[0]!.responseRate.rate).toBe(0.5);
  });

  it('has no rate while nobody is checked in', () => {
    expect(responseRate(withVotes(ratings('m1', [2])), 'm1', 1)).toMatchObject({ responses: 1, checkedIn: 0, rate: null });
  });

  it('counts ballots for the other kinds of poll', () => {
    const poll = aPoll('single', { id: 's', options: options('a', 'b') });
    const workshop = aWorkshop({ polls: [poll], ballots: [aBallot('s', { kind: 'single', choice: 'a' })], participants: checkedIn(4, 4) });
    expect(responseRate(workshop, 's', 1)).toEqual({ responses: 1, from: { phones: 1, entered: 0, tally: 0 }, checkedIn: 4, rate: 0.25 });
  });
});

describe('ranking the dot vote', () => {
  const poll = aPoll('dots', { id: 'd', options: options('idea-1', 'idea-2', 'action-1', 'action-2', 'gone'), maxChoices: 3 });
  const workshop = aWorkshop({
    polls: [poll],
    componentNotes: [
      { componentId: 'C02', notes: '', evidence: [], strengths: [], gaps: [], ideas: [{ id: 'idea-1', text: 'a' }, { id: 'idea-2', text: 'b' }] },
    ],
    actions: [
      { id: 'action-1', title: 'x', owner: '', due: '', indicator: '', priority: 'high', componentId: null, inPlan: false },
      { id: 'action-2', title: 'y', owner: '', due: '', indicator: '', priority: 'low', componentId: null, inPlan: false },
    ],
    ballots: [
      aBallot('d', { kind: 'dots', dots: { 'idea-1': 2, 'action-1': 1 } }),
      aBallot('d', { kind: 'dots', dots: { 'action-1': 2, 'idea-2': 1 } }),
      aBallot('d', { kind: 'dots', dots: { 'idea-1': 1, 'action-2': 2 } }),
    ],
  });

  it('ranks by dots, ties sharing a rank in the action plan’s order (an action before an idea with no action), with where each item came from', () => {
    const ranking = dotRanking(workshop, 'd')!;
    expect(ranking).toMatchObject({ pollId: 'd', round: 1, respondents: 3, dotsPlaced: 9 });
    expect(ranking.items.map((i) => [i.rank, i.optionId, i.dots, i.voters])).toEqual([
      [1, 'action-1', 3, 2],
      [1, 'idea-1', 3, 2],
      [3, 'action-2', 2, 1],
      [4, 'idea-2', 1, 1],
      [5, 'gone', 0, 0],
    ]);
    expect(ranking.items[0]!.source).toEqual({ kind: 'action', actionId: 'action-1' });
    expect(ranking.items[1]!.source).toEqual({ kind: 'idea', componentId: 'C02', ideaId: 'idea-1' });
    expect(ranking.items[4]!.source).toBeNull();
  });

  it('ranks every item first, with no dots, before voting opens', () => {
    const ranking = dotRanking({ ...workshop, polls: [{ ...poll, rounds: [] }], ballots: [] }, 'd')!;
    expect(ranking.round).toBeNull();
    expect(ranking.items.every((i) => i.rank === 1 && i.dots === 0)).toBe(true);
  });

  it('is null for a poll that is not a dot vote', () => {
    expect(dotRanking(withVotes([]), 'm1')).toBeNull();
  });
});
