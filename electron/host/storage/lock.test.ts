import { spawn } from 'node:child_process';
import { promises as fsp } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WorkshopLockedError, type LockInfo } from './errors';
import { acquireLock, lockPathFor } from './lock';
import { instrumentFs, makeTempDir, removeDir, sleep } from './test-support';

const here = path.dirname(fileURLToPath(import.meta.url));

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
    for (let i = 0; i < 100 && (await fsp.stat(lockFile)).mtimeMs < Date.now() - 5000; i++) await sleep(20);
    await expect(acquireLock(file, { owner: 'other', hostname: 'laptop-b', staleMs: 300 })).rejects.toMatchObject({ code: 'LOCKED' });
    await lock.release();
  });

  it('tells the holder through onLost when its lock file was replaced by someone else', async () => {
    let lostTo: LockInfo | null | undefined;
    const lock = await acquireLock(file, { owner: 'me', heartbeatMs: 20, onLost: (current) => (lostTo = current) });
    await writeLockFile({ pid: process.ppid, owner: 'intruder' });
    for (let i = 0; i < 100 && lostTo === undefined; i++) await sleep(20);
    expect(lostTo).toMatchObject({ owner: 'intruder' });
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

  it('never removes a lock that replaced the stale one it judged, even with a third acquirer arriving', async () => {
    // Three simulated processes A, B, C (distinct live pids) and a lock left by dead pid 5.
    // B reads the stale lock, then is paused while A takes it over. If B then touches the lock
    // name (rename/unlink), it is paused again while C tries. Exactly one may end up holding.
    await writeLockFile({ pid: 5, owner: 'crashed' });
    const live = new Set([101, 102, 103]);
    const common = { isPidAlive: (p: number) => live.has(p), heartbeatMs: 0 };
    const gate = () => {
      let open: () => void = () => {};
      const promise = new Promise<void>((r) => (open = r));
      return { promise, open };
    };
    const bJudged = gate();
    const aDone = gate();
    const bMutated = gate();
    const cDone = gate();
    let sawRead = false;
    let judged = false;
    let mutated = false;
    let pausedAfterMutation = false;
    const { fs: fsB } = instrumentFs(async (call) => {
      if (!judged) {
        if (sawRead) {
          judged = true;
          bJudged.open();
          await aDone.promise;
        } else if (call.op === 'readFile' && call.path === lockFile) sawRead = true;
        return;
      }
      if (mutated && !pausedAfterMutation) {
        pausedAfterMutation = true;
        bMutated.open();
        await cDone.promise;
      }
      if ((call.op === 'rename' || call.op === 'unlink') && call.path === lockFile) mutated = true;
    });
    const b = acquireLock(file, { owner: 'B', pid: 102, fs: fsB, ...common });
    const bSettled = b.then(
      () => {},
      () => {},
    );
    await bJudged.promise;
    const a = await acquireLock(file, { owner: 'A', pid: 101, ...common });
    aDone.open();
    await Promise.race([bMutated.promise, bSettled]);
    const c = acquireLock(file, { owner: 'C', pid: 103, ...common });
    await c.then(
      () => {},
      () => {},
    );
    cDone.open();
    const results = await Promise.allSettled([Promise.resolve(a), b, c]);
    const holders = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value.info.owner] : []));
    expect(holders).toEqual(['A']);
    expect(await a.isHeld()).toBe(true);
    await a.release();
  });

  it('lets exactly one of several processes take over the same stale lock', async () => {
    await writeLockFile({ pid: await deadPid(), owner: 'crashed' });
    const racers = Array.from({ length: 4 }, () => {
      const child = spawn(process.execPath, ['--import', 'tsx', path.join(here, 'lock-race.fixture.ts'), file], { stdio: ['pipe', 'pipe', 'inherit'] });
      let out = '';
      const waiters: Array<() => void> = [];
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
        out += chunk;
        for (const w of waiters.splice(0)) w();
      });
      const waitFor = (pattern: RegExp) =>
        new Promise<string>((resolve, reject) => {
          const check = () => {
            const m = pattern.exec(out);
            if (m) resolve(m[0]);
            else waiters.push(check);
          };
          child.once('exit', (code) => reject(new Error(`racer exited ${code}: ${out}`)));
          check();
        });
      const exited = new Promise((r) => child.once('exit', r));
      return { child, waitFor, exited };
    });
    await Promise.all(racers.map((r) => r.waitFor(/ready/)));
    for (const r of racers) r.child.stdin.write('go\n'); // all start together, all hold until told
    const outcomes = await Promise.all(racers.map((r) => r.waitFor(/won \w+|locked|error .*/)));
    for (const r of racers) r.child.stdin.end();
    await Promise.all(racers.map((r) => r.exited));
    expect(outcomes.filter((o) => o.startsWith('won'))).toHaveLength(1);
    expect(outcomes.filter((o) => o === 'locked')).toHaveLength(3);
  });
});
