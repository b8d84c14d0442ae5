import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { MinutesExportInput, MinutesExportStage, MinutesFile, MinutesPreview, MinutesProgress } from '../../../shared/contracts/facilitator';
import type { Workshop } from '../../../shared/domain/workshop';
import { buildMinutes } from '../../../shared/minutes';
import { appRoot } from '../../paths';
import { exportMinutes } from './export';
import { minutesPreview } from './preview';
import { MINUTES_WORKER_MARK, type MinutesWorkerMessage, type MinutesWorkerRequest } from './worker';

export interface MinutesServiceOptions {
  /** Typeset in a worker thread (default); false runs everything on the calling thread. */
  useWorker?: boolean;
  /** The worker stops after this long without work (default 3 minutes); the next export starts another. */
  idleMs?: number;
  fontsDir?: string;
  clock?: () => Date;
}

interface Job {
  resolve: (message: Extract<MinutesWorkerMessage, { kind: 'done' }>) => void;
  reject: (error: Error) => void;
  onStage?: (stage: MinutesExportStage) => void;
}

/** How the worker is started: from the sources (with tsx) or from the build's cli.js. */
function workerSource(): string | null {
  const here = import.meta.url;
  if (here.endsWith('.ts')) {
    const tsxDir = path.dirname(createRequire(here).resolve('tsx/package.json'));
    const tsx = pathToFileURL(path.join(tsxDir, 'dist', 'esm', 'api', 'index.mjs')).href;
    const worker = new URL('./worker.ts', here).href;
    return `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(worker)}); }).then((m) => m.runMinutesWorker());`;
  }
  let cli: string;
  try {
    cli = path.join(appRoot(), 'dist', 'electron', 'cli.js');
  } catch {
    return null;
  }
  return existsSync(cli) ? `import(${JSON.stringify(pathToFileURL(cli).href)});` : null;
}

/**
 * The host's side of the minutes: the preview (built here: pure and quick) and the PDF (built in
 * a worker thread, one export at a time, with its stage kept for `getMinutesProgress`). If a
 * worker cannot be started here, the PDF is built on this thread instead: slower for the room,
 * never a failure.
 */
export class MinutesService {
  private worker: Worker | null = null;
  private workerBroken = false;
  private readonly jobs = new Map<number, Job>();
  private nextId = 1;
  private idleTimer: NodeJS.Timeout | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private state: MinutesProgress = { running: false, stage: null, startedAt: null, finishedAt: null, pages: null, error: null };
  private readonly clock: () => Date;

  constructor(private readonly options: MinutesServiceOptions = {}) {
    this.clock = options.clock ?? (() => new Date());
  }

  preview(workshop: Workshop, input: MinutesExportInput): MinutesPreview {
    return minutesPreview(buildMinutes(workshop, input));
  }

  progress(): MinutesProgress {
    return { ...this.state };
  }

  /** Start the worker and typeset a small document in it, so the first real export is quick. */
  warm(workshop: Workshop): void {
    if (this.options.useWorker === false || this.worker || this.workerBroken) return;
    void this.inWorker({ id: 0, kind: 'warm', workshop, fontsDir: this.options.fontsDir }).catch(() => undefined);
  }

