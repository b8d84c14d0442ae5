import { describe, expect, it } from 'vitest';
import { Room, system } from './test-support';

function revealedPoll() {
  const room = new Room();
  const id = room.maturityPoll('C01');
  room.openVoting(id);
  room.rate('a', id, 3);
  room.do('round.reveal', { pollId: id });
  return { room, id };
}

describe('round.shown: what the room saw on the projector', () => {
  it('records when the round’s results were first on the projector, at the command’s time, with no event', () => {
    const { room, id } = revealedPoll();
    const events = room.events.length;
    room.do('round.shown', { pollId: id, round: 1 }, system);
    expect(room.poll(id).rounds[0]).toMatchObject({ number: 1, state: 'revealed', shownAt: '2026-11-26T03:00:05.000Z' });
    expect(room.events.length).toBe(events);
  });

  it('keeps the first time: shown again later changes nothing', () => {
    const { room, id } = revealedPoll();
    room.do('round.shown', { pollId: id, round: 1 }, system);
    const before = room.workshop;
    room.do('round.shown', { pollId: id, round: 1 }, system);
    expect(room.workshop).toBe(before);
  });

  it('stays when the results are hidden again and through a re-vote; the new round starts unseen', () => {
    const { room, id } = revealedPoll();
    room.do('round.shown', { pollId: id, round: 1 }, system);
    room.do('round.hide', { pollId: id });
    room.do('round.revote', { pollId: id });
    expect(room.poll(id).rounds.map((r) => [r.number, r.state, r.shownAt])).toEqual([
      [1, 'closed', '2026-11-26T03:00:05.000Z'],
      [2, 'open', undefined],
    ]);
  });

  it('does not look at the round’s state (undo re-applies it after a reveal is undone), and does nothing for a round that is gone', () => {
    const room = new Room();
    const id = room.maturityPoll('C01');
    room.openVoting(id);
    room.do('round.shown', { pollId: id, round: 1 }, system);
    expect(room.poll(id).rounds[0]).toMatchObject({ state: 'open', shownAt: '2026-11-26T03:00:03.000Z' });
    const before = room.workshop;
    room.do('round.shown', { pollId: id, round: 2 }, system);
    room.do('round.shown', { pollId: 'gone', round: 1 }, system);
    expect(room.workshop).toBe(before);
  });

  it('takes a poll and a round number, nothing else', () => {
    const room = new Room();
    expect(room.refusal('round.shown', { pollId: 'p' }, system)).toMatch(/INVALID/);
    expect(room.refusal('round.shown', { pollId: 'p', round: 0 }, system)).toMatch(/INVALID/);
    expect(room.refusal('round.shown', { pollId: 'p', round: 1, at: 'x' }, system)).toMatch(/INVALID/);
  });
});
