/**
 * The minutes' PDF is typeset in a worker thread: pdfmake's layout is one long synchronous job
 * (about half a second for a 30-page document, seconds on a cold start), and the host's thread
 * must keep committing votes and answering the windows meanwhile. This is the worker's side.
 *
 * Started by MinutesService (service.ts): from the sources with tsx (tests, Playwright, web mode
 * from source), from the build through dist/electron/cli.js (see the end of electron/cli.ts).
 */
import { parentPort } from 'node:worker_threads';
import type { MinutesExportStage } from '../../../shared/contracts/facilitator';
import type { Workshop } from '../../../shared/domain/workshop';
import type { MinutesOptions } from '../../../shared/minutes';
import { exportMinutes } from './export';

/** What the worker is started with (workerData), so the build's cli.js knows to become one. */
export const MINUTES_WORKER_MARK = 'ruam-minutes-worker';

export type MinutesWorkerRequest =
  | { id: number; kind: 'export'; workshop: Workshop; options: MinutesOptions; fontsDir?: string }
  /** Typeset a small document, so fonts are parsed and code is compiled before the real export. */
  | { id: number; kind: 'warm'; workshop: Workshop; fontsDir?: string };

export type MinutesWorkerMessage =
  | { id: number; kind: 'stage'; stage: MinutesExportStage }
  | { id: number; kind: 'done'; pdf: Uint8Array; pages: number; fileStem: string; named: boolean; language: 'th' | 'en' }
  | { id: number; kind: 'failed'; message: string };

export function runMinutesWorker(): void {
  const port = parentPort;
  if (!port) throw new Error('runMinutesWorker must run in a worker thread');
  const post = (message: MinutesWorkerMessage, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);
  // One job at a time, in order: a second export waits for the first.
  let queue = Promise.resolve();
  port.on('message', (request: MinutesWorkerRequest) => {
    queue = queue.then(async () => {
      try {
        if (request.kind === 'warm') {
          const small = { ...request.workshop, participants: [], ballots: [], actions: [], stakeholders: [] };
          await exportMinutes(small, { fontsDir: request.fontsDir });
          post({ id: request.id, kind: 'done', pdf: new Uint8Array(0), pages: 0, fileStem: '', named: false, language: 'th' });
          return;
        }
        const result = await exportMinutes(request.workshop, {
          ...request.options,
          fontsDir: request.fontsDir,
          onStage: (stage) => post({ id: request.id, kind: 'stage', stage }),
        });
        const pdf = new Uint8Array(result.pdf.buffer, result.pdf.byteOffset, result.pdf.byteLength).slice();
        post(
          { id: request.id, kind: 'done', pdf, pages: result.pages, fileStem: result.model.fileStem, named: result.model.named, language: result.model.language },
          [pdf.buffer],
        );
      } catch (error) {
        post({ id: request.id, kind: 'failed', message: error instanceof Error ? error.message : String(error) });
      }
    });
  });
}
