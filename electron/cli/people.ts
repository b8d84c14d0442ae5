import path from 'node:path';
import type { ColumnMapping } from '../../shared/people/columns';
import { applyMappingOverrides, type MappingOverride } from '../../shared/people/columns';
import { duplicatesInvolving, findDuplicates } from '../../shared/people/duplicates';
import type { ImportProblem } from '../../shared/people/import-rows';
import { WorkshopFile, WorkshopFileError } from '../host/workshop-file';
import { WorkshopHost } from '../host/workshop-host';
import { importRegister } from '../import/import-register';
import { readParticipantFile } from '../import/read-sheet';
import { parseArgs, UsageError } from './args';

/** `--map` may be given many times; the shared parser keeps one value per flag, so it is taken out first. */
function takeMaps(argv: readonly string[]): { rest: string[]; overrides: MappingOverride[] } {
  const rest: string[] = [];
  const overrides: MappingOverride[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    let value: string | undefined;
    if (arg === '--map') {
      value = argv[++i];
      if (value === undefined || value.startsWith('--')) throw new UsageError('--map needs COLUMN=FIELD');
    } else if (arg.startsWith('--map=')) value = arg.slice('--map='.length);
    else {
      rest.push(arg);
      continue;
    }
    const split = value.lastIndexOf('=');
    if (split <= 0 || split === value.length - 1) throw new UsageError(`--map ${value}: write it as COLUMN=FIELD, e.g. --map "ชื่อ-สกุล=name"`);
    overrides.push({ column: value.slice(0, split), field: value.slice(split + 1).trim() });
  }
  return { rest, overrides };
}

const line = (p: ImportProblem) => (p.line === null ? '' : `line ${p.line}: `);

function describeMapping(headers: readonly string[], mapping: ColumnMapping): { used: string; unused: string } {
  const used = headers.flatMap((h, i) => (mapping[i] ? [`${h || `(column ${i + 1})`} → ${mapping[i]}`] : []));
  const unused = headers.flatMap((h, i) => (mapping[i] ? [] : [h || `(column ${i + 1})`]));
  return { used: used.join(', ') || '(none)', unused: unused.join(', ') };
}

/**
 * `ruam import-participants FILE REGISTER …`: reads the register, opens the workshop file, imports
 * everyone who could be read as one command through the host (journaled, one undo step), saves and
 * closes. Prints how many were imported, possible duplicates (flagged, never merged) and every
 * problem with its line. Exit 0 when anyone was imported, 1 when nobody was, 2 on a usage error.
 */
export async function importParticipantsCommand(argv: string[], out: NodeJS.WritableStream): Promise<number> {
  const { rest, overrides } = takeMaps(argv);
  const { positionals, flags } = parseArgs(rest, { flags: ['sheet'], booleans: ['json', 'check-in', 'groups-consented'] });
  const [workshopPath, registerPath, ...extra] = positionals;
  if (!workshopPath || !registerPath || extra.length > 0) throw new UsageError('import-participants needs a workshop FILE and a REGISTER (CSV or XLSX)');
  const json = flags.json === true;
  const fail = (code: string, message: string, problems: ImportProblem[] = []): number => {
    if (json) out.write(JSON.stringify({ imported: 0, error: { code, message }, problems }) + '\n');
    else out.write(`${message}\n${problems.map((p) => `  ${line(p)}${p.message.en}\n`).join('')}`);
    return 1;
  };

  const read = await readParticipantFile(registerPath, { sheet: typeof flags.sheet === 'string' ? flags.sheet : undefined });
  if (!read.ok) return fail(read.error.code, `${registerPath}: ${read.error.message.en}`);
  const sheet = read.sheet;
  const overridden = applyMappingOverrides(sheet.headers, sheet.mapping, overrides);
  if (!overridden.ok) throw new UsageError(`--map: ${overridden.message}`);

  const host = new WorkshopHost();
  let file: WorkshopFile;
  try {
    ({ file } = await WorkshopFile.open(workshopPath, host));
  } catch (error) {
    if (error instanceof WorkshopFileError) return fail(error.code, error.message);
    throw error;
  }

  try {
    const before = new Set(host.current!.participants.map((p) => p.id));
    const plan = importRegister(sheet, host.current!, {
      mapping: overridden.mapping,
      groupsConsent: flags['groups-consented'] === true,
      checkedIn: flags['check-in'] === true,
    });
    if (!plan.command) return fail('NOTHING_IMPORTED', `Nobody could be imported from ${registerPath}.`, plan.problems);
    const reply = await host.handle('dispatch', [plan.command]);
    if (!reply.ok) return fail(reply.error.code, `The workshop refused the import: ${reply.error.message}`, plan.problems);

    const after = host.current!.participants;
    const added = after.filter((p) => !before.has(p.id));
    const byId = new Map(after.map((p) => [p.id, p]));
    const duplicates = duplicatesInvolving(findDuplicates(after), added.map((p) => p.id)).map((group) => {
      const people = group.participantIds.map((id) => byId.get(id)!);
      return { codes: people.map((p) => p.code), name: people[0]!.name, organisation: people[0]!.organisation };
    });
    const summary = {
      imported: added.length,
      workshop: path.resolve(workshopPath),
      register: path.resolve(registerPath),
      format: sheet.format,
      encoding: sheet.encoding,
      sheetName: sheet.sheetName,
      codes: { first: added[0]!.code, last: added.at(-1)!.code },
      mapping: sheet.headers.map((column, i) => ({ column, field: plan.mapping[i] ?? null })),
      duplicates,
      problems: plan.problems,
    };
    if (json) out.write(JSON.stringify(summary) + '\n');
    else {
      const mapping = describeMapping(sheet.headers, plan.mapping);
      let text = `Imported ${added.length} participant(s) into ${summary.workshop} (${summary.codes.first}–${summary.codes.last}) from ${registerPath} (${sheet.format.toUpperCase()}${sheet.encoding ? `, ${sheet.encoding}` : ''}${sheet.sheetName ? `, sheet "${sheet.sheetName}"` : ''}).\n`;
      text += `Columns: ${mapping.used}${mapping.unused ? `; not imported: ${mapping.unused}` : ''}\n`;
      if (duplicates.length > 0) {
        text += `Possible duplicates (${duplicates.length}; not merged — check them in Ruam):\n`;
        for (const d of duplicates) text += `  ${d.codes.join(', ')}: ${d.name}${d.organisation ? ` (${d.organisation})` : ''}\n`;
      }
      if (plan.problems.length > 0) {
        text += `Problems (${plan.problems.length}):\n`;
        for (const p of plan.problems) text += `  ${line(p)}${p.message.en}\n`;
      }
      out.write(text);
    }
    return 0;
  } finally {
    await file.close();
  }
}
