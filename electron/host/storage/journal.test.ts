import { promises as fsp } from 'node:fs';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { canonicalJson, sha256Hex } from './canonical-json';
import { GenesisMismatchError, JournalCorruptError, StorageError } from './errors';
import { Journal, journalPathFor, parseJournal, planReplay, readJournal, recordHash, type JournalRecord } from './journal';
import { instrumentFs, makeTempDir, removeDir, sleep, steppingClock } from './test-support';

const GENESIS = sha256Hex('snapshot v1');

let dir: string;
let file: string;
beforeEach(async () => {
  dir = await makeTempDir();
  file = journalPathFor(path.join(dir, 'workshop.ruam'));
});
afterEach(async () => {
  await removeDir(dir);
});

async function writeSome(n: number, opts: { genesis?: string } = {}): Promise<JournalRecord[]> {
  const journal = await Journal.open(file, { genesis: opts.genesis ?? GENESIS, clock: steppingClock() });
  const records = await Promise.all(Array.from({ length: n }, (_, i) => journal.append({ vote: i, who: `p${i}`, text: 'เห็นด้วย' })));
  await journal.close();
  return records;
}

async function lines(): Promise<string[]> {
  return (await fsp.readFile(file, 'utf8')).split('\n').filter((l) => l.length > 0);
}

