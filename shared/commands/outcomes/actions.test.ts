import { describe, expect, it } from 'vitest';
import { phone, Room } from '../polls/test-support';

const actionOf = (room: Room, id: string) => room.workshop.actions.find((a) => a.id === id)!;

describe('actions', () => {
  it('adds an action with defaults for what was not given', () => {
    const room = new Room();
    const id = room.do('action.add', { title: ' จัดทำบัญชีข้อมูล ', componentId: 'C01', due: '2027-03-31' });
    expect(actionOf(room, id)).toEqual({
      id,
      title: 'จัดทำบัญชีข้อมูล',
      owner: '',
      due: '2027-03-31',
      indicator: '',
      priority: 'medium',
      componentId: 'C01',
      inPlan: false,
    });
    expect(room.events).toEqual([{ type: 'action.changed', actionId: id, change: 'added' }]);
  });

  it('refuses an action without a title, with an unknown component, or with an impossible date', () => {
    const room = new Room();
    expect(room.refusal('action.add', { title: '  ' })).toBe('An action needs a title.');
    expect(room.refusal('action.add', { title: 'x', componentId: 'C10' })).toMatch(/no component "C10"/);
    expect(room.refusal('action.add', { title: 'x', due: '2027-02-30' })).toMatch(/^INVALID/);
  });

  it('edits only the fields given', () => {
    const room = new Room();
    const id = room.do('action.add', { title: 'ก', owner: 'กองแผน', indicator: 'ร้อยละ 80' });
    room.do('action.update', { actionId: id, owner: 'กองยุทธศาสตร์', componentId: null });
    expect(actionOf(room, id)).toMatchObject({ title: 'ก', owner: 'กองยุทธศาสตร์', indicator: 'ร้อยละ 80', componentId: null });
  });

  it('sets the priority and moves an action into and out of the plan', () => {
    const room = new Room();
    const id = room.do('action.add', { title: 'ก' });
    room.do('action.setPriority', { actionId: id, priority: 'high' });
    room.do('action.includeInPlan', { actionId: id });
    expect(actionOf(room, id)).toMatchObject({ priority: 'high', inPlan: true });
    const before = room.workshop;
    room.do('action.includeInPlan', { actionId: id });
    expect(room.workshop).toBe(before);
    room.do('action.removeFromPlan', { actionId: id });
    expect(actionOf(room, id).inPlan).toBe(false);
  });

  it('removes an action', () => {
    const room = new Room();
    const id = room.do('action.add', { title: 'ก' });
    room.do('action.remove', { actionId: id });
    expect(room.workshop.actions).toEqual([]);
    expect(room.refusal('action.remove', { actionId: id })).toBe('There is no such action.');
  });

  it('refuses changes to an action that is not there, or from a phone', () => {
    const room = new Room();
    expect(room.refusal('action.setPriority', { actionId: 'nope', priority: 'low' })).toBe('There is no such action.');
    expect(room.refusal('action.add', { title: 'ก' }, phone('a'))).toBe('Only the facilitator can do this.');
  });
});
