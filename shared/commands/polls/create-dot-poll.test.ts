import { describe, expect, it } from 'vitest';
import { Room } from './test-support';

function roomWithIdeasAndActions() {
  const room = new Room();
  const idea1 = room.do('idea.add', { componentId: 'C05', text: 'คู่มือการมีส่วนร่วมสำหรับชุมชน' });
  const idea2 = room.do('idea.add', { componentId: 'C01', text: 'เปิดข้อมูลงบประมาณ' });
  const action = room.do('action.add', { title: 'จัดทำบัญชีข้อมูล', owner: 'กองยุทธศาสตร์' });
  return { room, idea1, idea2, action };
}

describe('priorities.createDotPoll', () => {
  it('builds a dot vote over every component’s ideas in framework order, then the actions', () => {
    const { room, idea1, idea2, action } = roomWithIdeasAndActions();
    const id = room.do('priorities.createDotPoll', { dotsPerPerson: 5 });
    const poll = room.poll(id);
    expect(poll).toMatchObject({ kind: 'dots', componentId: null, maxChoices: 5, rounds: [] });
    expect(poll.options).toEqual([
      { id: idea2, label: { th: 'เปิดข้อมูลงบประมาณ', en: 'เปิดข้อมูลงบประมาณ' } },
      { id: idea1, label: { th: 'คู่มือการมีส่วนร่วมสำหรับชุมชน', en: 'คู่มือการมีส่วนร่วมสำหรับชุมชน' } },
      { id: action, label: { th: 'จัดทำบัญชีข้อมูล', en: 'จัดทำบัญชีข้อมูล' } },
    ]);
    expect(poll.question.en).toContain('5 dots');
  });

  it('can take ideas only or actions only', () => {
    const { room, idea1, idea2 } = roomWithIdeasAndActions();
    const id = room.do('priorities.createDotPoll', { include: 'ideas' });
    expect(room.poll(id).options.map((o) => o.id)).toEqual([idea2, idea1]);
  });

  it('refuses when there is nothing to choose between', () => {
    const { room } = roomWithIdeasAndActions();
    expect(room.refusal('priorities.createDotPoll', { include: 'actions' })).toBe(
      'Dot voting needs at least two ideas or actions to choose between (there are 1).',
    );
  });

  it('gives each person three dots by default, and ranks back to the ideas after voting', () => {
    const { room, idea1 } = roomWithIdeasAndActions();
    const id = room.do('priorities.createDotPoll', {});
    expect(room.poll(id).maxChoices).toBe(3);
    room.openVoting(id);
    room.vote('a', id, { kind: 'dots', dots: { [idea1]: 3 } });
    expect(room.workshop.ballots[0]!.answer).toEqual({ kind: 'dots', dots: { [idea1]: 3 } });
  });
});
