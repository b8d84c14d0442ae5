import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { inflateRawSync } from 'node:zlib';
import { participant, stakeholder, workshopWith } from '../../../shared/people/test-support';
import { exportParticipants, exportPeopleWorkbook, exportStakeholders, needsNeutralising, neutraliseCell, participantsTable } from './index';

const people = [
  participant({ id: 'p1', code: 'P001', name: 'นางสาวสมศรี ใจดี', organisation: 'สำนักงาน ก.พ.ร.', sector: 'government', contact: '081-234-5678', checkedInAt: '2026-11-26T02:12:00.000Z', groupsConsent: true, socialGroups: ['women'] }),
  participant({ id: 'p2', code: 'P002', name: '=HYPERLINK("http://evil.example","คลิก")', organisation: '@SUM(A1:A9)', sector: 'community', contact: '+66 2 123 4567' }),
  participant({ id: 'p3', code: 'P003', name: '', organisation: '', sector: 'media', erased: true }),
];
const workshop = workshopWith(people, [stakeholder({ id: 's1', name: '-2+3', sector: 'community', influence: 5, interest: 2, currentLevel: 'inform', desiredLevel: 'collaborate', components: ['C03'] })]);
const csvText = (bytes: Uint8Array) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
const csvRows = (bytes: Uint8Array) => Papa.parse<string[]>(csvText(bytes).replace(/^\ufeff/, ''), { skipEmptyLines: true }).data;

describe('neutraliseCell', () => {
  it.each(['=1+1', '+66 81', '-2', '@SUM(A1)', '\tx', '\rx', '  =cmd', '＝1+1', '＋1'])('puts an apostrophe before %j', (text) => {
    expect(neutraliseCell(text)).toBe(`'${text}`);
  });

  it.each(['สมศรี', 'P001', 'a=b', 'x-1', 'somsri@example.go.th', ''])('leaves %j alone', (text) => {
    expect(needsNeutralising(text)).toBe(false);
    expect(neutraliseCell(text)).toBe(text);
  });
});

describe('participants to CSV', () => {
  it('is UTF-8 with a BOM and CRLF, so Excel shows Thai', async () => {
    const bytes = await exportParticipants(workshop, 'csv');
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csvText(bytes)).toContain('\r\n');
    expect(csvText(bytes)).toContain('ภาครัฐ');
  });

  it('is anonymised by default: codes and sectors, no names, organisations or contacts', async () => {
    const text = csvText(await exportParticipants(workshop, 'csv'));
    expect(csvRows(await exportParticipants(workshop, 'csv'))).toEqual([
      ['รหัส', 'ภาคส่วน', 'เวลาลงทะเบียนเข้างาน', 'ที่มา'],
      ['P001', 'ภาครัฐ', '2026-11-26 09:12', 'ลงทะเบียนหน้างาน'],
      ['P002', 'ชุมชน', '', 'ลงทะเบียนหน้างาน'],
      ['P003', 'สื่อมวลชน', '', 'ลงทะเบียนหน้างาน'],
    ]);
    for (const secret of ['สมศรี', 'ก.พ.ร.', '081-234-5678', 'HYPERLINK', 'ผู้หญิง']) expect(text).not.toContain(secret);
  });

  it('includes names, contacts and consented groups only when asked for a named export', async () => {
    const rows = csvRows(await exportParticipants(workshop, 'csv', { named: true, language: 'en' }));
    expect(rows[0]).toEqual(['Code', 'Name', 'Organisation', 'Sector', 'Contact', 'Social groups', 'Checked in at', 'Source']);
    expect(rows[1]).toEqual(['P001', 'นางสาวสมศรี ใจดี', 'สำนักงาน ก.พ.ร.', 'Government', '081-234-5678', 'Women', '2026-11-26 09:12', 'Registered']);
    expect(rows[3]![1]).toBe('(personal data erased)');
  });

  it('follows the workshop’s choice when it turned anonymised exports off', () => {
    const named = workshopWith(people);
    named.settings.anonymiseExports = false;
    expect(participantsTable(named).headers).toContain('ชื่อ-นามสกุล');
  });

  it('neutralises every typed cell that would run as a formula', async () => {
    const rows = csvRows(await exportParticipants(workshop, 'csv', { named: true }));
    expect(rows[2]!.slice(1, 5)).toEqual(["'=HYPERLINK(\"http://evil.example\",\"คลิก\")", "'@SUM(A1:A9)", 'ชุมชน', "'+66 2 123 4567"]);
    for (const row of rows) for (const cell of row) expect(/^[=+\-@\t\r]/.test(cell)).toBe(false);
  });
});

/** The sheet XML inside an .xlsx (a zip): stored or deflated entries, read with the local headers. */
function zipEntry(bytes: Uint8Array, name: string): string {
  const buffer = Buffer.from(bytes);
  for (let at = 0; at + 30 < buffer.length && buffer.readUInt32LE(at) === 0x04034b50; ) {
    const method = buffer.readUInt16LE(at + 8);
    const compressed = buffer.readUInt32LE(at + 18);
    const nameLength = buffer.readUInt16LE(at + 26);
    const extra = buffer.readUInt16LE(at + 28);
    const entry = buffer.toString('utf8', at + 30, at + 30 + nameLength);
    const start = at + 30 + nameLength + extra;
    if (entry === name) {
      const data = buffer.subarray(start, start + compressed);
      return (method === 8 ? inflateRawSync(data) : data).toString('utf8');
    }
    at = start + compressed;
  }
  throw new Error(`no ${name} in the workbook`);
}

describe('participants and stakeholders to XLSX', () => {
  it('stores every cell as text in Text-formatted cells: no formulas, nothing to evaluate', async () => {
    const bytes = await exportParticipants(workshop, 'xlsx', { named: true });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    const cell = sheet.getCell('B3');
    expect(cell.value).toBe('=HYPERLINK("http://evil.example","คลิก")');
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.numFmt).toBe('@');
    expect(sheet.getCell('C3').value).toBe('@SUM(A1:A9)');
    expect(zipEntry(bytes, 'xl/worksheets/sheet1.xml')).not.toMatch(/<f[ >]/);
  });

  it('is anonymised by default too', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await exportParticipants(workshop, 'xlsx')) as unknown as ArrayBuffer);
    const values = book.worksheets[0]!.getSheetValues().flat().map(String).join(' ');
    expect(values).toContain('P001');
    expect(values).not.toContain('สมศรี');
  });

  it('puts both sheets in one workbook, with stakeholders’ quadrant and IAP2 levels', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await exportPeopleWorkbook(workshop, { language: 'en' })) as unknown as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).toEqual(['Participants', 'Stakeholders']);
    const row = book.getWorksheet('Stakeholders')!.getRow(2).values as unknown[];
    expect(row.slice(1, 10)).toEqual(['-2+3', 'Community', '5', '2', 'Keep satisfied', 'Inform', 'Collaborate', '', '03 Partnership']);
  });

  it('neutralises stakeholder names in CSV', async () => {
    const rows = csvRows(await exportStakeholders(workshop, 'csv'));
    expect(rows[1]![0]).toBe("'-2+3");
  });
});
