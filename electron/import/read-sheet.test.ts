import { mkdtemp, readFile, truncate, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { createWorkshop } from '../../shared/domain/create';
import { importRegister } from './import-register';
import { previewOf, readParticipantFile, readParticipantSheet, type ParsedSheet } from './read-sheet';
import { MAX_IMPORT_BYTES } from './sheet-error';

const FIXTURES = path.resolve(import.meta.dirname, '../../tests/fixtures/people');
const fixture = (name: string) => path.join(FIXTURES, name);
const workshop = createWorkshop({ id: 'w1', createdAt: '2026-11-26T02:00:00.000Z' });

async function sheetOf(name: string, options = {}): Promise<ParsedSheet> {
  const read = await readParticipantFile(fixture(name), options);
  if (!read.ok) throw new Error(`${name}: ${read.error.message.en}`);
  return read.sheet;
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'ruam-import-'));
});

describe('reading a CSV register', () => {
  it('reads UTF-8 with a BOM and CRLF, skips the title row, and keeps quoted commas, quotes and line breaks', async () => {
    const sheet = await sheetOf('register-utf8-bom-crlf.csv');
    expect(sheet).toMatchObject({ format: 'csv', encoding: 'utf-8', headerLine: 2 });
    expect(sheet.headers[1]).toBe('ชื่อ-นามสกุล'); // no BOM glued to a header
    expect(sheet.mapping).toEqual([null, 'name', 'organisation', 'sector', 'contact', 'contact']);
    const plan = importRegister(sheet, workshop);
    expect(plan.participants[0]!.organisation).toBe('สำนักงาน ก.พ.ร., กลุ่มพัฒนาระบบบริหาร');
    expect(plan.participants[1]!.organisation).toBe('มูลนิธิ "เพื่อชุมชน"');
    expect(plan.participants[3]!.organisation).toBe('ชุมชนบ้านหนองบัว หมู่ 5');
    expect(plan.participants.map((p) => p.sector)).toEqual(['government', 'civil-society', 'international', 'community', 'academia', 'other', 'media']);
  });

  it('gives each row the line it starts on, counting line breaks inside quotes', async () => {
    const plan = importRegister(await sheetOf('register-utf8-bom-crlf.csv'), workshop);
    expect(plan.lines).toEqual([3, 4, 5, 6, 8, 10, 11]);
    expect(plan.problems.map((p) => [p.line, p.code])).toEqual([
      [9, 'NO_NAME'],
      [10, 'UNKNOWN_SECTOR'],
    ]);
  });

  it('decodes TIS-620 (Windows-874) from older Thai Excel and joins split name columns', async () => {
    const sheet = await sheetOf('register-tis620.csv');
    expect(sheet.encoding).toBe('windows-874');
    expect(importRegister(sheet, workshop).participants.map((p) => [p.name, p.sector])).toEqual([
      ['สมปอง ทองดี', 'government'],
      ['มานี มีนา', 'private'],
    ]);
  });

  it('decodes UTF-16 tab-separated text (Excel’s "Unicode Text")', async () => {
    const sheet = await sheetOf('register-utf16le.csv');
    expect(sheet.encoding).toBe('utf-16le');
    expect(importRegister(sheet, workshop).participants.map((p) => p.name)).toEqual(['ปรีชา ชาญชัย', 'วันดี ศรีสุข']);
  });

  it('decodes UTF-16 without a BOM', async () => {
    const bytes = new Uint8Array(Buffer.from('ชื่อ,หน่วยงาน\r\nสมศรี,ก.พ.ร.\r\n', 'utf16le'));
    const read = await readParticipantSheet(bytes, { fileName: 'x.csv' });
    expect(read.ok && [read.sheet.encoding, read.sheet.rows[0]!.cells]).toEqual(['utf-16le', ['สมศรี', 'ก.พ.ร.']]);
  });

  it('reads English headers with social groups and consent', async () => {
    const plan = importRegister(await sheetOf('register-groups-lf.csv'), workshop);
    expect(plan.participants.map((p) => p.socialGroups)).toEqual([['women', 'older'], [], ['disability', 'minority'], []]);
  });

  it('reports an unclosed quote at its line and still imports the rows before it', async () => {
    const plan = importRegister(await sheetOf('bad-quotes.csv'), workshop);
    expect(plan.participants[0]!.name).toBe('สมศรี ใจดี');
    expect(plan.problems).toMatchObject([{ line: 3, code: 'BAD_QUOTES' }]);
  });
});

