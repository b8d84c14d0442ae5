import { describe, expect, it } from 'vitest';
import { phone, Room } from './test-support';

function pollInRoom() {
  const room = new Room();
  const id = room.maturityPoll('C01');
  return { room, id };
}

describe('a poll’s rounds', () => {
  it('opens the first round, at the command’s time', () => {
    const { room, id } = pollInRoom();
    room.openVoting(id);
    expect(room.poll(id).rounds).toEqual([{ number: 1, state: 'open', openedAt: '2026-11-26T03:00:02.000Z', closedAt: null }]);
    expect(room.events.at(-1)).toEqual({ type: 'round.changed', pollId: id, round: 1, state: 'open' });
  });

  it('refuses to open the first round twice', () => {
    const { room, id } = pollInRoom();
    room.openVoting(id);
    expect(room.refusal('round.open', { pollId: id })).toMatch(/already started; start a re-vote/);
  });

  it('closes an open round and records when', () => {
    const { room, id } = pollInRoom();
    room.openVoting(id);
    room.do('round.close', { pollId: id });
    expect(room.poll(id).rounds[0]).toMatchObject({ state: 'closed', closedAt: '2026-11-26T03:00:03.000Z' });
  });

  it('refuses to close a round that is not open', () => {
    const { room, id } = pollInRoom();
    expect(room.refusal('round.close', { pollId: id })).toMatch(/not open/);
    room.openVoting(id);
    room.do('round.close', { pollId: id });
    expect(room.refusal('round.close', { pollId: id })).toMatch(/not open/);
  });

  it('reveals a closed round, and hides it again back to closed', () => {
    const { room, id } = pollInRoom();
    room.openVoting(id);
    room.do('round.close', { pollId: id });
    room.do('round.reveal', { pollId: id });
    expect(room.poll(id).rounds[0]).toMatchObject({ state: 'revealed', closedAt: '2026-11-26T03:00:03.000Z' });
    room.do('round.hide', { pollId: id });
    expect(room.poll(id).rounds[0]).toMatchObject({ state: 'closed', closedAt: '2026-11-26T03:00:03.000Z' });
  });

  it('closes a round that is revealed while still open, so nobody votes having seen the results', () => {
    const { room, id } = pollInRoom();
    room.openVoting(id);
    room.do('round.reveal', { pollId: id });
    expect(room.poll(id).rounds[0]).toMatchObject({ state: 'revealed', closedAt: '2026-11-26T03:00:03.000Z' });
  });

  it('refuses to reveal before voting, to reveal twice, and to hide what is not shown', () => {
    const { room, id } = pollInRoom();
    expect(room.refusal('round.reveal', { pollId: id })).toMatch(/has not started/);
    room.openVoting(id);
    expect(room.refusal('round.hide', { pollId: id })).toMatch(/not shown/);
    room.do('round.reveal', { pollId: id });
    expect(room.refusal('round.reveal', { pollId: id })).toMatch(/already shown/);
  });

  it('opens the next round on a re-vote and keeps the earlier rounds and their ballots', () => {
    const { room, id } = pollInRoom();
    room.openVoting(id);
    room.rate('a', id, 2);
    room.do('round.reveal', { pollId: id });
    room.do('round.revote', { pollId: id });
    room.rate('a', id, 3);
    expect(room.poll(id).rounds.map((r) => [r.number, r.state])).toEqual([
      [1, 'revealed'],
      [2, 'open'],
    ]);
    expect(room.workshop.ballots.map((b) => [b.round, b.answer])).toEqual([
      [1, { kind: 'maturity', current: 2, target: null }],
      [2, { kind: 'maturity', current: 3, target: null }],
    ]);
  });

  it('refuses a re-vote before voting started or while the round is still open', () => {
    const { room, id } = pollInRoom();
    expect(room.refusal('round.revote', { pollId: id })).toMatch(/open the first round/);
    room.openVoting(id);
    expect(room.refusal('round.revote', { pollId: id })).toBe('Round 1 is still open; close it before starting another.');
  });

  it('refuses round changes from a phone', () => {
    const { room, id } = pollInRoom();
    for (const type of ['round.open', 'round.close', 'round.reveal', 'round.hide', 'round.revote']) {
      expect(room.refusal(type, { pollId: id }, phone('a'))).toBe('Only the facilitator can do this.');
    }
  });
});
