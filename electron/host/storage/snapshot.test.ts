import { promises as fsp } from 'node:fs';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sha256Hex } from './canonical-json';
import {
  backupDirFor,
  listBackups,
  readSnapshot,
  removeStaleTempFiles,
  restoreBackup,
  rotateBackups,
  snapshotHash,
  writeFileAtomic,
} from './snapshot';
import { instrumentFs, makeTempDir, removeDir, type FsCall } from './test-support';

let dir: string;
let file: string;
beforeEach(async () => {
  dir = await makeTempDir();
  file = path.join(dir, 'workshop.ruam');
});
afterEach(async () => {
  await removeDir(dir);
});

class SimulatedCrash extends Error {}

const strayFiles = async (): Promise<string[]> => (await fsp.readdir(dir)).filter((n) => n !== 'workshop.ruam');

describe('writeFileAtomic', () => {
  it('replaces the content and returns the sha256 of what it wrote', async () => {
    await writeFileAtomic(file, '{"v":1}');
    const result = await writeFileAtomic(file, '{"v":2,"name":"ร่วม"}');
    expect(await fsp.readFile(file, 'utf8')).toBe('{"v":2,"name":"ร่วม"}');
    expect(result.hash).toBe(sha256Hex(Buffer.from('{"v":2,"name":"ร่วม"}')));
    expect(await strayFiles()).toEqual([]);
  });

  it('fsyncs the temp file before the rename and the folder after it', async () => {
    await writeFileAtomic(file, 'old');
    const { fs, calls } = instrumentFs();
    await writeFileAtomic(file, 'new', { fs });
    const steps = calls.map((c: FsCall) => `${c.op}:${c.path === dir ? 'dir' : c.path === file ? 'target' : 'tmp'}`);
    const syncTmp = steps.indexOf('sync:tmp');
    const rename = steps.indexOf('rename:tmp');
    const syncDir = steps.indexOf('sync:dir');
    expect(steps.indexOf('write:tmp')).toBeLessThan(syncTmp);
    expect(syncTmp).toBeGreaterThan(-1);
    expect(rename).toBeGreaterThan(syncTmp);
    expect(syncDir).toBeGreaterThan(rename);
    expect(calls.find((c) => c.op === 'rename')?.to).toBe(file);
  });

  it('leaves the old content when the process "crashes" between write and rename', async () => {
    await writeFileAtomic(file, 'old content');
    const { fs } = instrumentFs((call) => {
      if (call.op === 'rename') throw new SimulatedCrash('power cut before rename');
    });
    await expect(writeFileAtomic(file, 'new content', { fs })).rejects.toMatchObject({ code: 'IO', op: 'rename temp file over' });
    expect(await fsp.readFile(file, 'utf8')).toBe('old content');
    expect(await strayFiles()).toEqual([]); // the temp file was cleaned up
  });

  it('leaves the old content when the write itself fails halfway', async () => {
    await writeFileAtomic(file, 'old content');
    let writes = 0;
    const { fs } = instrumentFs((call) => {
      if (call.op === 'write' && ++writes === 1) throw Object.assign(new Error('ENOSPC: no space left'), { code: 'ENOSPC' });
    });
    await expect(writeFileAtomic(file, 'x'.repeat(100_000), { fs })).rejects.toMatchObject({ code: 'IO', syscallCode: 'ENOSPC' });
    expect(await fsp.readFile(file, 'utf8')).toBe('old content');
  });

  it('a real crash before rename leaves only a temp file, which removeStaleTempFiles clears', async () => {
    await writeFileAtomic(file, 'old');
    // What a killed process leaves behind: a full temp file that never got renamed.
    await fsp.writeFile(path.join(dir, `.workshop.ruam.tmp-12345-abcdef`), 'half-new');
    expect((await readSnapshot(file)).text).toBe('old');
    expect(await removeStaleTempFiles(file)).toEqual(['.workshop.ruam.tmp-12345-abcdef']);
    expect(await strayFiles()).toEqual([]);
  });

  it('reports a folder fsync error other than the unsupported-platform ones', async () => {
    const { fs } = instrumentFs((call) => {
      if (call.op === 'sync' && call.path === dir) throw Object.assign(new Error('EIO'), { code: 'EIO' });
    });
    await expect(writeFileAtomic(file, 'x', { fs })).rejects.toMatchObject({ code: 'IO', op: 'fsync directory' });
  });

  it('ignores EISDIR/EINVAL from a folder fsync, where the platform cannot fsync folders', async () => {
    for (const code of ['EISDIR', 'EINVAL']) {
      const { fs } = instrumentFs((call) => {
        if (call.path === dir && (call.op === 'open' || call.op === 'sync')) throw Object.assign(new Error(code), { code });
      });
      await writeFileAtomic(file, code, { fs });
      expect(await fsp.readFile(file, 'utf8')).toBe(code);
    }
  });
});

