import { describe, expect, it } from 'vitest';
import { phoneParticipantId } from '../../participant/identity';
import { aParticipant, facilitator, phone, Room, system } from './test-support';

function openPoll(extra: Record<string, unknown> = {}) {
  const room = new Room();
  const id = room.maturityPoll('C01', extra);
  room.openVoting(id);
  return { room, id };
}

const rating = (current: number | 'abstain', target: number | null = null) => ({ kind: 'maturity' as const, current, target });

describe('ballot.cast from a phone', () => {
  it('records the ballot under the phone’s token hash, with its declared sector, at the command’s time', () => {
    const { room, id } = openPoll();
    const ballotId = room.vote('somchai', id, rating(3, 5), { sector: 'government' });
    expect(room.workshop.ballots).toEqual([
      {
        id: ballotId,
        pollId: id,
        round: 1,
        voter: 'hash-of-somchai',
        sector: 'government',
        at: '2026-11-26T03:00:03.000Z',
        answer: { kind: 'maturity', current: 3, target: 5 },
        moderation: null,
      },
    ]);
    expect(room.events.at(-1)).toEqual({ type: 'ballot.cast', pollId: id, round: 1, replaced: false });
  });

  it('counts abstain as an answer', () => {
    const { room, id } = openPoll();
    room.vote('a', id, rating('abstain'));
    expect(room.workshop.ballots[0]!.answer).toEqual({ kind: 'maturity', current: 'abstain', target: null });
  });

  it('refuses a ballot before the round opens and after it closes', () => {
    const room = new Room();
    const id = room.maturityPoll('C01');
    expect(room.refusal('ballot.cast', { pollId: id, answer: rating(3) }, phone('a'))).toBe('This poll is not open for voting.');
    room.openVoting(id);
    room.do('round.close', { pollId: id });
    expect(room.refusal('ballot.cast', { pollId: id, answer: rating(3) }, phone('a'))).toBe('This poll is not open for voting.');
  });

  it('refuses a ballot meant for a round the room has moved on from, rather than moving it', () => {
    const { room, id } = openPoll();
    room.do('round.close', { pollId: id });
    room.do('round.revote', { pollId: id });
    expect(room.refusal('ballot.cast', { pollId: id, round: 1, answer: rating(3) }, phone('a'))).toBe(
      'Round 1 is over; the poll is on round 2 now.',
    );
    room.vote('a', id, rating(3), { round: 2 });
    expect(room.workshop.ballots.map((b) => b.round)).toEqual([2]);
  });

  it('replaces the voter’s earlier ballot in an open round when the poll allows changing a vote', () => {
    const { room, id } = openPoll({ allowChange: true });
    room.vote('a', id, rating(2));
    room.vote('b', id, rating(4));
    const second = room.vote('a', id, rating(3));
    expect(room.workshop.ballots.map((b) => [b.voter, b.answer])).toEqual([
      ['hash-of-a', rating(3)],
      ['hash-of-b', rating(4)],
    ]);
    expect(room.workshop.ballots[0]!.id).toBe(second);
    expect(room.events.at(-1)).toEqual({ type: 'ballot.cast', pollId: id, round: 1, replaced: true });
  });

  it('refuses a second ballot from the same voter when the poll does not allow changing a vote', () => {
    const { room, id } = openPoll({ allowChange: false });
    room.vote('a', id, rating(2));
    expect(room.refusal('ballot.cast', { pollId: id, answer: rating(3) }, phone('a'))).toBe(
      'This voter has already voted in this round, and this poll does not allow changing a vote.',
    );
    expect(room.workshop.ballots).toHaveLength(1);
  });

  it('gives the same voter a fresh ballot in the next round', () => {
    const { room, id } = openPoll({ allowChange: false });
    room.vote('a', id, rating(2));
    room.do('round.close', { pollId: id });
    room.do('round.revote', { pollId: id });
    room.vote('a', id, rating(3));
    expect(room.workshop.ballots.map((b) => [b.round, b.voter])).toEqual([
      [1, 'hash-of-a'],
      [2, 'hash-of-a'],
    ]);
  });

  it('refuses a target level the poll does not ask for, and a level outside 1–5', () => {
    const { room, id } = openPoll({ askTarget: false });
    expect(room.refusal('ballot.cast', { pollId: id, answer: rating(3, 4) }, phone('a'))).toBe('This poll does not ask for a target level.');
    expect(room.refusal('ballot.cast', { pollId: id, answer: rating(6) }, phone('a'))).toMatch(/^INVALID/);
  });

  it('refuses an answer of the wrong kind and an unknown choice', () => {
    const room = new Room();
    const id = room.do('poll.create', { kind: 'single', options: [{ th: 'ก', en: 'A' }, { th: 'ข', en: 'B' }] });
    room.openVoting(id);
    expect(room.refusal('ballot.cast', { pollId: id, answer: rating(3) }, phone('a'))).toBe("This answer does not fit this poll's kind.");
    expect(room.refusal('ballot.cast', { pollId: id, answer: { kind: 'single', choice: 'o7' } }, phone('a'))).toBe(
      "That choice is not one of this poll's options.",
    );
    room.vote('a', id, { kind: 'single', choice: 'o2' });
  });

  it('refuses more dots than each person has', () => {
    const room = new Room();
    const id = room.do('poll.create', { kind: 'dots', options: [{ th: 'ก', en: 'A' }, { th: 'ข', en: 'B' }], maxChoices: 3 });
    room.openVoting(id);
    expect(room.refusal('ballot.cast', { pollId: id, answer: { kind: 'dots', dots: { o1: 2, o2: 2 } } }, phone('a'))).toBe(
      'Each person has 3 dots (this ballot places 4).',
    );
    room.vote('a', id, { kind: 'dots', dots: { o1: 2, o2: 1 } });
    expect(room.workshop.ballots[0]!.answer).toEqual({ kind: 'dots', dots: { o1: 2, o2: 1 } });
  });

  it('stores open text with bidi characters stripped, waiting for moderation', () => {
    const room = new Room();
    const id = room.do('poll.create', { kind: 'text' });
    room.openVoting(id);
    room.vote('a', id, { kind: 'text', text: 'ควรเปิดข้อมูล\u202Eงบประมาณ\u2066\n' });
    expect(room.workshop.ballots[0]).toMatchObject({ answer: { kind: 'text', text: 'ควรเปิดข้อมูลงบประมาณ' }, moderation: 'pending' });
  });

  it('takes text up to 280 characters once cleaned, even if it arrived longer', () => {
    const room = new Room();
    const id = room.do('poll.create', { kind: 'text' });
    room.openVoting(id);
    room.vote('a', id, { kind: 'text', text: 'ก'.repeat(280) + '\u202E'.repeat(30) });
    expect(room.refusal('ballot.cast', { pollId: id, answer: { kind: 'text', text: 'ก'.repeat(281) } }, phone('b'))).toBe(
      'An answer can be at most 280 characters (this one is 281).',
    );
  });

  it('refuses a sector that is not on the workshop’s list, and a phone claiming to vote for a participant', () => {
    const { room, id } = openPoll();
    expect(room.refusal('ballot.cast', { pollId: id, answer: rating(3), sector: 'martians' }, phone('a'))).toBe(
      "That sector is not on this workshop's list.",
    );
    room.register(aParticipant('p1'));
    expect(room.refusal('ballot.cast', { pollId: id, answer: rating(3), participantId: 'p1' }, phone('a'))).toBe(
      'A phone votes as itself, not for a named participant.',
    );
  });

  it('refuses a ballot for a poll that does not exist', () => {
    expect(new Room().refusal('ballot.cast', { pollId: 'nope', answer: rating(3) }, phone('a'))).toBe('There is no such poll.');
  });
});

