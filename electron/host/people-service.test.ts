import { mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ParticipantImportPreview, ParticipantImportResult, PeopleExportFile, Reply } from '../../shared/contracts/facilitator';
import { parseRuamFile } from '../../shared/format/ruam-file';
import { readParticipantSheet } from '../import/read-sheet';
import { WorkshopFile } from './workshop-file';
import { WorkshopHost } from './workshop-host';

const FIXTURES = path.resolve(import.meta.dirname, '../../tests/fixtures/people');
let dir: string;
let workshopPath: string;
let host: WorkshopHost;
let file: WorkshopFile;

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'ruam-people-service-'));
  workshopPath = path.join(dir, 'เวทีรับฟัง.ruam');
  host = new WorkshopHost();
  file = await WorkshopFile.create(workshopPath, host, { title: 'เวทีรับฟังความคิดเห็น', date: '2026-11-26' });
});

afterEach(async () => {
  await file.close();
});

const base64 = async (name: string) => (await readFile(path.join(FIXTURES, name))).toString('base64');

/** Ask the host as a window does, and unwrap the reply so a test reads as a story. */
async function ask<T>(method: string, input: unknown, actor?: Parameters<WorkshopHost['handle']>[2]): Promise<T> {
  const reply = (await host.handle(method, [input], actor)) as Reply<T>;
  if (!reply.ok) throw Object.assign(new Error(reply.error.message), { code: reply.error.code });
  return reply.value;
}

async function savedWorkshop() {
  await file.save();
  const parsed = parseRuamFile(await readFile(workshopPath, 'utf8'));
  if (!parsed.ok) throw new Error(parsed.problem.message);
  return parsed.workshop;
}

