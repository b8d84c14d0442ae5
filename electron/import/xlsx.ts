import type ExcelJS from 'exceljs';

/** exceljs takes ~0.3 s to load: only when a spreadsheet is actually read or written, not at start. */
const loadExcel = async () => (await import('exceljs')).default;
import type { SheetRow } from '../../shared/people/import-rows';
import { sheetError, type SheetError } from './sheet-error';

export type XlsxOutcome =
  | { ok: true; records: SheetRow[]; sheetName: string; sheetNames: string[]; truncated: boolean }
  | { ok: false; error: SheetError };

/** What a facilitator sees in the cell, as text: rich text joined, a formula's result, a date as YYYY-MM-DD. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value && Array.isArray(value.richText)) return value.richText.map((run) => run.text ?? '').join('');
    if ('error' in value) return '';
    if ('formula' in value || 'sharedFormula' in value) {
      const result = (value as { result?: unknown }).result;
      return result === undefined || (typeof result === 'object' && result !== null && 'error' in result) ? '' : cellText(result as ExcelJS.CellValue);
    }
    if ('text' in value) {
      const text = (value as { text: unknown }).text;
      return typeof text === 'string' ? text : typeof text === 'object' && text !== null ? cellText(text as ExcelJS.CellValue) : '';
    }
  }
  return '';
}

/**
 * An .xlsx workbook → the rows of its first sheet (or the named one), with their row numbers.
 * The whole workbook is loaded (exceljs); the caller has already bounded the file's size.
 */
export async function readXlsxRecords(bytes: Uint8Array, options: { sheet?: string; maxRecords: number }): Promise<XlsxOutcome> {
  const workbook = new (await loadExcel()).Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  } catch {
    return {
      ok: false,
      error: sheetError(
        'NOT_XLSX',
        'เปิดไฟล์ Excel นี้ไม่ได้ (ไฟล์เสียหรือไม่ใช่ .xlsx) ลองเปิดใน Excel แล้วบันทึกเป็น .xlsx หรือ CSV UTF-8 ใหม่',
        'This Excel file cannot be opened (it is damaged or not an .xlsx). Open it in Excel and save it again as .xlsx or CSV UTF-8.',
      ),
    };
  }
  const sheetNames = workbook.worksheets.map((w) => w.name);
  const worksheet = options.sheet === undefined ? workbook.worksheets[0] : workbook.getWorksheet(options.sheet);
  if (!worksheet) {
    return options.sheet === undefined
      ? { ok: false, error: sheetError('EMPTY', 'ไฟล์ Excel นี้ไม่มีแผ่นงาน', 'This workbook has no sheets.') }
      : {
          ok: false,
          error: sheetError('NO_SHEET', `ไม่พบแผ่นงาน "${options.sheet}" (มี: ${sheetNames.join(', ')})`, `There is no sheet "${options.sheet}" (sheets: ${sheetNames.join(', ')}).`),
        };
  }
  const records: SheetRow[] = [];
  let truncated = false;
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (truncated) return;
    // row.values is 1-based (index 0 is empty); a sparse array where cells are blank.
    const values = row.values as ExcelJS.CellValue[];
    const cells: string[] = [];
    for (let i = 1; i < values.length; i++) cells.push(cellText(values[i]));
    if (cells.every((cell) => cell.trim() === '')) return;
    records.push({ line: rowNumber, cells });
    if (records.length >= options.maxRecords) truncated = true;
  });
  return { ok: true, records, sheetName: worksheet.name, sheetNames, truncated };
}
