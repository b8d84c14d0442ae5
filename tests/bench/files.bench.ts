import { mkdtemp, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { serializeRuamFile, parseRuamFile } from '../../shared/format/ruam-file';
import { WorkshopFile } from '../../electron/host/workshop-file';
import { WorkshopHost } from '../../electron/host/workshop-host';
import { writeFileAtomic, readSnapshot } from '../../electron/host/storage';
import { largeWorkshop } from '../support/large-workshop';

/**
 * Workshop files. Targets: commit p99 < 10 ms under 1000 commands/s through the host (validate,
 * reduce, journal with group commit, publish); save < 50 ms and open < 100 ms for a large
 * workshop (300 participants, 8 components × 2 rounds × 300 votes, 200 actions).
 */
export default async function bench(): Promise<Record<string, number>> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'ruam-bench-files-'));
  return { ...(await commitLatency(dir)), ...(await commitLatencyWhileSaving(dir)), ...(await saveAndOpen(dir)) };
}

/**
 * Three 2 s streams, each into a fresh file; the figures are the median run's. This shared
 * disk now and then stalls an fdatasync for 100–200 ms (another process's writeback), which
 * delays every commit arriving meanwhile: one such stall in a 2 s run is ~10 % of its commits.
 * The worst run's p99 is printed too, so a stall shows rather than hides.
 */
async function commitLatency(dir: string): Promise<Record<string, number>> {
  const runs: Array<Awaited<ReturnType<typeof stream>>> = [];
  for (let run = 0; run < 3; run++) {
    const host = new WorkshopHost();
    const file = await WorkshopFile.create(path.join(dir, `commits-${run}.ruam`), host, {}, { autosaveDelayMs: 3000 });
    runs.push(await stream(host, 2000));
    await file.close();
  }
  runs.sort((a, b) => a.p99 - b.p99);
  const median = runs[1]!;
  return {
    host_commit_p50_ms: median.p50,
    host_commit_p99_ms: median.p99,
    host_commit_p99_worst_run_ms: runs[2]!.p99,
    host_commit_rate_per_s: median.rate,
  };
}

/**
 * The same stream into the large workshop, with autosave firing during it (every 1.5 s here;
 * 15 s in the app while a room votes): serialising and writing 1.4 MB shares the event loop
 * with the commits, so this is the figure a facilitator's busiest minute sees.
 */
async function commitLatencyWhileSaving(dir: string): Promise<Record<string, number>> {
  const target = path.join(dir, 'large-stream.ruam');
  await writeFileAtomic(target, serializeRuamFile(largeWorkshop(), new Date().toISOString(), 'bench'));
  const host = new WorkshopHost();
  const { file } = await WorkshopFile.open(target, host, { autosaveDelayMs: 300 });
  const figures = await stream(host, 6000);
  await file.close();
  return { large_autosaving_commit_p50_ms: figures.p50, large_autosaving_commit_p99_ms: figures.p99, large_autosaving_commit_max_ms: figures.max };
}

/** `total` commands paced at 1000 a second; latency = dispatch → durable and published. */
async function stream(host: WorkshopHost, total: number): Promise<{ p50: number; p99: number; max: number; rate: number }> {
  const latencies: number[] = [];
  const started = performance.now();
  const pending: Promise<void>[] = [];
  for (let i = 0; i < total; i++) {
    // Pace at 1000 commands per second.
    const due = started + i;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    const sent = performance.now();
    pending.push(
      host.handle('dispatch', [{ type: 'meta.update', payload: { venue: `ห้อง ${i}` } }]).then((reply) => {
        if (!reply.ok) throw new Error(reply.error.message);
        latencies.push(performance.now() - sent);
      }),
    );
  }
  await Promise.all(pending);
  const rate = total / ((performance.now() - started) / 1000);
  latencies.sort((a, b) => a - b);
  return {
    p50: round(latencies[Math.floor(latencies.length * 0.5)]!),
    p99: round(latencies[Math.floor(latencies.length * 0.99)]!),
    max: round(latencies.at(-1)!),
    rate: round(rate),
  };
}

async function saveAndOpen(dir: string): Promise<Record<string, number>> {
  const workshop = largeWorkshop();
  const file = path.join(dir, 'large.ruam');
  const saves: number[] = [];
  const opens: number[] = [];
  for (let i = 0; i < 7; i++) {
    const t0 = performance.now();
    await writeFileAtomic(file, serializeRuamFile(workshop, new Date().toISOString(), 'bench'));
    saves.push(performance.now() - t0);
    const t1 = performance.now();
    const parsed = parseRuamFile((await readSnapshot(file)).text);
    if (!parsed.ok) throw new Error(parsed.problem.message);
    opens.push(performance.now() - t1);
  }
  // Open through the whole stack once too (lock, journal, host load).
  const t2 = performance.now();
  const opened = await WorkshopFile.open(file, new WorkshopHost());
  const fullOpen = performance.now() - t2;
  await opened.file.close();
  return {
    large_save_ms: round(median(saves)),
    large_open_parse_validate_ms: round(median(opens)),
    large_open_full_ms: round(fullOpen),
    large_file_kb: round((await stat(file)).size / 1024),
  };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;
const round = (n: number) => Math.round(n * 10) / 10;
