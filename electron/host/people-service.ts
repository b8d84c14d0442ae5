import { createHash } from 'node:crypto';
import type { Command } from '../../shared/commands/registry';
import type {
  ParticipantFileInput,
  ParticipantImportInput,
  ParticipantImportPreview,
  ParticipantImportResult,
  PeopleExportFile,
  PeopleExportInput,
  RegisterPreview,
} from '../../shared/contracts/facilitator';
import type { Workshop } from '../../shared/domain/workshop';
import { suggestedFileName } from '../../shared/format/file-names';
import { duplicatesInvolving, findDuplicates } from '../../shared/people/duplicates';
import { participantsTable, stakeholdersTable, writeSheet } from '../export/sheets';
import { importRegister } from '../import/import-register';
import { readParticipantSheet, type ParsedSheet } from '../import/read-sheet';
import { MAX_IMPORT_BYTES } from '../import/sheet-error';

/** Rows the mapping step shows under each column. */
const PREVIEW_ROWS = 12;
/** Problems sent to the window; the count says how many there were in all. */
const MAX_PROBLEMS_SENT = 200;

const MIME = {
  csv: 'text/csv;charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

type SheetRead = { ok: true; sheet: ParsedSheet } | { ok: false; error: { code: string; message: { th: string; en: string } } };

/**
 * The host's side of the register files: preview a participant register (CSV/XLSX) against the
 * open workshop, import it as one `participant.import` command (one undo step, journaled like any
 * other), and export the register or the stakeholder map as a spreadsheet. Files travel as base64
 * because both transports (IPC and the web-mode WebSocket) carry JSON.
 *
 * The mapping step asks for a preview each time the facilitator changes a column, with the same
 * bytes: the last file read is kept (one entry, by content hash) so a 10 MB register is parsed once.
 */
export class PeopleService {
  private lastRead: { key: string; read: SheetRead } | null = null;

  async preview(workshop: Workshop, input: ParticipantFileInput): Promise<ParticipantImportPreview> {
    const read = await this.read(input);
    if (!read.ok) return { ok: false, error: read.error };
    const { sheet } = read;
    const plan = importRegister(sheet, workshop, { mapping: fitMapping(input.mapping, sheet), groupsConsent: input.groupsConsent });
    const preview: RegisterPreview = {
      format: sheet.format,
      encoding: sheet.encoding,
      sheetName: sheet.sheetName,
      sheetNames: sheet.sheetNames,
      headers: sheet.headers,
      headerLine: sheet.headerLine,
      rows: sheet.rows.slice(0, PREVIEW_ROWS),
      totalRows: sheet.rows.length,
      recognised: sheet.mapping,
      mapping: plan.mapping,
      importable: plan.participants.length,
      problems: plan.problems.slice(0, MAX_PROBLEMS_SENT),
      problemCount: plan.problems.length,
    };
    return { ok: true, preview };
  }

  /**
   * Read, map and dispatch. `dispatch` is the host's own (validated, journaled, published); the
   * result is computed from the document it leaves behind.
   */
  async import(
    workshop: Workshop,
    input: ParticipantImportInput,
    dispatch: (command: Command) => Promise<Workshop>,
  ): Promise<ParticipantImportResult> {
    const read = await this.read(input);
    if (!read.ok) return { ok: false, error: read.error, problems: [], problemCount: 0 };
    const plan = importRegister(read.sheet, workshop, {
      mapping: fitMapping(input.mapping, read.sheet),
      groupsConsent: input.groupsConsent,
      checkedIn: input.checkedIn,
    });
    const problems = { problems: plan.problems.slice(0, MAX_PROBLEMS_SENT), problemCount: plan.problems.length };
    if (!plan.command) {
      const fileLevel = plan.problems.find((p) => p.line === null && p.severity === 'error');
      return {
        ok: false,
        error: { code: fileLevel?.code ?? 'NOTHING_TO_IMPORT', message: fileLevel?.message ?? { th: 'ไม่มีรายชื่อที่นำเข้าได้', en: 'There is no one to import.' } },
        ...problems,
      };
    }
    const before = new Set(workshop.participants.map((p) => p.id));
    const after = await dispatch(plan.command);
    // Done with this file: a later import of the same bytes reads them afresh.
    this.lastRead = null;
    const added = after.participants.filter((p) => !before.has(p.id) && p.source === 'import');
    const duplicateGroups = duplicatesInvolving(findDuplicates(after.participants), added.map((p) => p.id)).length;
    return {
      ok: true,
      imported: added.length,
      firstCode: added[0]?.code ?? '',
      lastCode: added.at(-1)?.code ?? '',
      duplicateGroups,
      ...problems,
    };
  }

  async export(workshop: Workshop, input: PeopleExportInput): Promise<PeopleExportFile> {
    const table = input.table ?? 'participants';
    const language = workshop.meta.language;
    // Always the facilitator's explicit choice (never the workshop's default): names need a tick.
    const named = table === 'participants' && input.named;
    // The register is one row per person (a linked phone is its person's row, an anonymous phone is
    // not a row): `rows` says how many the file lists, not how many records the workshop holds.
    const sheet = table === 'participants' ? participantsTable(workshop, { named, language }) : stakeholdersTable(workshop, { language });
    const bytes = await writeSheet(sheet, input.format);
    const rows = sheet.rows.length;
    return {
      fileName: exportFileName(workshop, table, named, input.format),
      mimeType: MIME[input.format],
      dataBase64: Buffer.from(bytes).toString('base64'),
      named,
      rows,
    };
  }

  private async read(input: ParticipantFileInput): Promise<SheetRead> {
    const bytes = Buffer.from(input.dataBase64, 'base64');
    if (bytes.byteLength > MAX_IMPORT_BYTES) {
      // readParticipantSheet words this refusal; let it.
      return readParticipantSheet(bytes, { fileName: input.fileName, sheet: input.sheet });
    }
    const key = `${createHash('sha256').update(bytes).digest('hex')}\u0000${input.fileName}\u0000${input.sheet ?? ''}`;
    if (this.lastRead?.key === key) return this.lastRead.read;
    const read = await readParticipantSheet(bytes, { fileName: input.fileName, sheet: input.sheet });
    this.lastRead = { key, read };
    return read;
  }
}

/** The facilitator's mapping, cut or padded to the sheet's columns; the recognised one when none was given. */
function fitMapping(mapping: ParticipantFileInput['mapping'], sheet: ParsedSheet): ParsedSheet['mapping'] | undefined {
  if (!mapping) return undefined;
  return sheet.headers.map((_, i) => mapping[i] ?? null);
}

/** "2569-11-26 รายชื่อผู้เข้าร่วม <title> (ไม่ระบุตัวตน).csv": says what is inside, in the workshop's language. */
function exportFileName(workshop: Workshop, table: 'participants' | 'stakeholders', named: boolean, format: 'csv' | 'xlsx'): string {
  return suggestedFileName({
    kind: table,
    title: workshop.meta.title,
    date: workshop.meta.date,
    language: workshop.meta.language,
    privacy: table === 'participants' ? (named ? 'named' : 'anonymised') : undefined,
    extension: format,
  });
}
