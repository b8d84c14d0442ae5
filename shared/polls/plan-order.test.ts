import { describe, expect, it } from 'vitest';
import type { ActionItem } from '../domain/outcomes';
import { buildMinutes } from '../minutes/build';
import type { TableBlock } from '../minutes/model';
import { INITIAL_PRESENTATION } from '../projector/presentation';
import { toProjectorView } from '../projector/to-view';
import { orderActionPlan, planRanking, workshopPlanOrder } from './plan-order';
import type { DotRanking } from './results';
import { aBallot, aPoll, aRound, aWorkshop } from './test-builders';

const action = (id: string, fields: Partial<ActionItem> = {}): ActionItem => ({
  id,
  title: id,
  owner: '',
  due: '',
  indicator: '',
  priority: 'medium',
  componentId: null,
  inPlan: true,
  ...fields,
});

const ranked = (items: [id: string, rank: number, dots: number][]): DotRanking => ({
  pollId: 'd',
  question: { th: '', en: '' },
  round: 1,
  respondents: 3,
  dotsPlaced: 9,
  items: items.map(([id, rank, dots]) => ({ rank, optionId: id, label: { th: id, en: id }, dots, voters: dots, source: { kind: 'action', actionId: id } })),
});

const COMPONENTS = ['C01', 'C02', 'C03'];
const ids = (entries: { action: ActionItem }[]) => entries.map((e) => e.action.id);

