import { describe, expect, it } from 'vitest';
import { phone, Room } from './test-support';

function textPollWithAnswer() {
  const room = new Room();
  const id = room.do('poll.create', { kind: 'text' });
  room.openVoting(id);
  const ballotId = room.vote('a', id, { kind: 'text', text: 'เปิดเผยงบประมาณรายไตรมาส' });
  return { room, id, ballotId };
}

describe('ballot.moderate', () => {
  it('approves a waiting answer for the projector, then hides it', () => {
    const { room, id, ballotId } = textPollWithAnswer();
    room.do('ballot.moderate', { ballotId, moderation: 'approved' });
    expect(room.workshop.ballots[0]!.moderation).toBe('approved');
    expect(room.events.at(-1)).toEqual({ type: 'ballot.moderated', pollId: id, ballotId, moderation: 'approved' });
    room.do('ballot.moderate', { ballotId, moderation: 'hidden' });
    expect(room.workshop.ballots[0]!.moderation).toBe('hidden');
  });

  it('makes no change when the answer is already in that state', () => {
    const { room, ballotId } = textPollWithAnswer();
    const before = room.workshop;
    room.do('ballot.moderate', { ballotId, moderation: 'pending' });
    expect(room.workshop).toBe(before);
  });

  it('refuses to moderate a maturity ballot, an unknown ballot, or from a phone', () => {
    const { room, ballotId } = textPollWithAnswer();
    const poll = room.maturityPoll('C01');
    room.openVoting(poll);
    const rating = room.rate('b', poll, 3);
    expect(room.refusal('ballot.moderate', { ballotId: rating, moderation: 'hidden' })).toBe('Only open-text answers are moderated.');
    expect(room.refusal('ballot.moderate', { ballotId: 'nope', moderation: 'hidden' })).toBe('There is no such answer.');
    expect(room.refusal('ballot.moderate', { ballotId, moderation: 'approved' }, phone('a'))).toBe('Only the facilitator can do this.');
  });
});