describe('refusing files that are not a register, with a clear reason', () => {
  it.each([
    ['empty.csv', 'EMPTY', /empty/],
    ['header-only.csv', 'HEADER_ONLY', /only a header row/],
    ['binary-image.csv', 'BINARY', /not a CSV text file/],
    ['not-a-zip.xlsx', 'NOT_XLSX', /not a valid Excel.*renaming it to \.csv/],
    ['old-excel.xls', 'OLD_XLS', /old Excel file/],
  ])('%s → %s', async (name, code, message) => {
    const read = await readParticipantFile(fixture(name));
    expect(read.ok).toBe(false);
    if (!read.ok) {
      expect(read.error.code).toBe(code);
      expect(read.error.message.en).toMatch(message);
      expect(read.error.message.th.length).toBeGreaterThan(0);
    }
  });

  it('says when the file does not exist', async () => {
    const read = await readParticipantFile(path.join(dir, 'nope.csv'));
    expect(read.ok === false && read.error.message.en).toMatch(/no file/);
  });

  it(`refuses a file over ${MAX_IMPORT_BYTES / 1024 / 1024} MB before reading it`, async () => {
    const big = path.join(dir, 'huge.csv');
    await writeFile(big, '');
    await truncate(big, MAX_IMPORT_BYTES + 1);
    const read = await readParticipantFile(big);
    expect(read.ok === false && read.error.code).toBe('TOO_LARGE');
    expect(read.ok === false && read.error.message.en).toMatch(/up to 10 MB/);
  });

  it('imports a generated 5 MB register (under the limit) in full', async () => {
    const file = path.join(dir, 'five-mb.csv');
    const filler = 'หมายเหตุยาว '.repeat(45);
    const lines = ['ชื่อ-นามสกุล,หน่วยงาน,ภาคส่วน,หมายเหตุ'];
    let size = 0;
    for (let i = 1; size < 5 * 1024 * 1024; i++) {
      const row = `ผู้เข้าร่วม ${i},"หน่วยงาน ${i % 50}, จังหวัด",ภาครัฐ,${filler}`;
      lines.push(row);
      size += Buffer.byteLength(row) + 1;
    }
    await writeFile(file, lines.join('\n'));
    expect((await readFile(file)).byteLength).toBeGreaterThanOrEqual(5 * 1024 * 1024);
    const read = await readParticipantFile(file);
    if (!read.ok) throw new Error(read.error.message.en);
    const plan = importRegister(read.sheet, workshop);
    expect(plan.participants).toHaveLength(lines.length - 1);
    expect(plan.problems).toEqual([]);
  });
});