describe('readSnapshot', () => {
  it('returns the bytes, the text and the hash that a journal uses as genesis', async () => {
    await writeFileAtomic(file, '{"ok":true}');
    const snap = await readSnapshot(file);
    expect(snap.text).toBe('{"ok":true}');
    expect(snap.hash).toBe(snapshotHash('{"ok":true}'));
  });

  it('throws NOT_FOUND for a missing file', async () => {
    await expect(readSnapshot(file)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('backups', () => {
  const clockFrom = (start: number) => {
    let t = start;
    return () => new Date((t += 1000));
  };

  it('keeps only the newest 10 in <name>.ruam-backups/, listed newest first', async () => {
    const clock = clockFrom(Date.parse('2025-06-01T08:00:00.000Z'));
    for (let v = 1; v <= 13; v++) {
      await writeFileAtomic(file, `{"v":${v}}`);
      await rotateBackups(file, { keep: 10, clock });
    }
    expect(backupDirFor(file)).toBe(path.join(dir, 'workshop.ruam-backups'));
    const list = await listBackups(file);
    expect(list).toHaveLength(10);
    expect((await fsp.readdir(backupDirFor(file))).length).toBe(10);
    expect(list[0]!.name).toBe('2025-06-01T08-00-13-000Z.ruam');
    expect(await fsp.readFile(list[0]!.path, 'utf8')).toBe('{"v":13}');
    expect(await fsp.readFile(list[9]!.path, 'utf8')).toBe('{"v":4}');
    const times = list.map((b) => b.takenAt.getTime());
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });

  it('does not add a backup identical to the newest one', async () => {
    const clock = clockFrom(Date.parse('2025-06-01T08:00:00.000Z'));
    await writeFileAtomic(file, 'same');
    expect((await rotateBackups(file, { clock })).created).not.toBeNull();
    expect((await rotateBackups(file, { clock })).created).toBeNull();
    expect(await listBackups(file)).toHaveLength(1);
  });

  it('names two backups in the same millisecond apart', async () => {
    const clock = () => new Date('2025-06-01T08:00:00.000Z');
    await writeFileAtomic(file, 'a');
    await rotateBackups(file, { clock });
    await writeFileAtomic(file, 'b');
    await rotateBackups(file, { clock });
    const list = await listBackups(file);
    expect(list.map((b) => b.name)).toEqual(['2025-06-01T08-00-00-000Z-1.ruam', '2025-06-01T08-00-00-000Z.ruam']);
  });

  it('restores a backup atomically, after backing up the current file', async () => {
    const clock = clockFrom(Date.parse('2025-06-01T08:00:00.000Z'));
    await writeFileAtomic(file, 'version 1');
    await rotateBackups(file, { clock });
    const [v1] = await listBackups(file);
    await writeFileAtomic(file, 'version 2 (bad edit)');
    const result = await restoreBackup(file, v1!.name, { clock });
    expect(await fsp.readFile(file, 'utf8')).toBe('version 1');
    expect(result.hash).toBe(snapshotHash('version 1'));
    expect(result.safetyBackup).not.toBeNull();
    expect(await fsp.readFile(path.join(backupDirFor(file), result.safetyBackup!), 'utf8')).toBe('version 2 (bad edit)');
  });

  it('refuses backup names that are not backups or that leave the folder', async () => {
    await writeFileAtomic(file, 'x');
    await expect(restoreBackup(file, '../workshop.ruam')).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    await expect(restoreBackup(file, '2025-06-01T08-00-00-000Z.ruam')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('lists nothing when there is no backups folder', async () => {
    expect(await listBackups(file)).toEqual([]);
  });
});
