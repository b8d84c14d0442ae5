/**
 * Append-only JSONL journal beside the snapshot (`<file>.ruam.journal`), with group commit and a
 * sha256 hash chain.
 *
 * Line format (one record per line, written by us in exactly this spelling):
 *   {"seq":N,"at":"<ISO>","prev":"<hash of previous record or genesis>","hash":"<hex>","entry":<canonical JSON>}
 * where hash = sha256(prev + canonicalJson({ seq, at, entry })).
 *
 * Entries are opaque JSON values to this module. See CONTEXT.md for the durability contract.
 */
import { resolve as resolvePath } from 'node:path';
import { canonicalJson, sha256Hex } from './canonical-json';
import {
  errnoCode,
  GenesisMismatchError,
  InvalidArgumentError,
  JournalClosedError,
  JournalCorruptError,
  StorageError,
  StorageIOError,
  type ChainErrorReason,
} from './errors';
import { nodeFs, writeAll, type FileHandleLike, type StorageFs } from './fs';
import { writeFileAtomic } from './snapshot';

export interface JournalRecord<E = unknown> {
  /** 1, 2, 3, … without gaps; continues across resets. The stable identity of a record. */
  seq: number;
  /** ISO-8601 time from the injected clock when append() was called. */
  at: string;
  /** Hash of the previous record, or the journal's genesis for the first record. */
  prev: string;
  /** sha256(prev + canonicalJson({ seq, at, entry })), hex. Changes if a reset re-chains the record. */
  hash: string;
  entry: E;
}

export const JOURNAL_SUFFIX = '.journal';

/** `/a/workshop.ruam` → `/a/workshop.ruam.journal` */
export function journalPathFor(snapshotPath: string): string {
  return `${snapshotPath}${JOURNAL_SUFFIX}`;
}

// ── Record spelling and hashing ──────────────────────────────────────────────────────────────

/** Same bytes as canonicalJson({ seq, at, entry }) given entryJson = canonicalJson(entry). */
function hashedContent(seq: number, at: string, entryJson: string): string {
  return `{"at":${JSON.stringify(at)},"entry":${entryJson},"seq":${seq}}`;
}

export function recordHash(prev: string, seq: number, at: string, entryJson: string): string {
  return sha256Hex(prev + hashedContent(seq, at, entryJson));
}

function recordLine(seq: number, at: string, prev: string, hash: string, entryJson: string): string {
  return `{"seq":${seq},"at":${JSON.stringify(at)},"prev":${JSON.stringify(prev)},"hash":"${hash}","entry":${entryJson}}\n`;
}

// ── Reading ──────────────────────────────────────────────────────────────────────────────────

export interface ChainError {
  /** The seq where reading stopped (the record that is bad, or the seq that was expected there). */
  seq: number;
  reason: ChainErrorReason;
  /** 1-based line number in the file. */
  line: number;
  /** Byte offset where the bad line starts (= bytes of good records before it). */
  offset: number;
  /** For 'genesis-mismatch': the prev the first record carries. */
  found?: string;
}

export interface ReadJournalResult {
  /** Verified records, in order: always a prefix of what was written. */
  records: JournalRecord[];
  /** A final line without its newline (a crash mid-write) was skipped. Never acknowledged data. */
  tornTail: boolean;
  /** Reading stopped before the end because a line is bad or the chain is broken. */
  chainError?: ChainError;
  /** Bytes holding `records` (a journal opened for appending is cut back to this). */
  validBytes: number;
  totalBytes: number;
}

export interface ReadJournalOptions {
  /** The first record's prev must equal this (the hash of the snapshot being continued). */
  expectedGenesis?: string;
  fs?: StorageFs;
}

const RECORD_KEYS = ['at', 'entry', 'hash', 'prev', 'seq'];
const HEX64 = /^[0-9a-f]{64}$/;
const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Verify journal bytes. Pure and total: never throws, whatever the bytes are.
 */
