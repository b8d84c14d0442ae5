import { randomUUID } from 'node:crypto';
import * as path from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { Journal, journalPathFor } from '../../electron/host/storage/journal';
import { writeFileAtomic } from '../../electron/host/storage/snapshot';
import { nodeFs, type StorageFs } from '../../electron/host/storage/fs';
import { makeTempDir, removeDir, sleep } from '../../electron/host/storage/test-support';

/**
 * Storage figures (real files under os.tmpdir(), real fdatasync).
 * Targets: journal at 1000 appends/s → commit p99 < 10 ms (commit = append() call → resolved,
 * i.e. durable); with a slow 5 ms disk flush, p99 stays < 100 ms (group commit, no per-entry
 * fsync); atomic snapshot write of a 5 MB workshop < 200 ms.
 * Read commit p99 together with journal_fdatasync_max_ms and journal_event_loop_delay_p99_ms: a
 * single slow sync (another process flushing the same disk) delays every append arriving meanwhile.
 */
export default async function bench(): Promise<Record<string, number>> {
  const dir = await makeTempDir('ruam-bench-storage-');
  try {
    const steady = await stream(dir, 'steady', { ratePerS: 1000, durationMs: 2000 });
    const slow = await stream(dir, 'slow', { ratePerS: 1000, durationMs: 1000, flushDelayMs: 5 });
    const burst = await burstOf(dir, 1000);
    return {
      journal_commit_p50_ms: steady.p50,
      journal_commit_p99_ms: steady.p99,
      journal_commit_max_ms: steady.max,
      journal_appends_per_s: steady.appendsPerS,
      journal_batches_per_s: steady.batchesPerS,
      journal_mean_batch_size: steady.meanBatch,
      journal_fdatasync_p50_ms: steady.syncP50,
      journal_fdatasync_p99_ms: steady.syncP99,
      journal_fdatasync_max_ms: steady.syncMax,
      journal_event_loop_delay_p99_ms: steady.loopP99,
      slow_disk_5ms_commit_p50_ms: slow.p50,
      slow_disk_5ms_commit_p99_ms: slow.p99,
      slow_disk_5ms_batches_per_s: slow.batchesPerS,
      slow_disk_5ms_mean_batch_size: slow.meanBatch,
      burst_1000_all_durable_ms: burst.totalMs,
      burst_1000_fdatasyncs: burst.syncs,
      snapshot_write_1mb_ms: await snapshotWrite(dir, 1),
      snapshot_write_5mb_ms: await snapshotWrite(dir, 5),
    };
  } finally {
    await removeDir(dir);
  }
}

/** A vote-sized entry, shaped like the host's journal entries (~250 bytes). */
function voteEntry(i: number): unknown {
  return {
    kind: 'command',
    id: randomUUID(),
    at: new Date().toISOString(),
    actor: { kind: 'participant', deviceToken: `dev-${i % 1000}` },
    command: { type: 'poll.vote', pollId: 'poll-1', itemId: `item-${i % 12}`, value: (i % 5) + 1, comment: i % 7 === 0 ? 'เห็นด้วย' : null },
  };
}

interface StreamFigures {
  p50: number;
  p99: number;
  max: number;
  appendsPerS: number;
  batchesPerS: number;
  meanBatch: number;
  /** The disk's share: duration of each batch's fdatasync. */
  syncP50: number;
  syncP99: number;
  /** One stalled sync delays every append that arrives meanwhile: it shows up in commit p99. */
  syncMax: number;
  /** The CPU's share: how late timers ran (other processes, GC). */
  loopP99: number;
}

/** node:fs, with each fdatasync timed and optionally slowed down (a slow laptop disk). */
function timedFs(flushDelayMs: number, syncTimes: number[]): StorageFs {
  return {
    ...nodeFs,
    open: async (file, flags, mode) => {
      const h = await nodeFs.open(file, flags, mode);
      return {
        write: (b, off, len, pos) => h.write(b, off, len, pos),
        sync: () => h.sync(),
        truncate: (len) => h.truncate(len),
        close: () => h.close(),
        datasync: async () => {
          const t0 = performance.now();
          if (flushDelayMs > 0) await sleep(flushDelayMs);
          await h.datasync();
          syncTimes.push(performance.now() - t0);
        },
      };
    },
  };
}

/** Appends paced at `ratePerS` with timers (catching up on timer lateness), latency per append. */
async function stream(dir: string, name: string, o: { ratePerS: number; durationMs: number; flushDelayMs?: number }): Promise<StreamFigures> {
  const syncTimes: number[] = [];
  const fs = timedFs(o.flushDelayMs ?? 0, syncTimes);
  const loop = monitorEventLoopDelay({ resolution: 1 });
  const journal = await Journal.open(journalPathFor(path.join(dir, `${name}.ruam`)), { genesis: 'bench', fs });
  const latencies: number[] = [];
  const pending: Promise<void>[] = [];
  const start = performance.now();
  loop.enable();
  let issued = 0;
  const total = Math.round((o.ratePerS * o.durationMs) / 1000);
  while (issued < total) {
    const due = Math.min(total, Math.floor(((performance.now() - start) * o.ratePerS) / 1000));
    while (issued < due) {
      const t0 = performance.now();
      pending.push(journal.append(voteEntry(issued)).then(() => void latencies.push(performance.now() - t0)));
      issued++;
    }
    await sleep(1);
  }
  await Promise.all(pending);
  loop.disable();
  const elapsedS = (performance.now() - start) / 1000;
  const stats = journal.stats();
  await journal.close();
  latencies.sort((a, b) => a - b);
  syncTimes.sort((a, b) => a - b);
  return {
    p50: round(quantile(latencies, 0.5)),
    p99: round(quantile(latencies, 0.99)),
    max: round(latencies.at(-1) ?? 0),
    appendsPerS: round(total / elapsedS),
    batchesPerS: round(stats.batches / elapsedS),
    meanBatch: round(stats.appended / stats.batches),
    syncP50: round(quantile(syncTimes, 0.5)),
    syncP99: round(quantile(syncTimes, 0.99)),
    syncMax: round(syncTimes.at(-1) ?? 0),
    loopP99: round(loop.percentile(99) / 1e6),
  };
}

/** 1000 appends issued at once (every phone votes in the same instant). */
async function burstOf(dir: string, n: number): Promise<{ totalMs: number; syncs: number }> {
  const journal = await Journal.open(journalPathFor(path.join(dir, 'burst.ruam')), { genesis: 'bench' });
  const start = performance.now();
  await Promise.all(Array.from({ length: n }, (_, i) => journal.append(voteEntry(i))));
  const totalMs = performance.now() - start;
  const { syncs } = journal.stats();
  await journal.close();
  return { totalMs: round(totalMs), syncs };
}

/** Median of 3 atomic writes of a JSON document of about `mb` MB. */
async function snapshotWrite(dir: string, mb: number): Promise<number> {
  const votes: unknown[] = [];
  let text = '';
  while (text.length < mb * 1024 * 1024) {
    for (let i = 0; i < 1000; i++) votes.push(voteEntry(votes.length));
    text = JSON.stringify({ format: 'ruam', version: 1, votes });
  }
  const file = path.join(dir, `snapshot-${mb}mb.ruam`);
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    await writeFileAtomic(file, text);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return round(times[1]!);
}

function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

const round = (x: number): number => Math.round(x * 100) / 100;
