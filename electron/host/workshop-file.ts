import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createWorkshop } from '../../shared/domain/create';
import type { Workshop, WorkshopMeta } from '../../shared/domain/workshop';
import { parseRuamFile, serializeRuamFile, type FileProblem } from '../../shared/format/ruam-file';
import type { HostJournalEntry } from './journal-entry';
import type { HistoryEntry } from '../../shared/format/history';
import { appendHistory } from './history';
import type { WorkshopHost } from './workshop-host';
import {
  acquireLock,
  Journal,
  journalPathFor,
  listBackups,
  planReplay,
  readJournal,
  readSnapshot,
  rotateBackups,
  WorkshopLockedError,
  writeFileAtomic,
  type BackupInfo,
  type WorkshopLock,
} from './storage';

export const WRITTEN_BY = 'Ruam 0.1.0';
/** Backups are taken on the first save after opening, then at most this often. */
export const BACKUP_SPACING_MS = 2 * 60 * 1000;

export type WorkshopFileErrorCode = 'LOCKED' | 'NOT_FOUND' | 'EXISTS' | 'UNREADABLE' | FileProblem['code'];

/** Why a workshop file could not be opened, in a sentence a facilitator can act on. */
export class WorkshopFileError extends Error {
  override name = 'WorkshopFileError';
  constructor(
    readonly code: WorkshopFileErrorCode,
    message: string,
    readonly file: string,
    readonly details: { path?: string; backups?: BackupInfo[] } = {},
  ) {
    super(message);
  }
}

export interface WorkshopFileOptions {
  /** Shown to another instance that finds the file locked. */
  owner?: string;
  /** Save the snapshot this long after the last change. */
  autosaveDelayMs?: number;
  clock?: () => Date;
}

export interface OpenReport {
  /** Changes found in the journal after a crash and re-applied. */
  recovered: number;
  /** Journal entries that no longer applied and were skipped (reported, never silent). */
  skipped: number;
  /** The journal's last line was cut off by the crash; it had never been acknowledged. */
  tornTail: boolean;
  /** The file was written by an older format and migrated in memory (saved on next save). */
  migratedFrom: number | null;
  readOnly: boolean;
  warning: string | null;
  tookOverStaleLock: boolean;
}

/**
 * An open .ruam file bound to the host: every entry the host commits goes to the journal (group
 * commit, fsync before acknowledgement); the snapshot is rewritten atomically a few seconds after
 * the last change, on save and on close, and the journal folded into it.
 */
export class WorkshopFile {
  private journal: Journal | null;
  private timer: NodeJS.Timeout | null = null;
  private dirty = false;
  private saving: Promise<void> | null = null;
  private closed = false;
  private detachEvents: () => void = () => {};
  private firstUnsavedAt: number | null = null;
  private lastBackupAt: number | null = null;
  /** Committed entries not yet folded into the snapshot's history. */
  private pending: { seq: number; entry: HostJournalEntry }[] = [];

  private constructor(
    readonly path: string,
    private readonly host: WorkshopHost,
    private readonly lock: WorkshopLock | null,
    journal: Journal | null,
    private readonly options: Required<Pick<WorkshopFileOptions, 'autosaveDelayMs' | 'clock'>>,
    private history: HistoryEntry[],
  ) {
    this.journal = journal;
  }

  /** Who changed what, when: saved history plus what was committed since the last save. */
  getHistory(): HistoryEntry[] {
    let history = this.history;
    for (const { seq, entry } of this.pending) history = appendHistory(history, seq, entry);
    return history;
  }

  /** Create a new workshop file (refusing to overwrite one) and open it in the host. */
  static async create(file: string, host: WorkshopHost, meta: Partial<WorkshopMeta> = {}, options: WorkshopFileOptions = {}): Promise<WorkshopFile> {
    const target = path.resolve(file);
    if (existsSync(target)) throw new WorkshopFileError('EXISTS', `A file already exists at ${target}; choose another name.`, target);
    const clock = options.clock ?? (() => new Date());
    const workshop = createWorkshop({ id: crypto.randomUUID(), createdAt: clock().toISOString(), meta });
    await writeFileAtomic(target, serializeRuamFile(workshop, clock().toISOString(), WRITTEN_BY));
    const opened = await WorkshopFile.open(target, host, options);
    return opened.file;
  }

  /** Write a document to a new path as a complete snapshot (Save As). Overwrites atomically. */
  static async writeNew(file: string, workshop: Workshop, history: HistoryEntry[], clock: () => Date = () => new Date()): Promise<void> {
    await writeFileAtomic(path.resolve(file), serializeRuamFile(workshop, clock().toISOString(), WRITTEN_BY, null, history));
  }

