/**
 * The few file-system calls storage needs, behind an interface so tests can count fsyncs,
 * slow the disk down, or inject a "crash" between two steps. Production uses `nodeFs`.
 */
import { promises as fsp } from 'node:fs';
import * as path from 'node:path';
import { errnoCode, StorageIOError } from './errors';

export interface FileHandleLike {
  write(buffer: Uint8Array, offset: number, length: number, position: number | null): Promise<{ bytesWritten: number }>;
  /** fsync(2): data and all metadata. */
  sync(): Promise<void>;
  /** fdatasync(2): data and the metadata needed to read it back (size), not mtime. */
  datasync(): Promise<void>;
  truncate(length: number): Promise<void>;
  close(): Promise<void>;
}

export interface StorageFs {
  open(file: string, flags: string, mode?: number): Promise<FileHandleLike>;
  readFile(file: string): Promise<Buffer>;
  rename(from: string, to: string): Promise<void>;
  link(existing: string, newPath: string): Promise<void>;
  unlink(file: string): Promise<void>;
  mkdir(dir: string): Promise<void>;
  readdir(dir: string): Promise<string[]>;
  stat(file: string): Promise<{ size: number; mtimeMs: number }>;
  utimes(file: string, atime: Date, mtime: Date): Promise<void>;
}

export const nodeFs: StorageFs = {
  open: (file, flags, mode) => fsp.open(file, flags, mode),
  readFile: (file) => fsp.readFile(file),
  rename: (from, to) => fsp.rename(from, to),
  link: (existing, newPath) => fsp.link(existing, newPath),
  unlink: (file) => fsp.unlink(file),
  mkdir: async (dir) => {
    await fsp.mkdir(dir, { recursive: true });
  },
  readdir: (dir) => fsp.readdir(dir),
  stat: (file) => fsp.stat(file),
  utimes: (file, atime, mtime) => fsp.utimes(file, atime, mtime),
};

/** Write the whole buffer at `position`, looping over short writes. */
export async function writeAll(handle: FileHandleLike, data: Uint8Array, position: number): Promise<void> {
  let done = 0;
  while (done < data.length) {
    const { bytesWritten } = await handle.write(data, done, data.length - done, position + done);
    if (bytesWritten <= 0) throw new Error('write made no progress');
    done += bytesWritten;
  }
}

/**
 * fsync a directory so a rename or a newly created name inside it survives power loss: on
 * Linux/ext4 and most POSIX file systems the name lives in the directory, and the directory's
 * own blocks are only durable after fsync on the directory itself.
 *
 * Some platforms cannot do this and say so with a specific error, which we ignore because there
 * is nothing better to do and the rename itself has already happened:
 * - Windows: opening a directory as a file fails with EISDIR (NTFS journals the rename itself).
 * - Some file systems (certain network / FUSE mounts) return EINVAL or ENOTSUP from fsync on a
 *   directory.
 * Any other error is a real failure and is reported.
 */
export async function fsyncDir(fs: StorageFs, dir: string): Promise<void> {
  let handle: FileHandleLike | undefined;
  try {
    handle = await fs.open(dir, 'r');
    await handle.sync();
  } catch (error) {
    const code = errnoCode(error);
    if (code === 'EISDIR' || code === 'EINVAL' || code === 'ENOTSUP') return;
    throw new StorageIOError('fsync directory', dir, error);
  } finally {
    await handle?.close().catch(() => {});
  }
}

export function dirOf(file: string): string {
  return path.dirname(path.resolve(file));
}
