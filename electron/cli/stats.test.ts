import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Actor } from '../../shared/commands/define';
import { createWorkshop } from '../../shared/domain/create';
import type { Participant } from '../../shared/domain/people';
import type { Workshop } from '../../shared/domain/workshop';
import { serializeRuamFile } from '../../shared/format/ruam-file';
import type { StatsReport } from '../../shared/polls';
import { runCli } from '../cli';
import { WorkshopFile } from '../host/workshop-file';
import { WorkshopHost } from '../host/workshop-host';

const facilitator: Actor = { kind: 'facilitator' };
const phone = (name: string): Actor => ({ kind: 'participant', tokenHash: `hash-of-${name}` });

function participant(i: number, fields: Partial<Participant> = {}): Participant {
  return {
    id: `p${i}`,
    code: `P${String(i).padStart(3, '0')}`,
    name: `ผู้เข้าร่วม ${i}`,
    organisation: '',
    sector: '',
    contact: '',
    socialGroups: [],
    groupsConsent: false,
    checkedInAt: '2026-11-26T02:30:00.000Z',
    source: 'register',
    erased: false,
    ...fields,
  };
}

/** The host with a fixed clock and counting ids, so the fixture is the same on every run. */
function hostFor(workshop: Workshop): WorkshopHost {
  let tick = 0;
  let id = 0;
  const host = new WorkshopHost({ clock: () => new Date(Date.UTC(2026, 10, 26, 3, 0, tick++)), newId: () => `id-${++id}` });
  host.load(workshop);
  return host;
}

/**
 * A workshop run as a facilitator would, through the host: component 01 voted on twice (phones,
 * one entered ballot and a typed show of hands, a typo in the tally undone), component 02 opened
 * with nobody voting yet, and a dot vote over ideas and actions. Twenty people checked in.
 */
async function runWorkshop(): Promise<{ workshop: Workshop; c01: string; dots: string; ideaA: string; ideaB: string; action: string }> {
  const base = createWorkshop({ id: 'w-stats', createdAt: '2026-11-26T02:00:00.000Z', meta: { title: 'เวทีประเมินระบบเปิด', organisation: 'สำนักงานจังหวัด', date: '2026-11-26' } });
  const people = Array.from({ length: 20 }, (_, i) => participant(i + 1, i === 0 ? { sector: 'academia' } : {}));
  const host = hostFor({ ...base, participants: [...people, participant(99, { checkedInAt: null })] });
  const run = async (type: string, payload: unknown, actor: Actor = facilitator) => {
    await host.dispatch({ type, payload }, actor);
    return host.snapshot().revision;
  };
  const lastId = () => host.current!.polls.at(-1)!.id;

  await run('poll.create', { kind: 'maturity', componentId: 'C01' });
  const c01 = lastId();
  await run('poll.create', { kind: 'maturity', componentId: 'C02' });
  const c02 = lastId();
  await run('round.open', { pollId: c01 });
  await run('round.open', { pollId: c02 });

  // Round 1: government 5 at level 2 (target 4), civil society 5 at 4 (target 5), academia 2 at 3.
  const rate = (voter: string, pollId: string, current: number, target: number | null, sector: string) =>
    run('ballot.cast', { pollId, answer: { kind: 'maturity', current, target }, sector }, phone(voter));
  for (let i = 0; i < 5; i++) await rate(`gov${i}`, c01, 2, 4, 'government');
  for (let i = 0; i < 5; i++) await rate(`civ${i}`, c01, 4, 5, 'civil-society');
  await rate('aca0', c01, 3, null, 'academia');
  await run('ballot.cast', { pollId: c01, answer: { kind: 'maturity', current: 3, target: null }, participantId: 'p1' });
  // The show of hands: one at level 1, two at level 3, one abstained; two targets at level 4.
  await run('tally.set', { pollId: c01, counts: [1, 0, 2, 0, 0], abstain: 1, targetCounts: [0, 0, 0, 2, 0] });
  await run('tally.set', { pollId: c01, counts: [10, 0, 2, 0, 0], abstain: 1, targetCounts: [0, 0, 0, 2, 0] });
  await host.undo(facilitator);
  await run('round.reveal', { pollId: c01 });

  // Round 2, after discussion: government 5 at 3 (target 4), civil society 5 at 4, academia 2 at 4.
  await run('round.revote', { pollId: c01 });
  for (let i = 0; i < 5; i++) await rate(`gov${i}`, c01, 3, 4, 'government');
  for (let i = 0; i < 5; i++) await rate(`civ${i}`, c01, 4, null, 'civil-society');
  for (let i = 0; i < 2; i++) await rate(`aca${i}`, c01, 4, null, 'academia');
  await run('round.close', { pollId: c01 });

  // Priorities.
  await run('idea.add', { componentId: 'C01', text: 'เปิดข้อมูลงบประมาณรายไตรมาส' });
  await run('idea.add', { componentId: 'C05', text: 'อบรมแกนนำชุมชน' });
  await run('action.add', { title: 'จัดทำบัญชีข้อมูลของหน่วยงาน', owner: 'กองยุทธศาสตร์', due: '2027-03-31' });
  const ideaA = host.current!.componentNotes.find((n) => n.componentId === 'C01')!.ideas[0]!.id;
  const ideaB = host.current!.componentNotes.find((n) => n.componentId === 'C05')!.ideas[0]!.id;
  const action = host.current!.actions[0]!.id;
  await run('priorities.createDotPoll', { dotsPerPerson: 3 });
  const dots = lastId();
  await run('round.open', { pollId: dots });
  await run('ballot.cast', { pollId: dots, answer: { kind: 'dots', dots: { [ideaA]: 2, [action]: 1 } } }, phone('v1'));
  await run('ballot.cast', { pollId: dots, answer: { kind: 'dots', dots: { [action]: 3 } } }, phone('v2'));
  await run('ballot.cast', { pollId: dots, answer: { kind: 'dots', dots: { [ideaB]: 1, [ideaA]: 1 } } }, phone('v3'));

  void c02;
  return { workshop: host.current!, c01, dots, ideaA, ideaB, action };
}