describe('previewing a participant register through the host', () => {
  it('shows the columns Ruam recognised, the first rows with their lines, and the problems by line', async () => {
    const result = await ask<ParticipantImportPreview>('previewParticipantImport', {
      fileName: 'รายชื่อ.csv',
      dataBase64: await base64('register-utf8-bom-crlf.csv'),
    });
    if (!result.ok) throw new Error(result.error.message.en);
    const { preview } = result;
    expect(preview.format).toBe('csv');
    expect(preview.headers).toEqual(['ลำดับ', 'ชื่อ-นามสกุล', 'หน่วยงาน', 'ภาคส่วน', 'อีเมล', 'โทรศัพท์']);
    expect(preview.recognised).toEqual([null, 'name', 'organisation', 'sector', 'contact', 'contact']);
    expect(preview.mapping).toEqual(preview.recognised);
    expect(preview.headerLine).toBe(2);
    expect(preview.rows[0]).toEqual({ line: 3, cells: ['1', 'นางสาวสมศรี ใจดี', 'สำนักงาน ก.พ.ร., กลุ่มพัฒนาระบบบริหาร', 'ภาครัฐ', 'somsri@example.go.th', '0812345678'] });
    expect(preview.totalRows).toBe(8);
    expect(preview.importable).toBe(7);
    expect(preview.problems.map((p) => [p.line, p.code])).toEqual([
      [9, 'NO_NAME'],
      [10, 'UNKNOWN_SECTOR'],
    ]);
    expect(host.current!.participants).toEqual([]);
  });

  it('checks the facilitator’s own mapping: without a name column nobody would be imported', async () => {
    const result = await ask<ParticipantImportPreview>('previewParticipantImport', {
      fileName: 'รายชื่อ.csv',
      dataBase64: await base64('register-utf8-bom-crlf.csv'),
      mapping: [null, null, 'organisation', 'sector', null, null],
    });
    if (!result.ok) throw new Error('expected a preview');
    expect(result.preview.importable).toBe(0);
    expect(result.preview.problems[0]).toMatchObject({ line: null, severity: 'error', code: 'NO_NAME_COLUMN' });
    expect(result.preview.recognised[1]).toBe('name');
  });

  it('reads an XLSX register and names its sheets, so another can be chosen', async () => {
    const result = await ask<ParticipantImportPreview>('previewParticipantImport', { fileName: 'register.xlsx', dataBase64: await base64('register.xlsx') });
    if (!result.ok) throw new Error(result.error.message.en);
    expect(result.preview.format).toBe('xlsx');
    expect(result.preview.sheetNames).toEqual(['ผู้เข้าร่วม', 'ทีมงาน']);
    const other = await ask<ParticipantImportPreview>('previewParticipantImport', { fileName: 'register.xlsx', dataBase64: await base64('register.xlsx'), sheet: 'ทีมงาน' });
    if (!other.ok) throw new Error(other.error.message.en);
    expect(other.preview.headers).toEqual(['Name', 'Organisation']);
  });

  it('says in Thai and English why a file cannot be read, rather than failing the request', async () => {
    const result = await ask<ParticipantImportPreview>('previewParticipantImport', { fileName: 'old.xls', dataBase64: await base64('old-excel.xls') });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('OLD_XLS');
    expect(result.error.message.th).toContain('.xlsx');
  });

  it('refuses a window that is not the facilitator’s (a phone)', async () => {
    const reply = await host.handle('previewParticipantImport', [{ fileName: 'a.csv', dataBase64: '' }], { kind: 'participant', tokenHash: 'x' });
    expect(reply).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('refuses a file over the size limit as arguments, before decoding it', async () => {
    const reply = await host.handle('previewParticipantImport', [{ fileName: 'big.csv', dataBase64: 'A'.repeat(14_000_001) }]);
    expect(reply).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
  });
});

describe('importing a participant register through the host', () => {
  it('adds everyone readable as one undo step, saved in the .ruam, with duplicates counted and problems by line', async () => {
    const result = await ask<ParticipantImportResult>('importParticipants', {
      fileName: 'รายชื่อ.csv',
      dataBase64: await base64('register-utf8-bom-crlf.csv'),
      checkedIn: true,
    });
    expect(result).toMatchObject({ ok: true, imported: 7, firstCode: 'P001', lastCode: 'P007', duplicateGroups: 1 });
    expect(result.problems.map((p) => p.line)).toEqual([9, 10]);

    const saved = await savedWorkshop();
    expect(saved.participants).toHaveLength(7);
    expect(saved.participants.every((p) => p.source === 'import' && p.checkedInAt !== null)).toBe(true);
    expect(host.snapshot().undo.undoLabel).toEqual({ th: 'นำเข้ารายชื่อผู้เข้าร่วม', en: 'Import participants' });

    await host.handle('undo', []);
    expect(host.current!.participants).toEqual([]);
  });

  it('uses the mapping the facilitator chose (contact columns left out)', async () => {
    const result = await ask<ParticipantImportResult>('importParticipants', {
      fileName: 'รายชื่อ.csv',
      dataBase64: await base64('register-utf8-bom-crlf.csv'),
      mapping: [null, 'name', 'organisation', 'sector', null, null],
    });
    expect(result.ok).toBe(true);
    expect(host.current!.participants.every((p) => p.contact === '')).toBe(true);
  });

  it('imports nothing, and says why, when no column holds names', async () => {
    const result = await ask<ParticipantImportResult>('importParticipants', {
      fileName: 'รายชื่อ.csv',
      dataBase64: await base64('register-utf8-bom-crlf.csv'),
      mapping: [null, null, 'organisation'],
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'NO_NAME_COLUMN' } });
    expect(host.current!.participants).toEqual([]);
    expect(host.snapshot().undo.canUndo).toBe(false);
  });

  it('refuses to import into a read-only workshop', async () => {
    host.setFileState({ readOnly: true });
    const reply = await host.handle('importParticipants', [{ fileName: 'a.csv', dataBase64: await base64('register-tis620.csv') }]);
    expect(reply).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});

describe('exporting the register through the host', () => {
  beforeEach(async () => {
    await ask('importParticipants', { fileName: 'รายชื่อ.csv', dataBase64: await base64('register-utf8-bom-crlf.csv') });
  });

  it('is anonymised unless names were asked for: codes and sectors, no names', async () => {
    const file = await ask<PeopleExportFile>('exportPeople', { format: 'csv', named: false });
    expect(file).toMatchObject({ named: false, rows: 7, mimeType: 'text/csv;charset=utf-8', fileName: '2569-11-26 รายชื่อผู้เข้าร่วม เวทีรับฟังความคิดเห็น (ไม่ระบุตัวตน).csv' });
    const text = Buffer.from(file.dataBase64, 'base64').toString('utf8');
    expect(text.startsWith('\ufeffรหัส,ภาคส่วน,')).toBe(true);
    expect(text).toContain('P001,ภาครัฐ');
    expect(text).not.toContain('สมศรี');
  });

  it('includes names only with the explicit tick, and neutralises formulas', async () => {
    const file = await ask<PeopleExportFile>('exportPeople', { format: 'csv', named: true });
    expect(file.named).toBe(true);
    const text = Buffer.from(file.dataBase64, 'base64').toString('utf8');
    expect(text).toContain('นางสาวสมศรี ใจดี');
    expect(text).not.toMatch(/(^|,)=HYPERLINK/m);
  });

  it('writes an XLSX the import can read back (the round trip a facilitator may do)', async () => {
    const file = await ask<PeopleExportFile>('exportPeople', { format: 'xlsx', named: true });
    expect(file.fileName.endsWith('.xlsx')).toBe(true);
    const bytes = Buffer.from(file.dataBase64, 'base64');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(workbook.worksheets[0]!.name).toBe('ผู้เข้าร่วม');
    const read = await readParticipantSheet(new Uint8Array(bytes), { fileName: file.fileName });
    expect(read.ok && read.sheet.rows.length).toBe(7);
  });

  it('lists people, not devices: a linked phone is its person’s row, an anonymous phone is a line, not a code', async () => {
    const somsri = { kind: 'participant' as const, tokenHash: 's'.repeat(43) };
    const anonymous = { kind: 'participant' as const, tokenHash: 'a'.repeat(43) };
    await host.handle('dispatch', [{ type: 'participant.join', payload: { name: 'สมศรี ใจดี', sector: 'community' } }], somsri);
    await host.handle('dispatch', [{ type: 'participant.join', payload: {} }], anonymous);
    const person = host.current!.participants.find((p) => p.name === 'นางสาวสมศรี ใจดี')!;
    const phones = host.current!.participants.filter((p) => p.source === 'phone');
    expect(phones.map((p) => p.code)).toEqual(['P008', 'P009']);
    await ask('dispatch', { type: 'participant.link', payload: { phoneId: phones[0]!.id, participantId: person.id } });

    const file = await ask<PeopleExportFile>('exportPeople', { format: 'csv', named: false });
    expect(file.rows).toBe(7);
    const lines = Buffer.from(file.dataBase64, 'base64').toString('utf8').split('\r\n');
    expect(lines.filter((line) => /^P0\d\d,/.test(line))).toHaveLength(7);
    expect(lines.some((line) => /P008|P009/.test(line))).toBe(false);
    // Somsri checked in by linking her phone, with its sector where the register had hers.
    expect(lines.find((line) => line.startsWith(`${person.code},`))).toMatch(/^P001,ภาครัฐ,\d{4}-\d\d-\d\d \d\d:\d\d,นำเข้าจากไฟล์$/);
    expect(lines.at(-2)).toBe('ผู้เข้าร่วมทางมือถือ (ไม่ระบุชื่อ) อีก 1 คน');
  });

  it('exports the stakeholder map too', async () => {
    await host.handle('dispatch', [{ type: 'stakeholder.add', payload: { name: 'สภาองค์กรชุมชนตำบล', sector: 'community', influence: 2, interest: 5 } }]);
    const file = await ask<PeopleExportFile>('exportPeople', { format: 'csv', named: false, table: 'stakeholders' });
    const text = Buffer.from(file.dataBase64, 'base64').toString('utf8');
    expect(text).toContain('สภาองค์กรชุมชนตำบล,ชุมชน,2,5,แจ้งให้ทราบอย่างสม่ำเสมอ');
    expect(file.fileName).toBe('2569-11-26 ผู้มีส่วนได้ส่วนเสีย เวทีรับฟังความคิดเห็น.csv');
  });
});