  /** Open a workshop file: lock it, validate it, replay any journal a crash left behind. */
  static async open(file: string, host: WorkshopHost, options: WorkshopFileOptions = {}): Promise<{ file: WorkshopFile; report: OpenReport }> {
    const target = path.resolve(file);
    const clock = options.clock ?? (() => new Date());
    const settings = { autosaveDelayMs: options.autosaveDelayMs ?? 3000, clock };
    if (!existsSync(target)) throw new WorkshopFileError('NOT_FOUND', `There is no workshop file at ${target}.`, target);

    let lock: WorkshopLock;
    try {
      lock = await acquireLock(target, { owner: options.owner ?? `Ruam on ${os.hostname()}` });
    } catch (error) {
      if (error instanceof WorkshopLockedError) {
        throw new WorkshopFileError('LOCKED', `This workshop is already open in ${error.holder?.owner ?? 'another Ruam'}; close it there first.`, target);
      }
      throw error;
    }

    try {
      const snapshot = await readSnapshot(target);
      const parsed = parseRuamFile(snapshot.text);
      if (!parsed.ok) {
        const backups = await listBackups(target).catch(() => []);
        throw new WorkshopFileError(parsed.problem.code, parsed.problem.message, target, {
          path: 'path' in parsed.problem ? parsed.problem.path : undefined,
          backups,
        });
      }
      const report: OpenReport = {
        recovered: 0,
        skipped: 0,
        tornTail: false,
        migratedFrom: parsed.migratedFrom,
        readOnly: parsed.readOnly,
        warning: parsed.warning?.message ?? null,
        tookOverStaleLock: lock.tookOverStaleLock,
      };

      if (parsed.readOnly) {
        // Never write a newer format back: release the lock, keep nothing open for writing.
        await lock.release();
        host.load(parsed.workshop, { path: target, saveState: 'saved', readOnly: true });
        host.setPersistence(null);
        return { file: new WorkshopFile(target, host, null, null, settings, parsed.history), report };
      }

      host.load(parsed.workshop, { path: target, saveState: 'saved', readOnly: false });
      const journalPath = journalPathFor(target);
      const read = await readJournal(journalPath);
      report.tornTail = read.tornTail;
      const plan = planReplay(read, { hash: snapshot.hash, folded: parsed.journalFold });
      let journal: Journal;
      let history = parsed.history;
      let erasedInJournal = false;
      if (plan.ok && plan.records.length > 0) {
        const result = host.replay(plan.records.map((record) => record.entry as HostJournalEntry));
        report.recovered = result.applied;
        report.skipped = result.skipped;
        erasedInJournal = result.erased;
        for (const record of plan.records) history = appendHistory(history, record.seq, record.entry as HostJournalEntry);
      }
      const needsFold = (plan.ok && plan.records.length > 0) || read.chainError !== undefined || !plan.ok || parsed.migratedFrom !== null;
      if (needsFold) {
        // Fold what was recovered into a fresh snapshot, then start a new journal from it. A
        // journal that belongs to another snapshot is kept aside, never replayed or deleted.
        if (!plan.ok || read.chainError) await keepAside(journalPath, clock);
        // A recovered erasure (PDPA): the snapshot being replaced still holds the names, so it is
        // not backed up, and the backups that hold them go once the erasure is on disk.
        if (!erasedInJournal) await rotateBackups(target).catch(() => undefined);
        const nextSeq = plan.ok ? plan.nextSeq : (read.records.at(-1)?.seq ?? 0) + 1;
        const written = await writeFileAtomic(target, serializeRuamFile(host.current!, clock().toISOString(), WRITTEN_BY, null, history));
        journal = await Journal.create(journalPath, { genesis: written.hash, startSeq: nextSeq, clock });
        if (erasedInJournal) await removeBackups(target);
      } else if (read.records.length > 0) {
        // Every record is already in the snapshot (a crash after the save, before the journal
        // reset): start the next generation from this snapshot.
        journal = await Journal.create(journalPath, { genesis: snapshot.hash, startSeq: plan.ok ? plan.nextSeq : 1, clock });
      } else {
        journal = await Journal.open(journalPath, { genesis: snapshot.hash, startSeq: plan.ok ? plan.nextSeq : 1, clock });
      }
      const opened = new WorkshopFile(target, host, lock, journal, settings, history);
      opened.attach();
      return { file: opened, report };
    } catch (error) {
      await lock.release().catch(() => undefined);
      throw error;
    }
  }

  private attach(): void {
    this.host.setPersistence((entry) => this.record(entry));
    this.detachEvents = this.host.onEvents((events) => {
      if (events.some((event) => event.type === 'participants.personalDataErased')) void this.purgeAfterErasure();
    });
  }