export function parseJournal(bytes: Uint8Array, options: { expectedGenesis?: string } = {}): ReadJournalResult {
  const records: JournalRecord[] = [];
  let offset = 0;
  let lineNo = 0;
  let prevHash: string | undefined = undefined;
  let prevSeq = 0;
  const result = (extra: Partial<ReadJournalResult>): ReadJournalResult => ({
    records,
    tornTail: false,
    validBytes: offset,
    totalBytes: bytes.length,
    ...extra,
  });
  const stop = (reason: ChainErrorReason, seq: number, found?: string): ReadJournalResult =>
    result({ chainError: { seq, reason, line: lineNo, offset, ...(found === undefined ? {} : { found }) } });

  while (offset < bytes.length) {
    const nl = bytes.indexOf(0x0a, offset);
    lineNo++;
    const expectedSeq = records.length === 0 ? undefined : prevSeq + 1;
    if (nl === -1) {
      // The last write was cut short: nothing in it was acknowledged (acks follow fdatasync of a
      // whole batch, newline included), so skipping it loses nothing.
      return result({ tornTail: true });
    }
    let value: unknown;
    try {
      value = JSON.parse(utf8.decode(bytes.subarray(offset, nl)));
    } catch {
      return stop('unparseable', expectedSeq ?? prevSeq + 1);
    }
    const rec = asRecord(value);
    if (!rec) return stop('malformed', expectedSeq ?? prevSeq + 1);
    let entryJson: string;
    try {
      entryJson = canonicalJson(rec.entry);
    } catch {
      return stop('malformed', rec.seq); // e.g. 1e999 parses to Infinity
    }
    if (expectedSeq === undefined) {
      if (options.expectedGenesis !== undefined && rec.prev !== options.expectedGenesis) {
        return stop('genesis-mismatch', rec.seq, rec.prev);
      }
    } else {
      if (rec.seq !== expectedSeq) return stop('seq-gap', expectedSeq);
      if (rec.prev !== prevHash) return stop('prev-mismatch', rec.seq);
    }
    if (recordHash(rec.prev, rec.seq, rec.at, entryJson) !== rec.hash) return stop('hash-mismatch', rec.seq);
    records.push(rec);
    prevHash = rec.hash;
    prevSeq = rec.seq;
    offset = nl + 1;
  }
  return result({});
}

function asRecord(value: unknown): JournalRecord | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const keys = Object.keys(value).sort();
  if (keys.length !== RECORD_KEYS.length || keys.some((k, i) => k !== RECORD_KEYS[i])) return null;
  const v = value as Record<string, unknown>;
  const { seq, at, prev, hash } = v;
  if (typeof seq !== 'number' || !Number.isSafeInteger(seq) || seq < 1) return null;
  if (typeof at !== 'string' || typeof prev !== 'string' || typeof hash !== 'string' || !HEX64.test(hash)) return null;
  return { seq, at, prev, hash, entry: v.entry };
}

/**
 * Read and verify a journal file. A missing file is an empty journal. Bad content never throws:
 * it is reported through `tornTail` / `chainError`, with the good prefix in `records`.
 * Throws StorageIOError only when the file exists but cannot be read.
 */
export async function readJournal(file: string, options: ReadJournalOptions = {}): Promise<ReadJournalResult> {
  const fs = options.fs ?? nodeFs;
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return { records: [], tornTail: false, validBytes: 0, totalBytes: 0 };
    throw new StorageIOError('read journal', file, error);
  }
  return parseJournal(bytes, options.expectedGenesis === undefined ? {} : { expectedGenesis: options.expectedGenesis });
}

// ── Replay planning after a crash ───────────────────────────────────────────────────────────

/**
 * Written by the host INTO a snapshot when it folds the journal in: which journal generation
 * (its genesis) and up to which seq the snapshot already contains.
 */
export interface FoldMarker {
  genesis: string;
  seq: number;
}

export type ReplayPlan =
  | {
      ok: true;
      /** Records not yet in the snapshot, to apply in order. */
      records: JournalRecord[];
      /** Seq to give Journal.create as startSeq after folding these in. */
      nextSeq: number;
    }
  | { ok: false; reason: 'genesis-mismatch' | 'fold-gap'; message: string };

/**
 * Decide which journal records still need replaying onto a snapshot.
 * - journal continues this snapshot (first prev = snapshotHash): all records;
 * - journal is the generation the snapshot folded (first prev = folded.genesis): records after
 *   folded.seq. This is the crash between "write new snapshot" and "reset journal";
 * - otherwise the journal belongs to another snapshot: refuse (never replay onto the wrong base).
 */
export function planReplay(read: ReadJournalResult, snapshot: { hash: string; folded?: FoldMarker | null }): ReplayPlan {
  const first = read.records[0];
  const last = read.records.at(-1);
  const foldedSeq = snapshot.folded?.seq ?? 0;
  if (!first || !last) return { ok: true, records: [], nextSeq: foldedSeq + 1 };
  if (first.prev === snapshot.hash) return { ok: true, records: read.records, nextSeq: last.seq + 1 };
  const folded = snapshot.folded;
  if (folded && first.prev === folded.genesis) {
    if (folded.seq < first.seq - 1) {
      return { ok: false, reason: 'fold-gap', message: `snapshot folded up to ${folded.seq} but the journal starts at ${first.seq}` };
    }
    return { ok: true, records: read.records.filter((r) => r.seq > folded.seq), nextSeq: Math.max(last.seq, folded.seq) + 1 };
  }
  return { ok: false, reason: 'genesis-mismatch', message: 'the journal continues a different version of this workshop' };
}

