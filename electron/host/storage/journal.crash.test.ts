import { spawn } from 'node:child_process';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256Hex } from './canonical-json';
import { journalPathFor, readJournal } from './journal';
import { makeTempDir, removeDir, sleep } from './test-support';

const here = path.dirname(fileURLToPath(import.meta.url));
const fixture = path.join(here, 'crash-writer.fixture.ts');
const GENESIS = sha256Hex('crash test snapshot');

let dir: string;
beforeAll(async () => {
  dir = await makeTempDir('ruam-storage-crash-');
});
afterAll(async () => {
  await removeDir(dir);
});

/** Run the writer, SIGKILL it `killAfterMs` after its first ack, return the acked seqs. */
async function runAndKill(file: string, killAfterMs: number): Promise<number[]> {
  const child = spawn(process.execPath, ['--import', 'tsx', fixture, file, GENESIS], { stdio: ['ignore', 'pipe', 'pipe'] });
  const acked: number[] = [];
  let buffered = '';
  let stderr = '';
  let firstAck: () => void = () => {};
  const gotFirstAck = new Promise<void>((r) => (firstAck = r));
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    buffered += chunk;
    const lines = buffered.split('\n');
    buffered = lines.pop() ?? '';
    for (const line of lines) {
      const m = /^ack (\d+)$/.exec(line);
      if (m) acked.push(Number(m[1]));
    }
    if (acked.length > 0) firstAck();
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<NodeJS.Signals | number | null>((r) => child.on('exit', (code, signal) => r(signal ?? code)));
  await Promise.race([gotFirstAck, exited.then(() => Promise.reject(new Error(`writer exited early: ${stderr}`)))]);
  await sleep(killAfterMs);
  child.kill('SIGKILL');
  expect(await exited).toBe('SIGKILL');
  return acked; // acks read before the kill; any later ones were never seen, which is fine
}

describe('crash while appending', () => {
  it('keeps every acknowledged append when the writer is SIGKILLed at a random moment', async () => {
    const trials = [0, 1, 2].map(async (t) => {
      const file = journalPathFor(path.join(dir, `crash-${t}.ruam`));
      const acked = await runAndKill(file, Math.floor(Math.random() * 250));
      const read = await readJournal(file, { expectedGenesis: GENESIS });
      expect(read.chainError).toBeUndefined();
      const seqs = read.records.map((r) => r.seq);
      expect(seqs).toEqual(Array.from({ length: seqs.length }, (_, i) => i + 1));
      const present = new Set(seqs);
      const missing = acked.filter((s) => !present.has(s));
      expect(missing).toEqual([]);
      expect(acked.length).toBeGreaterThan(0);
      return { acked: acked.length, onDisk: seqs.length };
    });
    const results = await Promise.all(trials);
    for (const r of results) expect(r.onDisk).toBeGreaterThanOrEqual(r.acked);
  });
});
