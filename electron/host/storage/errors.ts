/**
 * Typed storage errors. Every error carries a stable `code` so the UI can turn it into a clear
 * sentence ("This workshop is open on Somchai's laptop") without parsing messages.
 */

export type StorageErrorCode =
  | 'IO' // the disk refused: permissions, disk full, failed fsync, …
  | 'LOCKED' // another live process holds the workshop lock
  | 'CLOSED' // the journal was closed
  | 'CORRUPT' // a journal or lock file has content we cannot trust
  | 'GENESIS_MISMATCH' // the journal continues a different snapshot
  | 'INVALID_ENTRY' // an entry is not a plain JSON value
  | 'INVALID_ARGUMENT'
  | 'NOT_FOUND';

export class StorageError extends Error {
  readonly code: StorageErrorCode;
  readonly path: string | undefined;

  constructor(code: StorageErrorCode, message: string, options: { path?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.code = code;
    this.path = options.path;
  }
}

/** The operating system refused or failed an operation. `syscallCode` is e.g. ENOSPC, EACCES. */
export class StorageIOError extends StorageError {
  readonly op: string;
  readonly syscallCode: string | undefined;

  constructor(op: string, path: string, cause: unknown, message?: string) {
    const syscallCode = errnoCode(cause);
    super('IO', message ?? `${op} failed for ${path}${syscallCode ? ` (${syscallCode})` : ''}`, { path, cause });
    this.op = op;
    this.syscallCode = syscallCode;
  }
}

/** Who holds a workshop lock, as written in the `<file>.lock` file. */
export interface LockInfo {
  pid: number;
  hostname: string;
  /** ISO-8601 time the holder acquired the lock. */
  startedAt: string;
  /** Free text chosen by the holder, e.g. "Ruam desktop (facilitator: Somchai)". */
  owner: string;
  /** Random per-acquisition token; lets a holder recognise its own lock file. */
  token: string;
}

export class WorkshopLockedError extends StorageError {
  /** The current holder, or null when the lock file exists but cannot be read yet. */
  readonly holder: LockInfo | null;
  readonly lockPath: string;

  constructor(lockPath: string, holder: LockInfo | null) {
    super(
      'LOCKED',
      holder
        ? `workshop is locked by ${holder.owner || 'another program'} (pid ${holder.pid} on ${holder.hostname}, since ${holder.startedAt})`
        : 'workshop is locked by another program',
      { path: lockPath },
    );
    this.holder = holder;
    this.lockPath = lockPath;
  }
}

export class JournalClosedError extends StorageError {
  constructor(path: string) {
    super('CLOSED', `journal ${path} is closed`, { path });
  }
}

export type ChainErrorReason =
  | 'unparseable' // the line is not JSON
  | 'malformed' // JSON, but not a journal record
  | 'seq-gap' // seq is not the previous seq + 1
  | 'prev-mismatch' // prev is not the previous record's hash
  | 'hash-mismatch' // the record's content does not match its hash (edited)
  | 'genesis-mismatch'; // the first record does not continue the expected snapshot

export class JournalCorruptError extends StorageError {
  constructor(
    path: string,
    readonly seq: number,
    readonly reason: ChainErrorReason,
    readonly goodRecords: number,
  ) {
    super('CORRUPT', `journal ${path} is damaged at record ${seq} (${reason}); ${goodRecords} records before it are intact`, { path });
  }
}

export class GenesisMismatchError extends StorageError {
  constructor(
    path: string,
    readonly expected: string,
    readonly found: string,
  ) {
    super('GENESIS_MISMATCH', `journal ${path} does not continue this snapshot`, { path });
  }
}

export class InvalidEntryError extends StorageError {
  constructor(message: string) {
    super('INVALID_ENTRY', message);
  }
}

export class InvalidArgumentError extends StorageError {
  constructor(message: string, path?: string) {
    super('INVALID_ARGUMENT', message, path === undefined ? {} : { path });
  }
}

export class NotFoundError extends StorageError {
  constructor(what: string, path: string, cause?: unknown) {
    super('NOT_FOUND', `${what} not found: ${path}`, { path, cause });
  }
}

export function errnoCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const code = (error as { code: unknown }).code;
    if (typeof code === 'string') return code;
  }
  return undefined;
}