describe('the action plan order', () => {
  it('follows the dot-vote rank; tied items keep their shared rank and say so; no dots is unranked', () => {
    const actions = [action('a', { priority: 'low' }), action('b'), action('c', { priority: 'high' }), action('d'), action('e', { priority: 'high' })];
    const order = orderActionPlan(actions, ranked([['d', 1, 5], ['b', 2, 2], ['a', 2, 2], ['c', 4, 0]]), COMPONENTS);
    expect(order.map((o) => [o.action.id, o.rank, o.tied])).toEqual([
      ['d', 1, false],
      ['b', 2, true],
      ['a', 2, true],
      ['c', null, false],
      ['e', null, false],
    ]);
  });

  it('then priority, then the earliest due date (undated last), then the component in framework order, then as entered', () => {
    const actions = [
      action('undated-high', { priority: 'high' }),
      action('late-high', { priority: 'high', due: '2027-06-30' }),
      action('early-high-c02', { priority: 'high', due: '2027-01-15', componentId: 'C02' }),
      action('early-high-c01', { priority: 'high', due: '2027-01-15', componentId: 'C01' }),
      action('early-high-none', { priority: 'high', due: '2027-01-15' }),
      action('early-high-c01-again', { priority: 'high', due: '2027-01-15', componentId: 'C01' }),
      action('low-first', { priority: 'low', due: '2026-12-01' }),
      action('medium', { due: '2027-12-31' }),
    ];
    expect(ids(orderActionPlan(actions, null, COMPONENTS))).toEqual([
      'early-high-c01',
      'early-high-c01-again',
      'early-high-c02',
      'early-high-none',
      'late-high',
      'undated-high',
      'medium',
      'low-first',
    ]);
  });

  it('a tie in the vote is broken the same way (priority, due date, component)', () => {
    const actions = [action('x', { due: '2027-06-30' }), action('y', { due: '2027-01-15' }), action('z', { priority: 'high' })];
    expect(ids(orderActionPlan(actions, ranked([['x', 1, 4], ['y', 1, 4], ['z', 1, 4]]), COMPONENTS))).toEqual(['z', 'y', 'x']);
  });

  it('tied items come in the same order on the projector’s ranking as in the action plan (one tie-break)', () => {
    // The poll lists the ideas first, then the actions; all four tie on 2 dots.
    const options = ['idea-late', 'a-low', 'a-high-late', 'a-high-early'].map((id) => ({ id, label: { th: id, en: id } }));
    const workshop = aWorkshop({
      componentNotes: [{ componentId: 'C02', notes: '', evidence: [], strengths: [], gaps: [], ideas: [{ id: 'idea-late', text: 'idea-late' }] }],
      actions: [
        action('a-low', { priority: 'low', componentId: 'C01' }),
        action('a-high-late', { priority: 'high', due: '2027-09-30' }),
        action('a-high-early', { priority: 'high', due: '2027-01-15' }),
        // Made from the idea: it carries the idea's rank, and the idea ranks by it.
        action('from-idea', { title: 'idea-late', componentId: 'C02', due: '2027-03-31' }),
      ],
      polls: [aPoll('dots', { id: 'dots-poll', options, maxChoices: 4, rounds: [aRound(1, 'revealed')] })],
      ballots: [
        aBallot('dots-poll', { kind: 'dots', dots: { 'idea-late': 1, 'a-low': 1, 'a-high-late': 1, 'a-high-early': 1 } }),
        aBallot('dots-poll', { kind: 'dots', dots: { 'idea-late': 1, 'a-low': 1, 'a-high-late': 1, 'a-high-early': 1 } }),
      ],
    });
    const plan = ids(workshopPlanOrder(workshop));
    expect(plan).toEqual(['a-high-early', 'a-high-late', 'from-idea', 'a-low']);
    const projector = toProjectorView(workshop, { ...INITIAL_PRESENTATION, choice: { kind: 'priorities', pollId: 'dots-poll' } });
    if (projector.kind !== 'priorities') throw new Error('not the priorities view');
    expect(projector.items.map((item) => [item.label, item.rank])).toEqual([
      ['a-high-early', 1],
      ['a-high-late', 1],
      ['idea-late', 1],
      ['a-low', 1],
    ]);
    expect(planRanking(workshop)!.items.map((item) => item.optionId)).toEqual(['a-high-early', 'a-high-late', 'idea-late', 'a-low']);
  });

  it('an action made from a ranked idea (same text, same component) carries the idea’s rank', () => {
    const ranking: DotRanking = {
      ...ranked([['other', 2, 3]]),
      items: [
        { rank: 1, optionId: 'idea-1', label: { th: 'จัดอบรมเรื่องการจัดชั้นข้อมูล', en: 'จัดอบรมเรื่องการจัดชั้นข้อมูล' }, dots: 4, voters: 3, source: { kind: 'idea', componentId: 'C01', ideaId: 'idea-1' } },
        { rank: 2, optionId: 'other', label: { th: 'other', en: 'other' }, dots: 3, voters: 3, source: { kind: 'action', actionId: 'other' } },
      ],
    };
    const actions = [action('other'), action('from-idea', { title: ' จัดอบรมเรื่องการจัดชั้นข้อมูล ', componentId: 'C01' }), action('same-text-elsewhere', { title: 'จัดอบรมเรื่องการจัดชั้นข้อมูล', componentId: 'C02' })];
    expect(orderActionPlan(actions, ranking, COMPONENTS).map((o) => [o.action.id, o.rank])).toEqual([
      ['from-idea', 1],
      ['other', 2],
      ['same-text-elsewhere', null],
    ]);
  });

  it('follows the latest dot vote the room has seen: an open or closed round does not reorder the plan', () => {
    const options = [
      { id: 'a1', label: { th: 'a1', en: 'a1' } },
      { id: 'a2', label: { th: 'a2', en: 'a2' } },
    ];
    const dots = (round: number, a1: number, a2: number) => aBallot('dots-poll', { kind: 'dots', dots: { a1, a2 } }, { round });
    const base = {
      actions: [action('a1'), action('a2')],
      ballots: [dots(1, 1, 2), dots(1, 0, 3), dots(2, 3, 0), dots(2, 3, 0)],
    };
    const revealedThenOpen = aWorkshop({ ...base, polls: [aPoll('dots', { options, maxChoices: 3, rounds: [aRound(1, 'revealed'), aRound(2, 'open')] })] });
    expect(planRanking(revealedThenOpen)?.round).toBe(1);
    expect(ids(workshopPlanOrder(revealedThenOpen))).toEqual(['a2', 'a1']);
    const secondRevealed = aWorkshop({ ...base, polls: [aPoll('dots', { options, maxChoices: 3, rounds: [aRound(1, 'revealed'), aRound(2, 'revealed')] })] });
    expect(ids(workshopPlanOrder(secondRevealed))).toEqual(['a1', 'a2']);
    const neverRevealed = aWorkshop({ ...base, polls: [aPoll('dots', { options, maxChoices: 3, rounds: [aRound(1, 'closed')] })] });
    expect(planRanking(neverRevealed)).toBeNull();
    expect(ids(workshopPlanOrder(neverRevealed))).toEqual(['a1', 'a2']);
  });

  it('is the order of the projector’s action plan and of the minutes’ plan table', () => {
    const options = ['a1', 'a2', 'a3', 'a4'].map((id) => ({ id, label: { th: id, en: id } }));
    const workshop = aWorkshop({
      actions: [
        action('a1', { title: 'แต่งตั้งคณะทำงานด้านข้อมูลเปิด', due: '2027-01-15', componentId: 'C01', owner: 'สำนักงานเลขานุการ' }),
        action('a2', { title: 'ยกร่างประกาศนโยบาย', due: '2027-06-30', componentId: 'C02', owner: 'นิติกร' }),
        action('a3', { title: 'จัดทำบัญชีข้อมูล', due: '2027-03-31', componentId: 'C01', owner: 'กองยุทธศาสตร์' }),
        action('a4', { title: 'ทบทวนคำสั่ง', priority: 'high', componentId: 'C03', owner: 'ผอ.' }),
      ],
      polls: [aPoll('dots', { id: 'dots-poll', options, maxChoices: 3, rounds: [aRound(1, 'revealed')] })],
      ballots: [
        aBallot('dots-poll', { kind: 'dots', dots: { a3: 2, a2: 1 } }),
        aBallot('dots-poll', { kind: 'dots', dots: { a2: 2, a3: 1 } }),
        aBallot('dots-poll', { kind: 'dots', dots: { a1: 2 } }),
      ],
    });
    const expected = ['a3', 'a2', 'a1', 'a4']; // a3 and a2 tie on 3 dots (a3 is due first), a1 has 2, a4 none
    expect(ids(workshopPlanOrder(workshop))).toEqual(expected);

    const projector = toProjectorView(workshop, { ...INITIAL_PRESENTATION, choice: { kind: 'actionPlan' } });
    expect(projector.kind === 'actionPlan' && projector.actions.map((a) => a.id)).toEqual(expected);

    const minutes = buildMinutes(workshop, { language: 'th', thaiDigits: false });
    const table = minutes.blocks.find((b): b is TableBlock => b.kind === 'table' && JSON.stringify(b.caption).includes('แผนปฏิบัติการ'))!;
    const titles = table.rows.map((row) => JSON.stringify(row[1]));
    const titleOf = (id: string) => workshop.actions.find((a) => a.id === id)!.title;
    expect(titles.map((t) => expected.find((id) => t.includes(titleOf(id))))).toEqual(expected);
    expect(JSON.stringify(table.rows[0]![1])).toContain('อันดับโหวต 1 ร่วม');
  });
});
