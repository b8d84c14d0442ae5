import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { Command } from '../../shared/commands/registry';
import type { StatsReport } from '../../shared/polls';
import { test, expect } from './fixtures';

/**
 * Scoring the eight components as a facilitator in a room without phones: every component gets a
 * show of hands typed in, revealed, a gap and an action with a พ.ศ. due date; one component is
 * re-voted; then the results overview, a dot vote with entered ballots and the action plan.
 * The figures on screen are checked against `ruam stats --json` on the saved file. Screenshots go
 * to /tmp/ruam-shots/scoring-*.png (1280×800, and 1024×768 for the narrow layout).
 */

const SHOTS = '/tmp/ruam-shots';
const ROOT = path.resolve(import.meta.dirname, '../..');

/** Hands per level 1–5, "don't know", and target hands per level, for components 01–08. */
const HANDS: { counts: number[]; abstain: number; targets: number[] }[] = [
  { counts: [3, 6, 4, 1, 0], abstain: 1, targets: [0, 0, 2, 8, 4] },
  { counts: [1, 2, 6, 4, 1], abstain: 0, targets: [0, 0, 1, 6, 7] },
  { counts: [0, 3, 3, 6, 2], abstain: 2, targets: [0, 0, 0, 5, 9] },
  { counts: [7, 5, 2, 0, 0], abstain: 0, targets: [0, 2, 8, 4, 0] },
  { counts: [2, 2, 2, 2, 2], abstain: 1, targets: [0, 0, 3, 4, 3] },
  { counts: [0, 1, 4, 8, 1], abstain: 0, targets: [0, 0, 0, 4, 10] },
  { counts: [4, 8, 1, 1, 0], abstain: 3, targets: [0, 1, 7, 5, 1] },
  { counts: [1, 5, 6, 2, 0], abstain: 0, targets: [0, 0, 4, 8, 2] },
];
const CODES = ['01', '02', '03', '04', '05', '06', '07', '08'];

async function shot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: path.join(SHOTS, `scoring-${name}.png`) });
}

/** Scroll the step so `testId` is at the top of the main area (the page itself does not scroll). */
async function scrollTo(page: Page, testId: string, offset = 0): Promise<void> {
  await page.getByTestId(testId).evaluate((element, by) => {
    const main = element.closest('main')!;
    main.scrollTop += element.getBoundingClientRect().top - main.getBoundingClientRect().top - by;
  }, offset);
}

async function typeTally(page: Page, hands: (typeof HANDS)[number]): Promise<void> {
  for (let level = 1; level <= 5; level++) await page.getByTestId(`tally-level-${level}`).fill(String(hands.counts[level - 1]));
  await page.getByTestId('tally-abstain').fill(String(hands.abstain));
  for (let level = 1; level <= 5; level++) await page.getByTestId(`tally-target-${level}`).fill(String(hands.targets[level - 1]));
  const total = hands.counts.reduce((a, b) => a + b, 0) + hands.abstain;
  await expect(page.getByTestId('tally-total')).toHaveText(String(total));
  await page.getByTestId('tally-save').click();
  await expect(page.getByTestId('tally-state')).toHaveText('บันทึกแล้ว');
}

const numberIn = async (page: Page, testId: string) => {
  const raw = await page.getByTestId(testId).getAttribute('data-value');
  return raw === '' || raw === null ? null : Number(raw);
};