// ── Writing with group commit ────────────────────────────────────────────────────────────────

export interface JournalOptions {
  /** prev of the first record: the hash of the snapshot this journal continues from. */
  genesis: string;
  /** seq of the first record when the journal is empty (default 1). Ignored when it has records. */
  startSeq?: number;
  /** Time source for `at`. Default: () => new Date(). */
  clock?: () => Date;
  fs?: StorageFs;
  /** Upper bound on one batch's bytes (at least one entry is always taken). Default 1 MiB. */
  maxBatchBytes?: number;
}

export interface JournalStats {
  appended: number;
  batches: number;
  /** fdatasync calls made for batches (one per batch). */
  syncs: number;
  largestBatch: number;
}

interface PendingAppend {
  kind: 'append';
  seq: number;
  at: string;
  entry: unknown;
  entryJson: string;
  resolve: (record: JournalRecord) => void;
  reject: (error: unknown) => void;
}

interface PendingReset {
  kind: 'reset';
  genesis: string;
  throughSeq: number;
  resolve: () => void;
  reject: (error: unknown) => void;
}

function checkPath(file: string): void {
  if (!file.endsWith(JOURNAL_SUFFIX)) {
    // Guard against appending JSONL into the snapshot itself by passing the wrong path.
    throw new InvalidArgumentError(`journal path must end with ${JOURNAL_SUFFIX} (use journalPathFor): ${file}`, file);
  }
}

/** Journals open for appending in this process: a second writer would interleave batches. */
const openJournals = new Set<string>();

function checkNotOpen(file: string): void {
  if (openJournals.has(pathKey(file))) {
    throw new InvalidArgumentError(`journal ${file} is already open in this process; close it first`, file);
  }
}

function pathKey(file: string): string {
  return resolvePath(file);
}

function checkGenesis(genesis: unknown): asserts genesis is string {
  if (typeof genesis !== 'string' || genesis.length === 0) throw new InvalidArgumentError('genesis must be a non-empty string');
}

export class Journal {
  private queue: Array<PendingAppend | PendingReset> = [];
  private running = false;
  private idle: Array<() => void> = [];
  private failure: StorageError | null = null;
  private closing = false;
  private closed = false;
  private handleOpen = true;
  private readonly counters: JournalStats = { appended: 0, batches: 0, syncs: 0, largestBatch: 0 };

  private constructor(
    readonly path: string,
    private readonly fs: StorageFs,
    private handle: FileHandleLike,
    private currentGenesis: string,
    /** Hash of the last durable record (or the genesis). */
    private lastHash: string,
    /** Seq the next append will get. */
    private nextSeq: number,
    /** First seq of this generation (records before it were folded into the snapshot). */
    private generationStart: number,
    /** File length = end of the last durable record. */
    private size: number,
    private readonly clock: () => Date,
    private readonly maxBatchBytes: number,
  ) {}

  /**
   * Open a journal for appending, continuing its existing records, or creating it empty.
   * Existing records must chain from `genesis` (else GenesisMismatchError) and be intact (else
   * JournalCorruptError: recover with readJournal + planReplay, then Journal.create). A torn last
   * line is cut off (it was never acknowledged).
   */
  static async open(file: string, options: JournalOptions): Promise<Journal> {
    checkPath(file);
    checkGenesis(options.genesis);
    const fs = options.fs ?? nodeFs;
    const startSeq = options.startSeq ?? 1;
    if (!Number.isSafeInteger(startSeq) || startSeq < 1) throw new InvalidArgumentError(`startSeq must be a positive integer, got ${startSeq}`);
    const maxBatchBytes = options.maxBatchBytes ?? 1024 * 1024;
    const clock = options.clock ?? (() => new Date());
    checkNotOpen(file);
    const key = pathKey(file);
    openJournals.add(key);
    try {
      return await Journal.openReserved(file, options.genesis, fs, startSeq, clock, maxBatchBytes);
    } catch (error) {
      openJournals.delete(key);
      throw error;
    }
  }

