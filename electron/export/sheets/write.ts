import type ExcelJS from 'exceljs';

/** exceljs takes ~0.3 s to load: only when a spreadsheet is actually read or written, not at start. */
const loadExcel = async () => (await import('exceljs')).default;
import { neutraliseCell } from './neutralise';
import type { SheetTable } from './tables';

const BOM = '\ufeff';

function csvField(text: string): string {
  const safe = neutraliseCell(text);
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/**
 * A table as CSV that Excel opens with Thai intact: UTF-8 with a BOM (without it Excel reads the
 * bytes as the system code page), CRLF line ends, RFC 4180 quoting, every cell neutralised.
 */
export function tableToCsv(table: SheetTable): Uint8Array {
  const notes = table.notes ?? [];
  const rows = notes.length > 0 ? [table.headers, ...table.rows, [], ...notes.map((note) => [note])] : [table.headers, ...table.rows];
  const lines = rows.map((row) => row.map(csvField).join(','));
  return new TextEncoder().encode(BOM + lines.join('\r\n') + '\r\n');
}

/** Excel's rules for sheet names: ≤ 31 characters, none of []:*?/\, unique in the workbook. */
function sheetName(name: string, taken: Set<string>): string {
  const base = name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31).trim() || 'Sheet';
  let candidate = base;
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${base.slice(0, 28)} ${n}`;
  taken.add(candidate.toLowerCase());
  return candidate;
}

/**
 * Tables as an .xlsx workbook, one sheet each. Every cell is written as a string in a column
 * formatted as Text ("@"): Excel never evaluates a string cell, and the Text format keeps it a
 * string even when someone edits the cell later — so no apostrophe is needed (it would show).
 */
export async function tablesToXlsx(tables: readonly SheetTable[]): Promise<Uint8Array> {
  const workbook = new (await loadExcel()).Workbook();
  workbook.creator = 'Ruam';
  const taken = new Set<string>();
  for (const table of tables) {
    const sheet = workbook.addWorksheet(sheetName(table.name, taken), { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = table.headers.map((header, i) => ({
      key: String(i),
      width: Math.min(60, Math.max(10, header.length + 2, ...table.rows.slice(0, 200).map((r) => (r[i] ?? '').length + 2))),
      style: { numFmt: '@' },
    }));
    const header = sheet.addRow(table.headers);
    header.font = { bold: true };
    for (const row of table.rows) sheet.addRow(row.map((cell) => String(cell)));
    sheet.eachRow((row) => {
      row.eachCell((cell) => {
        cell.numFmt = '@';
      });
    });
    // Notes below an empty row, in the first cell, as text (neither sizes a column).
    const notes = table.notes ?? [];
    if (notes.length > 0) sheet.addRow([]);
    for (const note of notes) {
      const cell = sheet.addRow([note]).getCell(1);
      cell.numFmt = '@';
      cell.font = { italic: true };
    }
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
