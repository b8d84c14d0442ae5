// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HostRequestError } from '../../../../shared/contracts/facilitator';
import { componentStatistics } from '../../../../shared/polls';
import { aParticipant } from '../../../../shared/commands/polls/test-support';
import { aBallot, aPoll, aRound, aTally, aWorkshop, ratings } from '../../../../shared/polls/test-builders';
import { blur, byTestId, cleanup, click, press, queryByTestId, renderApp, textOf, type, type FakeHost } from '../../../test-utils';

afterEach(cleanup);

const input = (id: string) => byTestId<HTMLInputElement>(id);
const commandTypes = (host: FakeHost) => host.commands.map((c) => c.type);
const lastPayload = (host: FakeHost, type: string) => host.commands.filter((c) => c.type === type).at(-1)?.payload as Record<string, unknown>;

/** A key press with its physical key, as a browser sends it (Shift+4 is code Digit4, key "$"). */
async function pressCode(target: HTMLElement, code: string, key: string, shiftKey = false): Promise<void> {
  await act(async () => {
    target.dispatchEvent(new KeyboardEvent('keydown', { key, code, shiftKey, bubbles: true, cancelable: true }));
  });
}

async function startVoting(): Promise<FakeHost> {
  const host = await renderApp({ step: 'component-01' });
  await click(byTestId('poll-create'));
  await click(byTestId('round-open'));
  return host;
}