let dir: string;
let fixture: Awaited<ReturnType<typeof runWorkshop>>;
let file: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'ruam-stats-'));
  fixture = await runWorkshop();
  file = path.join(dir, 'workshop.ruam');
  await writeFile(file, serializeRuamFile(fixture.workshop, '2026-11-26T05:00:00.000Z', 'Ruam test'));
});

afterEach(() => {
  vi.restoreAllMocks();
});

/** Run `ruam …` and collect what it prints. */
async function ruam(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => ((stdout += String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => ((stderr += String(chunk)), true));
  const code = await runCli(argv);
  vi.restoreAllMocks();
  return { code, stdout, stderr };
}

describe('the fixture built through the host', () => {
  it('lost the mistyped tally to undo and kept the one before it', () => {
    expect(fixture.workshop.tallies).toEqual([expect.objectContaining({ round: 1, counts: [1, 0, 2, 0, 0], abstain: 1, targetCounts: [0, 0, 0, 2, 0] })]);
  });
});

describe('ruam stats --json', () => {
  let report: StatsReport;
  beforeAll(async () => {
    const { code, stdout, stderr } = await ruam('stats', file, '--json');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    report = JSON.parse(stdout) as StatsReport;
  });

  it('says what it is, which workshop, and the settings the figures used', () => {
    expect(report).toMatchObject({
      format: 'ruam-stats',
      version: 1,
      workshop: { id: 'w-stats', title: 'เวทีประเมินระบบเปิด', organisation: 'สำนักงานจังหวัด', date: '2026-11-26' },
      settings: { minGroupSize: 5, divergenceThreshold: 1 },
      checkedIn: 20,
    });
    expect(report.components.map((c) => c.code)).toEqual(['01', '02', '03', '04', '05', '06', '07', '08']);
  });

  it('works out round 1 of component 01 from phones, the entered ballot and the show of hands', () => {
    const round = report.components[0]!.rounds[0]!;
    // Merged: level 1 ×1, 2 ×5, 3 ×4, 4 ×5, plus one abstention. Sorted answers:
    // 1 2 2 2 2 2 3 3 3 3 4 4 4 4 4 — median the 8th (3); hinges at depth 4.5 and 11.5.
    // 11 ballots from phones, 1 the facilitator entered for p1, 4 people in the show of hands.
    expect(round).toMatchObject({ round: 1, state: 'revealed', from: { phones: 11, entered: 1, tally: 4 } });
    expect(round.current).toMatchObject({ n: 16, answered: 15, abstentions: 1, counts: [1, 5, 4, 5, 0], median: 3, q1: 2, q3: 4, iqr: 2 });
    expect(round.current.mean).toBeCloseTo(43 / 15, 12);
    // Targets: 4 ×5 (government) + 4 ×2 (tally) and 5 ×5 (civil society): median 4, a gap of one level.
    expect(round.target).toMatchObject({ n: 12, counts: [0, 0, 0, 7, 5], median: 4 });
    expect(round).toMatchObject({ targetMedian: 4, gap: 1, shift: null });
    expect(round.responseRate).toEqual({ responses: 16, from: { phones: 11, entered: 1, tally: 4 }, checkedIn: 20, rate: 0.8 });
  });

  it('shows the sectors of five, withholds academia’s two, and flags both shown sectors as divergent', () => {
    const round = report.components[0]!.rounds[0]!;
    const shown = round.bySector.filter((s) => !s.suppressed).map((s) => [s.sector, !s.suppressed && s.statistics.median]);
    expect(shown).toEqual([
      ['government', 2],
      ['civil-society', 4],
    ]);
    expect(round.bySector.find((s) => s.sector === 'academia')).toMatchObject({ suppressed: true, reason: 'below-minimum' });
    // The tally and nobody else gave no sector: three answered, withheld too.
    expect(round.bySector.at(-1)).toMatchObject({ sector: null, suppressed: true, reason: 'below-minimum' });
    const flags = Object.fromEntries(round.divergence.map((d) => [d.sector, d]));
    // Government's rest: 1 3 3 3 3 4 4 4 4 4 → 3.5. Civil society's rest: 1 2 2 2 2 2 3 3 3 3 → 2.
    expect(flags.government).toMatchObject({ assessed: true, sectorMedian: 2, restMedian: 3.5, difference: -1.5, diverges: true });
    expect(flags['civil-society']).toMatchObject({ assessed: true, sectorMedian: 4, restMedian: 2, difference: 2, diverges: true });
  });

  it('shows how the room moved in round 2', () => {
    const round = report.components[0]!.rounds[1]!;
    // 3 ×5, 4 ×7: median 4; mean 43/12.
    expect(round).toMatchObject({ round: 2, state: 'closed', from: { phones: 12, entered: 0, tally: 0 }, targetMedian: 4, gap: 0 });
    expect(round.current).toMatchObject({ n: 12, counts: [0, 0, 5, 7, 0], median: 4 });
    expect(round.shift).toMatchObject({ median: 1, n: { before: 16, after: 12 }, answered: { before: 15, after: 12 } });
    expect(round.shift!.mean).toBeCloseTo(43 / 12 - 43 / 15, 12);
  });

  it('reports an opened component nobody has voted on as n = 0, and unpolled components with no rounds', () => {
    expect(report.components[1]!.rounds).toHaveLength(1);
    expect(report.components[1]!.rounds[0]!.current).toMatchObject({ n: 0, median: null, consensus: null });
    expect(report.components[2]).toMatchObject({ pollId: null, rounds: [] });
  });

  it('ranks the dot vote and points each item back at its idea or action', () => {
    expect(report.priorities).toHaveLength(1);
    const ranking = report.priorities[0]!;
    expect(ranking).toMatchObject({ pollId: fixture.dots, round: 1, respondents: 3, dotsPlaced: 8 });
    expect(ranking.items.map((i) => [i.rank, i.optionId, i.dots, i.voters])).toEqual([
      [1, fixture.action, 4, 2],
      [2, fixture.ideaA, 3, 2],
      [3, fixture.ideaB, 1, 1],
    ]);
    expect(ranking.items[1]!.source).toEqual({ kind: 'idea', componentId: 'C01', ideaId: fixture.ideaA });
  });

  it('holds no names, voters or token hashes', () => {
    const text = JSON.stringify(report);
    expect(text).not.toMatch(/hash-of-|ผู้เข้าร่วม|"p1"/);
  });
});

describe('ruam stats as a table', () => {
  it('prints each component and round with its figures, in the workshop’s language', async () => {
    const { code, stdout } = await ruam('stats', file);
    expect(code).toBe(0);
    expect(stdout).toContain('01 การเปิดเผยข้อมูลของภาครัฐ');
    const lines = stdout.split('\n');
    const round1 = lines.find((line) => /^\s+1\s+แสดงผล\s+16\s/.test(line));
    expect(lines.find((line) => line.includes('มือถือ'))?.trim().split(/\s{2,}/).slice(3, 6)).toEqual(['มือถือ', 'วิทยากรบันทึก', 'ยกมือ']);
    expect(round1?.trim().split(/\s{2,}/)).toEqual(['1', 'แสดงผล', '16', '11', '1', '4', '1', '2.87', '3', '2', '0.96', expect.any(String), '4', '+1', '–', '80%']);
    expect(stdout).toContain('ไม่แสดง (น้อยกว่า 5 คน)');
  });

  it('prints English with --lang en', async () => {
    const { stdout } = await ruam('stats', file, '--lang', 'en');
    expect(stdout).toContain('01 Open Government Data');
    expect(stdout).toMatch(/^\s+round\s+state\s+n\s+phones\s+entered\s+tally\s+abstain\s/m);
    expect(stdout).toMatch(/^\s+1\s+revealed\s+16\s+11\s+1\s+4\s+1\s/m);
    expect(stdout).toMatch(/Government n=5 \(2, diverges from the rest -1\.50\)/);
    expect(stdout).toMatch(/1\. จัดทำบัญชีข้อมูลของหน่วยงาน — 4 dots \(2 people\)/);
  });

  it('explains its usage on a missing file argument or a bad language, and fails on a missing file', async () => {
    expect((await ruam('stats')).code).toBe(2);
    expect((await ruam('stats', file, '--lang', 'fr')).code).toBe(2);
    const missing = await ruam('stats', path.join(dir, 'nope.ruam'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^ruam stats: /);
  });
});

describe('docs/stats-json.md', () => {
  /** Every field path in a JSON value, array items merged: "components[].rounds[].gap". */
  function fieldPaths(value: unknown, prefix = '', into = new Set<string>()): Set<string> {
    if (Array.isArray(value)) for (const item of value) fieldPaths(item, `${prefix}[]`, into);
    else if (value !== null && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        const at = prefix ? `${prefix}.${key}` : key;
        into.add(at);
        fieldPaths(child, at, into);
      }
    }
    return into;
  }

  it('shows an example with exactly the fields the command prints', async () => {
    const doc = await readFile(path.join(__dirname, '../../docs/stats-json.md'), 'utf8');
    const [example, laterRound] = [...doc.matchAll(/```json\n([\s\S]*?)```/g)].map((block) => JSON.parse(block[1]!) as unknown);
    const documented = fieldPaths(example);
    // The second block is a later round's `shift` (round 1 has none).
    fieldPaths(laterRound, 'components[].rounds[]', documented);
    const { stdout } = await ruam('stats', file, '--json');
    // Both have a shown and a withheld sector, an assessed and an unassessed one, ideas and actions.
    expect([...documented].sort()).toEqual([...fieldPaths(JSON.parse(stdout))].sort());
  });
});

describe('ruam stats on a workshop that is open in Ruam', () => {
  it('includes changes still only in the journal, without taking the lock or writing', async () => {
    const live = path.join(dir, 'live.ruam');
    await writeFile(live, serializeRuamFile(fixture.workshop, '2026-11-26T05:00:00.000Z', 'Ruam test'));
    const host = new WorkshopHost();
    const { file: open } = await WorkshopFile.open(live, host, { autosaveDelayMs: 600_000 });
    try {
      const c02 = host.current!.polls.find((p) => p.componentId === 'C02')!.id;
      await host.dispatch({ type: 'ballot.cast', payload: { pollId: c02, answer: { kind: 'maturity', current: 5, target: null } } }, phone('late'));
      const before = await readFile(live, 'utf8');
      const { code, stdout, stderr } = await ruam('stats', live, '--json');
      expect(code).toBe(0);
      expect(stderr).toBe('ruam stats: included 1 change(s) not yet saved into the file.\n');
      const report = JSON.parse(stdout) as StatsReport;
      expect(report.components[1]!.rounds[0]!.current).toMatchObject({ n: 1, median: 5 });
      expect(await readFile(live, 'utf8')).toBe(before);
    } finally {
      await open.close();
    }
  });
});