describe('reading an XLSX register', () => {
  it('reads the first sheet under its title rows: rich text, formula results, a phone typed as a number', async () => {
    const sheet = await sheetOf('register.xlsx');
    expect(sheet).toMatchObject({ format: 'xlsx', sheetName: 'ผู้เข้าร่วม', sheetNames: ['ผู้เข้าร่วม', 'ทีมงาน'], headerLine: 3 });
    const plan = importRegister(sheet, workshop);
    expect(plan.participants.map((p) => [p.name, p.organisation, p.sector, p.contact])).toEqual([
      ['นางสุดา ใจงาม', 'องค์การบริหารส่วนตำบล', 'government', '0812345678 / suda@example.go.th'],
      ['Mr Tom Baker', 'Baker & Sons', 'private', '0899999999'],
      ['ประภา สายสุข', 'กลุ่มเยาวชนรักษ์ถิ่น', 'civil-society', ''],
    ]);
    expect(plan.problems).toMatchObject([{ line: 7, code: 'NO_NAME' }]);
  });

  it('reads a named sheet, and names the sheets when it is not there', async () => {
    const team = await sheetOf('register.xlsx', { sheet: 'ทีมงาน' });
    expect(team.rows[0]!.cells).toEqual(['Facilitator One', 'OPDC']);
    const missing = await readParticipantFile(fixture('register.xlsx'), { sheet: 'Sheet9' });
    expect(missing.ok === false && missing.error.message.en).toBe('There is no sheet "Sheet9" (sheets: ผู้เข้าร่วม, ทีมงาน).');
  });

  it('reads a workbook named .csv as a workbook, and says so', async () => {
    const bytes = await readFile(fixture('register.xlsx'));
    const read = await readParticipantSheet(bytes, { fileName: 'register.csv' });
    expect(read.ok && read.sheet.format).toBe('xlsx');
    expect(read.ok && read.sheet.problems).toMatchObject([{ code: 'FORMAT_NOTICE' }]);
  });

  it('says a damaged workbook cannot be opened', async () => {
    const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new Array(200).fill(7)]);
    const read = await readParticipantSheet(bytes, { fileName: 'broken.xlsx' });
    expect(read.ok === false && read.error.code).toBe('NOT_XLSX');
  });

  it('reads a workbook written by Ruam’s own exporter back', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('x').addRows([['Name', 'Sector'], ['Anong', 'Community']]);
    const bytes = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
    const read = await readParticipantSheet(bytes, { fileName: 'x.xlsx' });
    expect(read.ok && importRegister(read.sheet, workshop).participants[0]).toMatchObject({ name: 'Anong', sector: 'community' });
  });
});

describe('the preview', () => {
  it('shows the first rows, the total and the recognised columns', async () => {
    const preview = previewOf(await sheetOf('register-utf8-bom-crlf.csv'), 3);
    expect(preview.rows.map((r) => r.line)).toEqual([3, 4, 5]);
    expect(preview.totalRows).toBe(8);
    expect(preview.headers).toHaveLength(6);
    expect(preview.mapping[1]).toBe('name');
  });
});

describe('never crashing on bad input', () => {
  const settled = (read: Awaited<ReturnType<typeof readParticipantSheet>>) =>
    read.ok ? Array.isArray(read.sheet.rows) : typeof read.error.code === 'string' && read.error.message.en.length > 0 && read.error.message.th.length > 0;

  it('gives a result or a clear error for random bytes, whatever the file is called', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 3000 }), fc.constantFrom('x.csv', 'x.xlsx', 'x.txt', undefined), async (bytes, fileName) => {
        expect(settled(await readParticipantSheet(bytes, { fileName }))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('gives a result or a clear error for random bytes that start like a zip', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), async (tail) => {
        const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...tail]);
        expect(settled(await readParticipantSheet(bytes, { fileName: 'x.xlsx' }))).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it('parses any text of Thai, quotes, commas and line breaks, with lines only going forward', async () => {
    const piece = fc.constantFrom('ชื่อ', 'สมศรี', ',', '"', '""', '\n', '\r\n', '\r', ' ', 'ก.พ.ร.', '=1+1', '\t', ';');
    await fc.assert(
      fc.asyncProperty(fc.array(piece, { maxLength: 80 }), async (pieces) => {
        const read = await readParticipantSheet(new TextEncoder().encode(pieces.join('')), { fileName: 'x.csv' });
        expect(settled(read)).toBe(true);
        if (read.ok) {
          const lines = [read.sheet.headerLine, ...read.sheet.rows.map((r) => r.line)];
          for (let i = 1; i < lines.length; i++) expect(lines[i]!).toBeGreaterThan(lines[i - 1]!);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('finding the header row', () => {
  it('prefers the row of exact header names over a data row full of sector and organisation words', async () => {
    // The data row contains an organisation, a sector and a group word: three partial matches.
    const csv = 'ชื่อ,Where,What,Which\r\nสมศรี,บริษัท ข้าวไทย,ภาคเอกชน,กลุ่มเยาวชน\r\nมานี,เทศบาล,ภาครัฐ,\r\n';
    const read = await readParticipantSheet(new TextEncoder().encode(csv), { fileName: 'x.csv' });
    expect(read.ok && [read.sheet.headerLine, read.sheet.rows.length]).toEqual([1, 2]);
  });
});
