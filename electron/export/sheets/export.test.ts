import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inflateRawSync } from 'node:zlib';
import type { Participant } from '../../../shared/domain/people';
import { participant, stakeholder, workshopWith } from '../../../shared/people/test-support';
import { exportParticipants, exportPeopleWorkbook, exportStakeholders, needsNeutralising, neutraliseCell, participantsTable } from './index';
import { exportTime } from './tables';

// Check-in times follow this computer's clock, as the register on screen does: fix the zone here.
const machineZone = process.env.TZ;
beforeAll(() => {
  process.env.TZ = 'Asia/Bangkok';
});
afterAll(() => {
  if (machineZone === undefined) delete process.env.TZ;
  else process.env.TZ = machineZone;
});

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
      ['P001', 'ภาครัฐ', '2569-11-26 09:12', 'ลงทะเบียนหน้างาน'],
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

  it('writes check-in times on the screen’s clock, the year พ.ศ. in Thai and ค.ศ. in English', () => {
    // 2026-11-26T06:34Z is 13.34 น. in Bangkok, the time the register shows on this computer.
    expect(exportTime('2026-11-26T06:34:00.000Z', 'th')).toBe('2569-11-26 13:34');
    expect(exportTime('2026-11-26T06:34:00.000Z', 'en')).toBe('2026-11-26 13:34');
    // The local day, not UTC's: 20:34Z is already the 27th in Bangkok.
    expect(exportTime('2026-11-26T20:34:00.000Z', 'th')).toBe('2569-11-27 03:34');
    expect(exportTime(null, 'th')).toBe('');
  });

  it('follows the computer’s clock, not a fixed zone', () => {
    process.env.TZ = 'UTC';
    try {
      expect(exportTime('2026-11-26T06:34:00.000Z', 'en')).toBe('2026-11-26 06:34');
    } finally {
      process.env.TZ = 'Asia/Bangkok';
    }
    expect(exportTime('2026-11-26T06:34:00.000Z', 'en')).toBe('2026-11-26 13:34');
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

describe('the register export lists people, not devices', () => {
  const IN = '2026-11-26T02:30:00.000Z';
  const JOINED = '2026-11-26T02:40:00.000Z';
  const phoneRecord = (n: number, fields: Partial<Participant> = {}) =>
    participant({ id: `phone-token-${n}`, code: `P0${30 + n}`, source: 'phone', checkedInAt: JOINED, ...fields });
  // Somsri checked in at the desk with no sector; her phone (linked) said community and, with consent, women.
  // Boonma checked in; a phone with her name joined but is not linked yet (อาจซ้ำ). Ton joined by phone only.
  // Three phones gave no name; one desk check-in (Prasert) has no phone: two anonymous phones are more people.
  const room = workshopWith([
    participant({ id: 'r1', code: 'P001', name: 'นางสาวสมศรี ใจดี', sector: '', checkedInAt: IN }),
    participant({ id: 'r2', code: 'P002', name: 'นางบุญมา มีสุข', sector: 'government', checkedInAt: IN }),
    participant({ id: 'r3', code: 'P003', name: 'นายประเสริฐ ทองดี', sector: 'government', checkedInAt: IN }),
    participant({ id: 'r4', code: 'P004', name: 'นายสมบัติ มั่งมี', sector: 'private' }),
    phoneRecord(1, { name: 'ศรี', sector: 'community', socialGroups: ['women'], groupsConsent: true, linkedTo: 'r1' }),
    phoneRecord(2, { name: 'บุญมา มีสุข', sector: 'community' }),
    phoneRecord(3, { name: 'ต้น', sector: 'academia' }),
    phoneRecord(4),
    phoneRecord(5),
    phoneRecord(6),
  ]);

  it('merges a linked phone into its person’s row, lists a phone-only person, and no anonymous phone by code', async () => {
    const rows = csvRows(await exportParticipants(room, 'csv', { named: true, language: 'en' }));
    expect(rows.slice(1, 6).map((r) => [r[0], r[1], r[3], r[5], r[7]])).toEqual([
      ['P001', 'นางสาวสมศรี ใจดี', 'Community', 'Women', 'Registered'],
      // Not linked: the phone's name matches, so it is counted as Boonma; its sector is not hers to take.
      ['P002', 'นางบุญมา มีสุข', 'Government', '', 'Registered'],
      ['P003', 'นายประเสริฐ ทองดี', 'Government', '', 'Registered'],
      ['P004', 'นายสมบัติ มั่งมี', 'Private sector', '', 'Registered'],
      ['P033', 'ต้น', 'Academia', '', 'Phone'],
    ]);
    // Then, below an empty line, the anonymous phones that are more people, as the minutes say it.
    expect(rows.slice(6)).toEqual([['And 2 people who joined by phone without a name']]);
    for (const code of ['P031', 'P032', 'P034', 'P035', 'P036']) expect(rows.flat()).not.toContain(code);
  });

  it('adds up to the attendance: rows checked in plus the anonymous line', async () => {
    const text = csvText(await exportParticipants(room, 'csv'));
    const rows = csvRows(await exportParticipants(room, 'csv'));
    expect(rows.slice(1, 6).map((r) => r[0])).toEqual(['P001', 'P002', 'P003', 'P004', 'P033']);
    expect(rows[1]).toEqual(['P001', 'ชุมชน', '2569-11-26 09:30', 'ลงทะเบียนหน้างาน']);
    expect(text).toContain('\r\n\r\nผู้เข้าร่วมทางมือถือ (ไม่ระบุชื่อ) อีก 2 คน\r\n');
    expect(rows.slice(1, 6).filter((r) => r[2] !== '')).toHaveLength(4);
  });

  it('writes the same rows and line in an XLSX, the line after an empty row', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await exportParticipants(room, 'xlsx')) as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect([2, 3, 4, 5, 6].map((n) => sheet.getCell(`A${n}`).value)).toEqual(['P001', 'P002', 'P003', 'P004', 'P033']);
    expect(sheet.getCell('A7').value).toBeNull();
    expect(sheet.getCell('A8').value).toBe('ผู้เข้าร่วมทางมือถือ (ไม่ระบุชื่อ) อีก 2 คน');
    expect(sheet.rowCount).toBe(8);
  });
});