describe('a component step: voting', () => {
  it('shows the component in Thai only, the four principles and the five levels as Ruam defaults', async () => {
    await renderApp({ step: 'component-01' });
    expect(byTestId('step-title').textContent).toBe('การเปิดเผยข้อมูลของภาครัฐ');
    // No English gloss in the Thai UI (the reviewer read "Open Government Data" as left untranslated).
    expect(document.querySelector('[data-testid="component-other-name"]')).toBeNull();
    expect(textOf()).not.toContain('Open Government Data');
    expect(textOf()).toContain('ความเท่าเทียมของกลุ่มทางสังคม');
    expect(byTestId('scale-level-1').textContent).toContain('ไม่มี/เริ่มต้น');
    expect(byTestId('scale-level-5').textContent).toContain('ยั่งยืน/เสริมพลัง');
    expect(byTestId('maturity-scale').textContent).toContain('ค่าเริ่มต้นของ Ruam');
    expect(byTestId('scale-note').textContent).toContain('สำนักงาน ก.พ.ร. ไม่ได้กำหนดระดับไว้');
  });

  it('keeps the official Thai name beneath the English one in the English UI', async () => {
    await renderApp({ step: 'component-01', uiLanguage: 'en' });
    expect(byTestId('step-title').textContent).toBe('Open Government Data');
    expect(byTestId('component-other-name').textContent).toBe('การเปิดเผยข้อมูลของภาครัฐ');
    expect(byTestId('component-other-name').getAttribute('lang')).toBe('th');
  });

  it('adapts a level description for this workshop and can restore Ruam’s defaults', async () => {
    const host = await renderApp({ step: 'component-01' });
    await click(byTestId('scale-edit'));
    const description = byTestId<HTMLTextAreaElement>('scale-description-3');
    await type(description, 'เผยแพร่ข้อมูลทุกไตรมาสบนเว็บไซต์จังหวัด');
    await blur(description);
    expect(lastPayload(host, 'framework.updateLevel')).toEqual({ componentId: 'C01', level: 3, description: { th: 'เผยแพร่ข้อมูลทุกไตรมาสบนเว็บไซต์จังหวัด' } });
    expect(byTestId('scale-note').textContent).toContain('ปรับจากค่าเริ่มต้น');
    await click(byTestId('scale-reset'));
    expect(commandTypes(host)).toContain('framework.resetLevels');
    await click(byTestId('scale-edit'));
    expect(byTestId('scale-level-3').textContent).toContain('มีบัญชีข้อมูล');
  });

  it('creates the poll in one click, then opens, closes, reveals, hides and re-votes with buttons that say what comes next', async () => {
    const host = await renderApp({ step: 'component-01' });
    await click(input('poll-ask-target')); // untick "ask for the target too"…
    await click(input('poll-ask-target')); // …and tick it again.
    await click(byTestId('poll-create'));
    const pollId = host.snapshot().workshop!.polls[0]!.id;
    expect(byTestId('round-open').textContent).toBe('เปิดให้ลงคะแนนรอบที่ 1');

    await click(byTestId('round-open'));
    expect(byTestId('round-status').textContent).toContain('รอบที่ 1');
    expect(byTestId('round-status').textContent).toContain('กำลังเปิดให้ลงคะแนน');
    expect(byTestId('round-close').textContent).toBe('ปิดการลงคะแนนรอบที่ 1');

    await click(byTestId('round-close'));
    expect(byTestId('round-status').textContent).toContain('ปิดการลงคะแนนแล้ว');
    await click(byTestId('round-reveal'));
    expect(byTestId('round-status').textContent).toContain('แสดงผลบนจอภาพแล้ว');
    await click(byTestId('round-hide'));
    await click(byTestId('round-reveal'));
    expect(byTestId('round-revote').textContent).toBe('ลงคะแนนอีกรอบ (เปิดรอบที่ 2)');
    await click(byTestId('round-revote'));
    expect(byTestId('round-status').textContent).toContain('รอบที่ 2');
    expect(byTestId('round-bar').getAttribute('data-phase')).toBe('open');

    expect(commandTypes(host)).toEqual(['poll.create', 'round.open', 'round.close', 'round.reveal', 'round.hide', 'round.reveal', 'round.revote']);
    expect(host.commands[0]!.payload).toEqual({ kind: 'maturity', componentId: 'C01', askTarget: true });
    expect(host.commands.slice(1).every((c) => (c.payload as { pollId: string }).pollId === pollId)).toBe(true);
  });

  it('dispatches tally.set with the counts typed for the show of hands, and shows the running total', async () => {
    const host = await startVoting();
    const pollId = host.snapshot().workshop!.polls[0]!.id;
    for (const [level, count] of [[1, '2'], [2, '5'], [3, '7'], [4, '3'], [5, '1']] as const) await type(input(`tally-level-${level}`), count);
    await type(input('tally-abstain'), '2');
    await type(input('tally-target-4'), '8');
    await type(input('tally-target-5'), '9');
    expect(byTestId('tally-total').textContent).toBe('20');
    expect(byTestId('tally-state').textContent).toBe('ยังไม่ได้บันทึก');
    expect(host.commands.filter((c) => c.type === 'tally.set')).toEqual([]);

    await click(byTestId('tally-save'));

    expect(lastPayload(host, 'tally.set')).toEqual({ pollId, round: 1, counts: [2, 5, 7, 3, 1], abstain: 2, targetCounts: [0, 0, 0, 8, 9] });
    expect(byTestId('tally-state').textContent).toBe('บันทึกแล้ว');
    expect(byTestId('results-from').textContent).toBe('จากมือถือ 0\u00a0คน · จากการยกมือ 20\u00a0คน');
  });

  it('counts one card at a time with the number keys on the counting pad', async () => {
    const host = await startVoting();
    const pad = byTestId('tally-pad');
    pad.focus();
    for (const digit of ['3', '3', '3', '5', '0']) await pressCode(pad, `Digit${digit}`, digit);
    await pressCode(pad, 'Digit4', '$', true); // Shift+4: one target at level 4
    await pressCode(pad, 'Digit1', '1');
    await press(pad, 'Backspace'); // takes the "1" back
    expect(input('tally-level-3').value).toBe('3');
    expect(input('tally-level-1').value).toBe('0');
    expect(byTestId('tally-total').textContent).toBe('5');

    await press(pad, 'Enter');

    expect(lastPayload(host, 'tally.set')).toMatchObject({ counts: [0, 0, 3, 0, 1], abstain: 1, targetCounts: [0, 0, 0, 1, 0] });
  });

  it('saves typed counts when the facilitator moves on to reveal without pressing Save', async () => {
    const host = await startVoting();
    await type(input('tally-level-3'), '9');
    await act(async () => byTestId('round-reveal').focus());
    await click(byTestId('round-reveal'));
    expect(commandTypes(host).slice(-2)).toEqual(['tally.set', 'round.reveal']);
    expect(lastPayload(host, 'tally.set')).toMatchObject({ counts: [0, 0, 9, 0, 0], abstain: 0 });
  });

  it('keeps a mistyped count on screen and sends nothing until it is a number', async () => {
    const host = await startVoting();
    await type(input('tally-level-2'), '4x');
    expect(input('tally-level-2').getAttribute('aria-invalid')).toBe('true');
    expect((byTestId('tally-save') as HTMLButtonElement).disabled).toBe(true);
    await press(input('tally-level-2'), 'Enter');
    expect(commandTypes(host)).not.toContain('tally.set');
    expect(input('tally-level-2').value).toBe('4x');
  });
});

