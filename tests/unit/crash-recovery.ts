import { spawn } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { WorkshopFile } from '../../electron/host/workshop-file';
import { WorkshopHost } from '../../electron/host/workshop-host';

const writer = path.join(import.meta.dirname, '../fixtures/crash/host-writer.ts');

export interface TrialResult {
  acked: number;
  present: number;
  missing: number[];
  recovered: number;
}

/**
 * One trial: create a workshop, let the writer stream commands, SIGKILL it after `killAfterMs`,
 * reopen the file in this process and check every acknowledged command is in the document.
 */
export async function crashTrial(killAfterMs: number): Promise<TrialResult> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'ruam-crash-'));
  const file = path.join(dir, 'crash.ruam');
  const setup = await WorkshopFile.create(file, new WorkshopHost());
  await setup.close();

  const child = spawn(process.execPath, ['--import', 'tsx', writer, file, '8'], { stdio: ['ignore', 'pipe', 'pipe'] });
  const acked = new Set<number>();
  let buffered = '';
  let ready!: () => void;
  const isReady = new Promise<void>((resolve) => (ready = resolve));
  child.stdout.on('data', (chunk: Buffer) => {
    buffered += chunk.toString();
    const lines = buffered.split('\n');
    buffered = lines.pop() ?? '';
    for (const line of lines) {
      if (line === 'ready') ready();
      const match = /^ack (\d+)$/.exec(line);
      if (match) acked.add(Number(match[1]));
    }
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await Promise.race([isReady, exited]);
  if (child.exitCode !== null) throw new Error(`writer failed to start: ${stderr}`);
  await new Promise((resolve) => setTimeout(resolve, killAfterMs));
  child.kill('SIGKILL');
  await exited;

  const host = new WorkshopHost();
  const { file: reopened, report } = await WorkshopFile.open(file, host);
  const present = host.current!.meta.agenda.map((line) => Number(line.replace('item ', '')));
  await reopened.close();
  // The agenda keeps the newest 90 items (see the writer). Every acknowledged command newer than
  // the window's oldest possible member must be there, and nothing older than the newest ack lost.
  const newest = Math.max(0, ...present);
  const lostTail = [...acked].filter((n) => n > newest);
  const missing = [...lostTail, ...[...acked].filter((n) => n > newest - 80 && n <= newest && !present.includes(n))];
  return { acked: acked.size, present: newest, missing, recovered: report.recovered };
}
