/**
 * Helpers for storage tests and the storage bench (not used in production code).
 */
import { promises as fsp } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { nodeFs, type FileHandleLike, type StorageFs } from './fs';

export async function makeTempDir(prefix = 'ruam-storage-'): Promise<string> {
  return fsp.mkdtemp(path.join(os.tmpdir(), prefix));
}

export async function removeDir(dir: string): Promise<void> {
  await fsp.rm(dir, { recursive: true, force: true });
}

export type FsOp =
  | 'open'
  | 'write'
  | 'sync'
  | 'datasync'
  | 'truncate'
  | 'close'
  | 'readFile'
  | 'rename'
  | 'link'
  | 'unlink'
  | 'mkdir'
  | 'readdir'
  | 'stat'
  | 'utimes';

export interface FsCall {
  op: FsOp;
  /** The file the call is about (for handle calls: the path it was opened with). */
  path: string;
  /** rename/link: the destination. */
  to?: string;
}

/**
 * Wrap a StorageFs: every call is recorded in `calls`, and `before` runs first — it may throw
 * (inject a failure / "crash" at that step) or wait (a slow disk).
 */
export function instrumentFs(
  before?: (call: FsCall) => void | Promise<void>,
  base: StorageFs = nodeFs,
): { fs: StorageFs; calls: FsCall[]; count: (op: FsOp, pathIncludes?: string) => number } {
  const calls: FsCall[] = [];
  const hook = async (call: FsCall): Promise<void> => {
    calls.push(call);
    await before?.(call);
  };
  const wrapHandle = (h: FileHandleLike, p: string): FileHandleLike => ({
    write: async (buffer, offset, length, position) => {
      await hook({ op: 'write', path: p });
      return h.write(buffer, offset, length, position);
    },
    sync: async () => {
      await hook({ op: 'sync', path: p });
      return h.sync();
    },
    datasync: async () => {
      await hook({ op: 'datasync', path: p });
      return h.datasync();
    },
    truncate: async (len) => {
      await hook({ op: 'truncate', path: p });
      return h.truncate(len);
    },
    close: async () => {
      await hook({ op: 'close', path: p });
      return h.close();
    },
  });
  const fs: StorageFs = {
    open: async (p, flags, mode) => {
      await hook({ op: 'open', path: p });
      return wrapHandle(await base.open(p, flags, mode), p);
    },
    readFile: async (p) => (await hook({ op: 'readFile', path: p }), base.readFile(p)),
    rename: async (a, b) => (await hook({ op: 'rename', path: a, to: b }), base.rename(a, b)),
    link: async (a, b) => (await hook({ op: 'link', path: a, to: b }), base.link(a, b)),
    unlink: async (p) => (await hook({ op: 'unlink', path: p }), base.unlink(p)),
    mkdir: async (p) => (await hook({ op: 'mkdir', path: p }), base.mkdir(p)),
    readdir: async (p) => (await hook({ op: 'readdir', path: p }), base.readdir(p)),
    stat: async (p) => (await hook({ op: 'stat', path: p }), base.stat(p)),
    utimes: async (p, a, m) => (await hook({ op: 'utimes', path: p }), base.utimes(p, a, m)),
  };
  const count = (op: FsOp, pathIncludes?: string): number =>
    calls.filter((c) => c.op === op && (pathIncludes === undefined || c.path.includes(pathIncludes))).length;
  return { fs, calls, count };
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** A fixed, advancing clock for deterministic `at` values. */
export function steppingClock(startIso = '2025-01-01T00:00:00.000Z', stepMs = 1): () => Date {
  let t = Date.parse(startIso);
  return () => {
    const d = new Date(t);
    t += stepMs;
    return d;
  };
}
