import Papa from 'papaparse';
import type { ImportProblem, SheetRow } from '../../shared/people/import-rows';

export interface CsvRecords {
  /** Every non-blank record, with the line it starts on. */
  records: SheetRow[];
  problems: ImportProblem[];
  /** Parsing stopped at this many records (the file is far too long to be a register). */
  truncated: boolean;
}

/**
 * CSV text → records with their line numbers. Quoted fields may hold commas and line breaks, so a
 * record's line is where it starts, counted over the text. The delimiter is guessed among comma,
 * tab (Excel's "Unicode text"), semicolon and bar. Stops after `maxRecords` non-blank records.
 */
export function parseCsvRecords(text: string, maxRecords: number): CsvRecords {
  const records: SheetRow[] = [];
  const problems: ImportProblem[] = [];
  let truncated = false;
  // Line counting: `scanned` is how far line breaks have been counted, `line` the line at `scanned`.
  let scanned = 0;
  let line = 1;
  let previousEnd = 0;
  const advanceTo = (offset: number) => {
    for (let i = scanned; i < offset; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) line++;
    }
    scanned = Math.max(scanned, offset);
  };

  Papa.parse<string[]>(text, {
    delimitersToGuess: [',', '\t', ';', '|'],
    skipEmptyLines: false,
    step(result, parser) {
      // The record starts after the previous one's end and its line break.
      let start = previousEnd;
      if (start > 0) {
        if (text.charCodeAt(start) === 0x0d) start++;
        if (text.charCodeAt(start) === 0x0a) start++;
      }
      previousEnd = result.meta.cursor;
      advanceTo(start);
      const cells = result.data.map((cell) => String(cell));
      if (result.errors.some((error) => error.code === 'MissingQuotes' || error.code === 'InvalidQuotes')) {
        {
          problems.push({
            line,
            severity: 'warning',
            code: 'BAD_QUOTES',
            message: {
              th: 'เครื่องหมายคำพูด (") ไม่ครบคู่ ข้อมูลหลังจากนี้อาจรวมอยู่ในช่องเดียว ตรวจสอบแถวนี้ในไฟล์',
              en: 'A quote mark (") is not closed; what follows may have run into one cell. Check this line in the file.',
            },
          });
        }
      }
      if (cells.every((cell) => cell.trim() === '')) return;
      records.push({ line, cells });
      if (records.length >= maxRecords) {
        truncated = true;
        parser.abort();
      }
    },
  });
  return { records, problems, truncated };
}
