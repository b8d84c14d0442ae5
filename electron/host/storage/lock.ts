/**
 * One writer per workshop: `<file>.lock` beside the snapshot, holding
 * { pid, hostname, startedAt, owner, token } as JSON.
 *
 * Acquire: the lock file is written complete under a temp name, then hard-linked to the lock
 * name (link fails with EEXIST if the name exists, so the lock appears atomically and is never
 * seen half-written). File systems without hard links (FAT/exFAT USB sticks) fall back to
 * open(O_CREAT|O_EXCL) + write.
 *
 * Stale locks (a crash leaves the file behind) are taken over when:
 * - same computer, and its pid is gone (kill(pid, 0) → ESRCH), or the lock predates the last
 *   boot (the pid now belongs to someone else), or it carries this process's pid but was not
 *   made by this process (pid reuse);
 * - another computer (shared folder): its mtime — refreshed by the holder's heartbeat — is older
 *   than `staleMs`, because we cannot ask another computer whether a pid is alive;
 * - the file cannot be parsed and is older than a short grace period.
 *
 * Takeover race: two processes may both judge the same file stale; if both simply deleted and
 * recreated it, the slower one would delete the faster one's fresh lock and both would think
 * they hold it. So removal of a lock file happens only under a takeover mutex
 * (`<file>.lock.takeover`, itself created exclusively), and only after re-reading, under that
 * mutex, that the file is still byte-for-byte the one judged stale. Fresh acquirers never remove
 * anything: link's EEXIST picks exactly one winner for an empty name. The residual risk is a
 * crash *during* a takeover (milliseconds) followed by several racers breaking that mutex at
 * once; `isHeld()` and the heartbeat's `onLost` exist to notice such a loss.
 */
import { randomBytes } from 'node:crypto';
import * as os from 'node:os';
import * as path from 'node:path';
import { errnoCode, InvalidArgumentError, StorageIOError, WorkshopLockedError, type LockInfo } from './errors';
import { fsyncDir, nodeFs, writeAll, type StorageFs } from './fs';

export type { LockInfo } from './errors';

export type StaleReason = 'dead-pid' | 'before-boot' | 'pid-reused' | 'expired' | 'unreadable';

export interface AcquireLockOptions {
  /** Shown to whoever finds the workshop locked, e.g. "Ruam on Somchai's laptop". */
  owner: string;
  /** A lock from another computer not refreshed for this long is stale. Default 5 minutes. */
  staleMs?: number;
  /** How often the holder refreshes the lock's mtime; 0 = never. Default staleMs / 4. */
  heartbeatMs?: number;
  /** Called (once) if the heartbeat finds the lock file no longer ours. */
  onLost?: (current: LockInfo | null) => void;
  fs?: StorageFs;
  /** Source of `startedAt`. Staleness by age always uses real time (file mtimes are real). */
  clock?: () => Date;
  /** For tests: pretend to be another computer / process. */
  hostname?: string;
  pid?: number;
  isPidAlive?: (pid: number) => boolean;
  /** Epoch ms of the last boot. Default: now − os.uptime(). */
  bootTimeMs?: () => number;
  /** How long to wait while another process is taking over a stale lock. Default 3 s. */
  contentionTimeoutMs?: number;
}

export interface WorkshopLock {
  /** The lock file's path (`<file>.lock`). */
  readonly lockPath: string;
  readonly info: LockInfo;
  readonly tookOverStaleLock: boolean;
  /** The stale lock that was replaced, if any (null if it was unreadable). */
  readonly previous: LockInfo | null;
  readonly staleReason: StaleReason | null;
  /** Whether the lock file still carries this lock's token. */
  isHeld(): Promise<boolean>;
  /** Remove the lock file if it is still ours. Idempotent. */
  release(): Promise<void>;
}

export const LOCK_SUFFIX = '.lock';
export function lockPathFor(snapshotPath: string): string {
  return `${snapshotPath}${LOCK_SUFFIX}`;
}