  private static async openReserved(
    file: string,
    genesis: string,
    fs: StorageFs,
    startSeq: number,
    clock: () => Date,
    maxBatchBytes: number,
  ): Promise<Journal> {
    let bytes: Buffer | null;
    try {
      bytes = await fs.readFile(file);
    } catch (error) {
      if (errnoCode(error) !== 'ENOENT') throw new StorageIOError('read journal', file, error);
      bytes = null;
    }
    if (bytes === null) {
      // Created through writeFileAtomic so the new name itself is durable (folder fsynced).
      await writeFileAtomic(file, '', { fs });
      bytes = Buffer.alloc(0);
    }
    const read = parseJournal(bytes, { expectedGenesis: genesis });
    if (read.chainError) {
      if (read.chainError.reason === 'genesis-mismatch') {
        throw new GenesisMismatchError(file, genesis, read.chainError.found ?? '');
      }
      throw new JournalCorruptError(file, read.chainError.seq, read.chainError.reason, read.records.length);
    }
    let handle: FileHandleLike;
    try {
      handle = await fs.open(file, 'r+');
    } catch (error) {
      throw new StorageIOError('open journal', file, error);
    }
    try {
      if (read.tornTail) {
        await handle.truncate(read.validBytes);
        await handle.datasync();
      }
    } catch (error) {
      await handle.close().catch(() => {});
      throw new StorageIOError('cut torn tail of journal', file, error);
    }
    const last = read.records.at(-1);
    const first = read.records[0];
    return new Journal(
      file,
      fs,
      handle,
      genesis,
      last?.hash ?? genesis,
      last ? last.seq + 1 : startSeq,
      first?.seq ?? startSeq,
      read.validBytes,
      clock,
      maxBatchBytes,
    );
  }

  /**
   * Start a new, empty journal at `file`, atomically replacing whatever is there. Only call this
   * once every record of the old journal is durably folded into the snapshot whose hash is
   * `genesis` (e.g. after crash recovery: readJournal → planReplay → write snapshot → create).
   */
  static async create(file: string, options: JournalOptions): Promise<Journal> {
    checkPath(file);
    checkGenesis(options.genesis);
    checkNotOpen(file);
    await writeFileAtomic(file, '', options.fs ? { fs: options.fs } : {});
    return Journal.open(file, options);
  }

  /** Genesis of the current generation: record it with the seq in the snapshot's FoldMarker. */
  get genesis(): string {
    return this.currentGenesis;
  }

  /** Seq of the last append accepted (durable or still in flight); startSeq - 1 if none. */
  get lastSeq(): number {
    return this.nextSeq - 1;
  }

  stats(): JournalStats {
    return { ...this.counters };
  }

  /**
   * Append one entry. Resolves with its record only after the batch containing it has been
   * written and fdatasync'd. Appends made while a batch is being written join the next batch.
   * Rejects with InvalidEntryError (entry not plain JSON), JournalClosedError, or StorageIOError
   * (the disk failed; the journal then refuses further appends — reopen it).
   */
  append(entry: unknown): Promise<JournalRecord> {
    if (this.closing) return Promise.reject(new JournalClosedError(this.path));
    if (this.failure) return Promise.reject(this.failure);
    let entryJson: string;
    let at: string;
    try {
      entryJson = canonicalJson(entry);
      at = this.clock().toISOString();
    } catch (error) {
      return Promise.reject(error instanceof StorageError ? error : new InvalidArgumentError(`clock failed: ${String(error)}`));
    }
    const seq = this.nextSeq++;
    return new Promise<JournalRecord>((resolve, reject) => {
      this.queue.push({ kind: 'append', seq, at, entry, entryJson, resolve, reject });
      this.kick();
    });
  }

  /**
   * After the caller has durably written a snapshot containing every record up to `throughSeq`
   * (and a FoldMarker { genesis: journal.genesis, seq: throughSeq }), start a new generation
   * chained from `genesis` (that snapshot's hash). Records after `throughSeq` — appended while
   * the snapshot was being written — are carried over, re-chained, in the same atomic replace.
   * Ordered with appends: everything appended before reset() is durable first.
   */
  reset(genesis: string, throughSeq: number): Promise<void> {
    if (this.closing) return Promise.reject(new JournalClosedError(this.path));
    if (this.failure) return Promise.reject(this.failure);
    try {
      checkGenesis(genesis);
    } catch (error) {
      return Promise.reject(error);
    }
    if (!Number.isSafeInteger(throughSeq) || throughSeq < this.generationStart - 1 || throughSeq > this.lastSeq) {
      return Promise.reject(
        new InvalidArgumentError(`throughSeq ${throughSeq} is outside this journal (${this.generationStart - 1}..${this.lastSeq})`, this.path),
      );
    }
    return new Promise<void>((resolve, reject) => {
      this.queue.push({ kind: 'reset', genesis, throughSeq, resolve, reject });
      this.kick();
    });
  }

