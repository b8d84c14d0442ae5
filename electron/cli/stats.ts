import path from 'node:path';
import type { Language } from '../../shared/domain/text';
import { pick } from '../../shared/domain/text';
import type { Workshop } from '../../shared/domain/workshop';
import { parseRuamFile } from '../../shared/format/ruam-file';
import { statsReport, type RoundStatistics, type StatsReport } from '../../shared/polls';
import type { HostJournalEntry } from '../host/journal-entry';
import { journalPathFor, planReplay, readJournal, readSnapshot } from '../host/storage';
import { WorkshopHost } from '../host/workshop-host';
import { TERMS } from '../../shared/scoring/terms';
import { parseArgs, UsageError } from './args';

/**
 * `ruam stats FILE [--json] [--lang th|en]`: every scoring statistic per component and round,
 * as the JSON described in docs/stats-json.md or as a table. Read-only: it takes no lock and
 * writes nothing, so it can run while the workshop is open in Ruam.
 */
export async function statsCommand(argv: readonly string[], out: NodeJS.WritableStream, err: NodeJS.WritableStream = process.stderr): Promise<number> {
  const { positionals, flags } = parseArgs(argv, { flags: ['lang'], booleans: ['json'] });
  if (positionals.length !== 1) throw new UsageError('stats needs exactly one workshop file');
  const lang = flags.lang ?? undefined;
  if (lang !== undefined && lang !== 'th' && lang !== 'en') throw new UsageError('--lang must be th or en');

  const { workshop, notes } = await readWorkshop(path.resolve(positionals[0]!));
  for (const note of notes) err.write(`ruam stats: ${note}\n`);
  const report = statsReport(workshop);
  if (flags.json) out.write(JSON.stringify(report, null, 2) + '\n');
  else out.write(formatStatsTable(report, (lang as Language | undefined) ?? workshop.meta.language));
  return 0;
}

/**
 * The workshop as it stands: the snapshot plus any journal entries not yet folded into it (the
 * changes of a session still running, or one that crashed), replayed in memory only.
 */
async function readWorkshop(file: string): Promise<{ workshop: Workshop; notes: string[] }> {
  const snapshot = await readSnapshot(file);
  const parsed = parseRuamFile(snapshot.text);
  if (!parsed.ok) throw new Error(parsed.problem.message);
  const notes: string[] = [];
  if (parsed.warning) notes.push(parsed.warning.message);
  const journal = await readJournal(journalPathFor(file));
  const plan = planReplay(journal, { hash: snapshot.hash, folded: parsed.journalFold });
  if (!plan.ok) {
    notes.push(`the journal beside the file belongs to another version of it and was not read (${plan.message}).`);
    return { workshop: parsed.workshop, notes };
  }
  if (plan.records.length === 0) return { workshop: parsed.workshop, notes };
  const host = new WorkshopHost();
  host.load(parsed.workshop);
  const replayed = host.replay(plan.records.map((record) => record.entry as HostJournalEntry));
  notes.push(`included ${replayed.applied} change(s) not yet saved into the file${replayed.skipped ? ` (${replayed.skipped} no longer applied)` : ''}.`);
  return { workshop: host.current!, notes };
}

// ── The readable table ──────────────────────────────────────────────────────────────────────

const WORDS = {
  th: {
    heading: 'สถิติการประเมิน',
    columns: ['รอบ', 'สถานะ', 'n', 'มือถือ', 'วิทยากรบันทึก', 'ยกมือ', TERMS.abstain.th, 'เฉลี่ย', TERMS.median.th, 'IQR', 'SD', TERMS.consensus.th, TERMS.target.th, 'ช่องว่าง', 'Δมัธยฐาน', 'ตอบ'],
    states: { open: 'เปิดรับ', closed: 'ปิดรับ', revealed: 'แสดงผล' },
    noPoll: 'ยังไม่มีการลงคะแนน',
    sectors: 'ภาคส่วน',
    withheld: (min: number) => `ไม่แสดง (น้อยกว่า ${min} คน)`,
    complementary: 'ไม่แสดง (ป้องกันการคำนวณย้อนกลับ)',
    diverges: 'เห็นต่างจากกลุ่มอื่น',
    priorities: 'การจัดลำดับความสำคัญ',
    dots: (dots: number, people: number) => `${dots} จุด (${people} คน)`,
    checkedIn: (n: number) => `ลงทะเบียนเข้าร่วม ${n} คน`,
    settings: (min: number, threshold: number) => `ขนาดกลุ่มขั้นต่ำ ${min} · เกณฑ์ความเห็นต่าง ${threshold} ระดับ`,
  },
  en: {
    heading: 'Scoring statistics',
    columns: ['round', 'state', 'n', 'phones', 'entered', 'tally', 'abstain', 'mean', 'median', 'IQR', 'sd', 'consensus', 'target', 'gap', 'Δmedian', 'rate'],
    states: { open: 'open', closed: 'closed', revealed: 'revealed' },
    noPoll: 'not voted on yet',
    sectors: 'sectors',
    withheld: (min: number) => `withheld (fewer than ${min})`,
    complementary: 'withheld (so a small group cannot be worked out)',
    diverges: 'diverges from the rest',
    priorities: 'Priorities',
    dots: (dots: number, people: number) => `${dots} dots (${people} people)`,
    checkedIn: (n: number) => `${n} checked in`,
    settings: (min: number, threshold: number) => `minimum group size ${min} · divergence threshold ${threshold} levels`,
  },
} as const;