/** Unparseable lock files younger than this may be mid-creation (O_EXCL fallback path). */
const UNREADABLE_GRACE_MS = 10_000;
/** Clock slack when comparing a lock's startedAt with the boot time. */
const BOOT_SLACK_MS = 60_000;

/** Tokens of locks this process holds or is acquiring right now (see judge: 'pid-reused'). */
const ownTokens = new Set<string>();

export function isPidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // ESRCH: no such process. EPERM: exists but belongs to another user — alive.
    return errnoCode(error) !== 'ESRCH';
  }
}

interface Observed {
  raw: Buffer;
  info: LockInfo | null;
  mtimeMs: number;
}

function parseLockInfo(raw: Buffer): LockInfo | null {
  try {
    const v = JSON.parse(raw.toString('utf8')) as Record<string, unknown>;
    if (typeof v !== 'object' || v === null) return null;
    const { pid, hostname, startedAt, owner, token } = v;
    if (typeof pid !== 'number' || !Number.isSafeInteger(pid) || pid <= 0) return null;
    if (typeof hostname !== 'string' || typeof startedAt !== 'string' || typeof owner !== 'string' || typeof token !== 'string') return null;
    return { pid, hostname, startedAt, owner, token };
  } catch {
    return null;
  }
}

/**
 * Take the workshop lock for `snapshotPath` (creates `<snapshotPath>.lock`).
 * Throws WorkshopLockedError (code LOCKED, with `holder`) when a live process holds it.
 */
export async function acquireLock(snapshotPath: string, options: AcquireLockOptions): Promise<WorkshopLock> {
  if (typeof options?.owner !== 'string') throw new InvalidArgumentError('owner is required');
  const fs = options.fs ?? nodeFs;
  const clock = options.clock ?? (() => new Date());
  const staleMs = options.staleMs ?? 5 * 60_000;
  const heartbeatMs = options.heartbeatMs ?? Math.floor(staleMs / 4);
  const hostname = options.hostname ?? os.hostname();
  const pid = options.pid ?? process.pid;
  const alive = options.isPidAlive ?? isPidAlive;
  const bootTimeMs = options.bootTimeMs ?? (() => Date.now() - os.uptime() * 1000);
  const lockPath = path.resolve(lockPathFor(snapshotPath));
  const dir = path.dirname(lockPath);

  const info: LockInfo = { pid, hostname, startedAt: clock().toISOString(), owner: options.owner, token: randomBytes(16).toString('hex') };
  const content = Buffer.from(`${JSON.stringify(info, null, 2)}\n`, 'utf8');

  const judge = (o: Observed): StaleReason | null => {
    const now = Date.now(); // compared with file mtimes, which are real time (not the injected clock)
    if (!o.info) return now - o.mtimeMs > UNREADABLE_GRACE_MS ? 'unreadable' : null;
    const holder = o.info;
    if (holder.hostname === hostname) {
      if (holder.pid === pid) return ownTokens.has(holder.token) ? null : 'pid-reused';
      if (!alive(holder.pid)) return 'dead-pid';
      const started = Date.parse(holder.startedAt);
      if (Number.isFinite(started) && started < bootTimeMs() - BOOT_SLACK_MS) return 'before-boot';
      return null;
    }
    return now - o.mtimeMs > staleMs ? 'expired' : null;
  };

  ownTokens.add(info.token); // before creating: a concurrent acquire in this process must see it as ours
  let previous: LockInfo | null = null;
  let staleReason: StaleReason | null = null;
  const deadline = Date.now() + (options.contentionTimeoutMs ?? 3000);
  try {
    for (let attempt = 0; ; attempt++) {
      if (attempt > 0 && (attempt >= 100 || Date.now() > deadline)) {
        // Lock files appearing and vanishing faster than we can look: someone is busy with it.
        throw new WorkshopLockedError(lockPath, (await readLockFile(fs, lockPath))?.info ?? null);
      }
      if (await createExclusive(fs, lockPath, content, info.token)) {
        await fsyncDir(fs, dir);
        return makeLock(fs, lockPath, info, staleReason !== null, previous, staleReason, heartbeatMs, options.onLost);
      }
      const observed = await readLockFile(fs, lockPath);
      if (!observed) continue; // released between our attempt and the read: try again
      const reason = judge(observed);
      if (reason === null) throw new WorkshopLockedError(lockPath, observed.info);

      // Stale. Only the holder of the takeover mutex may remove a lock file, and only after
      // re-checking (under the mutex) that it is still exactly the file judged stale. Fresh
      // acquirers never remove anything; link's EEXIST arbitrates between them.
      const mutex = await takeMutex(fs, `${lockPath}.takeover`, { pid, hostname, token: info.token, alive });
      if (!mutex) {
        if (Date.now() > deadline) throw new WorkshopLockedError(lockPath, observed.info);
        await new Promise((r) => setTimeout(r, 5 + Math.random() * 20));
        continue;
      }
      try {
        const again = await readLockFile(fs, lockPath);
        if (again && again.raw.equals(observed.raw)) {
          try {
            await fs.unlink(lockPath);
          } catch (error) {
            if (errnoCode(error) !== 'ENOENT') throw new StorageIOError('remove stale lock', lockPath, error);
          }
          previous = observed.info;
          staleReason = reason;
        }
      } finally {
        await mutex.release();
      }
      // Loop: create again (a fresh acquirer may beat us to the empty name; then we judge it).
    }
  } catch (error) {
    ownTokens.delete(info.token);
    throw error;
  }
}