  /** The minutes as a PDF file; exports run one after the other. */
  export(workshop: Workshop, input: MinutesExportInput): Promise<MinutesFile> {
    const run = this.queue.then(() => this.exportNow(workshop, input));
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Stop the worker (the host is closing). */
  async close(): Promise<void> {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    const worker = this.worker;
    this.worker = null;
    await worker?.terminate();
  }

  private async exportNow(workshop: Workshop, input: MinutesExportInput): Promise<MinutesFile> {
    this.state = { running: true, stage: 'collecting', startedAt: this.clock().toISOString(), finishedAt: null, pages: null, error: null };
    const onStage = (stage: MinutesExportStage) => {
      this.state = { ...this.state, stage };
    };
    try {
      const done = await this.typeset(workshop, input, onStage);
      const bytes = Buffer.from(done.pdf.buffer, done.pdf.byteOffset, done.pdf.byteLength);
      this.state = { ...this.state, running: false, stage: 'done', finishedAt: this.clock().toISOString(), pages: done.pages };
      return {
        fileName: `${done.fileStem}.pdf`,
        mimeType: 'application/pdf',
        dataBase64: bytes.toString('base64'),
        pages: done.pages,
        bytes: bytes.byteLength,
        named: done.named,
        language: done.language,
      };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.state = { ...this.state, running: false, finishedAt: this.clock().toISOString(), error: message };
      throw error;
    }
  }

  private async typeset(workshop: Workshop, input: MinutesExportInput, onStage: (stage: MinutesExportStage) => void): Promise<Extract<MinutesWorkerMessage, { kind: 'done' }>> {
    if (this.options.useWorker !== false && !this.workerBroken) {
      try {
        return await this.inWorker({ id: 0, kind: 'export', workshop, options: input, fontsDir: this.options.fontsDir }, onStage);
      } catch (error) {
        if (!(error instanceof WorkerUnavailable)) throw error;
      }
    }
    const result = await exportMinutes(workshop, { ...input, fontsDir: this.options.fontsDir, onStage });
    return { id: 0, kind: 'done', pdf: result.pdf, pages: result.pages, fileStem: result.model.fileStem, named: result.model.named, language: result.model.language };
  }

  private inWorker(request: MinutesWorkerRequest, onStage?: (stage: MinutesExportStage) => void): Promise<Extract<MinutesWorkerMessage, { kind: 'done' }>> {
    const worker = this.startWorker();
    if (!worker) return Promise.reject(new WorkerUnavailable());
    if (this.idleTimer) clearTimeout(this.idleTimer);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.jobs.set(id, { resolve, reject, onStage });
      worker.postMessage({ ...request, id });
    }).finally(() => this.scheduleIdleStop()) as Promise<Extract<MinutesWorkerMessage, { kind: 'done' }>>;
  }

  private startWorker(): Worker | null {
    if (this.worker) return this.worker;
    if (this.workerBroken) return null;
    const source = workerSource();
    if (!source) {
      this.workerBroken = true;
      return null;
    }
    let worker: Worker;
    try {
      worker = new Worker(source, { eval: true, workerData: { ruam: MINUTES_WORKER_MARK } });
    } catch {
      this.workerBroken = true;
      return null;
    }
    // The worker never keeps the process alive (the CLI, tests and web mode exit when done).
    worker.unref();
    worker.on('message', (message: MinutesWorkerMessage) => {
      const job = this.jobs.get(message.id);
      if (!job) return;
      if (message.kind === 'stage') job.onStage?.(message.stage);
      else {
        this.jobs.delete(message.id);
        if (message.kind === 'done') job.resolve(message);
        else job.reject(new Error(message.message));
      }
    });
    const lost = (error: Error) => {
      if (this.worker !== worker) return;
      this.worker = null;
      // A worker that could not load at all will not load next time either: build here from now on.
      if (this.jobs.size > 0 || /Cannot find|ERR_|import/i.test(error.message)) this.workerBroken = true;
      for (const job of this.jobs.values()) job.reject(new WorkerUnavailable(error.message));
      this.jobs.clear();
    };
    worker.on('error', lost);
    worker.on('exit', (code) => lost(new Error(`the minutes worker stopped (exit code ${code})`)));
    this.worker = worker;
    return worker;
  }

  private scheduleIdleStop(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    if (this.jobs.size > 0) return;
    this.idleTimer = setTimeout(() => void this.close(), this.options.idleMs ?? 180_000);
    this.idleTimer.unref();
  }
}

/** The worker could not start or died: the export is redone on this thread. */
class WorkerUnavailable extends Error {
  constructor(detail = 'no worker thread') {
    super(`the minutes worker is not available (${detail})`);
  }
}
