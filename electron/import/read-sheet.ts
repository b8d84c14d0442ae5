import { open } from 'node:fs/promises';
import path from 'node:path';
import { headerScore, recogniseColumns, type ColumnMapping } from '../../shared/people/columns';
import { MAX_IMPORT_ROWS, type ImportProblem, type SheetRow } from '../../shared/people/import-rows';
import { parseCsvRecords } from './csv';
import { decodeText, sniff, type TextEncodingName } from './decode';
import { MAX_IMPORT_BYTES, sheetError, type SheetError } from './sheet-error';
import { readXlsxRecords } from './xlsx';

/** A register read from a file: the header row found, every data row after it, and the columns recognised. */
export interface ParsedSheet {
  format: 'csv' | 'xlsx';
  /** CSV only: how the text was encoded. */
  encoding: TextEncodingName | null;
  /** XLSX only: the sheet read, and all sheets (to offer a choice). */
  sheetName: string | null;
  sheetNames: string[];
  headers: string[];
  /** The header's line (CSV) or row (XLSX): title rows above it are skipped. */
  headerLine: number;
  rows: SheetRow[];
  mapping: ColumnMapping;
  /** Problems reading the file (unclosed quotes, a workbook named .csv); row problems come from rowsToParticipants. */
  problems: ImportProblem[];
}

/** What the import dialog shows before anything is imported. */
export interface ImportPreview {
  format: ParsedSheet['format'];
  encoding: ParsedSheet['encoding'];
  sheetName: string | null;
  sheetNames: string[];
  headers: string[];
  headerLine: number;
  /** The first rows, to check the mapping against. */
  rows: SheetRow[];
  totalRows: number;
  mapping: ColumnMapping;
  problems: ImportProblem[];
}

export type SheetOutcome = { ok: true; sheet: ParsedSheet } | { ok: false; error: SheetError };

export interface ReadSheetOptions {
  /** Decides CSV or XLSX when the content does not (and words the messages). */
  fileName?: string;
  /** XLSX: read this sheet instead of the first. */
  sheet?: string;
}

/** Title rows ("รายชื่อผู้เข้าร่วมประชุม…") may sit above the header: look this far down for it. */
const HEADER_SEARCH_ROWS = 10;

/** The header is the row among the first few that names the most known columns; the first row if none does. */
export function findHeader(records: readonly SheetRow[]): number {
  let best = 0;
  let bestScore = 0;
  for (let i = 0; i < Math.min(records.length, HEADER_SEARCH_ROWS); i++) {
    const score = headerScore(records[i]!.cells);
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  }
  return best;
}

const tooLarge = (bytes: number) =>
  sheetError(
    'TOO_LARGE',
    `ไฟล์ใหญ่ ${(bytes / 1024 / 1024).toFixed(1)} MB เกินขนาดที่รับได้ ${MAX_IMPORT_BYTES / 1024 / 1024} MB ตรวจสอบว่าเลือกไฟล์ถูก หรือแบ่งรายชื่อเป็นหลายไฟล์`,
    `The file is ${(bytes / 1024 / 1024).toFixed(1)} MB; Ruam imports files up to ${MAX_IMPORT_BYTES / 1024 / 1024} MB. Check it is the right file, or split the register.`,
  );

const tooManyRows = () =>
  sheetError(
    'TOO_MANY_ROWS',
    `ไฟล์มีมากกว่า ${MAX_IMPORT_ROWS} แถว นำเข้าได้ครั้งละไม่เกิน ${MAX_IMPORT_ROWS} คน กรุณาแบ่งไฟล์`,
    `The file has more than ${MAX_IMPORT_ROWS} rows; Ruam imports up to ${MAX_IMPORT_ROWS} people at a time. Split the file.`,
  );

function fromRecords(records: SheetRow[], base: Omit<ParsedSheet, 'headers' | 'headerLine' | 'rows' | 'mapping'>): SheetOutcome {
  if (records.length === 0) {
    return { ok: false, error: sheetError('EMPTY', 'ไฟล์นี้ว่างเปล่า ไม่มีรายชื่อ', 'The file is empty: there is no one in it.') };
  }
  const headerIndex = findHeader(records);
  const header = records[headerIndex]!;
  const rows = records.slice(headerIndex + 1);
  if (rows.length === 0) {
    return {
      ok: false,
      error: sheetError('HEADER_ONLY', 'ไฟล์นี้มีแต่หัวตาราง ยังไม่มีรายชื่อผู้เข้าร่วม', 'The file has only a header row and no participants under it.'),
    };
  }
  // Trailing blank headers are Excel's: keep the columns (rows may use them), name them by number.
  const width = Math.max(header.cells.length, ...rows.map((r) => r.cells.length));
  const headers = Array.from({ length: width }, (_, i) => (header.cells[i] ?? '').replace(/\s+/g, ' ').trim());
  return { ok: true, sheet: { ...base, headers, headerLine: header.line, rows, mapping: recogniseColumns(headers) } };
}

/**
 * Reads a participant register from bytes: CSV (UTF-8 with or without BOM, UTF-16, TIS-620) or
 * XLSX, decided by the content (a workbook named .csv is read as a workbook, and said so). Never
 * throws: anything unreadable becomes a SheetError.
 */
