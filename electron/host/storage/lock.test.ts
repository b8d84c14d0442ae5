import { execFile, spawn } from 'node:child_process';
import { promises as fsp } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WorkshopLockedError, type LockInfo } from './errors';
import { acquireLock, lockPathFor } from './lock';
import { instrumentFs, makeTempDir, removeDir, sleep } from './test-support';

const here = path.dirname(fileURLToPath(import.meta.url));
const execFileP = promisify(execFile);

let dir: string;
let file: string;
let lockFile: string;
beforeEach(async () => {
  dir = await makeTempDir();
  file = path.join(dir, 'workshop.ruam');
  lockFile = lockPathFor(file);
});
afterEach(async () => {
  await removeDir(dir);
});

/** The pid of a process that has certainly exited. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  const pid = child.pid!;
  await new Promise((r) => child.on('exit', r));
  return pid;
}

async function writeLockFile(info: Partial<LockInfo>, mtime?: Date): Promise<LockInfo> {
  const full: LockInfo = {
    pid: 999_999,
    hostname: os.hostname(),
    startedAt: new Date().toISOString(),
    owner: 'someone',
    token: 'f'.repeat(32),
    ...info,
  };
  await fsp.writeFile(lockFile, JSON.stringify(full));
  if (mtime) await fsp.utimes(lockFile, mtime, mtime);
  return full;
}

describe('workshop lock', () => {
  it('writes { pid, hostname, startedAt, owner } to <file>.lock and removes it on release', async () => {
    const lock = await acquireLock(file, { owner: 'Ruam desktop' });
    expect(lock.tookOverStaleLock).toBe(false);
    const onDisk = JSON.parse(await fsp.readFile(lockFile, 'utf8')) as LockInfo;
    expect(onDisk).toMatchObject({ pid: process.pid, hostname: os.hostname(), owner: 'Ruam desktop' });
    expect(Date.parse(onDisk.startedAt)).not.toBeNaN();
    expect(await lock.isHeld()).toBe(true);
    await lock.release();
    await expect(fsp.access(lockFile)).rejects.toThrow();
    await lock.release(); // idempotent
  });

  it('lets only one of two acquirers in, and tells the other who holds it', async () => {
    const first = await acquireLock(file, { owner: 'facilitator laptop' });
    const second = acquireLock(file, { owner: 'second window' });
    await expect(second).rejects.toBeInstanceOf(WorkshopLockedError);
    await expect(second).rejects.toMatchObject({ code: 'LOCKED', holder: { owner: 'facilitator laptop', pid: process.pid } });
    await first.release();
    const third = await acquireLock(file, { owner: 'after release' });
    await third.release();
  });

  it('lets exactly one of many concurrent acquirers in', async () => {
    const results = await Promise.allSettled(Array.from({ length: 8 }, (_, i) => acquireLock(file, { owner: `a${i}` })));
    const won = results.filter((r) => r.status === 'fulfilled');
    expect(won).toHaveLength(1);
    for (const r of results) if (r.status === 'rejected') expect(r.reason).toMatchObject({ code: 'LOCKED' });
    await (won[0] as PromiseFulfilledResult<Awaited<ReturnType<typeof acquireLock>>>).value.release();
  });

  it('refuses a lock held by a live process on this computer', async () => {
    await writeLockFile({ pid: process.ppid, owner: 'the other Ruam' });
    await expect(acquireLock(file, { owner: 'me' })).rejects.toMatchObject({ code: 'LOCKED', holder: { owner: 'the other Ruam' } });
  });

  it('takes over a stale lock whose process is dead and reports the previous holder', async () => {
    const pid = await deadPid();
    const stale = await writeLockFile({ pid, owner: 'crashed Ruam' });
    const lock = await acquireLock(file, { owner: 'me' });
    expect(lock.tookOverStaleLock).toBe(true);
    expect(lock.staleReason).toBe('dead-pid');
    expect(lock.previous).toEqual(stale);
    expect(JSON.parse(await fsp.readFile(lockFile, 'utf8'))).toMatchObject({ pid: process.pid, owner: 'me' });
    expect((await fsp.readdir(dir)).sort()).toEqual(['workshop.ruam.lock']); // no side files left
    await lock.release();
  });

  it('takes over a lock whose live-looking pid was written before the last boot', async () => {
    await writeLockFile({ pid: process.ppid, startedAt: '2001-01-01T00:00:00.000Z' });
    const lock = await acquireLock(file, { owner: 'me' });
    expect(lock.staleReason).toBe('before-boot');
    await lock.release();
  });

  it('takes over a lock carrying our own pid that this process did not make (pid reused)', async () => {
    await writeLockFile({ pid: process.pid, token: 'not-ours' });
    const lock = await acquireLock(file, { owner: 'me' });
    expect(lock.staleReason).toBe('pid-reused');
    await lock.release();
  });

  it('respects a fresh lock from another computer and takes over one older than the stale age', async () => {
    await writeLockFile({ hostname: 'other-laptop', owner: 'Somchai' });
    await expect(acquireLock(file, { owner: 'me', staleMs: 60_000 })).rejects.toMatchObject({
      code: 'LOCKED',
      holder: { hostname: 'other-laptop' },
    });
    const old = new Date(Date.now() - 120_000);
    await writeLockFile({ hostname: 'other-laptop', owner: 'Somchai' }, old);
    const lock = await acquireLock(file, { owner: 'me', staleMs: 60_000 });
    expect(lock).toMatchObject({ tookOverStaleLock: true, staleReason: 'expired', previous: { owner: 'Somchai' } });
    await lock.release();
  });

  it('keeps a held lock fresh with a heartbeat so another computer does not take it over', async () => {
    const lock = await acquireLock(file, { owner: 'holder', hostname: 'laptop-a', staleMs: 300, heartbeatMs: 50 });
    const aged = new Date(Date.now() - 10_000);
    await fsp.utimes(lockFile, aged, aged);
    await sleep(150);
    await expect(acquireLock(file, { owner: 'other', hostname: 'laptop-b', staleMs: 300 })).rejects.toMatchObject({ code: 'LOCKED' });
    await lock.release();
  });

  it('treats an unreadable lock file as held while young and as stale once old', async () => {
    await fsp.writeFile(lockFile, '');
    await expect(acquireLock(file, { owner: 'me' })).rejects.toMatchObject({ code: 'LOCKED', holder: null });
    const old = new Date(Date.now() - 60_000);
    await fsp.utimes(lockFile, old, old);
    const lock = await acquireLock(file, { owner: 'me' });
    expect(lock).toMatchObject({ tookOverStaleLock: true, staleReason: 'unreadable', previous: null });
    await lock.release();
  });

  it('does not delete a lock that is no longer ours on release', async () => {
    const lock = await acquireLock(file, { owner: 'me', heartbeatMs: 0 });
    await writeLockFile({ pid: process.ppid, owner: 'someone else' });
    expect(await lock.isHeld()).toBe(false);
    await lock.release();
    expect(JSON.parse(await fsp.readFile(lockFile, 'utf8'))).toMatchObject({ owner: 'someone else' });
  });

  it('lets exactly one of several racers take over the same stale lock, even with a jittery disk', async () => {
    // Six simulated processes (distinct pids, all alive) race for a lock left by a dead pid;
    // random delays before each file operation widen every race window.
    const { fs } = instrumentFs(async (call) => {
      if (call.op === 'readFile') await sleep(Math.random() * 6);
      else if (call.op !== 'sync' && call.op !== 'write') await sleep(Math.random());
    });
    const live = new Set([1001, 1002, 1003, 1004, 1005, 1006]);
    for (let trial = 0; trial < 25; trial++) {
      const f = path.join(dir, `race-${trial}.ruam`);
      await fsp.writeFile(lockPathFor(f), JSON.stringify({ pid: 5, hostname: os.hostname(), startedAt: new Date().toISOString(), owner: 'dead', token: 't' }));
      const results = await Promise.allSettled(
        [...live].map((pid) => acquireLock(f, { owner: `p${pid}`, pid, fs, isPidAlive: (p) => live.has(p), heartbeatMs: 0 })),
      );
      const won = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
      expect(won).toHaveLength(1);
      expect(await won[0]!.isHeld()).toBe(true);
      for (const r of results) if (r.status === 'rejected') expect(r.reason).toMatchObject({ code: 'LOCKED' });
      await won[0]!.release();
    }
  });

  it('lets exactly one of several processes take over the same stale lock', async () => {
    await writeLockFile({ pid: await deadPid(), owner: 'crashed' });
    const goAt = Date.now() + 700; // after the racers have started
    const racers = Array.from({ length: 4 }, () =>
      execFileP(process.execPath, ['--import', 'tsx', path.join(here, 'lock-race.fixture.ts'), file, String(goAt), '600']),
    );
    const outputs = (await Promise.all(racers)).map((r) => r.stdout.trim());
    expect(outputs.filter((o) => o.startsWith('won'))).toHaveLength(1);
    expect(outputs.filter((o) => o === 'locked')).toHaveLength(3);
  });
});
