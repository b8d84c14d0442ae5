import { describe, expect, it } from 'vitest';
import { phone, Room } from './test-support';

function openMaturityPoll(extra: Record<string, unknown> = {}) {
  const room = new Room();
  const id = room.maturityPoll('C01', extra);
  room.openVoting(id);
  return { room, id };
}

describe('tally.set', () => {
  it('records a show of hands for the latest round, with targets, at the command’s time', () => {
    const { room, id } = openMaturityPoll();
    room.do('tally.set', { pollId: id, counts: [1, 4, 6, 2, 0], abstain: 3, targetCounts: [0, 0, 2, 7, 4] });
    expect(room.workshop.tallies).toEqual([
      { pollId: id, round: 1, counts: [1, 4, 6, 2, 0], abstain: 3, targetCounts: [0, 0, 2, 7, 4], at: '2026-11-26T03:00:03.000Z' },
    ]);
    expect(room.events.at(-1)).toEqual({ type: 'tally.changed', pollId: id, round: 1 });
  });

  it('replaces the round’s earlier tally rather than adding a second', () => {
    const { room, id } = openMaturityPoll();
    room.do('tally.set', { pollId: id, counts: [1, 0, 0, 0, 0], abstain: 0 });
    room.do('tally.set', { pollId: id, counts: [0, 2, 0, 0, 0], abstain: 1 });
    expect(room.workshop.tallies.map((t) => [t.counts, t.abstain])).toEqual([[[0, 2, 0, 0, 0], 1]]);
  });

  it('can be typed in for an earlier round after a re-vote', () => {
    const { room, id } = openMaturityPoll();
    room.do('round.close', { pollId: id });
    room.do('round.revote', { pollId: id });
    room.do('tally.set', { pollId: id, round: 1, counts: [0, 0, 3, 0, 0], abstain: 0 });
    room.do('tally.set', { pollId: id, counts: [0, 0, 0, 3, 0], abstain: 0 });
    expect(room.workshop.tallies.map((t) => [t.round, t.counts])).toEqual([
      [1, [0, 0, 3, 0, 0]],
      [2, [0, 0, 0, 3, 0]],
    ]);
  });

  it('makes no change when the same counts are typed again', () => {
    const { room, id } = openMaturityPoll();
    room.do('tally.set', { pollId: id, counts: [1, 0, 0, 0, 0], abstain: 0 });
    const before = room.workshop;
    room.do('tally.set', { pollId: id, counts: [1, 0, 0, 0, 0], abstain: 0 });
    expect(room.workshop).toBe(before);
  });

  it('refuses before voting started, for a round that does not exist, and for targets the poll does not ask', () => {
    const room = new Room();
    const id = room.maturityPoll('C01', { askTarget: false });
    expect(room.refusal('tally.set', { pollId: id, counts: [1, 0, 0, 0, 0], abstain: 0 })).toMatch(/has not started/);
    room.openVoting(id);
    expect(room.refusal('tally.set', { pollId: id, round: 2, counts: [1, 0, 0, 0, 0], abstain: 0 })).toBe('This poll has no round 2.');
    expect(room.refusal('tally.set', { pollId: id, counts: [1, 0, 0, 0, 0], abstain: 0, targetCounts: [0, 0, 0, 1, 0] })).toBe(
      'This poll does not ask for a target level.',
    );
  });

  it('refuses counts that are not five whole numbers, a poll that is not a maturity poll, and a phone', () => {
    const { room, id } = openMaturityPoll();
    expect(room.refusal('tally.set', { pollId: id, counts: [1, 0, 0, 0], abstain: 0 })).toMatch(/^INVALID/);
    expect(room.refusal('tally.set', { pollId: id, counts: [1, 0, 0, 0, -1], abstain: 0 })).toMatch(/^INVALID/);
    expect(room.refusal('tally.set', { pollId: id, counts: [1.5, 0, 0, 0, 0], abstain: 0 })).toMatch(/^INVALID/);
    const text = room.do('poll.create', { kind: 'text' });
    room.openVoting(text);
    expect(room.refusal('tally.set', { pollId: text, counts: [1, 0, 0, 0, 0], abstain: 0 })).toMatch(/maturity polls only/);
    expect(room.refusal('tally.set', { pollId: id, counts: [1, 0, 0, 0, 0], abstain: 0 }, phone('a'))).toBe('Only the facilitator can do this.');
  });
});

describe('tally.clear', () => {
  it('removes a round’s tally and refuses when there is none', () => {
    const { room, id } = openMaturityPoll();
    room.do('tally.set', { pollId: id, counts: [1, 0, 0, 0, 0], abstain: 0 });
    room.do('tally.clear', { pollId: id, round: 1 });
    expect(room.workshop.tallies).toEqual([]);
    expect(room.refusal('tally.clear', { pollId: id, round: 1 })).toBe('Round 1 of this poll has no typed tally.');
  });
});
