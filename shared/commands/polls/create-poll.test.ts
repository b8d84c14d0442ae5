import { describe, expect, it } from 'vitest';
import { POLL_TYPES } from '../../polls/poll-types';
import { phone, Room } from './test-support';

describe('poll.create', () => {
  it('makes a maturity poll from a component, with its question and no round open yet', () => {
    const room = new Room();
    const id = room.maturityPoll('C03');
    expect(room.poll(id)).toEqual({
      id,
      kind: 'maturity',
      componentId: 'C03',
      question: POLL_TYPES.maturity.defaultQuestion({ component: room.workshop.framework.components[2]!, maxChoices: null }),
      options: [],
      maxChoices: null,
      askTarget: true,
      allowChange: true,
      rounds: [],
    });
    expect(room.events).toEqual([{ type: 'poll.changed', pollId: id, change: 'created' }]);
  });

  it('refuses a second maturity poll for the same component: a re-vote is a round', () => {
    const room = new Room();
    room.maturityPoll('C01');
    expect(room.refusal('poll.create', { kind: 'maturity', componentId: 'C01' })).toMatch(/already has a maturity poll/);
  });

  it('makes a choice poll with options numbered o1, o2…', () => {
    const room = new Room();
    const id = room.do('poll.create', {
      kind: 'multiple',
      question: { th: 'ช่องทางใดที่ท่านใช้', en: 'Which channels do you use?' },
      options: [
        { th: 'เว็บไซต์', en: 'Website' },
        { th: 'ไลน์', en: 'LINE' },
        { th: 'ประชุม', en: 'Meetings' },
      ],
      maxChoices: 2,
      allowChange: false,
    });
    expect(room.poll(id)).toMatchObject({
      kind: 'multiple',
      options: [{ id: 'o1' }, { id: 'o2', label: { th: 'ไลน์', en: 'LINE' } }, { id: 'o3' }],
      maxChoices: 2,
      allowChange: false,
      askTarget: false,
    });
  });

  it('refuses a choice poll with one option, and an unknown kind', () => {
    const room = new Room();
    expect(room.refusal('poll.create', { kind: 'single', options: [{ th: 'ก', en: 'A' }] })).toMatch(/2 to 200 options/);
    expect(room.refusal('poll.create', { kind: 'ranking' })).toMatch(/^INVALID/);
  });

  it('refuses a phone trying to create a poll', () => {
    expect(new Room().refusal('poll.create', { kind: 'text' }, phone('a'))).toBe('Only the facilitator can do this.');
  });
});

describe('poll.update', () => {
  function choicePoll(room: Room) {
    return room.do('poll.create', { kind: 'multiple', options: [{ th: 'ก', en: 'A' }, { th: 'ข', en: 'B' }] });
  }

  it('edits the question at any time, even after votes', () => {
    const room = new Room();
    const id = room.maturityPoll('C01');
    room.openVoting(id);
    room.rate('a', id, 3);
    room.do('poll.update', { pollId: id, question: { th: 'คำถามใหม่', en: 'New question' } });
    expect(room.poll(id).question).toEqual({ th: 'คำถามใหม่', en: 'New question' });
  });

  it('keeps options by id, numbers new ones after the highest, and lets a default limit follow them', () => {
    const room = new Room();
    const id = choicePoll(room);
    room.do('poll.update', { pollId: id, options: [{ id: 'o2', label: { th: 'ข!', en: 'B!' } }, { label: { th: 'ค', en: 'C' } }] });
    expect(room.poll(id).options.map((o) => o.id)).toEqual(['o2', 'o3']);
    expect(room.poll(id).options[0]!.label.en).toBe('B!');
    room.do('poll.update', { pollId: id, options: [{ id: 'o2', label: { th: 'ข', en: 'B' } }, { id: 'o3', label: { th: 'ค', en: 'C' } }, { label: { th: 'ง', en: 'D' } }] });
    expect(room.poll(id).maxChoices).toBe(3);
  });

  it('refuses to change options once anyone has answered', () => {
    const room = new Room();
    const id = choicePoll(room);
    room.openVoting(id);
    room.vote('a', id, { kind: 'multiple', choices: ['o1'] });
    expect(room.refusal('poll.update', { pollId: id, options: [{ label: { th: 'ค', en: 'C' } }, { label: { th: 'ง', en: 'D' } }] })).toMatch(
      /already answered/,
    );
    expect(room.refusal('poll.update', { pollId: id, maxChoices: 1 })).toMatch(/already answered/);
  });

  it('refuses to stop asking the target once a show of hands is typed in', () => {
    const room = new Room();
    const id = room.maturityPoll('C01');
    room.openVoting(id);
    room.do('tally.set', { pollId: id, counts: [1, 0, 0, 0, 0], abstain: 0 });
    expect(room.refusal('poll.update', { pollId: id, askTarget: false })).toMatch(/already answered/);
  });

  it('refuses an option id the poll does not have, and an unknown poll', () => {
    const room = new Room();
    const id = choicePoll(room);
    expect(room.refusal('poll.update', { pollId: id, options: [{ id: 'o9', label: { th: 'x', en: 'x' } }, { label: { th: 'y', en: 'y' } }] })).toBe(
      'This poll has no option "o9".',
    );
    expect(room.refusal('poll.update', { pollId: 'nope', allowChange: false })).toBe('There is no poll "nope" in this workshop.');
  });

  it('makes no change, and so no undo step, when nothing differs', () => {
    const room = new Room();
    const id = choicePoll(room);
    const before = room.workshop;
    room.do('poll.update', { pollId: id, allowChange: true });
    expect(room.workshop).toBe(before);
  });
});

describe('poll.delete', () => {
  it('removes the poll with its ballots and tallies, and leaves other polls alone', () => {
    const room = new Room();
    const gone = room.maturityPoll('C01');
    const kept = room.maturityPoll('C02');
    for (const id of [gone, kept]) {
      room.openVoting(id);
      room.rate('a', id, 2);
      room.do('tally.set', { pollId: id, counts: [0, 1, 0, 0, 0], abstain: 0 });
    }
    room.do('poll.delete', { pollId: gone });
    expect(room.workshop.polls.map((p) => p.id)).toEqual([kept]);
    expect(room.workshop.ballots.map((b) => b.pollId)).toEqual([kept]);
    expect(room.workshop.tallies.map((t) => t.pollId)).toEqual([kept]);
  });
});
