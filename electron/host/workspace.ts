import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { BackupSummary, OpenReport, WorkshopFileSummary, WorkshopListing } from '../../shared/contracts/facilitator';
import type { HistoryEntry } from '../../shared/format/history';
import type { WorkshopMeta } from '../../shared/domain/workshop';
import { safeFileName, suggestedFileName } from '../../shared/format/file-names';
import { listBackups, restoreBackup } from './storage';
import { WorkshopFile, WorkshopFileError } from './workshop-file';
import type { WorkshopHost } from './workshop-host';
import type { Preferences } from './preferences';

const RECENT_KEY = 'recentFiles';
const RECENT_MAX = 10;

export interface WorkspaceOptions {
  /** Where new workshops are created and which the start screen lists (web mode: ~/Ruam). */
  folder: string;
  preferences: Preferences;
  autosaveDelayMs?: number;
  clock?: () => Date;
}

/**
 * The workshop files a facilitator works with: the open one (at most one per host), the
 * workshops folder and the recent list. Windows refer to files by the `ref` this class lists,
 * never by arbitrary paths, so a window cannot make the host open any file on the disk.
 */
export class Workspace {
  private open: WorkshopFile | null = null;
  /** The last file that failed to open, so its backups can be offered and restored. */
  private failedPath: string | null = null;

  constructor(
    private readonly host: WorkshopHost,
    private readonly options: WorkspaceOptions,
  ) {}

  get folder(): string {
    return this.options.folder;
  }

  get currentFile(): WorkshopFile | null {
    return this.open;
  }

  async list(): Promise<WorkshopListing> {
    await mkdir(this.options.folder, { recursive: true });
    const names = (await readdir(this.options.folder)).filter((name) => name.endsWith('.ruam'));
    const files = (await Promise.all(names.map((name) => summarise(path.join(this.options.folder, name))))).filter(isSummary);
    files.sort((a, b) => b.modifiedAt.localeCompare(a.modifiedAt));
    const recent = (await Promise.all(this.recentPaths().map(summarise))).filter(isSummary);
    return { folder: this.options.folder, files, recent };
  }

  /** Open a file the listing offered (by its ref). */
  async openRef(ref: string): Promise<OpenReport> {
    const listing = await this.list();
    const known = [...listing.files, ...listing.recent].some((file) => file.ref === ref);
    if (!known) throw new WorkshopFileError('NOT_FOUND', 'That workshop is not in the workshops folder or the recent list.', ref);
    return this.openPath(ref);
  }

  /** Open any path: for trusted callers only (the desktop Open dialog, the CLI). */
  async openPath(file: string): Promise<OpenReport> {
    const target = path.resolve(file);
    if (this.open?.path === target) return emptyReport();
    await this.close();
    try {
      const { file: opened, report } = await WorkshopFile.open(target, this.host, this.fileOptions());
      this.open = opened;
      this.failedPath = null;
      this.remember(target);
      return report;
    } catch (error) {
      if (error instanceof WorkshopFileError && error.code !== 'LOCKED' && error.code !== 'NOT_FOUND') this.failedPath = target;
      throw error;
    }
  }

  /** Create a new workshop file in the workshops folder (or at `filePath`) and open it. */
  async create(meta: Partial<WorkshopMeta> = {}, fileName?: string, filePath?: string): Promise<void> {
    await mkdir(this.options.folder, { recursive: true });
    const target = filePath ? path.resolve(filePath) : await this.freeName(fileName ?? defaultFileName(meta, this.now()));
    await this.close();
    this.open = await WorkshopFile.create(target, this.host, meta, this.fileOptions());
    this.remember(target);
  }

  /**
   * Save As: write the open workshop (with its history) to `target` and continue there; the old
   * file is saved and left as it was.
   */
  async saveAs(target: string): Promise<void> {
    const current = this.open;
    if (!current || !this.host.current) throw new WorkshopFileError('NOT_FOUND', 'No workshop file is open.', target);
    const destination = path.resolve(target);
    if (destination === current.path) return current.save();
    await current.save();
    const history = current.getHistory();
    await this.close();
    await WorkshopFile.writeNew(destination, this.host.current, history);
    await this.openPath(destination);
  }

