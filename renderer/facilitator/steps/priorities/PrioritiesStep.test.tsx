// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ComponentNotes } from '../../../../shared/domain/outcomes';
import type { Participant } from '../../../../shared/domain/people';
import { dotRanking } from '../../../../shared/polls';
import { aBallot, aPoll, aRound, aWorkshop } from '../../../../shared/polls/test-builders';
import { byTestId, cleanup, click, press, renderApp, textOf, type, type FakeHost } from '../../../test-utils';

afterEach(cleanup);

const input = (id: string) => byTestId<HTMLInputElement>(id);
const lastPayload = (host: FakeHost, type: string) => host.commands.filter((c) => c.type === type).at(-1)?.payload as Record<string, unknown>;

async function choose(select: HTMLSelectElement, value: string): Promise<void> {
  await act(async () => {
    Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')!.set!.call(select, value);
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

const notes = (componentId: string, ideas: string[]): ComponentNotes => ({
  componentId,
  notes: '',
  evidence: [],
  strengths: [],
  gaps: [],
  ideas: ideas.map((text, i) => ({ id: `${componentId}-idea-${i + 1}`, text })),
});

const person = (id: string, code: string, name: string): Participant => ({
  id,
  code,
  name,
  organisation: '',
  sector: 'government',
  contact: '',
  socialGroups: [],
  groupsConsent: false,
  checkedInAt: '2026-11-26T02:30:00.000Z',
  source: 'register',
  erased: false,
});

function ideasAndActions() {
  return aWorkshop({
    componentNotes: [notes('C01', ['เปิดข้อมูลงบประมาณรายเดือน', 'จัดทำบัญชีข้อมูล']), notes('C07', ['รายงานความคืบหน้าทุกไตรมาส'])],
    actions: [
      { id: 'act-1', title: 'แต่งตั้งคณะทำงานเปิดข้อมูล', owner: 'ผอ.กลุ่ม', due: '2027-03-31', indicator: '', priority: 'high', componentId: 'C01', inPlan: false },
      { id: 'act-2', title: 'ทบทวนคำสั่ง', owner: '', due: '', indicator: '', priority: 'low', componentId: 'C02', inPlan: true },
    ],
    participants: [person('p1', 'P001', 'สมชาย ใจดี'), person('p2', 'P002', 'สมศรี รักดี')],
  });
}

describe('the priorities step', () => {
  it('creates a dot vote over every idea and action with the dots per person chosen, and opens it', async () => {
    const host = await renderApp({ step: 'priorities', workshop: ideasAndActions() });
    expect(byTestId('dot-vote').textContent).toContain('ข้อเสนอ 3 ข้อ และแผนปฏิบัติการ 2 รายการ');
    await type(input('dots-per-person'), '2');
    expect(byTestId('dots-create').textContent).toBe('สร้างการโหวตจุด (5 รายการ)');
    await click(byTestId('dots-create'));
    expect(lastPayload(host, 'priorities.createDotPoll')).toEqual({ dotsPerPerson: 2, include: 'both' });

    await click(byTestId('dots-round-open'));
    expect(byTestId('dots-round-status').textContent).toContain('กำลังเปิดให้ลงคะแนน');
    await click(byTestId('dots-round-close'));
    await click(byTestId('dots-round-reveal'));
    expect(host.commands.map((c) => c.type)).toEqual(['priorities.createDotPoll', 'round.open', 'round.close', 'round.reveal']);
  });

  it("enters a participant's dots as their ballot, within the dots each person has", async () => {
    const host = await renderApp({ step: 'priorities', workshop: ideasAndActions() });
    await type(input('dots-per-person'), '2');
    await click(byTestId('dots-create'));
    await click(byTestId('dots-round-open'));
    const poll = host.snapshot().workshop!.polls[0]!;

    await choose(byTestId<HTMLSelectElement>('entered-dots-person'), 'p2');
    await type(input('entered-dots-1'), '2');
    await type(input('entered-dots-4'), '1');
    await click(byTestId('entered-dots-save'));
    expect(host.commands.map((c) => c.type)).not.toContain('ballot.cast');
    expect(textOf(byTestId('entered-dots'))).toContain('วางได้คนละ 2 จุด (ตอนนี้ 3 จุด)');

    await type(input('entered-dots-4'), '0');
    await press(input('entered-dots-4'), 'Enter');
    expect(lastPayload(host, 'ballot.cast')).toEqual({ pollId: poll.id, round: 1, participantId: 'p2', answer: { kind: 'dots', dots: { [poll.options[0]!.id]: 2 } } });
    expect(byTestId('ranked-1').getAttribute('data-dots')).toBe('2');
  });

  it('ranks the items with ties sharing a rank, and orders the action plan by that rank', async () => {
    const base = ideasAndActions();
    const options = [
      { id: 'C01-idea-1', label: { th: 'เปิดข้อมูลงบประมาณรายเดือน', en: 'เปิดข้อมูลงบประมาณรายเดือน' } },
      { id: 'C01-idea-2', label: { th: 'จัดทำบัญชีข้อมูล', en: 'จัดทำบัญชีข้อมูล' } },
      { id: 'C07-idea-1', label: { th: 'รายงานความคืบหน้าทุกไตรมาส', en: 'รายงานความคืบหน้าทุกไตรมาส' } },
      { id: 'act-1', label: { th: 'แต่งตั้งคณะทำงานเปิดข้อมูล', en: 'แต่งตั้งคณะทำงานเปิดข้อมูล' } },
      { id: 'act-2', label: { th: 'ทบทวนคำสั่ง', en: 'ทบทวนคำสั่ง' } },
    ];
    const dots = aPoll('dots', { id: 'dots', options, maxChoices: 3, rounds: [aRound(1, 'revealed')] });
    const ballot = (voter: string, placed: Record<string, number>) => aBallot('dots', { kind: 'dots', dots: placed }, { voter });
    const workshop = {
      ...base,
      actions: base.actions.map((a) => ({ ...a, inPlan: true })),
      polls: [dots],
      ballots: [ballot('v1', { 'act-2': 3 }), ballot('v2', { 'C01-idea-1': 2, 'act-1': 1 }), ballot('v3', { 'act-1': 1, 'C07-idea-1': 2 }), ballot('v4', { 'act-2': 1 })],
    };
    const expected = dotRanking(workshop, 'dots')!;
    const host = await renderApp({ step: 'priorities', workshop });

    const shown = [1, 2, 3, 4, 5].map((n) => [byTestId(`ranked-${n}`).textContent, Number(byTestId(`ranked-${n}`).getAttribute('data-rank'))]);
    expect(shown.map(([, rank]) => rank)).toEqual(expected.items.map((i) => i.rank));
    expect(expected.items.map((i) => i.rank)).toEqual([1, 2, 2, 2, 5]);
    expect(shown[0]![0]).toContain('ทบทวนคำสั่ง');
    // A shared rank is said in words ("อันดับ 2 (ร่วม)"), on the badge and in a note, never a bare "2=".
    expect(byTestId('ranked-2').querySelector('.rank-badge')!.getAttribute('aria-label')).toBe('อันดับ\u00a02 (ร่วม)');
    expect(byTestId('ranked-2-rank').textContent).toBe('2ร่วม');
    expect(byTestId('ranked-1-rank').textContent).toBe('1');
    expect(byTestId('ranking-joint-note').textContent).toContain('ได้จุดเท่ากัน');

    // The plan: act-2 (rank 1) before act-1 (rank 2), though act-1 has the higher priority.
    expect(byTestId('plan-1').getAttribute('data-action-id')).toBe('act-2');
    expect(byTestId('plan-2').getAttribute('data-action-id')).toBe('act-1');
    expect(byTestId('plan-2').textContent).toContain('อันดับโหวต\u00a02 (ร่วม)');
    expect(input('plan-2-due').value).toBe('31/03/2570');

    // An idea becomes an action in the plan; an action leaves the plan.
    const ideaAt = 1 + expected.items.findIndex((item) => item.optionId === 'C01-idea-1');
    await click(byTestId(`ranked-${ideaAt}-to-action`));
    expect(lastPayload(host, 'action.add')).toEqual({ title: 'เปิดข้อมูลงบประมาณรายเดือน', componentId: 'C01', inPlan: true });
    await click(byTestId('plan-1-in-plan'));
    expect(lastPayload(host, 'action.removeFromPlan')).toEqual({ actionId: 'act-2' });
    expect(byTestId('plan-others').textContent).toContain('ทบทวนคำสั่ง');
  });

  it('edits an action of the plan in place, with its due date in พ.ศ. stored as CE', async () => {
    const host = await renderApp({ step: 'priorities', workshop: ideasAndActions() });
    await type(input('plan-1-owner'), 'นางสาวนภา');
    await press(input('plan-1-owner'), 'Enter');
    await type(input('plan-1-due'), '1 ต.ค. 2570');
    await press(input('plan-1-due'), 'Enter');
    await choose(byTestId<HTMLSelectElement>('plan-1-priority'), 'high');
    expect(host.commands.map((c) => [c.type, c.payload])).toEqual([
      ['action.update', { actionId: 'act-2', owner: 'นางสาวนภา' }],
      ['action.update', { actionId: 'act-2', due: '2027-10-01' }],
      ['action.setPriority', { actionId: 'act-2', priority: 'high' }],
    ]);
    expect(input('plan-1-due').value).toBe('01/10/2570');

    await type(input('plan-new-title'), 'จัดเวทีติดตามผลทุกไตรมาส');
    await type(input('plan-new-due'), '30/6/2570');
    await press(input('plan-new-title'), 'Enter');
    expect(lastPayload(host, 'action.add')).toMatchObject({ title: 'จัดเวทีติดตามผลทุกไตรมาส', due: '2027-06-30', componentId: null, inPlan: true });
  });
});