/** A takeover in progress longer than this was interrupted by a crash. */
const MUTEX_STALE_MS = 10_000;

async function takeMutex(
  fs: StorageFs,
  mutexPath: string,
  me: { pid: number; hostname: string; token: string; alive: (pid: number) => boolean },
): Promise<{ release: () => Promise<void> } | null> {
  const token = `${me.token}-m`;
  const body = Buffer.from(JSON.stringify({ pid: me.pid, hostname: me.hostname, startedAt: new Date().toISOString(), owner: 'takeover', token }));
  const release = async (): Promise<void> => {
    const held = await readLockFile(fs, mutexPath).catch(() => null);
    if (held?.info?.token === token) await fs.unlink(mutexPath).catch(() => {});
  };
  for (let attempt = 0; attempt < 2; attempt++) {
    if (await createExclusive(fs, mutexPath, body, token)) return { release };
    const other = await readLockFile(fs, mutexPath);
    if (!other) continue;
    const crashed =
      Date.now() - other.mtimeMs > MUTEX_STALE_MS ||
      (other.info !== null && other.info.hostname === me.hostname && other.info.pid !== me.pid && !me.alive(other.info.pid));
    if (!crashed) return null;
    // A takeover was interrupted by a crash: move that mutex aside (checking it is the one we
    // judged) and try once more.
    await moveAside(fs, mutexPath, other.raw, token);
  }
  return null;
}

async function readLockFile(fs: StorageFs, lockPath: string): Promise<Observed | null> {
  try {
    const [raw, st] = await Promise.all([fs.readFile(lockPath), fs.stat(lockPath)]);
    return { raw, info: parseLockInfo(raw), mtimeMs: st.mtimeMs };
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return null;
    throw new StorageIOError('read lock', lockPath, error);
  }
}

const NO_HARDLINKS = new Set(['EPERM', 'ENOTSUP', 'ENOSYS', 'EOPNOTSUPP', 'EXDEV', 'EMLINK']);