  async save(): Promise<void> {
    if (!this.open) throw new WorkshopFileError('NOT_FOUND', 'No workshop file is open.', '');
    await this.open.save();
  }

  async close(): Promise<void> {
    const current = this.open;
    this.open = null;
    if (current) await current.close();
  }

  async backups(): Promise<BackupSummary[]> {
    const file = this.open?.path ?? this.failedPath;
    if (!file) return [];
    return (await listBackups(file)).map(({ name, takenAt }) => ({ name, takenAt: takenAt.toISOString() }));
  }

  /** Put a backup back as the workshop (the replaced version is itself backed up first). */
  async restore(name: string): Promise<OpenReport> {
    const file = this.open?.path ?? this.failedPath;
    if (!file) throw new WorkshopFileError('NOT_FOUND', 'No workshop file to restore.', '');
    await this.close();
    await restoreBackup(file, name);
    return this.openPath(file);
  }

  history(): HistoryEntry[] {
    return this.open?.getHistory() ?? [];
  }

  private fileOptions() {
    return { autosaveDelayMs: this.options.autosaveDelayMs, clock: this.options.clock };
  }

  private now(): Date {
    return (this.options.clock ?? (() => new Date()))();
  }

  private recentPaths(): string[] {
    const stored = this.options.preferences.get<unknown>(RECENT_KEY);
    return Array.isArray(stored) ? stored.filter((p): p is string => typeof p === 'string') : [];
  }

  private remember(file: string): void {
    const recent = [file, ...this.recentPaths().filter((p) => p !== file)].slice(0, RECENT_MAX);
    this.options.preferences.set(RECENT_KEY, recent);
  }

  private async freeName(wanted: string): Promise<string> {
    const stem = (name: string) => sanitiseFileName(name).replace(/\.ruam$/i, '').replace(/[.\s]+$/, '');
    const safe = stem(wanted) || stem(defaultFileName({}, this.now()));
    for (let n = 1; ; n++) {
      const candidate = path.join(this.options.folder, n === 1 ? `${safe}.ruam` : `${safe}-${n}.ruam`);
      if (!existsSync(candidate)) return candidate;
    }
  }
}

/**
 * A new workshop's file name: its พ.ศ. date (today's when it has none yet) and title, in its
 * language, made safe by the shared rule (shared/format/file-names.ts).
 */
export function defaultFileName(meta: Partial<WorkshopMeta>, now: Date): string {
  const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  return suggestedFileName({ kind: 'workshop', title: meta.title ?? '', date: meta.date || today, language: meta.language ?? 'th', extension: 'ruam' });
}

/** A name asked for by a window: nothing that means a path, nothing Windows or macOS refuse. */
export function sanitiseFileName(name: string): string {
  return safeFileName(name);
}

async function summarise(file: string): Promise<WorkshopFileSummary | null> {
  try {
    const info = await stat(file);
    let title = '';
    try {
      // Titles only: a cheap look into the file, not a full validation.
      const raw = JSON.parse(await readFile(file, 'utf8')) as { workshop?: { meta?: { title?: unknown } } };
      title = typeof raw.workshop?.meta?.title === 'string' ? raw.workshop.meta.title : '';
    } catch {
      title = '';
    }
    return { ref: file, name: path.basename(file), title, modifiedAt: info.mtime.toISOString(), sizeBytes: info.size };
  } catch {
    return null;
  }
}

const isSummary = (s: WorkshopFileSummary | null): s is WorkshopFileSummary => s !== null;

function emptyReport(): OpenReport {
  return { recovered: 0, skipped: 0, tornTail: false, migratedFrom: null, readOnly: false, warning: null, tookOverStaleLock: false };
}