test('scores all eight components by show of hands, then priorities, and the screen agrees with ruam stats', async ({ facilitator: page, app }) => {
  test.setTimeout(180_000);
  mkdirSync(SHOTS, { recursive: true });

  await page.getByTestId('new-workshop').click();
  await page.getByTestId('step-setup').waitFor();
  // The presenter dock (projector controls) floats over the bottom right of every step: fold it.
  const dock = page.getByTestId('presenter-toggle');
  if ((await dock.count()) > 0 && (await dock.getAttribute('aria-expanded')) === 'true') await dock.click();
  await page.getByTestId('step-setup').click();
  await page.getByTestId('meta-title').fill('เวทีประเมินการส่งเสริมภาครัฐระบบเปิด สำนักงานจังหวัด');
  await page.getByTestId('meta-title').press('Enter');
  // Two people on the register, for the dot vote entered on their behalf.
  for (const name of ['นายสมชาย ใจดี', 'นางสาวนภา รักถิ่น']) {
    const reply = await app.host.handle('dispatch', [{ type: 'participant.add', payload: { name, sector: 'government', checkedIn: true } }]);
    expect(reply.ok).toBe(true);
  }

  const screenMedians: Record<string, { median: number | null; target: number | null; gap: number | null; n: number | null }> = {};

  for (const [index, code] of CODES.entries()) {
    await page.getByTestId(`step-component-${code}`).click();
    await expect(page.getByTestId(`component-step-${code}`)).toBeVisible();
    if (code === '01') await shot(page, 'component-before');

    await page.getByTestId('poll-create').click();
    await page.getByTestId('round-open').click();
    await expect(page.getByTestId('round-status')).toContainText('รอบที่ 1');
    await expect(page.getByTestId('round-status')).toContainText('กำลังเปิดให้ลงคะแนน');
    await typeTally(page, HANDS[index]!);
    if (code === '01') {
      await scrollTo(page, 'tally', 150);
      await shot(page, 'component-open');
    }
    await page.getByTestId('round-close').click();
    await expect(page.getByTestId('round-status')).toContainText('ปิดการลงคะแนนแล้ว');
    await page.getByTestId('round-reveal').click();
    await expect(page.getByTestId('round-status')).toContainText('แสดงผลบนจอภาพแล้ว');
    await expect(page.getByTestId('results-from')).toHaveText(
      `จากมือถือ 0\u00a0คน · จากการยกมือ ${HANDS[index]!.counts.reduce((a, b) => a + b, 0) + HANDS[index]!.abstain}\u00a0คน`,
    );
    await expect(page.getByTestId('histogram-current').locator('svg')).toBeVisible();

    await page.getByTestId('gaps-new').fill(`ยังขาดผู้รับผิดชอบและงบประมาณสำหรับองค์ประกอบที่ ${code}`);
    await page.getByTestId('gaps-new').press('Enter');
    await expect(page.getByTestId('gaps-item-1')).toHaveValue(`ยังขาดผู้รับผิดชอบและงบประมาณสำหรับองค์ประกอบที่ ${code}`);
    if (index % 2 === 0) {
      await page.getByTestId('ideas-new').fill(`ตั้งคณะทำงานร่วมกับภาคประชาสังคม (${code})`);
      await page.getByTestId('ideas-new').press('Enter');
      await expect(page.getByTestId('ideas-item-1')).toBeVisible();
    }
    await page.getByTestId('new-action-title').fill(`จัดทำแผนพัฒนาองค์ประกอบที่ ${code}`);
    await page.getByTestId('new-action-owner').fill('กลุ่มพัฒนาระบบบริหาร');
    await page.getByTestId('new-action-due').fill(`${10 + index}/03/2570`);
    await expect(page.getByTestId('new-action-due-readback')).toHaveText(`${10 + index} มีนาคม พ.ศ.\u00a02570`);
    await page.getByTestId('new-action-indicator').fill('มีแผนที่ผู้บริหารอนุมัติ');
    await page.getByTestId('new-action-title').press('Enter');
    await expect(page.getByTestId('action-1-due')).toHaveValue(`${10 + index}/03/2570`);

    screenMedians[code] = {
      median: await numberIn(page, 'stat-median'),
      target: await numberIn(page, 'stat-target'),
      gap: await numberIn(page, 'stat-gap'),
      n: await numberIn(page, 'stat-n'),
    };
  }

  // Every action's due date was typed in พ.ศ. and is stored in the Common Era.
  expect(app.host.current!.actions.map((a) => a.due)).toEqual(CODES.map((_, i) => `2027-03-${String(10 + i).padStart(2, '0')}`));

  // Component 01 again: discussion notes, evidence, then a re-vote that moves the room.
  await page.getByTestId('step-component-01').click();
  await page.getByTestId('component-notes').fill('ห้องเห็นว่าหน่วยงานเปิดเผยข้อมูลเมื่อมีผู้ร้องขอเป็นหลัก ควรเริ่มจากข้อมูลงบประมาณ');
  await page.getByTestId('component-notes').blur();
  await page.getByTestId('evidence-new-text').fill('รายงานการเปิดเผยข้อมูลประจำปี 2568');
  await page.getByTestId('evidence-new-url').fill('https://www.opdc.go.th/');
  await page.getByTestId('evidence-new-url').press('Enter');
  await expect(page.getByTestId('evidence-text-1')).toHaveValue('รายงานการเปิดเผยข้อมูลประจำปี 2568');
  await page.getByTestId('strengths-new').fill('ผู้บริหารสนับสนุนการเปิดเผยข้อมูล');
  await page.getByTestId('strengths-new').press('Enter');
  await expect(page.getByTestId('strengths-item-1')).toBeVisible();
  await scrollTo(page, 'results', 130);
  await shot(page, 'component-revealed');

  await page.getByTestId('round-revote').click();
  await expect(page.getByTestId('round-status')).toContainText('รอบที่ 2');
  await typeTally(page, { counts: [1, 5, 7, 2, 0], abstain: 0, targets: [0, 0, 1, 9, 5] });
  await page.getByTestId('round-reveal').click();
  await expect(page.getByTestId('round-status')).toContainText('แสดงผลบนจอภาพแล้ว');
  await expect(page.getByTestId('rounds-table')).toBeVisible();
  screenMedians['01'] = {
    median: await numberIn(page, 'stat-median'),
    target: await numberIn(page, 'stat-target'),
    gap: await numberIn(page, 'stat-gap'),
    n: await numberIn(page, 'stat-n'),
  };
  const shift01 = await numberIn(page, 'stat-shift');
  await scrollTo(page, 'results', 130);
  await shot(page, 'component-revote');
  await scrollTo(page, 'discussion', 130);
  await shot(page, 'component-notes');
  await scrollTo(page, 'component-actions', 130);
  await shot(page, 'component-actions');

  // The results overview: the radar and the heat table agree with the component steps.
  await page.getByTestId('step-results-overview').click();
  await expect(page.getByTestId('radar').locator('svg')).toBeVisible();
  for (const code of CODES) {
    const round = code === '01' ? 2 : 1;
    expect(await numberIn(page, `heat-${code}-${round}-median`), `overview median ${code}`).toBe(screenMedians[code]!.median);
    expect(await numberIn(page, `heat-${code}-${round}-gap`), `overview gap ${code}`).toBe(screenMedians[code]!.gap);
  }
  await shot(page, 'overview');
  await scrollTo(page, 'overview-heat', 0);
  await shot(page, 'overview-table');

  // Priorities: a dot vote over the ideas and actions, dots entered for the two registered people.
  await page.getByTestId('step-priorities').click();
  await page.getByTestId('dots-per-person').fill('3');
  await page.getByTestId('dots-create').click();
  await page.getByTestId('dots-round-open').click();
  await page.getByTestId('entered-dots').locator('summary').click();
  const people = app.host.current!.participants;
  for (const [who, spread] of [
    [people[0]!.id, { 1: 2, 6: 1 }],
    [people[1]!.id, { 1: 1, 6: 1, 9: 1 }],
  ] as const) {
    await page.getByTestId('entered-dots-person').selectOption(who);
    for (const [item, dots] of Object.entries(spread)) await page.getByTestId(`entered-dots-${item}`).fill(String(dots));
    await page.getByTestId('entered-dots-save').click();
    await expect(page.getByTestId('entered-dots-person')).toHaveValue('');
  }
  await page.getByTestId('dots-round-close').click();
  await page.getByTestId('dots-round-reveal').click();
  await expect(page.getByTestId('ranked-1')).toHaveAttribute('data-dots', '3');
  await expect(page.getByTestId('ranked-2')).toHaveAttribute('data-rank', '2');
  // Put the two top-ranked actions in the plan and edit one in place.
  for (let n = 1; n <= 4; n++) {
    const plan = page.getByTestId(`ranked-${n}-plan`);
    if ((await plan.count()) > 0 && (await plan.getAttribute('aria-pressed')) === 'false') await plan.click();
  }
  await expect(page.getByTestId('plan-1')).toBeVisible();
  await page.getByTestId('plan-1-owner').fill('นางสาวนภา รักถิ่น');
  await page.getByTestId('plan-1-owner').press('Enter');
  await page.getByTestId('plan-1-due').fill('30/9/2570');
  await page.getByTestId('plan-1-due').press('Enter');
  await expect(page.getByTestId('plan-1-due-readback')).toHaveText('30 กันยายน พ.ศ.\u00a02570');
  await scrollTo(page, 'dot-vote', 20);
  await shot(page, 'priorities');
  await scrollTo(page, 'ranking', 20);
  await shot(page, 'priorities-ranking');
  await scrollTo(page, 'action-plan', 0);
  await shot(page, 'priorities-plan');

  // The narrow window the app is designed down to.
  await page.setViewportSize({ width: 1024, height: 768 });
  await scrollTo(page, 'ranking', 20);
  await shot(page, 'priorities-1024');
  await page.getByTestId('step-component-01').click();
  await scrollTo(page, 'round-bar', 12);
  await shot(page, 'component-open-1024');
  await scrollTo(page, 'results', 130);
  await shot(page, 'component-revealed-1024');
  await scrollTo(page, 'component-actions', 130);
  await shot(page, 'component-actions-1024');
  await page.getByTestId('step-results-overview').click();
  await shot(page, 'overview-1024');
  await page.setViewportSize({ width: 1280, height: 800 });

  // The same component in English: CE dates, English names, the same figures.
  await page.getByTestId('lang-en').click();
  await page.getByTestId('step-component-01').click();
  await expect(page.getByTestId('action-1-due')).toHaveValue('10/03/2027');
  expect(await numberIn(page, 'stat-median')).toBe(screenMedians['01']!.median);
  await scrollTo(page, 'results', 130);
  await shot(page, 'component-en');
  await page.getByTestId('lang-th').click();

  // Save, then ask `ruam stats --json` what the file says.
  const saved = await app.host.handle('saveWorkshop', []);
  expect(saved.ok).toBe(true);
  const file = app.host.snapshot().file.path!;
  expect(file).toMatch(/\.ruam$/);
  const cli = spawnSync(process.execPath, ['--import', 'tsx', 'electron/cli.ts', 'stats', file, '--json'], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  expect(cli.status, cli.stderr).toBe(0);
  const report = JSON.parse(cli.stdout) as StatsReport;
  for (const [i, code] of CODES.entries()) {
    const latest = report.components[i]!.rounds.at(-1)!;
    expect(report.components[i]!.code).toBe(code);
    expect(latest.current.median, `median ${code}`).toBe(screenMedians[code]!.median);
    expect(latest.targetMedian, `target ${code}`).toBe(screenMedians[code]!.target);
    expect(latest.gap, `gap ${code}`).toBe(screenMedians[code]!.gap);
    expect(latest.current.n, `n ${code}`).toBe(screenMedians[code]!.n);
    expect(latest.from).toEqual({ phones: 0, entered: 0, tally: latest.current.n });
    expect(latest.state).toBe('revealed');
  }
  expect(report.components[0]!.rounds).toHaveLength(2);
  expect(report.components[0]!.rounds[1]!.shift!.median).toBe(shift01);
  expect(report.priorities).toHaveLength(1);
  expect(report.priorities[0]!.items[0]!.dots).toBe(3);
});

test('shows the sector breakdown with a small sector withheld and a divergent one flagged', async ({ facilitator: page, app }) => {
  mkdirSync(SHOTS, { recursive: true });
  const send = async (command: Command) => {
    const reply = await app.host.handle('dispatch', [command]);
    if (!reply.ok) throw new Error(reply.error.message);
  };
  await page.getByTestId('new-workshop').click();
  await page.getByTestId('step-setup').waitFor();
  const dock = page.getByTestId('presenter-toggle');
  if ((await dock.count()) > 0 && (await dock.getAttribute('aria-expanded')) === 'true') await dock.click();

  // Entered ballots for registered people: 6 from government, 6 from the community, 3 from business.
  const room: [string, number][] = [
    ...[2, 2, 3, 2, 2, 3].map((level): [string, number] => ['government', level]),
    ...[4, 4, 5, 4, 4, 3].map((level): [string, number] => ['community', level]),
    ...[3, 3, 2].map((level): [string, number] => ['private', level]),
  ];
  for (const [i, [sector]] of room.entries()) await send({ type: 'participant.add', payload: { name: `ผู้เข้าร่วม ${i + 1}`, sector, checkedIn: true } });
  await send({ type: 'poll.create', payload: { kind: 'maturity', componentId: 'C03', askTarget: false } });
  const pollId = app.host.current!.polls[0]!.id;
  await send({ type: 'round.open', payload: { pollId } });
  for (const [i, [, level]] of room.entries()) {
    await send({ type: 'ballot.cast', payload: { pollId, participantId: app.host.current!.participants[i]!.id, answer: { kind: 'maturity', current: level, target: null } } });
  }

  await page.getByTestId('step-component-03').click();
  // Entered by the facilitator for named participants: not from phones.
  await expect(page.getByTestId('round-responses')).toHaveAttribute('data-entered', '15');
  await expect(page.getByTestId('round-responses')).toHaveAttribute('data-phones', '0');
  await page.getByTestId('round-reveal').click();
  await expect(page.getByTestId('sector-private')).toHaveAttribute('data-suppressed', 'below-minimum');
  await expect(page.getByTestId('sector-private')).toContainText('น้อยกว่า 5\u00a0คน');
  await expect(page.getByTestId('sector-community-divergence')).toHaveAttribute('data-diverges', 'yes');
  await expect(page.getByTestId('results-from')).toHaveText('จากมือถือ 0\u00a0คน · บันทึกโดยวิทยากร 15\u00a0คน');
  await scrollTo(page, 'sectors', 150);
  await shot(page, 'sectors');
});
