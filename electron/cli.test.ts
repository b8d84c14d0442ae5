import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'ruam-cli-'));
});

function ruam(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'cli.ts'), ...args], { encoding: 'utf8', timeout: 20_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the ruam command', () => {
  it('creates a workshop file that then validates and summarises', async () => {
    const file = path.join(dir, 'เวที.ruam');
    const created = ruam('new', file, '--title', 'เวทีรับฟังความคิดเห็น', '--org', 'สำนักงาน ก.พ.ร.', '--date', '2026-11-26');
    expect(created.stderr).toBe('');
    expect(created.code).toBe(0);
    const valid = ruam('validate', file, '--json');
    expect(valid.code).toBe(0);
    expect(JSON.parse(valid.stdout)).toMatchObject({ valid: true });
    const info = JSON.parse(ruam('info', file, '--json').stdout);
    expect(info).toMatchObject({ title: 'เวทีรับฟังความคิดเห็น', organisation: 'สำนักงาน ก.พ.ร.', date: '2026-11-26', components: 8, participants: 0 });
    expect(info.people).toMatchObject({ participants: 0, checkedIn: 0, minGroupSize: 5 });
    expect(info.people.equality).toHaveProperty('missingSectors');
  });

  it('refuses to overwrite an existing file', () => {
    const file = path.join(dir, 'twice.ruam');
    expect(ruam('new', file).code).toBe(0);
    const again = ruam('new', file);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already exists/);
  });

  it('reports a damaged file with the JSON path and a non-zero exit', async () => {
    const file = path.join(dir, 'damaged.ruam');
    expect(ruam('new', file).code).toBe(0);
    const text = (await readFile(file, 'utf8')).replace('"language":"th"', '"language":7');
    await writeFile(file, text);
    const result = ruam('validate', file, '--json');
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toMatchObject({ valid: false, problem: 'INVALID', path: '$.workshop.meta.language' });
  });

  it('says a missing file is missing', () => {
    const result = ruam('validate', path.join(dir, 'nope.ruam'));
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/no such file/);
  });

  it('answers an unknown command or option with usage and exit 2', () => {
    const unknown = ruam('frobnicate');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown command "frobnicate"/);
    expect(unknown.stderr).toMatch(/Usage: ruam/);
    const badOption = ruam('validate', 'x.ruam', '--colour');
    expect(badOption.code).toBe(2);
    expect(badOption.stderr).toMatch(/unknown option --colour/);
    expect(ruam().code).toBe(2);
  });

  it('checks --date and the file extension', () => {
    expect(ruam('new', path.join(dir, 'd.ruam'), '--date', '26/11/2569').code).toBe(2);
    expect(ruam('new', path.join(dir, 'noext')).code).toBe(2);
  });
});