/**
 * A hand-built workshop: component 01's poll asks for a target; round 1 (revealed) has phones from
 * two sectors plus a typed tally, round 2 (closed) has phones only.
 */
function builtWorkshop() {
  const pollId = 'poll-c01';
  const poll = aPoll('maturity', { id: pollId, componentId: 'C01', askTarget: true, rounds: [aRound(1, 'revealed'), aRound(2, 'closed')] });
  const ballots = [
    ...ratings(pollId, [2, 2, 3, 3, 3, 4], { sector: 'government', targets: [4, 4, 4, 5, 5, 4] }),
    ...ratings(pollId, [1, 1, 2], { sector: 'private', targets: [3, 3, 3] }),
    ...ratings(pollId, [3, 3, 4, 4, 4, 3], { sector: 'government', round: 2 }),
    ...ratings(pollId, [4, 4, 4, 5, 5], { sector: 'community', round: 2 }),
    aBallot(pollId, { kind: 'maturity', current: 'abstain', target: null }, { round: 2 }),
  ];
  const tallies = [aTally(pollId, [1, 2, 4, 1, 0], 1, { targetCounts: [0, 0, 2, 4, 2] })];
  return aWorkshop({ polls: [poll], ballots, tallies });
}

describe('a component step: the figures', () => {
  it('shows the same statistics as componentStatistics, for the latest round and for an earlier one', async () => {
    const workshop = builtWorkshop();
    const expected = componentStatistics(workshop).find((s) => s.componentId === 'C01')!;
    await renderApp({ step: 'component-01', workshop });

    const value = (id: string) => {
      const raw = byTestId(id).getAttribute('data-value');
      return raw === '' ? null : Number(raw);
    };
    const check = (round: (typeof expected.rounds)[number]) => {
      expect(value('stat-n')).toBe(round.current.n);
      expect(value('stat-median')).toBe(round.current.median);
      expect(value('stat-iqr')).toBe(round.current.iqr);
      expect(value('stat-consensus')).toBe(round.current.consensus);
      expect(value('stat-target')).toBe(round.targetMedian);
      expect(value('stat-gap')).toBe(round.gap);
      expect(byTestId('results-from').getAttribute('data-phones')).toBe(String(round.from.phones));
      expect(byTestId('results-from').getAttribute('data-entered')).toBe(String(round.from.entered));
      expect(byTestId('results-from').getAttribute('data-tally')).toBe(String(round.from.tally));
    };

    const [first, second] = expected.rounds as [(typeof expected.rounds)[number], (typeof expected.rounds)[number]];
    check(second);
    expect(value('stat-shift')).toBe(second.shift!.median);
    // The change is said with its before and after, and the terms every surface uses.
    const shiftText = byTestId('stat-shift').textContent!;
    expect(shiftText).toContain(second.shift!.median === 0 ? 'ไม่เปลี่ยน' : `+${second.shift!.median}`);
    expect(shiftText).toContain(`มัธยฐาน ${first.current.median}\u00a0→\u00a0${second.current.median}`);
    expect(shiftText).toContain(`ความเห็นพ้อง ${first.current.consensus!.toFixed(2)}\u00a0→\u00a0${second.current.consensus!.toFixed(2)}`);
    expect(byTestId('stat-median').textContent).toContain('ระดับปัจจุบัน (มัธยฐาน)');
    expect(byTestId('stat-median').textContent).toContain(String(second.current.median));
    expect(byTestId('rounds-table').textContent).toContain('รอบที่ 1');

    await click(byTestId('results-round-1'));
    check(first);
    expect(queryByTestId('stat-shift')).toBeNull();
    // The numbers on screen, as written: 3 (median), 0.5-step IQR, two-decimal consensus and its words.
    expect(byTestId('stat-median').textContent).toContain(String(first.current.median));
    expect(byTestId('stat-consensus').textContent).toContain(first.current.consensus!.toFixed(2));
    expect(byTestId('results-from').textContent).toBe(`จากมือถือ ${first.from.phones}\u00a0คน · จากการยกมือ ${first.from.tally}\u00a0คน`);
    expect(byTestId('histogram-current').querySelector('svg')).not.toBeNull();
  });

  it('says "fewer than N" for a sector below the minimum group size, and withholds the next smallest when one group alone could be worked out', async () => {
    const workshop = builtWorkshop();
    await renderApp({ step: 'component-01', workshop });
    await click(byTestId('results-round-1'));
    const round1 = componentStatistics(workshop)[0]!.rounds[0]!;
    const privateRow = round1.bySector.find((s) => s.sector === 'private')!;
    expect(privateRow.suppressed).toBe(true);

    expect(byTestId('sector-private').getAttribute('data-suppressed')).toBe('below-minimum');
    expect(byTestId('sector-private').textContent).toContain('น้อยกว่า 5\u00a0คน');
    // No figure for the small group anywhere in its row.
    expect(byTestId('sector-private').querySelectorAll('td.num')).toHaveLength(0);

    // Round 2: the one "don't know" with no sector is a group of its own, too small, so the smallest
    // shown sector is withheld as well (or the room could work it out from the total).
    await click(byTestId('results-round-2'));
    const round2 = componentStatistics(workshop)[0]!.rounds[1]!;
    expect(round2.bySector.find((s) => s.sector === 'community')).toMatchObject({ suppressed: true, reason: 'complementary' });
    expect(byTestId('sector-community').getAttribute('data-suppressed')).toBe('complementary');
    expect(byTestId('sector-community').textContent).toContain('คำนวณย้อนกลับ');
  });

  it('flags a sector whose median is a level or more from the rest of the room', async () => {
    const pollId = 'p';
    const workshop = aWorkshop({
      polls: [aPoll('maturity', { id: pollId, componentId: 'C05', rounds: [aRound(1, 'revealed')] })],
      ballots: [...ratings(pollId, [2, 2, 2, 2, 3, 2], { sector: 'government' }), ...ratings(pollId, [4, 4, 5, 4, 4, 4], { sector: 'community' })],
    });
    await renderApp({ step: 'component-05', workshop });
    const divergence = componentStatistics(workshop)[4]!.rounds[0]!.divergence;
    expect(divergence.find((d) => d.sector === 'community')).toMatchObject({ assessed: true, diverges: true, difference: 2 });
    expect(byTestId('sector-community-divergence').getAttribute('data-diverges')).toBe('yes');
    expect(byTestId('sector-community-divergence').textContent).toContain('สูงกว่ากลุ่มอื่น 2\u00a0ระดับ');
    expect(byTestId('sector-government-divergence').textContent).toContain('ต่ำกว่ากลุ่มอื่น 2\u00a0ระดับ');
  });

  it('writes consensus in words as well as a number', async () => {
    const pollId = 'p';
    const workshop = aWorkshop({
      polls: [aPoll('maturity', { id: pollId, componentId: 'C02', rounds: [aRound(1, 'revealed')] })],
      tallies: [aTally(pollId, [0, 0, 9, 1, 0])],
    });
    await renderApp({ step: 'component-02', workshop });
    expect(Number(byTestId('stat-consensus').getAttribute('data-value'))).toBeGreaterThanOrEqual(0.8);
    expect(byTestId('stat-consensus').textContent).toContain('เห็นพ้องกันสูง');
  });
});

