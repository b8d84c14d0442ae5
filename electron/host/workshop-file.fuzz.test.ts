import { copyFile, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { WorkshopFile, WorkshopFileError } from './workshop-file';
import { WorkshopHost } from './workshop-host';

/**
 * Random and corrupted files and journals: opening gives a clear error or a recovery — never a
 * crash (an unexpected exception type) and never silent loss (a recovered document that lacks
 * an acknowledged change the intact journal prefix holds).
 */
let dir: string;
let goodFile: string;
let goodText: string;
let goodJournal: Buffer;
let titles: string[];

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'ruam-fuzz-'));
  goodFile = path.join(dir, 'good.ruam');
  const host = new WorkshopHost();
  const file = await WorkshopFile.create(goodFile, host, { title: 'start' }, { autosaveDelayMs: 60_000 });
  titles = [];
  for (let i = 1; i <= 12; i++) {
    titles.push(`t${i}`);
    await host.handle('dispatch', [{ type: 'meta.update', payload: { title: `t${i}`, agenda: [...titles] } }]);
  }
  // Copy the on-disk state of a "running" app, then close the original.
  goodText = await readFile(goodFile, 'utf8');
  goodJournal = await readFile(`${goodFile}.journal`);
  await file.close();
});

let n = 0;
async function openCopy(snapshot: string | Buffer, journal: Buffer | null) {
  const file = path.join(dir, `case-${++n}.ruam`);
  await writeFile(file, snapshot);
  if (journal) await writeFile(`${file}.journal`, journal);
  const host = new WorkshopHost();
  try {
    const { file: opened, report } = await WorkshopFile.open(file, host);
    await opened.close();
    return { ok: true as const, host, report };
  } catch (error) {
    return { ok: false as const, error };
  }
}

describe('opening damaged workshop files', () => {
  it('gives a clear WorkshopFileError for random bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), async (bytes) => {
        const result = await openCopy(Buffer.from(bytes), null);
        if (!result.ok) {
          expect(result.error).toBeInstanceOf(WorkshopFileError);
          expect((result.error as Error).message.length).toBeGreaterThan(10);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('gives a clear error or opens, for a snapshot with random bytes changed', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 6 }), async (edits) => {
        const bytes = Buffer.from(goodText);
        for (const [at, value] of edits) bytes[at % bytes.length] = value;
        const result = await openCopy(bytes, null);
        if (!result.ok) expect(result.error).toBeInstanceOf(WorkshopFileError);
      }),
      { numRuns: 40 },
    );
  });

  it('recovers a prefix of the journal, never less than its intact records, when the journal is cut anywhere', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: goodJournal.length }), async (cut) => {
        const journal = goodJournal.subarray(0, cut);
        const intactLines = journal.toString('utf8').split('\n').length - 1; // complete lines only
        const result = await openCopy(goodText, Buffer.from(journal));
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        const agenda = result.host.current!.meta.agenda;
        // Exactly the commands whose lines were complete, in order: a prefix, nothing lost.
        expect(agenda).toEqual(titles.slice(0, intactLines));
        expect(result.report.recovered).toBe(intactLines);
      }),
      { numRuns: 40 },
    );
  });

  it('keeps a garbled journal aside and opens the snapshot, never replaying garbage', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.integer({ min: 32, max: 126 }), async (at, value) => {
        const journal = Buffer.from(goodJournal);
        journal[at % journal.length] = value;
        const result = await openCopy(goodText, journal);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        const agenda = result.host.current!.meta.agenda;
        expect(titles.slice(0, agenda.length)).toEqual(agenda);
      }),
      { numRuns: 40 },
    );
  });

  it('still opens the original after all that', async () => {
    const copy = path.join(dir, 'final.ruam');
    await copyFile(goodFile, copy);
    const result = await WorkshopFile.open(copy, new WorkshopHost());
    await result.file.close();
    expect(result.report.readOnly).toBe(false);
  });
});