  /** Wait for every accepted append to finish, then close the file. Idempotent. */
  async close(): Promise<void> {
    this.closing = true;
    await this.drained();
    if (this.closed) return;
    this.closed = true;
    openJournals.delete(pathKey(this.path));
    if (!this.handleOpen) return;
    try {
      await this.handle.close();
    } catch (error) {
      throw new StorageIOError('close journal', this.path, error);
    }
  }

  private drained(): Promise<void> {
    if (!this.running && this.queue.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.idle.push(resolve));
  }

  private kick(): void {
    if (this.running) return;
    this.running = true;
    void this.run();
  }

  /** The single writer: one batch (or reset) at a time; whatever queues meanwhile goes next. */
  private async run(): Promise<void> {
    try {
      while (this.queue.length > 0) {
        const head = this.queue[0]!;
        if (head.kind === 'reset') {
          this.queue.shift();
          await this.runReset(head);
          continue;
        }
        const batch: PendingAppend[] = [];
        let bytes = 0;
        while (this.queue.length > 0) {
          const next = this.queue[0]!;
          if (next.kind !== 'append') break;
          if (batch.length > 0 && bytes + next.entryJson.length > this.maxBatchBytes) break;
          this.queue.shift();
          batch.push(next);
          bytes += next.entryJson.length + 200;
        }
        await this.writeBatch(batch);
      }
    } finally {
      this.running = false;
      const waiters = this.idle;
      this.idle = [];
      for (const w of waiters) w();
    }
  }

  private async writeBatch(batch: PendingAppend[]): Promise<void> {
    if (this.failure) {
      for (const p of batch) p.reject(this.failure);
      return;
    }
    const records: JournalRecord[] = [];
    const lines: string[] = [];
    let prev = this.lastHash;
    for (const p of batch) {
      const hash = recordHash(prev, p.seq, p.at, p.entryJson);
      lines.push(recordLine(p.seq, p.at, prev, hash, p.entryJson));
      records.push({ seq: p.seq, at: p.at, prev, hash, entry: p.entry });
      prev = hash;
    }
    const data = Buffer.from(lines.join(''), 'utf8');
    try {
      await writeAll(this.handle, data, this.size);
      this.counters.syncs++;
      await this.handle.datasync();
    } catch (error) {
      // After a failed write or fsync the file's state is unknown (the kernel may have dropped
      // the dirty pages and a retried fsync can falsely succeed), so stop here. Reopening the
      // journal re-verifies it and cuts any partial line.
      this.failure = new StorageIOError('append to journal', this.path, error, `could not save to ${this.path}: ${errnoCode(error) ?? String(error)}`);
      for (const p of batch) p.reject(this.failure);
      return;
    }
    this.size += data.length;
    this.lastHash = prev;
    this.counters.batches++;
    this.counters.appended += batch.length;
    this.counters.largestBatch = Math.max(this.counters.largestBatch, batch.length);
    batch.forEach((p, i) => p.resolve(records[i]!));
  }

  private async runReset(op: PendingReset): Promise<void> {
    if (this.failure) {
      op.reject(this.failure);
      return;
    }
    try {
      const current = parseJournal(await this.fs.readFile(this.path));
      if (current.chainError || current.tornTail) {
        throw new JournalCorruptError(this.path, current.chainError?.seq ?? this.lastSeq, current.chainError?.reason ?? 'unparseable', current.records.length);
      }
      let prev = op.genesis;
      const lines: string[] = [];
      for (const rec of current.records) {
        if (rec.seq <= op.throughSeq) continue;
        const entryJson = canonicalJson(rec.entry);
        const hash = recordHash(prev, rec.seq, rec.at, entryJson);
        lines.push(recordLine(rec.seq, rec.at, prev, hash, entryJson));
        prev = hash;
      }
      const data = Buffer.from(lines.join(''), 'utf8');
      // Close before replacing: Windows may refuse to rename over a file we hold open. If the
      // replace fails the journal is stopped anyway (below), so nothing needs the old handle.
      this.handleOpen = false;
      await this.handle.close().catch(() => {});
      await writeFileAtomic(this.path, data, { fs: this.fs });
      this.handle = await this.fs.open(this.path, 'r+');
      this.handleOpen = true;
      this.currentGenesis = op.genesis;
      this.lastHash = prev;
      this.size = data.length;
      this.generationStart = op.throughSeq + 1;
      op.resolve();
    } catch (error) {
      this.failure =
        error instanceof StorageError ? error : new StorageIOError('reset journal', this.path, error);
      op.reject(this.failure);
    }
  }
}