  /**
   * PDPA: after personal data is erased, write the snapshot at once (which also empties the
   * journal that still holds the names) and delete the backups, which hold them too.
   */
  private async purgeAfterErasure(): Promise<void> {
    try {
      this.lastBackupAt = this.options.clock().getTime(); // no backup of the pre-erasure file
      // A save already under way serialised the document from before the erasure: let it
      // finish, then save again (save() alone would hand back that same save).
      while (this.saving) await this.saving.catch(() => undefined);
      await this.save();
      await removeBackups(this.path);
    } catch (error) {
      console.error('[ruam] could not remove personal data from disk after erasure', error);
    }
  }

  /** The host's persistence hook: durable in the journal, then schedule a snapshot. */
  private async record(entry: HostJournalEntry): Promise<void> {
    if (!this.journal) throw new Error('This workshop is open read-only.');
    const record = await this.journal.append(entry);
    this.pending.push({ seq: record.seq, entry });
    this.dirty = true;
    this.host.setFileState({ saveState: 'unsaved' });
    this.scheduleSave();
  }

  /**
   * Save a few seconds after the last change; while changes keep coming (a room voting), save at
   * least every few delays anyway so the journal stays short and opening stays fast.
   */
  private scheduleSave(): void {
    const now = Date.now();
    this.firstUnsavedAt ??= now;
    if (this.timer) clearTimeout(this.timer);
    const maxWait = this.options.autosaveDelayMs * 5;
    const delay = Math.max(0, Math.min(this.options.autosaveDelayMs, this.firstUnsavedAt + maxWait - now));
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.save().catch((error) => console.error('[ruam] autosave failed', error));
    }, delay);
    this.timer.unref?.();
  }

  /** Write the snapshot atomically and fold the journal into it. Safe to call at any time. */
  async save(): Promise<void> {
    if (!this.journal || !this.dirty) return;
    if (this.saving) return this.saving;
    this.saving = (async () => {
      const journal = this.journal!;
      this.dirty = false;
      this.firstUnsavedAt = null;
      this.host.setFileState({ saveState: 'saving' });
      // Everything up to this seq is in the document we serialise (entries are applied before
      // they are appended, and appends get their seq synchronously).
      const throughSeq = journal.lastSeq;
      const folding = this.pending.filter((p) => p.seq <= throughSeq).sort((a, b) => a.seq - b.seq);
      let history = this.history;
      for (const { seq, entry } of folding) history = appendHistory(history, seq, entry);
      const text = serializeRuamFile(this.host.current!, this.options.clock().toISOString(), WRITTEN_BY, { genesis: journal.genesis, seq: throughSeq }, history);
      try {
        await this.backupIfDue();
        const written = await writeFileAtomic(this.path, text);
        await journal.reset(written.hash, throughSeq);
        this.history = history;
        this.pending = this.pending.filter((p) => p.seq > throughSeq);
        this.host.setFileState({ saveState: this.dirty ? 'unsaved' : 'saved' });
      } catch (error) {
        this.dirty = true;
        this.host.setFileState({ saveState: 'error' });
        throw error;
      }
    })().finally(() => {
      this.saving = null;
    });
    return this.saving;
  }

  /**
   * Keep the snapshot about to be replaced as a backup — but at most one every few minutes:
   * autosave runs every few seconds while a room votes, and ten backups thirty seconds apart
   * would not help anyone undo a mistake made an hour ago.
   */
  private async backupIfDue(): Promise<void> {
    const now = this.options.clock().getTime();
    if (this.lastBackupAt !== null && now - this.lastBackupAt < BACKUP_SPACING_MS) return;
    await rotateBackups(this.path, { clock: this.options.clock }).catch((error) => console.error('[ruam] backup failed', error));
    this.lastBackupAt = now;
  }

  /** Save, close the journal and release the lock. The host keeps the document in memory. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.detachEvents();
    if (this.timer) clearTimeout(this.timer);
    try {
      if (this.saving) await this.saving;
      await this.save();
      await this.journal?.close();
    } finally {
      this.host.setPersistence(null);
      await this.lock?.release();
    }
  }
}

/** PDPA: delete every backup of this workshop (they hold data that was erased). */
async function removeBackups(file: string): Promise<void> {
  const backups = await listBackups(file);
  await Promise.all(backups.map((backup) => rm(backup.path, { force: true })));
}

async function keepAside(journalPath: string, clock: () => Date): Promise<void> {
  const { rename } = await import('node:fs/promises');
  const aside = `${journalPath}.unreplayed-${clock().toISOString().replace(/[:.]/g, '-')}`;
  await rename(journalPath, aside).catch(() => undefined);
}
