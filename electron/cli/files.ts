import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseRuamFile } from '../../shared/format/ruam-file';
import { peopleSummary } from '../../shared/people/summary';
import { WorkshopFile } from '../host/workshop-file';
import { WorkshopHost } from '../host/workshop-host';
import { parseArgs, UsageError } from './args';

/** `ruam new FILE [--title T] [--org O] [--date YYYY-MM-DD]` */
export async function newCommand(argv: string[], out: NodeJS.WritableStream): Promise<number> {
  const { positionals, flags } = parseArgs(argv, { flags: ['title', 'org', 'date'], booleans: ['json'] });
  const [file, ...extra] = positionals;
  if (!file || extra.length > 0) throw new UsageError('new needs exactly one FILE');
  if (!file.endsWith('.ruam')) throw new UsageError('the workshop file name must end in .ruam');
  const meta = {
    ...(typeof flags.title === 'string' ? { title: flags.title } : {}),
    ...(typeof flags.org === 'string' ? { organisation: flags.org } : {}),
    ...(typeof flags.date === 'string' ? { date: flags.date } : {}),
  };
  if (meta.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(meta.date)) throw new UsageError('--date must be YYYY-MM-DD (Common Era)');
  const host = new WorkshopHost();
  const created = await WorkshopFile.create(file, host, meta);
  await created.close();
  const target = path.resolve(file);
  out.write(flags.json ? JSON.stringify({ created: target }) + '\n' : `Created ${target}\n`);
  return 0;
}

/** `ruam validate FILE [--json]`: exit 0 when the file opens, 1 with the reason otherwise. */
export async function validateCommand(argv: string[], out: NodeJS.WritableStream): Promise<number> {
  const { positionals, flags } = parseArgs(argv, { flags: [], booleans: ['json'] });
  const [file, ...extra] = positionals;
  if (!file || extra.length > 0) throw new UsageError('validate needs exactly one FILE');
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const message = (error as NodeJS.ErrnoException).code === 'ENOENT' ? `no such file: ${file}` : `cannot read ${file}`;
    out.write(flags.json ? JSON.stringify({ valid: false, problem: 'UNREADABLE', message }) + '\n' : `${message}\n`);
    return 1;
  }
  const parsed = parseRuamFile(text);
  if (!parsed.ok) {
    const problem = parsed.problem;
    if (flags.json) out.write(JSON.stringify({ valid: false, problem: problem.code, message: problem.message, path: 'path' in problem ? problem.path : undefined }) + '\n');
    else out.write(`${file}: ${problem.message}\n`);
    return 1;
  }
  const result = { valid: true, formatVersion: parsed.formatVersion, migratedFrom: parsed.migratedFrom, readOnly: parsed.readOnly, warning: parsed.warning?.message ?? null };
  out.write(flags.json ? JSON.stringify(result) + '\n' : `${file}: valid Ruam workshop (format ${parsed.formatVersion}${parsed.migratedFrom ? `, migrated from ${parsed.migratedFrom}` : ''})${parsed.warning ? `\n${parsed.warning.message}` : ''}\n`);
  return 0;
}

/** `ruam info FILE [--json]`: a summary of what the workshop holds. */
export async function infoCommand(argv: string[], out: NodeJS.WritableStream): Promise<number> {
  const { positionals, flags } = parseArgs(argv, { flags: [], booleans: ['json'] });
  const [file, ...extra] = positionals;
  if (!file || extra.length > 0) throw new UsageError('info needs exactly one FILE');
  const parsed = parseRuamFile(await readFile(file, 'utf8'));
  if (!parsed.ok) {
    out.write(`${file}: ${parsed.problem.message}\n`);
    return 1;
  }
  const w = parsed.workshop;
  const info = {
    title: w.meta.title,
    organisation: w.meta.organisation,
    meetingNumber: w.meta.meetingNumber,
    date: w.meta.date,
    venue: w.meta.venue,
    language: w.meta.language,
    framework: w.framework.name.en,
    components: w.framework.components.length,
    participants: w.participants.length,
    checkedIn: w.participants.filter((p) => p.checkedInAt !== null).length,
    stakeholders: w.stakeholders.length,
    polls: w.polls.length,
    ballots: w.ballots.length,
    actions: w.actions.length,
    historyEntries: parsed.history.length,
  };
  if (flags.json) {
    // People by sector and the equality flags, with small groups suppressed (PDPA).
    out.write(JSON.stringify({ ...info, people: peopleSummary(w) }, null, 2) + '\n');
  } else {
    const rows = Object.entries(info).map(([key, value]) => `${key.padEnd(16)} ${value === '' ? '—' : String(value)}`);
    out.write(rows.join('\n') + '\n');
  }
  return 0;
}