describe('a component step: where the answers came from', () => {
  /** Round 1 of component 01: 3 ballots from phones, 2 the facilitator entered for p1 and p2, a show of hands of 5. */
  function mixedWorkshop() {
    const pollId = 'poll-c01';
    const poll = aPoll('maturity', { id: pollId, componentId: 'C01', askTarget: false, rounds: [aRound(1, 'closed')] });
    const ballots = [
      ...ratings(pollId, [2, 3, 3]),
      aBallot(pollId, { kind: 'maturity', current: 4, target: null }, { voter: 'p1', sector: 'government' }),
      aBallot(pollId, { kind: 'maturity', current: 'abstain', target: null }, { voter: 'p2' }),
    ];
    const participants = ['p1', 'p2'].map((id) => aParticipant(id, { checkedInAt: '2026-11-26T02:30:00.000Z' }));
    return aWorkshop({ polls: [poll], ballots, tallies: [aTally(pollId, [1, 1, 1, 1, 0], 1)], participants });
  }

  it('counts ballots the facilitator entered apart from phones and the show of hands, in Thai', async () => {
    await renderApp({ step: 'component-01', workshop: mixedWorkshop() });
    const from = byTestId('results-from');
    expect([from.dataset.phones, from.dataset.entered, from.dataset.tally]).toEqual(['3', '2', '5']);
    expect(from.textContent).toBe('จากมือถือ 3\u00a0คน · บันทึกโดยวิทยากร 2\u00a0คน · จากการยกมือ 5\u00a0คน');
    const responses = byTestId('round-responses');
    expect([responses.dataset.phones, responses.dataset.entered, responses.dataset.tally]).toEqual(['3', '2', '5']);
    expect(responses.textContent).toBe('ตอบแล้ว 10\u00a0คน มือถือ\u00a03 · บันทึกโดยวิทยากร\u00a02 · ยกมือ\u00a05 · ลงทะเบียนเข้าร่วม 2\u00a0คน');
  });

  it('says the same in English', async () => {
    await renderApp({ step: 'component-01', workshop: mixedWorkshop(), uiLanguage: 'en' });
    expect(byTestId('results-from').textContent).toBe('from phones 3 · entered by the facilitator 2 · from the show of hands 5');
    expect(byTestId('round-responses').textContent).toContain('phones 3 · entered by the facilitator 2 · show of hands 5');
  });

  it('names only the phones when every answer came from one', async () => {
    const pollId = 'poll-c01';
    const poll = aPoll('maturity', { id: pollId, componentId: 'C01', rounds: [aRound(1, 'closed')] });
    await renderApp({ step: 'component-01', workshop: aWorkshop({ polls: [poll], ballots: ratings(pollId, [2, 3, 3, 4]) }) });
    expect(byTestId('results-from').textContent).toBe('จากมือถือ 4\u00a0คน');
    expect(byTestId('round-responses').textContent).toContain('มือถือ\u00a04');
    expect(byTestId('round-responses').textContent).not.toContain('ยกมือ\u00a0');
  });
});

