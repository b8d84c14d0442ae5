/**
 * The `.ruam` snapshot file: atomic replacement, reading with its hash (the journal's genesis),
 * and rotating backups in `<name>.ruam-backups/`.
 *
 * writeFileAtomic: temp file in the same folder → write → fsync → rename over → fsync folder.
 * At every instant the target name points at either the complete old bytes or the complete new
 * bytes, also across power loss (see CONTEXT.md for why each step is needed).
 */
import { randomBytes } from 'node:crypto';
import * as path from 'node:path';
import { sha256Hex } from './canonical-json';
import { errnoCode, InvalidArgumentError, NotFoundError, StorageError, StorageIOError } from './errors';
import { dirOf, fsyncDir, nodeFs, writeAll, type FileHandleLike, type StorageFs } from './fs';

export interface FsOption {
  /** Injected file system (tests: fault injection, fsync counting). Default: node:fs. */
  fs?: StorageFs;
}

/** sha256 (hex) of the exact bytes of a snapshot: the genesis its journal continues from. */
export function snapshotHash(data: string | Uint8Array): string {
  return sha256Hex(typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
}

const TMP_MARK = '.tmp-';

function tempPathFor(file: string): string {
  const abs = path.resolve(file);
  return path.join(path.dirname(abs), `.${path.basename(abs)}${TMP_MARK}${process.pid}-${randomBytes(6).toString('hex')}`);
}

/**
 * Replace `file` with `data` so that a crash at any moment leaves either the old or the new
 * content under that name, never a mix and never an empty file. Resolves once the new content
 * and the rename are durable. Returns the sha256 of what was written.
 */
export async function writeFileAtomic(file: string, data: string | Uint8Array, options: FsOption = {}): Promise<{ hash: string; bytes: number }> {
  const fs = options.fs ?? nodeFs;
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  const target = path.resolve(file);
  const tmp = tempPathFor(target);
  let handle: FileHandleLike | undefined;
  let renamed = false;
  try {
    try {
      handle = await fs.open(tmp, 'wx', 0o666);
    } catch (error) {
      throw new StorageIOError('create temp file', tmp, error);
    }
    try {
      await writeAll(handle, bytes, 0);
      // fsync (not fdatasync): the temp file is new, its size and allocation must be durable
      // BEFORE the rename makes it visible under the real name.
      await handle.sync();
    } catch (error) {
      throw new StorageIOError('write temp file', tmp, error);
    }
    const h = handle;
    handle = undefined;
    try {
      await h.close();
    } catch (error) {
      throw new StorageIOError('close temp file', tmp, error);
    }
    try {
      await renameWithRetry(fs, tmp, target);
      renamed = true;
    } catch (error) {
      throw new StorageIOError('rename temp file over', target, error);
    }
    // The rename is an update of the folder; it is only durable once the folder is fsynced.
    await fsyncDir(fs, path.dirname(target));
    return { hash: sha256Hex(bytes), bytes: bytes.length };
  } finally {
    if (handle) await handle.close().catch(() => {});
    if (!renamed) await fs.unlink(tmp).catch(() => {});
  }
}

const WINDOWS_TRANSIENT = new Set(['EPERM', 'EACCES', 'EBUSY']);

/**
 * On Windows an antivirus scanner or the search indexer can hold the target open for a moment,
 * making rename fail with EPERM/EACCES/EBUSY; retry briefly (as graceful-fs does). Elsewhere
 * these errors are real and reported at once.
 */
async function renameWithRetry(fs: StorageFs, from: string, to: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await fs.rename(from, to);
      return;
    } catch (error) {
      const code = errnoCode(error);
      if (process.platform !== 'win32' || attempt >= 10 || code === undefined || !WINDOWS_TRANSIENT.has(code)) throw error;
      await new Promise((r) => setTimeout(r, 10 * (attempt + 1)));
    }
  }
}

/**
 * Remove temp files left by a writeFileAtomic that crashed before its rename. Only call this
 * while holding the workshop lock (another writer's temp file may be in flight otherwise).
 * Returns the names removed.
 */
export async function removeStaleTempFiles(file: string, options: FsOption = {}): Promise<string[]> {
  const fs = options.fs ?? nodeFs;
  const target = path.resolve(file);
  const dir = path.dirname(target);
  const prefix = `.${path.basename(target)}${TMP_MARK}`;
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return [];
    throw new StorageIOError('list folder', dir, error);
  }
  const removed: string[] = [];
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    try {
      await fs.unlink(path.join(dir, name));
      removed.push(name);
    } catch (error) {
      if (errnoCode(error) !== 'ENOENT') throw new StorageIOError('remove temp file', path.join(dir, name), error);
    }
  }
  return removed;
}

export interface SnapshotRead {
  bytes: Buffer;
  /** The bytes decoded as UTF-8 (parsing is the file format layer's job). */
  text: string;
  /** sha256 of `bytes`: pass as `genesis` when opening the journal that continues it. */
  hash: string;
}

/** Read a snapshot. Throws NotFoundError (code NOT_FOUND) when missing, StorageIOError otherwise. */
export async function readSnapshot(file: string, options: FsOption = {}): Promise<SnapshotRead> {
  const fs = options.fs ?? nodeFs;
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') throw new NotFoundError('workshop file', file, error);
    throw new StorageIOError('read', file, error);
  }
  return { bytes, text: bytes.toString('utf8'), hash: sha256Hex(bytes) };
}

// ── Backups ──────────────────────────────────────────────────────────────────────────────────

export interface BackupInfo {
  /** File name inside the backups folder, e.g. `2025-11-26T10-15-30-123Z.ruam`. */
  name: string;
  path: string;
  /** When the backup was taken (from its name). */
  takenAt: Date;
}