describe('ballot.cast entered by the facilitator', () => {
  it('records the ballot for a named participant, with the sector from the register', () => {
    const { room, id } = openPoll();
    room.register(aParticipant('p1', { sector: 'academia' }));
    room.do('ballot.cast', { pollId: id, answer: rating(4), participantId: 'p1' });
    expect(room.workshop.ballots[0]).toMatchObject({ voter: 'p1', sector: 'academia' });
  });

  it('treats the participant as one voter: a second entry replaces the first only where changes are allowed', () => {
    const { room, id } = openPoll({ allowChange: false });
    room.register(aParticipant('p1'));
    room.do('ballot.cast', { pollId: id, answer: rating(4), participantId: 'p1' });
    expect(room.refusal('ballot.cast', { pollId: id, answer: rating(2), participantId: 'p1' })).toMatch(/already voted/);
  });

  it('approves open text the facilitator typed in', () => {
    const room = new Room();
    const id = room.do('poll.create', { kind: 'text' });
    room.openVoting(id);
    room.register(aParticipant('p1'));
    room.do('ballot.cast', { pollId: id, answer: { kind: 'text', text: 'ขอบคุณ' }, participantId: 'p1' });
    expect(room.workshop.ballots[0]!.moderation).toBe('approved');
  });

  it('needs a participant on the register, and takes no sector from the payload', () => {
    const { room, id } = openPoll();
    expect(room.refusal('ballot.cast', { pollId: id, answer: rating(4) }, facilitator)).toBe('Say which participant this ballot is for.');
    expect(room.refusal('ballot.cast', { pollId: id, answer: rating(4), participantId: 'ghost' })).toBe(
      'There is no such participant on the register.',
    );
    room.register(aParticipant('p1'));
    expect(room.refusal('ballot.cast', { pollId: id, answer: rating(4), participantId: 'p1', sector: 'media' })).toMatch(/from the register/);
  });

  it('refuses a ballot from the system', () => {
    const { room, id } = openPoll();
    expect(room.refusal('ballot.cast', { pollId: id, answer: rating(4) }, system)).toMatch(/Only a participant or the facilitator/);
  });
});

describe('ballot.cast and a phone that joined', () => {
  function joinedRoom(sector: string) {
    const { room, id } = openPoll({ allowChange: false });
    room.register(aParticipant(phoneParticipantId('hash-of-nok'), { sector, source: 'phone' }));
    return { room, id };
  }

  it('takes the sector the phone declared when it joined, unless the ballot says otherwise', () => {
    const { room, id } = joinedRoom('community');
    room.do('ballot.cast', { pollId: id, answer: rating(3) }, phone('nok'));
    expect(room.workshop.ballots[0]!.sector).toBe('community');
    room.do('ballot.cast', { pollId: id, answer: rating(3), sector: null }, phone('other'));
    expect(room.workshop.ballots[1]!.sector).toBeNull();
  });

  it('counts the facilitator entering that person’s answer as the same voter as their phone', () => {
    const { room, id } = joinedRoom('community');
    room.do('ballot.cast', { pollId: id, answer: rating(3) }, phone('nok'));
    expect(room.refusal('ballot.cast', { pollId: id, answer: rating(4), participantId: phoneParticipantId('hash-of-nok') })).toMatch(/already voted/);
  });
});
