import { describe, expect, it } from 'vitest';
import type { Workshop } from '../domain/workshop';
import { aBallot, aPoll, aRound, aTally, aWorkshop, options, ratings } from '../polls/test-builders';
import { inRoom, participant, stakeholder } from '../people/test-support';
import { INITIAL_PRESENTATION, type PresentationState } from './presentation';
import { PROJECTOR_VIEWS } from './registry';
import { toProjectorView } from './to-view';
import { VIEW_KINDS, type ProjectorView, type ViewChoice, type ViewOf } from './types';

const showing = (choice: ViewChoice, extra: Partial<PresentationState> = {}): PresentationState => ({ ...INITIAL_PRESENTATION, choice, ...extra });

function viewOf<K extends ProjectorView['kind']>(kind: K, workshop: Workshop | null, state: PresentationState, live = {}): ViewOf<K> {
  const view = toProjectorView(workshop, state, live);
  expect(view.kind).toBe(kind);
  return view as ViewOf<K>;
}

const thai = (fields: Partial<Workshop> = {}, settings: Partial<Workshop['settings']> = {}) => aWorkshop(fields, settings);
const english = (fields: Partial<Workshop> = {}) => {
  const w = aWorkshop(fields);
  return { ...w, meta: { ...w.meta, language: 'en' as const } };
};

/** A maturity poll on component C03 with the given rounds. */
const c03Poll = (state: 'open' | 'closed' | 'revealed', rounds = 1) =>
  aPoll('maturity', {
    id: 'm3',
    componentId: 'C03',
    askTarget: true,
    question: { th: '03 การสร้างภาคีเครือข่าย: ปัจจุบันหน่วยงานอยู่ในระดับใด', en: '03 Partnership: what level is the agency at today?' },
    rounds: Array.from({ length: rounds }, (_, i) => aRound(i + 1, i + 1 === rounds ? state : 'revealed')),
  });

describe('the registry', () => {
  it('has one definition for every kind of view, under its own kind', () => {
    expect(Object.keys(PROJECTOR_VIEWS).sort()).toEqual([...VIEW_KINDS].sort());
    for (const [kind, definition] of Object.entries(PROJECTOR_VIEWS)) {
      expect(definition.kind).toBe(kind);
      expect(definition.label.th).not.toBe('');
      expect(definition.label.en).not.toBe('');
    }
  });
});

