import { spawnSync } from 'node:child_process';
import { copyFile, mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { beforeEach, describe, expect, it } from 'vitest';
import { parseRuamFile } from '../../shared/format/ruam-file';
import { WorkshopFile } from '../host/workshop-file';
import { WorkshopHost } from '../host/workshop-host';
import { UsageError } from './args';
import { importParticipantsCommand } from './people';

const FIXTURES = path.resolve(import.meta.dirname, '../../tests/fixtures/people');
let dir: string;
let workshopPath: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'ruam-cli-people-'));
  workshopPath = path.join(dir, 'เวที.ruam');
  const created = await WorkshopFile.create(workshopPath, new WorkshopHost(), { title: 'เวทีรับฟังความคิดเห็น' });
  await created.close();
});

async function importParticipants(...argv: string[]): Promise<{ code: number; out: string }> {
  const out = new PassThrough();
  let text = '';
  out.on('data', (chunk: Buffer) => (text += chunk.toString()));
  const code = await importParticipantsCommand(argv, out);
  return { code, out: text };
}

async function saved() {
  const parsed = parseRuamFile(await readFile(workshopPath, 'utf8'));
  if (!parsed.ok) throw new Error(parsed.problem.message);
  return parsed.workshop;
}

describe('ruam import-participants', () => {
  it('imports a Thai register into the workshop file, saves it, and reports duplicates and problems by line', async () => {
    const { code, out } = await importParticipants(workshopPath, path.join(FIXTURES, 'register-utf8-bom-crlf.csv'));
    expect(code).toBe(0);
    expect(out).toMatch(/^Imported 7 participant\(s\) into .*เวที\.ruam \(P001–P007\)/);
    expect(out).toContain('ชื่อ-นามสกุล → name');
    expect(out).toContain('Possible duplicates (1; not merged — check them in Ruam):\n  P001, P006: นางสาวสมศรี ใจดี (สำนักงาน ก.พ.ร., กลุ่มพัฒนาระบบบริหาร)');
    expect(out).toContain('line 9: No name, so this row was not imported.');
    expect(out).toContain('line 10: Unknown sector "ภาคดาวอังคาร", recorded as "Other".');
    const workshop = await saved();
    expect(workshop.participants.map((p) => p.code)).toEqual(['P001', 'P002', 'P003', 'P004', 'P005', 'P006', 'P007']);
    expect(workshop.participants.every((p) => p.source === 'import' && p.checkedInAt === null)).toBe(true);
  });

  it('prints JSON, honours --map, --check-in and --groups-consented, and continues the codes on a second import', async () => {
    await importParticipants(workshopPath, path.join(FIXTURES, 'register-tis620.csv'));
    const { code, out } = await importParticipants(
      workshopPath,
      path.join(FIXTURES, 'register-groups-lf.csv'),
      '--map',
      'Consent=ignore',
      '--map=E-mail address=ignore',
      '--check-in',
      '--groups-consented',
      '--json',
    );
    expect(code).toBe(0);
    const result = JSON.parse(out);
    expect(result).toMatchObject({ imported: 4, format: 'csv', encoding: 'utf-8', codes: { first: 'P003', last: 'P006' }, duplicates: [] });
    expect(result.mapping).toContainEqual({ column: 'Consent', field: null });
    const workshop = await saved();
    const boonchu = workshop.participants.find((p) => p.name === 'Boonchu Kaewmanee')!;
    // The consent column was ignored, so --groups-consented decides for everyone.
    expect(boonchu).toMatchObject({ socialGroups: ['youth'], groupsConsent: true, contact: '' });
    expect(boonchu.checkedInAt).not.toBeNull();
  });

  it('imports from an XLSX register', async () => {
    const { code, out } = await importParticipants(workshopPath, path.join(FIXTURES, 'register.xlsx'), '--json');
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({ imported: 3, format: 'xlsx', sheetName: 'ผู้เข้าร่วม', problems: [{ line: 7, code: 'NO_NAME' }] });
  });

  it('exits 1 and leaves the workshop unchanged when nobody can be imported', async () => {
    const before = await readFile(workshopPath, 'utf8');
    for (const register of ['empty.csv', 'header-only.csv', 'binary-image.csv', 'not-a-zip.xlsx']) {
      const { code, out } = await importParticipants(workshopPath, path.join(FIXTURES, register));
      expect(code, register).toBe(1);
      expect(out.length, register).toBeGreaterThan(0);
    }
    const noNames = await importParticipants(workshopPath, path.join(FIXTURES, 'register-groups-lf.csv'), '--map', 'Full name=ignore', '--json');
    expect(noNames.code).toBe(1);
    expect(JSON.parse(noNames.out)).toMatchObject({ imported: 0, error: { code: 'NOTHING_IMPORTED' }, problems: [{ code: 'NO_NAME_COLUMN' }] });
    expect(await readFile(workshopPath, 'utf8')).toBe(before);
  });

  it('says a workshop that is open elsewhere is locked', async () => {
    const host = new WorkshopHost();
    const { file } = await WorkshopFile.open(workshopPath, host);
    try {
      const { code, out } = await importParticipants(workshopPath, path.join(FIXTURES, 'register-tis620.csv'));
      expect(code).toBe(1);
      expect(out).toMatch(/already open/);
    } finally {
      await file.close();
    }
  });

  it('treats a bad --map or missing arguments as usage errors', async () => {
    await expect(importParticipants(workshopPath)).rejects.toBeInstanceOf(UsageError);
    await expect(importParticipants(workshopPath, path.join(FIXTURES, 'register-tis620.csv'), '--map', 'nonsense')).rejects.toThrow(/COLUMN=FIELD/);
    await expect(importParticipants(workshopPath, path.join(FIXTURES, 'register-tis620.csv'), '--map', 'ชื่อ=nickname')).rejects.toThrow(/unknown field/);
  });

  it('runs end to end as the ruam command', async () => {
    const register = path.join(dir, 'รายชื่อ.csv');
    await copyFile(path.join(FIXTURES, 'register-utf16le.csv'), register);
    const result = spawnSync(process.execPath, ['--import', 'tsx', path.resolve(import.meta.dirname, '../cli.ts'), 'import-participants', workshopPath, register], {
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Imported 2 participant\(s\)/);
    const nothing = spawnSync(process.execPath, ['--import', 'tsx', path.resolve(import.meta.dirname, '../cli.ts'), 'import-participants', workshopPath, path.join(FIXTURES, 'empty.csv')], {
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(nothing.status).toBe(1);
    expect((await saved()).participants).toHaveLength(2);
  });
});
