import { describe, expect, it } from 'vitest';
import type { ActionItem } from '../../../../shared/domain/outcomes';
import type { DotRanking } from '../../../../shared/polls';
import { planOrder } from './plan-order';

const action = (id: string, priority: ActionItem['priority'] = 'medium'): ActionItem => ({
  id,
  title: id,
  owner: '',
  due: '',
  indicator: '',
  priority,
  componentId: null,
  inPlan: true,
});

const ranked = (items: [string, number, number][]): DotRanking => ({
  pollId: 'd',
  question: { th: '', en: '' },
  round: 1,
  respondents: 3,
  dotsPlaced: 9,
  items: items.map(([id, rank, dots]) => ({ rank, optionId: id, label: { th: id, en: id }, dots, voters: dots, source: { kind: 'action', actionId: id } })),
});

describe('the action plan order', () => {
  it('follows the dot-vote rank, ties keep their shared rank, then unranked actions by priority', () => {
    const actions = [action('a', 'low'), action('b'), action('c', 'high'), action('d'), action('e', 'high')];
    const order = planOrder(actions, ranked([['d', 1, 5], ['b', 2, 2], ['a', 2, 2], ['c', 4, 0]]));
    expect(order.map((o) => [o.action.id, o.rank])).toEqual([
      ['d', 1],
      ['b', 2],
      ['a', 2],
      ['c', null],
      ['e', null],
    ]);
  });

  it('without a vote, orders by priority and then as added', () => {
    expect(planOrder([action('x'), action('y', 'high'), action('z', 'low')], null).map((o) => o.action.id)).toEqual(['y', 'x', 'z']);
  });
});