/** Create the lock file with `content` iff the name does not exist. False on EEXIST. */
async function createExclusive(fs: StorageFs, lockPath: string, content: Buffer, token: string): Promise<boolean> {
  const tmp = `${lockPath}.${token}.tmp`;
  try {
    await writeNewFile(fs, tmp, content);
  } catch (error) {
    throw new StorageIOError('write lock', tmp, error);
  }
  try {
    await fs.link(tmp, lockPath);
    return true;
  } catch (error) {
    const code = errnoCode(error);
    if (code === 'EEXIST') return false;
    if (code !== undefined && NO_HARDLINKS.has(code)) {
      // No hard links here: fall back to O_EXCL. The file is briefly empty; readers treat an
      // unparseable young lock as held (UNREADABLE_GRACE_MS).
      try {
        await writeNewFile(fs, lockPath, content);
        return true;
      } catch (e) {
        if (errnoCode(e) === 'EEXIST') return false;
        throw new StorageIOError('create lock', lockPath, e);
      }
    }
    throw new StorageIOError('create lock', lockPath, error);
  } finally {
    await fs.unlink(tmp).catch(() => {});
  }
}

async function writeNewFile(fs: StorageFs, file: string, content: Buffer): Promise<void> {
  const handle = await fs.open(file, 'wx', 0o644);
  try {
    await writeAll(handle, content, 0);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Move the stale lock (whose bytes we observed) out of the way, safely against other racers.
 * 'moved': it was exactly the file we judged, and it is gone now.
 * 'gone': someone else moved it first.
 * 'restored': the name held a different (fresh) lock by then; we put it back.
 */
async function moveAside(fs: StorageFs, lockPath: string, observed: Buffer, token: string): Promise<'moved' | 'gone' | 'restored'> {
  const side = `${lockPath}.stale-${token}`;
  try {
    await fs.rename(lockPath, side);
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return 'gone';
    throw new StorageIOError('take over stale lock', lockPath, error);
  }
  let moved: Buffer;
  try {
    moved = await fs.readFile(side);
  } catch (error) {
    throw new StorageIOError('take over stale lock', side, error);
  }
  if (moved.equals(observed)) {
    await fs.unlink(side).catch(() => {});
    return 'moved';
  }
  try {
    await fs.link(side, lockPath);
  } catch (error) {
    const code = errnoCode(error);
    // EEXIST: yet another process created a lock meanwhile; the one we hold aside has lost its
    // name. Its holder will notice through isHeld()/onLost. Nothing safer is possible here.
    if (code !== 'EEXIST' && code !== undefined && NO_HARDLINKS.has(code)) {
      // No hard links: recreate it exclusively (never rename back: that could clobber).
      await writeNewFile(fs, lockPath, moved).catch(() => {});
    }
  }
  await fs.unlink(side).catch(() => {});
  return 'restored';
}

function makeLock(
  fs: StorageFs,
  lockPath: string,
  info: LockInfo,
  tookOverStaleLock: boolean,
  previous: LockInfo | null,
  staleReason: StaleReason | null,
  heartbeatMs: number,
  onLost: ((current: LockInfo | null) => void) | undefined,
): WorkshopLock {
  let released = false;
  let timer: NodeJS.Timeout | undefined;
  const isHeld = async (): Promise<boolean> => {
    const observed = await readLockFile(fs, lockPath);
    return observed?.info?.token === info.token;
  };
  if (heartbeatMs > 0) {
    let beating = false;
    timer = setInterval(() => {
      if (beating || released) return;
      beating = true;
      void (async () => {
        try {
          const observed = await readLockFile(fs, lockPath);
          if (observed?.info?.token === info.token) {
            const now = new Date();
            await fs.utimes(lockPath, now, now);
          } else if (!released) {
            clearInterval(timer);
            onLost?.(observed?.info ?? null);
          }
        } catch {
          // transient (e.g. network folder hiccup): try again next beat
        } finally {
          beating = false;
        }
      })();
    }, heartbeatMs);
    timer.unref();
  }
  return {
    lockPath,
    info,
    tookOverStaleLock,
    previous,
    staleReason,
    isHeld,
    async release() {
      if (released) return;
      released = true;
      if (timer) clearInterval(timer);
      try {
        if (await isHeld()) await fs.unlink(lockPath);
      } catch (error) {
        if (errnoCode(error) !== 'ENOENT') throw error instanceof StorageIOError ? error : new StorageIOError('release lock', lockPath, error);
      } finally {
        ownTokens.delete(info.token);
      }
    },
  };
}