const fixed = (value: number | null, digits = 2): string => (value === null ? '–' : Number.isInteger(value) ? String(value) : value.toFixed(digits));
const signed = (value: number | null): string => (value === null ? '–' : value > 0 ? `+${fixed(value)}` : fixed(value));

/** Terminal columns a string takes: Thai vowel and tone marks sit on their base letter. */
function displayWidth(text: string): number {
  return text.replace(/\p{M}/gu, '').length;
}

function alignColumns(rows: readonly (readonly string[])[]): string[] {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => displayWidth(row[column] ?? ''))));
  return rows.map((row) =>
    row
      .map((cell, column) => cell + ' '.repeat(widths[column]! - displayWidth(cell)))
      .join('  ')
      .trimEnd(),
  );
}

function roundRow(round: RoundStatistics, lang: Language): string[] {
  const words = WORDS[lang];
  const s = round.current;
  return [
    String(round.round),
    words.states[round.state],
    String(s.n),
    String(round.from.phones),
    String(round.from.entered),
    String(round.from.tally),
    String(s.abstentions),
    fixed(s.mean),
    fixed(s.median),
    fixed(s.iqr),
    fixed(s.sd),
    fixed(s.consensus),
    fixed(round.targetMedian),
    signed(round.gap),
    signed(round.shift?.median ?? null),
    round.responseRate.rate === null ? '–' : `${Math.round(round.responseRate.rate * 100)}%`,
  ];
}

function sectorLine(round: RoundStatistics, report: StatsReport, lang: Language): string | null {
  const words = WORDS[lang];
  const flags = new Map(round.divergence.map((d) => [d.sector, d]));
  const parts = round.bySector.flatMap((entry) => {
    const name = pick(entry.label, lang);
    if (entry.suppressed) {
      if (entry.reason === 'no-responses') return [];
      return [`${name}: ${entry.reason === 'complementary' ? words.complementary : words.withheld(report.settings.minGroupSize)}`];
    }
    const flag = entry.sector === null ? undefined : flags.get(entry.sector);
    const diverges = flag?.assessed && flag.diverges ? `, ${words.diverges} ${signed(flag.difference)}` : '';
    return [`${name} n=${entry.statistics.n} (${fixed(entry.statistics.median)}${diverges})`];
  });
  return parts.length === 0 ? null : `      ${words.sectors}: ${parts.join(' · ')}`;
}

export function formatStatsTable(report: StatsReport, lang: Language): string {
  const words = WORDS[lang];
  const lines: string[] = [];
  const title = [report.workshop.title, report.workshop.organisation, report.workshop.date].filter((part) => part !== '').join(' · ');
  lines.push(`${words.heading}${title ? `: ${title}` : ''}`);
  lines.push(`${pick(report.framework.name, lang)} · ${words.checkedIn(report.checkedIn)} · ${words.settings(report.settings.minGroupSize, report.settings.divergenceThreshold)}`);
  for (const component of report.components) {
    lines.push('', `${component.code} ${pick(component.name, lang)}`);
    if (component.rounds.length === 0) {
      lines.push(`    ${words.noPoll}`);
      continue;
    }
    const table = alignColumns([[...words.columns], ...component.rounds.map((round) => roundRow(round, lang))]);
    lines.push(`    ${table[0]}`);
    component.rounds.forEach((round, i) => {
      lines.push(`    ${table[i + 1]}`);
      const sectors = sectorLine(round, report, lang);
      if (sectors) lines.push(sectors);
    });
  }
  for (const ranking of report.priorities) {
    lines.push('', `${words.priorities}: ${pick(ranking.question, lang)}`);
    for (const item of ranking.items) lines.push(`    ${item.rank}. ${pick(item.label, lang)} — ${words.dots(item.dots, item.voters)}`);
  }
  return lines.join('\n') + '\n';
}