describe('group commit', () => {
  it('writes 200 concurrent appends with far fewer than 200 fdatasyncs', async () => {
    const { fs, count } = instrumentFs();
    const journal = await Journal.open(file, { genesis: GENESIS, fs });
    const records = await Promise.all(Array.from({ length: 200 }, (_, i) => journal.append({ i })));
    await journal.close();
    expect(records.map((r) => r.seq)).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
    const syncs = count('datasync', '.journal');
    expect(syncs).toBeGreaterThanOrEqual(1);
    expect(syncs).toBeLessThanOrEqual(5);
    expect(journal.stats()).toMatchObject({ appended: 200, syncs });
    expect((await readJournal(file)).records).toHaveLength(200);
  });

  it('resolves an append only after the fdatasync of its batch has completed', async () => {
    let releaseSync: () => void = () => {};
    let syncStarted = false;
    const { fs } = instrumentFs(async (call) => {
      if (call.op === 'datasync' && call.path === file) {
        syncStarted = true;
        await new Promise<void>((r) => (releaseSync = r));
      }
    });
    const journal = await Journal.open(file, { genesis: GENESIS, fs });
    let resolved = false;
    const pending = journal.append({ vote: 1 }).then((r) => ((resolved = true), r));
    await sleep(30);
    expect(syncStarted).toBe(true);
    expect(resolved).toBe(false);
    releaseSync();
    await expect(pending).resolves.toMatchObject({ seq: 1 });
    await journal.close();
  });

  it('batches appends that arrive while a slow fdatasync is in flight (no fsync per entry on a slow disk)', async () => {
    const { fs, count } = instrumentFs(async (call) => {
      if (call.op === 'datasync') await sleep(20);
    });
    const journal = await Journal.open(file, { genesis: GENESIS, fs });
    const started = Date.now();
    const all: Promise<JournalRecord>[] = [];
    // 100 appends spread over ~100 ms against a 20 ms disk flush.
    for (let i = 0; i < 100; i++) {
      all.push(journal.append({ i }));
      if (i % 10 === 9) await sleep(10);
    }
    await Promise.all(all);
    await journal.close();
    expect(count('datasync', '.journal')).toBeLessThanOrEqual(12);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('keeps call order and gives seq 1, 2, 3, … without gaps, also across batches', async () => {
    const journal = await Journal.open(file, { genesis: GENESIS });
    const producers = [0, 1, 2].map(async (p) => {
      const out: JournalRecord[] = [];
      for (let i = 0; i < 30; i++) {
        out.push(await journal.append({ p, i }));
        if (i % 7 === 0) await sleep(1);
      }
      return out;
    });
    const results = (await Promise.all(producers)).flat();
    await journal.close();
    const read = await readJournal(file, { expectedGenesis: GENESIS });
    expect(read.records.map((r) => r.seq)).toEqual(Array.from({ length: 90 }, (_, i) => i + 1));
    // Each producer's entries appear in the order that producer appended them.
    for (const p of [0, 1, 2]) {
      expect(read.records.filter((r) => (r.entry as { p: number }).p === p).map((r) => (r.entry as { i: number }).i)).toEqual(
        Array.from({ length: 30 }, (_, i) => i),
      );
    }
    // What each append resolved with is exactly what is on disk.
    for (const r of results) expect(read.records[r.seq - 1]).toEqual({ ...r, entry: r.entry });
  });

  it('continues seq and the chain when reopened', async () => {
    await writeSome(3);
    const journal = await Journal.open(file, { genesis: GENESIS });
    const r = await journal.append({ more: true });
    await journal.close();
    expect(r.seq).toBe(4);
    const read = await readJournal(file, { expectedGenesis: GENESIS });
    expect(read.chainError).toBeUndefined();
    expect(read.records.map((x) => x.seq)).toEqual([1, 2, 3, 4]);
  });

  it('rejects appends after a failed fdatasync and stays stopped until reopened', async () => {
    let fail = false;
    const { fs } = instrumentFs((call) => {
      if (fail && call.op === 'datasync') throw Object.assign(new Error('EIO: i/o error'), { code: 'EIO' });
    });
    const journal = await Journal.open(file, { genesis: GENESIS, fs });
    await journal.append({ ok: 1 });
    fail = true;
    const failed = journal.append({ lost: 2 });
    await expect(failed).rejects.toMatchObject({ code: 'IO', syscallCode: 'EIO' });
    fail = false;
    await expect(journal.append({ after: 3 })).rejects.toMatchObject({ code: 'IO' });
    await journal.close();
    // The acknowledged record is intact; the unacknowledged one may or may not be there.
    const read = await readJournal(file, { expectedGenesis: GENESIS });
    expect(read.records[0]?.entry).toEqual({ ok: 1 });
    expect(read.chainError).toBeUndefined();
  });

  it('refuses entries that are not plain JSON without using up a seq', async () => {
    const journal = await Journal.open(file, { genesis: GENESIS });
    await expect(journal.append({ when: new Date() })).rejects.toMatchObject({ code: 'INVALID_ENTRY' });
    await expect(journal.append({ n: Number.NaN })).rejects.toMatchObject({ code: 'INVALID_ENTRY' });
    await expect(journal.append(undefined)).rejects.toMatchObject({ code: 'INVALID_ENTRY' });
    expect((await journal.append({ fine: true })).seq).toBe(1);
    await journal.close();
  });

  it('rejects appends after close with code CLOSED, and close waits for pending appends', async () => {
    const journal = await Journal.open(file, { genesis: GENESIS });
    const pending = journal.append({ a: 1 });
    await journal.close();
    await expect(pending).resolves.toMatchObject({ seq: 1 });
    await expect(journal.append({ b: 2 })).rejects.toMatchObject({ code: 'CLOSED' });
  });

  it('refuses to open the same journal twice in one process, which would interleave writes', async () => {
    const journal = await Journal.open(file, { genesis: GENESIS });
    await expect(Journal.open(file, { genesis: GENESIS })).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    await expect(Journal.create(file, { genesis: GENESIS })).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    await journal.close();
    const again = await Journal.open(file, { genesis: GENESIS });
    await again.close();
  });

  it('refuses a path that does not end with .journal, so a snapshot is never appended to', async () => {
    await expect(Journal.open(path.join(dir, 'workshop.ruam'), { genesis: GENESIS })).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
  });
});

describe('record format and hash chain', () => {
  it('writes { seq, at, prev, hash, entry } with hash = sha256(prev + canonical JSON of { seq, at, entry })', async () => {
    const journal = await Journal.open(file, { genesis: GENESIS, clock: () => new Date('2025-03-01T09:00:00.000Z') });
    await journal.append({ b: 2, a: [1, 'ก'] });
    await journal.append(null);
    await journal.close();
    const [l1, l2] = (await lines()).map((l) => JSON.parse(l) as JournalRecord);
    expect(Object.keys(l1!)).toEqual(['seq', 'at', 'prev', 'hash', 'entry']);
    expect(l1).toMatchObject({ seq: 1, at: '2025-03-01T09:00:00.000Z', prev: GENESIS });
    expect(l1!.hash).toBe(sha256Hex(GENESIS + canonicalJson({ seq: 1, at: l1!.at, entry: { a: [1, 'ก'], b: 2 } })));
    expect(l2!.prev).toBe(l1!.hash);
    expect(l2!.hash).toBe(recordHash(l1!.hash, 2, l2!.at, 'null'));
  });

  it('verifies an untouched journal and detects an edited line', async () => {
    await writeSome(5);
    expect((await readJournal(file, { expectedGenesis: GENESIS })).chainError).toBeUndefined();
    const ls = await lines();
    ls[2] = ls[2]!.replace('"vote":2', '"vote":3'); // change a vote, keep valid JSON
    await fsp.writeFile(file, `${ls.join('\n')}\n`);
    const read = await readJournal(file, { expectedGenesis: GENESIS });
    expect(read.records.map((r) => r.seq)).toEqual([1, 2]);
    expect(read.chainError).toMatchObject({ seq: 3, reason: 'hash-mismatch', line: 3 });
  });

  it('detects a deleted line in the middle as a broken chain', async () => {
    await writeSome(5);
    const ls = await lines();
    ls.splice(1, 1);
    await fsp.writeFile(file, `${ls.join('\n')}\n`);
    const read = await readJournal(file);
    expect(read.records.map((r) => r.seq)).toEqual([1]);
    expect(read.chainError).toMatchObject({ seq: 2, reason: 'seq-gap' });
  });

  it('detects a line whose hash was recomputed after editing (prev no longer matches)', async () => {
    await writeSome(4);
    const ls = (await lines()).map((l) => JSON.parse(l) as JournalRecord);
    const forged = { ...ls[1]!, entry: { forged: true } };
    forged.hash = recordHash(forged.prev, forged.seq, forged.at, canonicalJson(forged.entry));
    ls[1] = forged;
    await fsp.writeFile(file, ls.map((r) => `${JSON.stringify(r)}\n`).join(''));
    const read = await readJournal(file);
    expect(read.records.map((r) => r.seq)).toEqual([1, 2]);
    expect(read.chainError).toMatchObject({ seq: 3, reason: 'prev-mismatch' });
  });

  it('skips a torn last line and reports it, keeping every complete record', async () => {
    await writeSome(3);
    const full = await fsp.readFile(file, 'utf8');
    await fsp.writeFile(file, `${full}{"seq":4,"at":"2025-01-01T00:00:00.0`);
    const read = await readJournal(file, { expectedGenesis: GENESIS });
    expect(read.tornTail).toBe(true);
    expect(read.chainError).toBeUndefined();
    expect(read.records.map((r) => r.seq)).toEqual([1, 2, 3]);
    expect(read.validBytes).toBe(Buffer.byteLength(full));
  });

  it('cuts a torn tail off when reopened for appending, so the next record starts on a clean line', async () => {
    await writeSome(2);
    await fsp.appendFile(file, '{"seq":3,"at":"20');
    const journal = await Journal.open(file, { genesis: GENESIS });
    expect((await journal.append({ after: 'crash' })).seq).toBe(3);
    await journal.close();
    const read = await readJournal(file, { expectedGenesis: GENESIS });
    expect(read.tornTail).toBe(false);
    expect(read.chainError).toBeUndefined();
    expect(read.records.map((r) => r.entry)).toContainEqual({ after: 'crash' });
  });

  it('reports a corrupt line in the middle and stops at the last good record', async () => {
    await writeSome(5);
    const ls = await lines();
    ls[2] = '{"seq":3,"at":garbage';
    await fsp.writeFile(file, `${ls.join('\n')}\n`);
    const read = await readJournal(file);
    expect(read.records.map((r) => r.seq)).toEqual([1, 2]);
    expect(read.chainError).toMatchObject({ seq: 3, reason: 'unparseable', line: 3 });
    expect(read.tornTail).toBe(false);
    await expect(Journal.open(file, { genesis: GENESIS })).rejects.toBeInstanceOf(JournalCorruptError);
  });

  it('reports a genesis mismatch when the journal continues another snapshot', async () => {
    await writeSome(2);
    const other = sha256Hex('snapshot v2');
    const read = await readJournal(file, { expectedGenesis: other });
    expect(read.records).toEqual([]);
    expect(read.chainError).toMatchObject({ seq: 1, reason: 'genesis-mismatch', found: GENESIS });
    const opening = Journal.open(file, { genesis: other });
    await expect(opening).rejects.toBeInstanceOf(GenesisMismatchError);
    await expect(opening).rejects.toMatchObject({ code: 'GENESIS_MISMATCH' });
  });

  it('treats a missing journal as empty, and never throws on junk bytes', async () => {
    expect(await readJournal(file)).toMatchObject({ records: [], tornTail: false });
    await fsp.writeFile(file, Buffer.from([0xff, 0xfe, 0x0a, 0x00, 0x7b, 0x0a, 0xc3]));
    const read = await readJournal(file);
    expect(read.records).toEqual([]);
    expect(read.chainError?.reason).toBe('unparseable');
    expect(parseJournal(Buffer.from('{"seq":1,"at":"x","prev":"g","hash":"00","entry":1e999}\n')).chainError?.reason).toBe('malformed');
  });

  it('throws a typed IO error when the journal exists but cannot be read', async () => {
    await fsp.mkdir(file); // a folder where the file should be → EISDIR on read
    await expect(readJournal(file)).rejects.toMatchObject({ code: 'IO' });
    await expect(readJournal(file)).rejects.toBeInstanceOf(StorageError);
  });
});

describe('reset after folding into a snapshot', () => {
  it('starts a new generation from the new snapshot hash and carries records appended after the fold', async () => {
    const journal = await Journal.open(file, { genesis: GENESIS });
    for (let i = 1; i <= 5; i++) await journal.append({ i });
    const newSnapshot = sha256Hex('snapshot with 1..3 folded in');
    expect(journal.genesis).toBe(GENESIS);
    const resetting = journal.reset(newSnapshot, 3);
    const late = journal.append({ i: 6 }); // queued behind the reset
    await resetting;
    expect((await late).seq).toBe(6);
    expect(journal.genesis).toBe(newSnapshot);
    await journal.close();
    const read = await readJournal(file, { expectedGenesis: newSnapshot });
    expect(read.chainError).toBeUndefined();
    expect(read.records.map((r) => r.seq)).toEqual([4, 5, 6]);
    expect(read.records[0]!.prev).toBe(newSnapshot);
  });

  it('leaves an empty journal when everything was folded, and continues seq after it', async () => {
    const journal = await Journal.open(file, { genesis: GENESIS });
    await journal.append({ a: 1 });
    await journal.append({ a: 2 });
    await journal.reset('S2', 2);
    expect((await fsp.readFile(file)).length).toBe(0);
    expect((await journal.append({ a: 3 })).seq).toBe(3);
    await journal.close();
    const read = await readJournal(file, { expectedGenesis: 'S2' });
    expect(read.records.map((r) => r.seq)).toEqual([3]);
  });

  it('keeps the old journal and stops appending when the reset cannot replace the file', async () => {
    let failRename = false;
    const { fs } = instrumentFs((call) => {
      if (failRename && call.op === 'rename') throw Object.assign(new Error('EIO'), { code: 'EIO' });
    });
    const journal = await Journal.open(file, { genesis: GENESIS, fs });
    await journal.append({ a: 1 });
    await journal.append({ a: 2 });
    failRename = true;
    await expect(journal.reset('S2', 1)).rejects.toMatchObject({ code: 'IO' });
    await expect(journal.append({ a: 3 })).rejects.toMatchObject({ code: 'IO' });
    await journal.close();
    const read = await readJournal(file, { expectedGenesis: GENESIS });
    expect(read.chainError).toBeUndefined();
    expect(read.records.map((r) => r.seq)).toEqual([1, 2]);
  });

  it('refuses a throughSeq beyond what was appended', async () => {
    const journal = await Journal.open(file, { genesis: GENESIS });
    await journal.append({ a: 1 });
    await expect(journal.reset('S2', 5)).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    await journal.close();
  });

  it('Journal.create replaces an old journal with an empty one continuing the given snapshot', async () => {
    await writeSome(3);
    const journal = await Journal.create(file, { genesis: 'S9', startSeq: 4 });
    expect((await journal.append({ x: 1 })).seq).toBe(4);
    await journal.close();
    const read = await readJournal(file, { expectedGenesis: 'S9' });
    expect(read.records.map((r) => r.seq)).toEqual([4]);
  });
});

describe('planReplay', () => {
  it('replays everything when the journal continues the snapshot, nothing when it is empty', async () => {
    await writeSome(3);
    const read = await readJournal(file);
    expect(planReplay(read, { hash: GENESIS })).toMatchObject({ ok: true, nextSeq: 4 });
    expect(planReplay(read, { hash: GENESIS }).ok && planReplay(read, { hash: GENESIS })).toMatchObject({ records: read.records });
    expect(planReplay({ records: [], tornTail: false, validBytes: 0, totalBytes: 0 }, { hash: 'x', folded: { genesis: 'g', seq: 7 } })).toEqual({
      ok: true,
      records: [],
      nextSeq: 8,
    });
  });

  it('replays only records after the fold marker after a crash between snapshot write and journal reset', async () => {
    await writeSome(5);
    const read = await readJournal(file);
    const plan = planReplay(read, { hash: sha256Hex('folded snapshot'), folded: { genesis: GENESIS, seq: 3 } });
    expect(plan.ok).toBe(true);
    if (plan.ok) {
      expect(plan.records.map((r) => r.seq)).toEqual([4, 5]);
      expect(plan.nextSeq).toBe(6);
    }
  });

  it('refuses to replay a journal that belongs to a different snapshot', async () => {
    await writeSome(2);
    const read = await readJournal(file);
    expect(planReplay(read, { hash: 'other', folded: { genesis: 'also other', seq: 1 } })).toMatchObject({ ok: false, reason: 'genesis-mismatch' });
    expect(planReplay(read, { hash: 'other' })).toMatchObject({ ok: false });
  });
});