export async function readParticipantSheet(bytes: Uint8Array, options: ReadSheetOptions = {}): Promise<SheetOutcome> {
  try {
    if (bytes.byteLength === 0) return { ok: false, error: sheetError('EMPTY', 'ไฟล์นี้ว่างเปล่า ไม่มีรายชื่อ', 'The file is empty: there is no one in it.') };
    if (bytes.byteLength > MAX_IMPORT_BYTES) return { ok: false, error: tooLarge(bytes.byteLength) };
    const extension = path.extname(options.fileName ?? '').toLowerCase();
    const kind = sniff(bytes);
    const maxRecords = MAX_IMPORT_ROWS + HEADER_SEARCH_ROWS + 1;

    if (kind === 'ole2') {
      return {
        ok: false,
        error: sheetError(
          'OLD_XLS',
          'ไฟล์นี้เป็น Excel รุ่นเก่า (.xls) กรุณาเปิดใน Excel แล้วบันทึกเป็น .xlsx หรือ CSV UTF-8',
          'This is an old Excel file (.xls). Open it in Excel and save it as .xlsx or CSV UTF-8.',
        ),
      };
    }
    if (kind === 'zip') {
      const read = await readXlsxRecords(bytes, { sheet: options.sheet, maxRecords });
      if (!read.ok) return read;
      if (read.truncated) return { ok: false, error: tooManyRows() };
      const problems: ImportProblem[] =
        extension === '.csv'
          ? [
              {
                line: null,
                severity: 'warning',
                code: 'FORMAT_NOTICE',
                message: { th: 'ไฟล์ชื่อ .csv แต่เป็นไฟล์ Excel (.xlsx) จึงอ่านแบบ Excel', en: 'The file is named .csv but is an Excel workbook, so it was read as one.' },
              },
            ]
          : [];
      return fromRecords(read.records, { format: 'xlsx', encoding: null, sheetName: read.sheetName, sheetNames: read.sheetNames, problems });
    }
    if (extension === '.xlsx' || extension === '.xlsm') {
      const looksText = decodeText(bytes).ok;
      return {
        ok: false,
        error: sheetError(
          'NOT_XLSX',
          `ไฟล์นี้ไม่ใช่ไฟล์ Excel (.xlsx) ที่ถูกต้อง${looksText ? ' ดูเหมือนเป็นไฟล์ข้อความ ลองเปลี่ยนนามสกุลเป็น .csv' : ''}`,
          `This is not a valid Excel (.xlsx) file (an .xlsx is a zip archive and this is not one).${looksText ? ' It looks like text: try renaming it to .csv.' : ''}`,
        ),
      };
    }
    const decoded = decodeText(bytes);
    if (!decoded.ok) return decoded;
    const parsed = parseCsvRecords(decoded.text, maxRecords);
    if (parsed.truncated) return { ok: false, error: tooManyRows() };
    return fromRecords(parsed.records, { format: 'csv', encoding: decoded.encoding, sheetName: null, sheetNames: [], problems: parsed.problems });
  } catch (error) {
    return {
      ok: false,
      error: sheetError(
        'UNREADABLE',
        `อ่านไฟล์ไม่ได้ (${error instanceof Error ? error.message : String(error)})`,
        `The file could not be read (${error instanceof Error ? error.message : String(error)}).`,
      ),
    };
  }
}

/** Reads a register from disk, refusing an oversized file before reading it. */
export async function readParticipantFile(file: string, options: Omit<ReadSheetOptions, 'fileName'> = {}): Promise<SheetOutcome> {
  let handle;
  try {
    handle = await open(file, 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return {
      ok: false,
      error: sheetError(
        'UNREADABLE',
        code === 'ENOENT' ? `ไม่พบไฟล์ ${file}` : `เปิดไฟล์ ${file} ไม่ได้`,
        code === 'ENOENT' ? `There is no file at ${file}.` : `The file ${file} cannot be opened (${code ?? 'error'}).`,
      ),
    };
  }
  try {
    const stat = await handle.stat();
    if (stat.isDirectory()) return { ok: false, error: sheetError('UNREADABLE', `${file} เป็นโฟลเดอร์ ไม่ใช่ไฟล์`, `${file} is a folder, not a file.`) };
    if (stat.size > MAX_IMPORT_BYTES) return { ok: false, error: tooLarge(stat.size) };
    const bytes = await handle.readFile();
    return await readParticipantSheet(bytes, { ...options, fileName: file });
  } finally {
    await handle.close();
  }
}

/** The first `rows` data rows and everything recognised, for the import dialog. */
export function previewOf(sheet: ParsedSheet, rows = 20): ImportPreview {
  return {
    format: sheet.format,
    encoding: sheet.encoding,
    sheetName: sheet.sheetName,
    sheetNames: sheet.sheetNames,
    headers: sheet.headers,
    headerLine: sheet.headerLine,
    rows: sheet.rows.slice(0, rows),
    totalRows: sheet.rows.length,
    mapping: sheet.mapping,
    problems: sheet.problems,
  };
}
