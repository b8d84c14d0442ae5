import type { Category } from '../domain/people';
import type { LocalizedText } from '../domain/text';
import { parseConsent, sectorMatcher, socialGroupMatcher, splitList } from './categories';
import { mapsAName, type ColumnMapping, type ImportField } from './columns';

/** A participant as the import command takes it: what the register said, mapped to the workshop's ids. */
export interface ParticipantDraft {
  name: string;
  organisation: string;
  sector: string;
  contact: string;
  socialGroups: string[];
  groupsConsent: boolean;
}

/** One data row of a sheet, with the line (CSV) or row number (XLSX) a facilitator finds it at. */
export interface SheetRow {
  line: number;
  cells: string[];
}

export interface ImportProblem {
  /** Where to look in the file (1-based); null for the file as a whole. */
  line: number | null;
  /** error: the row (or file) was not imported; warning: imported, with a change the facilitator should know of. */
  severity: 'error' | 'warning';
  code: ImportProblemCode;
  message: LocalizedText;
}

export type ImportProblemCode =
  | 'NO_NAME_COLUMN'
  | 'NO_NAME'
  | 'TOO_LONG'
  | 'UNKNOWN_SECTOR'
  | 'UNKNOWN_GROUP'
  | 'GROUPS_WITHOUT_CONSENT'
  | 'UNCLEAR_CONSENT'
  | 'TOO_MANY_ROWS'
  | 'NOTHING_TO_IMPORT'
  /** Reading the file itself: a quote not closed, a workbook named .csv. */
  | 'BAD_QUOTES'
  | 'FORMAT_NOTICE';

/** More than this many people in one import is a file to split, not a workshop register. */
export const MAX_IMPORT_ROWS = 10_000;

/** Field lengths of the participant record (shared/domain/people.ts). */
const LIMITS = { name: 200, organisation: 300, contact: 300 } as const;

export interface RowsToParticipantsOptions {
  sectors: readonly Category[];
  socialGroups: readonly Category[];
  /**
   * The form these rows came from asked everyone for consent to record their social groups. Used
   * only when the sheet has no consent column; without either, social groups are not imported.
   */
  groupsConsent?: boolean;
}

export interface RowsToParticipantsResult {
  participants: ParticipantDraft[];
  /** The line each participant came from, in the same order. */
  lines: number[];
  problems: ImportProblem[];
}

const problem = (line: number | null, severity: ImportProblem['severity'], code: ImportProblemCode, th: string, en: string): ImportProblem => ({
  line,
  severity,
  code,
  message: { th, en },
});

/** What people write in a cell to mean "nothing here". */
const PLACEHOLDERS = new Set(['-', '–', '—', '.', 'n/a', 'na', 'none', 'ไม่มี', '-ไม่มี-']);

/** Excel drops the leading 0 of a phone number typed as a number: 812345678 → 0812345678. */
function restoreLeadingZero(contact: string): string {
  return /^(?:[689]\d{8}|[2-7]\d{7})$/.test(contact) ? `0${contact}` : contact;
}

/** The row's non-blank cells by field (several for contact), whitespace collapsed, placeholders dropped. */
function rowValues(row: SheetRow, mapping: ColumnMapping): Partial<Record<ImportField, string[]>> {
  const values: Partial<Record<ImportField, string[]>> = {};
  for (let column = 0; column < mapping.length; column++) {
    const field = mapping[column];
    if (!field) continue;
    const cell = (row.cells[column] ?? '').replace(/\s+/g, ' ').trim();
    if (cell !== '' && !PLACEHOLDERS.has(cell.toLowerCase())) (values[field] ??= []).push(cell);
  }
  return values;
}

const first = (cells: string[] | undefined): string => cells?.[0] ?? '';

const FIELD_WORDS = { name: ['ชื่อ', 'name'], organisation: ['หน่วยงาน', 'organisation'], contact: ['ช่องทางติดต่อ', 'contact'] } as const;

/** A field longer than the record allows is cut, with a warning, rather than losing the row. */
function shorten(text: string, field: keyof typeof LIMITS, line: number, problems: ImportProblem[]): string {
  if (text.length <= LIMITS[field]) return text;
  const [th, en] = FIELD_WORDS[field];
  problems.push(problem(line, 'warning', 'TOO_LONG', `${th}ยาวเกิน ${LIMITS[field]} ตัวอักษร จึงตัดให้สั้นลง`, `The ${en} is longer than ${LIMITS[field]} characters and was shortened.`));
  return text.slice(0, LIMITS[field]);
}

/** Thai titles are written against the name ("นายสมชาย"), English ones with a space. */
function joinName(title: string, first: string, last: string): string {
  const given = [first, last].filter(Boolean).join(' ');
  if (!title) return given;
  if (!given) return '';
  return /[\u0e00-\u0e7f]\.?$/.test(title) ? `${title}${given}` : `${title} ${given}`;
}

/**
 * Turns sheet rows into participants for the import command. A bad row is reported with its line
 * and left out; the rest still import. Blank rows are skipped silently. Unknown sectors become
 * "other" (or no sector if the list has no "other") with a warning; social groups are kept only
 * with consent (a consent column, or `groupsConsent` for the whole form).
 */
