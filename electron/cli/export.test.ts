/**
 * `ruam export`, end to end: the real command line in a child process, a workshop file on disk,
 * a PDF written next to it, and clear refusals with a non-zero exit.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { existsSync } from 'node:fs';
import { runCli } from '../cli';
import { serializeRuamFile } from '../../shared/format/ruam-file';
import { realisticWorkshop } from '../../tests/fixtures/minutes/realistic-workshop';
import { extractText, haveTools } from '../export/pdf/testing/poppler';

let dir: string;
let file: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'ruam-export-'));
  file = path.join(dir, 'เวที.ruam');
  await writeFile(file, serializeRuamFile(realisticWorkshop(), '2026-11-26T09:30:00.000Z', 'test'));
});

function ruam(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, '..', 'cli.ts'), ...args], { encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('ruam export', () => {
  it('writes the minutes as a PDF and says how many pages', async () => {
    const out = path.join(dir, 'minutes.pdf');
    const result = ruam('export', file, '--pdf', out, '--thai-digits', '--appendix');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Wrote .*minutes\.pdf \(\d+ pages, \d+ KB, anonymised\)\.\n$/);
    const pdf = await readFile(out);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.byteLength).toBeGreaterThan(10_000);
    if (haveTools(['pdftotext'])) {
      const text = extractText(pdf, 'raw');
      expect(text).toContain('เมื่อวันพฤหัสบดีที่ ๒๖ พฤศจิกายน พ.ศ. ๒๕๖๙');
      expect(text).toContain('ภาคผนวก การกระจายของคะแนนดิบ');
      expect(text).not.toContain('นางสมหญิง');
    }
  }, 60_000);

  it('names people with --named, writes English with --lang en, and reports as JSON', async () => {
    const out = path.join(dir, 'named.pdf');
    const result = ruam('export', file, '--pdf', out, '--named', '--lang', 'en', '--json');
    expect(result.code).toBe(0);
    const summary = JSON.parse(result.stdout);
    expect(summary).toMatchObject({ pdf: out, language: 'en', named: true, thaiDigits: false, appendix: false, warnings: [] });
    expect(summary.pages).toBeGreaterThan(10);
    if (haveTools(['pdftotext'])) {
      const text = extractText(await readFile(out), 'raw');
      expect(text).toContain('Minutes of the meeting');
      expect(text).toContain('held on Thursday, 26 November 2026, 09:00–16:30');
      expect(text).toContain('Name');
    }
  }, 60_000);

  it('refuses bad input with a clear message and a non-zero exit', async () => {
    // In this process (the spawned runs above cover the real command line): exit codes and messages.
    const run = async (...args: string[]) => {
      const written: string[] = [];
      const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
        written.push(String(chunk));
        return true;
      });
      try {
        return { code: await runCli(args), stderr: written.join('') };
      } finally {
        spy.mockRestore();
      }
    };
    const pdf = path.join(dir, 'x.pdf');
    expect(await run('export', file)).toMatchObject({ code: 2, stderr: expect.stringMatching(/export needs --pdf OUT/) });
    expect(await run('export', file, '--pdf', pdf, '--lang', 'fr')).toMatchObject({ code: 2, stderr: expect.stringMatching(/--lang must be th or en/) });
    expect(await run('export', file, '--pdf', path.join(dir, 'x.txt'))).toMatchObject({ code: 2, stderr: expect.stringMatching(/must end in \.pdf/) });
    expect(await run('export', file, '--pdf', pdf, '--lang', 'en', '--thai-digits')).toMatchObject({ code: 2 });
    expect(await run('export', file, '--pdf', pdf, '--colour')).toMatchObject({ code: 2, stderr: expect.stringMatching(/unknown option --colour/) });
    expect(await run('export', '--pdf', pdf)).toMatchObject({ code: 2, stderr: expect.stringMatching(/exactly one workshop FILE/) });
    expect(await run('export', path.join(dir, 'nope.ruam'), '--pdf', pdf)).toMatchObject({ code: 1, stderr: expect.stringMatching(/no such file/) });

    const damaged = path.join(dir, 'damaged.ruam');
    await writeFile(damaged, '{"format":"ruam-workshop","formatVersion":2,');
    expect(await run('export', damaged, '--pdf', pdf)).toMatchObject({ code: 1, stderr: expect.stringMatching(/^ruam export: .*damaged\.ruam: /) });
    expect(existsSync(pdf)).toBe(false);
  });
});