describe('toProjectorView', () => {
  it('waits when no workshop is open', () => {
    expect(toProjectorView(null, INITIAL_PRESENTATION)).toEqual({ kind: 'waiting', language: 'th' });
  });

  it('welcome: the meeting’s title, organisation, number, date, time and venue, in the workshop’s language', () => {
    const w = thai();
    const workshop = { ...w, meta: { ...w.meta, title: 'เวทีรับฟังความคิดเห็น', organisation: 'สำนักงาน ก.พ.ร.', meetingNumber: '1/2569', date: '2026-11-26', startTime: '09:00', endTime: '12:00', venue: 'ห้องประชุม 1' } };
    expect(viewOf('welcome', workshop, INITIAL_PRESENTATION)).toEqual({
      kind: 'welcome',
      language: 'th',
      title: 'เวทีรับฟังความคิดเห็น',
      organisation: 'สำนักงาน ก.พ.ร.',
      meetingNumber: '1/2569',
      date: '2026-11-26',
      startTime: '09:00',
      endTime: '12:00',
      venue: 'ห้องประชุม 1',
    });
  });

  it('framework: the 4 principles and 8 components, in Thai or English', () => {
    const th = viewOf('framework', thai(), showing({ kind: 'framework' }));
    expect(th.principles.map((p) => p.name)).toEqual(['ความโปร่งใส', 'การเปิดให้ผู้มีส่วนได้ส่วนเสียเข้ามามีส่วนร่วม', 'การมีความรับผิดชอบ', 'ความเท่าเทียมของกลุ่มทางสังคม']);
    expect(th.components).toHaveLength(8);
    expect(th.components[0]).toEqual({ code: '01', name: 'การเปิดเผยข้อมูลของภาครัฐ' });
    const en = viewOf('framework', english(), showing({ kind: 'framework' }));
    expect(en.language).toBe('en');
    expect(en.components[7]).toEqual({ code: '08', name: 'Culture' });
  });

  it('join: the phones’ access (QR, URL, code) from the host, and how many joined from a phone', () => {
    const joined = '2026-11-26T02:40:00.000Z';
    const workshop = thai({
      participants: [participant({ id: 'p1', source: 'phone', checkedInAt: joined }), participant({ id: 'p2', source: 'phone', checkedInAt: joined }), participant({ id: 'p3' })],
    });
    const access = { running: true, url: 'http://192.168.1.5:8787/j/ABC234', sessionCode: 'ABC234', qrSvg: '<svg/>', joinOpen: true, loopbackOnly: false, connected: 7 };
    const view = viewOf('join', workshop, showing({ kind: 'join' }), { access });
    expect(view.access).toEqual({ running: true, url: 'http://192.168.1.5:8787/j/ABC234', sessionCode: 'ABC234', qrSvg: '<svg/>', joinOpen: true, loopbackOnly: false });
    expect(view.joined).toBe(2);
    expect(view.connected).toBe(7);
    expect(viewOf('join', workshop, showing({ kind: 'join' })).access).toBeNull();
  });

  it('join: counts people who joined by phone, as the attendance does, not devices', () => {
    const at = '2026-11-26T02:40:00.000Z';
    const workshop = thai({
      participants: [
        participant({ id: 'r1', name: 'นางสาวสมศรี ใจดี', checkedInAt: at }),
        participant({ id: 'r2', name: 'นายสมชาย รักชาติ', checkedInAt: at }),
        // Somsri's two phones, linked to her; one that matches her name; one that was taken back.
        participant({ id: 'phone-a', source: 'phone', checkedInAt: at, linkedTo: 'r1' }),
        participant({ id: 'phone-b', source: 'phone', checkedInAt: at, linkedTo: 'r1' }),
        participant({ id: 'phone-c', source: 'phone', checkedInAt: at, name: 'สมศรี ใจดี' }),
        participant({ id: 'phone-d', source: 'phone', checkedInAt: null }),
      ],
    });
    const view = viewOf('join', workshop, showing({ kind: 'join' }));
    expect(view.joined).toBe(1);
    // Never more than the people in the room the question slide counts ("จาก N คน").
    expect(view.joined).toBeLessThanOrEqual(viewOf('question', workshop, showing({ kind: 'question', componentId: 'C03' })).checkedIn);
  });

  it('question: the component, its definition and the scale, the live response count, and no results', () => {
    const workshop = thai({ polls: [c03Poll('open')], ballots: ratings('m3', [1, 2, 2, 3]), participants: inRoom(6, 'government', 1) });
    const view = viewOf('question', workshop, showing({ kind: 'question', componentId: 'C03' }));
    expect(view.component).toMatchObject({ code: '03', name: 'การสร้างภาคีเครือข่าย' });
    expect(view.component!.definition.length).toBeGreaterThan(20);
    expect(view.scale.map((s) => s.level)).toEqual([1, 2, 3, 4, 5]);
    expect(view.scale[0]!.name).toBe('ไม่มี/เริ่มต้น');
    expect(view.scale[0]!.description).toBe('ติดต่อเป็นรายบุคคลเท่านั้น');
    expect(view).toMatchObject({ pollId: 'm3', voting: 'open', round: 1, responses: 4, checkedIn: 6 });
    expect(JSON.stringify(view)).not.toMatch(/counts|median|consensus/);
  });

  it('question: while voting is open, how to join from a phone; not before, not after, not when phones cannot join', () => {
    const access = { running: true, url: 'http://192.168.1.5:8787/j/ABC234', sessionCode: 'ABC234', qrSvg: '<svg/>', joinOpen: true, loopbackOnly: false, connected: 7 };
    const open = thai({ polls: [c03Poll('open')] });
    const on = showing({ kind: 'question', componentId: 'C03' });
    expect(viewOf('question', open, on, { access }).join).toEqual({ url: 'http://192.168.1.5:8787/j/ABC234', sessionCode: 'ABC234', qrSvg: '<svg/>' });
    expect(viewOf('question', open, on).join).toBeNull();
    expect(viewOf('question', open, on, { access: { ...access, loopbackOnly: true } }).join).toBeNull();
    expect(viewOf('question', open, on, { access: { ...access, joinOpen: false } }).join).toBeNull();
    expect(viewOf('question', thai({ polls: [c03Poll('closed')] }), on, { access }).join).toBeNull();
    expect(viewOf('question', thai(), showing({ kind: 'question', componentId: 'C01' }), { access }).join).toBeNull();
  });

  it('question: a component with no poll yet can be shown, with voting not started', () => {
    const view = viewOf('question', thai(), showing({ kind: 'question', componentId: 'C01' }));
    expect(view).toMatchObject({ pollId: null, voting: 'notStarted', responses: 0 });
    expect(view.question).toContain('ปัจจุบันหน่วยงานอยู่ในระดับใด');
  });

  it('results: nothing of the results until the round is revealed', () => {
    for (const state of ['open', 'closed'] as const) {
      const workshop = thai({ polls: [c03Poll(state)], ballots: ratings('m3', [1, 2, 2, 3, 5]) });
      const view = viewOf('results', workshop, showing({ kind: 'results', componentId: 'C03' }));
      expect(view).toMatchObject({ voting: state, responses: 5, maturity: null, choices: null });
    }
  });

  it('results: revealed, the distribution with the typed tally, median, consensus and target gap', () => {
    const workshop = thai({ polls: [c03Poll('revealed')], ballots: ratings('m3', [1, 2, 2, 3, 'abstain'], { targets: [4, 4, 5, null, null] }), tallies: [aTally('m3', [0, 1, 0, 0, 0])] });
    const view = viewOf('results', workshop, showing({ kind: 'results', componentId: 'C03' }));
    expect(view.levelNames[0]).toBe('ไม่มี/เริ่มต้น');
    expect(view.maturity).toMatchObject({ counts: [1, 3, 1, 0, 0], abstain: 1, answered: 5, median: 2, targetMedian: 4, gap: 2, shift: null });
    expect(view.maturity!.consensus).toBeGreaterThan(0);
    expect(view.maturity!.consensus).toBeLessThan(1);
  });

  it('results: the shift from the previous round', () => {
    const workshop = thai({ polls: [c03Poll('revealed', 2)], ballots: [...ratings('m3', [1, 1, 2, 2, 2]), ...ratings('m3', [3, 3, 3, 3, 2], { round: 2 })] });
    const view = viewOf('results', workshop, showing({ kind: 'results', componentId: 'C03' }));
    expect(view.round).toBe(2);
    expect(view.maturity!.shift).toMatchObject({ fromRound: 1, median: 1, before: { median: 2, n: 5 } });
    expect(view.maturity!.shift!.consensus).toBeGreaterThan(0);
  });

  it('results: a sector smaller than the minimum group size is withheld, with the one that would give it away', () => {
    const workshop = thai(
      { polls: [c03Poll('revealed')], ballots: [...ratings('m3', [2, 2, 3, 3, 3, 4], { sector: 'government' }), ...ratings('m3', [1, 1], { sector: 'community' }), ...ratings('m3', [4, 4, 4, 5, 5], { sector: 'private' })] },
      { minGroupSize: 5 },
    );
    const view = viewOf('results', workshop, showing({ kind: 'results', componentId: 'C03' }));
    const bySector = view.maturity!.bySector;
    const community = bySector.find((s) => s.label === 'ชุมชน')!;
    expect(community).toEqual({ label: 'ชุมชน', suppressed: true, reason: 'below-minimum' });
    // Withheld too, or total − shown would give the community's two answers away.
    expect(bySector.filter((s) => s.suppressed)).toHaveLength(2);
    expect(JSON.stringify(community)).not.toMatch(/median|counts/);
    // Sectors nobody answered from are left out.
    expect(bySector.map((s) => s.label)).not.toContain('สื่อมวลชน');
    expect(view.maturity!.minGroupSize).toBe(5);
  });

  it('results: a revealed choice poll’s counts per option', () => {
    const poll = aPoll('single', { id: 's1', options: options('a', 'b'), rounds: [aRound(1, 'revealed')] });
    const ballots = [aBallot('s1', { kind: 'single', choice: 'a' }), aBallot('s1', { kind: 'single', choice: 'b' }), aBallot('s1', { kind: 'single', choice: 'b' })];
    const view = viewOf('results', thai({ polls: [poll], ballots }), showing({ kind: 'results', pollId: 's1' }));
    expect(view.choices).toEqual({ options: [{ label: 'ตัวเลือก a', count: 1 }, { label: 'ตัวเลือก b', count: 2 }] });
  });

  it('stakeholders: each named stakeholder on the grid and the quadrant names', () => {
    const workshop = thai({ stakeholders: [stakeholder({ id: 's1', name: 'สภาองค์กรชุมชน', influence: 2, interest: 5 }), stakeholder({ id: 's2', name: '  ' })] });
    const view = viewOf('stakeholders', workshop, showing({ kind: 'stakeholders' }));
    expect(view.stakeholders).toEqual([{ id: 's1', name: 'สภาองค์กรชุมชน', influence: 2, interest: 5 }]);
    expect(view.quadrantLabels.manageClosely).toBe('บริหารจัดการอย่างใกล้ชิด');
  });

  it('representation: small groups read "fewer than N", never an exact small number', () => {
    const people = [...inRoom(8, 'government', 1), ...inRoom(2, 'community', 20), ...inRoom(6, 'private', 30)];
    const view = viewOf('representation', thai({ participants: people }, { minGroupSize: 5 }), showing({ kind: 'representation' }));
    expect(view.checkedIn).toBe(16);
    const row = (label: string) => view.sectors.find((s) => s.label === label)!;
    expect(row('ชุมชน').count).toEqual({ kind: 'fewerThan', limit: 5 });
    expect(row('ชุมชน').status).toBe('thin');
    // One more is withheld so 16 − shown cannot give the community's 2 away.
    expect([row('ภาครัฐ').count.kind, row('ภาคเอกชน').count.kind].sort()).toEqual(['exact', 'withheld']);
    expect(row('สื่อมวลชน')).toEqual({ label: 'สื่อมวลชน', count: { kind: 'exact', value: 0 }, status: 'missing' });
    expect(view.sentences.length).toBeGreaterThan(0);
    expect(view.sentences.length).toBeLessThanOrEqual(3);
    // Nobody declared social groups: none are listed.
    expect(view.socialGroups).toEqual([]);
  });

  it('open text: only approved answers reach the wall, newest first', () => {
    const poll = aPoll('text', { id: 't1' });
    const ballots = [
      aBallot('t1', { kind: 'text', text: 'เปิดเผยข้อมูลงบประมาณ' }, { moderation: 'approved', at: '2026-11-26T03:10:00.000Z' }),
      aBallot('t1', { kind: 'text', text: 'คำหยาบที่ถูกซ่อน' }, { moderation: 'hidden' }),
      aBallot('t1', { kind: 'text', text: 'ยังรอการคัดกรอง' }, { moderation: 'pending' }),
      aBallot('t1', { kind: 'text', text: 'จัดเวทีในชุมชนบ่อยขึ้น' }, { moderation: 'approved', at: '2026-11-26T03:12:00.000Z' }),
    ];
    const view = viewOf('openText', thai({ polls: [poll], ballots }), showing({ kind: 'openText', pollId: 't1' }));
    expect(view.answers.map((a) => a.text)).toEqual(['จัดเวทีในชุมชนบ่อยขึ้น', 'เปิดเผยข้อมูลงบประมาณ']);
    expect(JSON.stringify(view)).not.toContain('ถูกซ่อน');
    expect(JSON.stringify(view)).not.toContain('รอการคัดกรอง');
  });

  it('word cloud: from approved answers only, whole Thai words, stop-words dropped', () => {
    const poll = aPoll('text', { id: 't1' });
    const approved = ['ควรเปิดเผยข้อมูลงบประมาณ', 'เปิดเผยข้อมูลและรับฟังประชาชน', 'ข้อมูลควรเข้าถึงง่าย'];
    const ballots = [
      ...approved.map((text) => aBallot('t1', { kind: 'text', text }, { moderation: 'approved' })),
      aBallot('t1', { kind: 'text', text: 'ความลับสุดยอด' }, { moderation: 'hidden' }),
      aBallot('t1', { kind: 'text', text: 'ความลับสุดยอด' }, { moderation: 'pending' }),
    ];
    const view = viewOf('wordCloud', thai({ polls: [poll], ballots }), showing({ kind: 'wordCloud', pollId: 't1' }));
    const words = view.words.map((w) => w.text);
    expect(view.answers).toBe(3);
    expect(words).toContain('ข้อมูล');
    expect(view.words.find((w) => w.text === 'ข้อมูล')!.count).toBe(3);
    expect(words).not.toContain('และ');
    expect(words).not.toContain('ควร');
    expect(words.join(' ')).not.toContain('ลับ');
  });

  it('priorities: the items while voting, the ranking with dots once revealed', () => {
    const open = aPoll('dots', { id: 'd1', options: options('a', 'b', 'c'), maxChoices: 3 });
    const ballots = [aBallot('d1', { kind: 'dots', dots: { b: 2, c: 1 } }), aBallot('d1', { kind: 'dots', dots: { b: 1, a: 2 } })];
    const voting = viewOf('priorities', thai({ polls: [open], ballots }), showing({ kind: 'priorities', pollId: 'd1' }));
    expect(voting).toMatchObject({ revealed: false, respondents: 2, dotsPlaced: null });
    expect(voting.items).toEqual([
      { rank: null, label: 'ตัวเลือก a', dots: null, voters: null },
      { rank: null, label: 'ตัวเลือก b', dots: null, voters: null },
      { rank: null, label: 'ตัวเลือก c', dots: null, voters: null },
    ]);
    const revealed = viewOf('priorities', thai({ polls: [{ ...open, rounds: [aRound(1, 'revealed')] }], ballots }), showing({ kind: 'priorities', pollId: 'd1' }));
    expect(revealed.items.map((i) => [i.rank, i.label, i.dots])).toEqual([
      [1, 'ตัวเลือก b', 3],
      [2, 'ตัวเลือก a', 2],
      [3, 'ตัวเลือก c', 1],
    ]);
    expect(revealed.dotsPlaced).toBe(6);
  });

  it('action plan: the actions in the plan, high priority first, with their component’s code', () => {
    const action = (id: string, priority: 'high' | 'medium' | 'low', inPlan: boolean) => ({
      id,
      title: `งาน ${id}`,
      owner: 'กองยุทธศาสตร์',
      due: '2027-03-31',
      indicator: '',
      priority,
      componentId: 'C07',
      inPlan,
    });
    const view = viewOf('actionPlan', thai({ actions: [action('a1', 'low', true), action('a2', 'high', true), action('a3', 'high', false)] }), showing({ kind: 'actionPlan' }));
    expect(view.actions.map((a) => [a.id, a.priority, a.componentCode])).toEqual([
      ['a2', 'high', '07'],
      ['a1', 'low', '07'],
    ]);
  });

  it('timer: the presentation’s timer', () => {
    const timer = { durationMs: 180_000, endsAt: 1_000_000, remainingMs: 180_000 };
    expect(viewOf('timer', thai(), showing({ kind: 'timer' }, { timer })).timer).toEqual(timer);
  });

  it('blank hides whatever is chosen; a frozen slide stays as it was while the document moves on', () => {
    const workshop = thai({ polls: [c03Poll('open')], ballots: ratings('m3', [1, 2]) });
    expect(toProjectorView(workshop, showing({ kind: 'question', componentId: 'C03' }, { blank: true }))).toEqual({ kind: 'blank', language: 'th' });
    const frozen = toProjectorView(workshop, showing({ kind: 'question', componentId: 'C03' }));
    const later = { ...workshop, ballots: ratings('m3', [1, 2, 3, 4]) };
    const state = showing({ kind: 'welcome' }, { frozen });
    expect(toProjectorView(later, state)).toBe(frozen);
    expect((toProjectorView(later, state) as ViewOf<'question'>).responses).toBe(2);
  });

  it('falls back to the welcome slide when what was chosen is gone', () => {
    expect(toProjectorView(thai(), showing({ kind: 'openText', pollId: 'deleted' })).kind).toBe('welcome');
    expect(toProjectorView(thai(), showing({ kind: 'results', pollId: 'deleted' })).kind).toBe('welcome');
  });
});