const BACKUP_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z(?:-(\d+))?\.ruam$/;

/** `/a/b/workshop.ruam` → `/a/b/workshop.ruam-backups` */
export function backupDirFor(file: string): string {
  const abs = path.resolve(file);
  const name = path.basename(abs, '.ruam');
  return path.join(path.dirname(abs), `${name}.ruam-backups`);
}

function parseBackupName(name: string): { takenAt: Date; n: number } | null {
  const m = BACKUP_RE.exec(name);
  if (!m) return null;
  const [, y, mo, d, h, mi, s, ms, n] = m;
  const takenAt = new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}.${ms}Z`);
  if (Number.isNaN(takenAt.getTime())) return null;
  return { takenAt, n: n === undefined ? 0 : Number(n) };
}

function stampOf(date: Date): string {
  return date.toISOString().replace(/:/g, '-').replace('.', '-'); // no ':' (Windows)
}

/** Backups of `file`, newest first. A missing backups folder means none. */
export async function listBackups(file: string, options: FsOption = {}): Promise<BackupInfo[]> {
  const fs = options.fs ?? nodeFs;
  const dir = backupDirFor(file);
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return [];
    throw new StorageIOError('list backups', dir, error);
  }
  const parsed: Array<BackupInfo & { n: number }> = [];
  for (const name of names) {
    const p = parseBackupName(name);
    if (p) parsed.push({ name, path: path.join(dir, name), takenAt: p.takenAt, n: p.n });
  }
  parsed.sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime() || b.n - a.n || (a.name < b.name ? 1 : -1));
  return parsed.map(({ name, path: p, takenAt }) => ({ name, path: p, takenAt }));
}

export interface RotateOptions extends FsOption {
  /** How many backups to keep (newest). Default 10. */
  keep?: number;
  clock?: () => Date;
}

export interface RotateResult {
  /** Name of the backup written, or null when the newest backup already had identical bytes. */
  created: string | null;
  /** Names of old backups deleted to stay within `keep`. */
  removed: string[];
}

/**
 * Copy the current snapshot into the backups folder (atomically) and delete the oldest beyond
 * `keep`. If the newest backup is byte-identical to the current snapshot, no copy is made, so
 * repeated autosaves of an unchanged workshop do not push real history out.
 */
export async function rotateBackups(file: string, options: RotateOptions = {}): Promise<RotateResult> {
  const fs = options.fs ?? nodeFs;
  const keep = options.keep ?? 10;
  if (!Number.isSafeInteger(keep) || keep < 1) throw new InvalidArgumentError(`keep must be a positive integer, got ${keep}`);
  const clock = options.clock ?? (() => new Date());
  const current = await readSnapshot(file, { fs });
  const dir = backupDirFor(file);
  try {
    await fs.mkdir(dir);
  } catch (error) {
    throw new StorageIOError('create backups folder', dir, error);
  }
  let backups = await listBackups(file, { fs });
  let created: string | null = null;
  const newest = backups[0];
  const newestSame = newest ? await sameBytes(fs, newest.path, current.bytes) : false;
  if (!newestSame) {
    const stamp = stampOf(clock());
    const taken = new Set(backups.map((b) => b.name));
    let name = `${stamp}.ruam`;
    for (let n = 1; taken.has(name); n++) name = `${stamp}-${n}.ruam`;
    await writeFileAtomic(path.join(dir, name), current.bytes, { fs });
    created = name;
    // The new folder entry itself must be durable: fsync the parent of the backups folder once
    // (cheap, and covers the case where the folder was just created).
    await fsyncDir(fs, dirOf(dir));
    backups = await listBackups(file, { fs });
  }
  const removed: string[] = [];
  for (const old of backups.slice(keep)) {
    try {
      await fs.unlink(old.path);
      removed.push(old.name);
    } catch (error) {
      if (errnoCode(error) !== 'ENOENT') throw new StorageIOError('delete old backup', old.path, error);
    }
  }
  return { created, removed };
}

async function sameBytes(fs: StorageFs, file: string, bytes: Uint8Array): Promise<boolean> {
  try {
    return Buffer.from(bytes).equals(await fs.readFile(file));
  } catch {
    return false;
  }
}

export interface RestoreResult {
  /** sha256 of the restored snapshot: the genesis for a fresh journal. */
  hash: string;
  /** Backup made of the snapshot that was replaced (so a restore can itself be undone). */
  safetyBackup: string | null;
}

/**
 * Put a backup back as the workshop file. The current snapshot is first backed up itself, then
 * replaced atomically. The caller must hold the workshop lock and must start a fresh journal
 * (`Journal.create` with the returned hash): the old journal continues a different snapshot.
 */
export async function restoreBackup(file: string, backupName: string, options: RotateOptions = {}): Promise<RestoreResult> {
  const fs = options.fs ?? nodeFs;
  if (!parseBackupName(backupName) || backupName !== path.basename(backupName)) {
    throw new InvalidArgumentError(`not a backup name: ${JSON.stringify(backupName)}`, file);
  }
  const source = path.join(backupDirFor(file), backupName);
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(source);
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') throw new NotFoundError('backup', source, error);
    throw new StorageIOError('read backup', source, error);
  }
  let safetyBackup: string | null = null;
  try {
    safetyBackup = (await rotateBackups(file, { ...options, keep: Math.max(options.keep ?? 10, 1) })).created;
  } catch (error) {
    // A missing current file is fine (nothing to protect); anything else stops the restore.
    if (!(error instanceof StorageError && error.code === 'NOT_FOUND')) throw error;
  }
  const { hash } = await writeFileAtomic(file, bytes, { fs });
  return { hash, safetyBackup };
}