export function rowsToParticipants(rows: readonly SheetRow[], mapping: ColumnMapping, options: RowsToParticipantsOptions): RowsToParticipantsResult {
  const problems: ImportProblem[] = [];
  const participants: ParticipantDraft[] = [];
  const lines: number[] = [];
  if (!mapsAName(mapping)) {
    problems.push(
      problem(null, 'error', 'NO_NAME_COLUMN', 'ไม่พบคอลัมน์ชื่อ (เช่น "ชื่อ-นามสกุล") จึงนำเข้าไม่ได้ ระบุคอลัมน์ชื่อเองได้', 'No name column was found (such as "ชื่อ-นามสกุล" or "Name"), so nothing was imported. Say which column holds the names.'),
    );
    return { participants, lines, problems };
  }
  const dataRows = rows.filter((row) => row.cells.some((cell) => cell.trim() !== ''));
  if (dataRows.length > MAX_IMPORT_ROWS) {
    problems.push(
      problem(null, 'error', 'TOO_MANY_ROWS', `ไฟล์มี ${dataRows.length} แถว นำเข้าได้ครั้งละไม่เกิน ${MAX_IMPORT_ROWS} แถว กรุณาแบ่งไฟล์`, `The file has ${dataRows.length} rows; Ruam imports up to ${MAX_IMPORT_ROWS} at a time. Split the file.`),
    );
    return { participants, lines, problems };
  }

  const toSector = sectorMatcher(options.sectors);
  const toGroup = socialGroupMatcher(options.socialGroups);
  const fallbackSector = options.sectors.some((s) => s.id === 'other') ? 'other' : '';
  const fallbackLabel = options.sectors.find((s) => s.id === 'other')?.label ?? { th: 'ไม่ระบุภาคส่วน', en: 'no sector' };
  const hasConsentColumn = mapping.includes('groupsConsent');
  const consentCache = new Map<string, boolean | null>();
  const splitCache = new Map<string, string[]>();
  let groupsDropped = 0;
  let firstDroppedLine: number | null = null;

  for (const row of dataRows) {
    const values = rowValues(row, mapping);
    let name = first(values.name) || joinName(first(values.title), first(values.firstName), first(values.lastName));
    if (name === '') {
      problems.push(problem(row.line, 'error', 'NO_NAME', `ไม่มีชื่อ จึงไม่ได้นำเข้า`, `No name, so this row was not imported.`));
      continue;
    }
    name = shorten(name, 'name', row.line, problems);
    const organisation = shorten(first(values.organisation), 'organisation', row.line, problems);
    const contact = shorten((values.contact ?? []).map(restoreLeadingZero).join(' / '), 'contact', row.line, problems);
    const one = (field: ImportField) => first(values[field]);

    let sector = '';
    const sectorCell = one('sector');
    if (sectorCell !== '') {
      const match = toSector(sectorCell);
      if (match.recognised) sector = match.id;
      else {
        sector = fallbackSector;
        problems.push(
          problem(row.line, 'warning', 'UNKNOWN_SECTOR', `ไม่รู้จักภาคส่วน "${sectorCell}" จึงจัดเป็น "${fallbackLabel.th}"`, `Unknown sector "${sectorCell}", recorded as "${fallbackLabel.en}".`),
        );
      }
    }

    let groupsConsent = false;
    if (hasConsentColumn) {
      const consentCell = one('groupsConsent');
      let consent = consentCache.get(consentCell);
      if (consent === undefined) consentCache.set(consentCell, (consent = parseConsent(consentCell)));
      if (consent === null) {
        problems.push(
          problem(row.line, 'warning', 'UNCLEAR_CONSENT', `อ่านค่าความยินยอม "${consentCell}" ไม่ออก จึงถือว่าไม่ยินยอม`, `Could not read the consent "${consentCell}", so it counts as no consent.`),
        );
      }
      groupsConsent = consent === true;
    } else groupsConsent = options.groupsConsent === true;

    const socialGroups: string[] = [];
    const groupCells = (values.socialGroups ?? []).flatMap((cell) => {
      let parts = splitCache.get(cell);
      if (!parts) splitCache.set(cell, (parts = splitList(cell)));
      return parts;
    });
    if (groupCells.length > 0 && !groupsConsent) {
      groupsDropped++;
      firstDroppedLine ??= row.line;
    } else {
      for (const cell of groupCells) {
        const match = toGroup(cell);
        if (match.recognised) {
          if (!socialGroups.includes(match.id)) socialGroups.push(match.id);
        } else {
          problems.push(problem(row.line, 'warning', 'UNKNOWN_GROUP', `ไม่รู้จักกลุ่มทางสังคม "${cell}" จึงไม่ได้บันทึก`, `Unknown social group "${cell}", not recorded.`));
        }
      }
    }

    participants.push({ name, organisation, sector, contact, socialGroups, groupsConsent });
    lines.push(row.line);
  }

  if (groupsDropped > 0) {
    problems.push(
      problem(
        firstDroppedLine,
        'warning',
        'GROUPS_WITHOUT_CONSENT',
        `${groupsDropped} แถวระบุกลุ่มทางสังคมแต่ไม่มีความยินยอม จึงไม่ได้บันทึกกลุ่ม (ข้อมูลอ่อนไหวตาม PDPA) หากแบบฟอร์มขอความยินยอมแล้ว ให้เลือก "ยินยอมแล้ว"`,
        `${groupsDropped} row(s) name social groups without consent, so the groups were not recorded (sensitive data under the PDPA). If the form asked for consent, say so when importing.`,
      ),
    );
  }
  if (participants.length === 0 && !problems.some((p) => p.line === null && p.severity === 'error')) {
    problems.push(problem(null, 'error', 'NOTHING_TO_IMPORT', 'ไม่มีรายชื่อที่นำเข้าได้', 'There is no one to import.'));
  }
  return { participants, lines, problems };
}