describe('a component step: notes and actions', () => {
  it('stores an action due date typed in พ.ศ. as a CE date, and shows it back in พ.ศ.', async () => {
    const host = await renderApp({ step: 'component-03' });
    await type(input('new-action-title'), 'จัดทำข้อตกลงความร่วมมือกับภาคีเครือข่าย');
    await type(input('new-action-owner'), 'กลุ่มพัฒนาระบบบริหาร');
    await type(input('new-action-due'), '31/12/2569');
    expect(byTestId('new-action-due-readback').textContent).toBe('31 ธันวาคม พ.ศ.\u00a02569');
    await type(input('new-action-indicator'), 'ลงนามอย่างน้อย 3 หน่วยงาน');
    await press(input('new-action-indicator'), 'Enter');

    expect(lastPayload(host, 'action.add')).toEqual({
      title: 'จัดทำข้อตกลงความร่วมมือกับภาคีเครือข่าย',
      owner: 'กลุ่มพัฒนาระบบบริหาร',
      due: '2026-12-31',
      indicator: 'ลงนามอย่างน้อย 3 หน่วยงาน',
      priority: 'medium',
      componentId: 'C03',
    });
    expect(host.snapshot().workshop!.actions[0]!.due).toBe('2026-12-31');
    expect(input('action-1-due').value).toBe('31/12/2569');
    expect(input('new-action-title').value).toBe('');

    // Editing in place: the new date is sent as CE too.
    await type(input('action-1-due'), '15/1/2570');
    await blur(input('action-1-due'));
    expect(lastPayload(host, 'action.update')).toEqual({ actionId: host.snapshot().workshop!.actions[0]!.id, due: '2027-01-15' });
    expect(input('action-1-due').value).toBe('15/01/2570');
  });

  it('reads a CE year typed in Thai mode as the same year in พ.ศ., and says so', async () => {
    const host = await renderApp({ step: 'component-03' });
    await type(input('new-action-title'), 'ทบทวนแผน');
    await type(input('new-action-due'), '31/12/2026');
    await blur(input('new-action-due'));
    expect(input('new-action-due').value).toBe('31/12/2569');
    expect(byTestId('new-action-due-note').textContent).toBe('ปี 2026 เป็นปี ค.ศ. จึงอ่านเป็น พ.ศ. 2569');
    await click(byTestId('new-action-add'));
    expect(lastPayload(host, 'action.add')).toMatchObject({ title: 'ทบทวนแผน', due: '2026-12-31' });
  });

  it('adds, edits and removes strengths, gaps and ideas, with Enter adding', async () => {
    const host = await renderApp({ step: 'component-02' });
    await type(input('gaps-new'), 'ยังไม่มีคำสั่งมอบหมายผู้รับผิดชอบ');
    await press(input('gaps-new'), 'Enter');
    await type(input('strengths-new'), 'ผู้บริหารให้ความสำคัญ');
    await press(input('strengths-new'), 'Enter');
    await type(input('ideas-new'), 'ออกคำสั่งแต่งตั้งคณะทำงาน');
    await click(byTestId('ideas-add'));
    const notes = () => host.snapshot().workshop!.componentNotes.find((n) => n.componentId === 'C02')!;
    expect(notes().gaps.map((g) => g.text)).toEqual(['ยังไม่มีคำสั่งมอบหมายผู้รับผิดชอบ']);
    expect(notes().strengths.map((g) => g.text)).toEqual(['ผู้บริหารให้ความสำคัญ']);
    expect(notes().ideas.map((g) => g.text)).toEqual(['ออกคำสั่งแต่งตั้งคณะทำงาน']);

    await type(input('gaps-item-1'), 'ยังไม่มีคำสั่งมอบหมายผู้รับผิดชอบที่ชัดเจน');
    await press(input('gaps-item-1'), 'Enter');
    expect(notes().gaps[0]!.text).toBe('ยังไม่มีคำสั่งมอบหมายผู้รับผิดชอบที่ชัดเจน');

    // A gap becomes the title of a new action.
    await click(byTestId('gaps-to-action-1'));
    expect(input('new-action-title').value).toBe('ยังไม่มีคำสั่งมอบหมายผู้รับผิดชอบที่ชัดเจน');

    await click(byTestId('strengths-remove-1'));
    expect(notes().strengths).toEqual([]);
    expect(commandTypes(host)).toEqual(['gap.add', 'strength.add', 'idea.add', 'gap.update', 'strength.remove']);
  });

  it('keeps evidence with a link that is not https in the fields, says why, and sends nothing', async () => {
    const host = await renderApp({ step: 'component-01' });
    await type(input('evidence-new-text'), 'รายงานประจำปี');
    await type(input('evidence-new-url'), 'http://example.go.th/report');
    await press(input('evidence-new-url'), 'Enter');
    expect(commandTypes(host)).toEqual([]);
    expect(input('evidence-new-url').value).toBe('http://example.go.th/report');
    expect(textOf()).toContain('https://');

    await type(input('evidence-new-url'), 'https://example.go.th/report');
    await press(input('evidence-new-url'), 'Enter');
    expect(lastPayload(host, 'evidence.add')).toEqual({ componentId: 'C01', text: 'รายงานประจำปี', url: 'https://example.go.th/report' });
    expect(input('evidence-text-1').value).toBe('รายงานประจำปี');
  });

  it("keeps what was typed when the host refuses it, and shows the host's refusal", async () => {
    const host = await renderApp({ step: 'component-01' });
    vi.mocked(host.api.dispatch).mockRejectedValueOnce(new HostRequestError('REJECTED', 'A component can hold at most 500 strengths.'));
    await type(input('strengths-new'), 'มีบัญชีข้อมูลแล้ว');
    await press(input('strengths-new'), 'Enter');
    expect(input('strengths-new').value).toBe('มีบัญชีข้อมูลแล้ว');
    expect(byTestId('error-alert').textContent).toContain('A component can hold at most 500 strengths.');
    expect(input('strengths-new').getAttribute('aria-invalid')).toBe('true');
    // The reason is beside the field too, not only in the notice at the top.
    expect(input('strengths-new').closest('.entry-new')!.textContent).toContain('A component can hold at most 500 strengths.');

    await type(input('component-notes'), 'ห้องเห็นว่าควรเปิดข้อมูลงบประมาณก่อน');
    vi.mocked(host.api.dispatch).mockRejectedValueOnce(new HostRequestError('REJECTED', 'No.'));
    await blur(input('component-notes'));
    expect(input('component-notes').value).toBe('ห้องเห็นว่าควรเปิดข้อมูลงบประมาณก่อน');
    await blur(input('component-notes'));
  });
});
