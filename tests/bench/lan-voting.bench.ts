import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { WorkshopHost } from '../../electron/host/workshop-host';
import { Workspace } from '../../electron/host/workspace';
import { jsonFilePreferences } from '../../electron/host/preferences';
import { ParticipantBridge } from '../../electron/participant-server/bridge';
import { forkParticipantServer, SERVER_FLAGS } from '../../electron/participant-server/process';
import { existsSync } from 'node:fs';
import { assertLoopback, fakeRendererDir, request } from '../../electron/participant-server/test-support';

/**
 * LAN voting, simulated on loopback: N phones (N = 50, 200, 500, 1000) in one or two client
 * processes, each with the live stream (SSE) open, each voting once within 5 s on a maturity
 * poll. The host (this process) writes a real journal (group commit, fdatasync before the
 * acknowledgement); the participant server runs in its own process, as in the app.
 *
 * Figures, per N:
 * - vote_post_p50/p99_ms: POST /api/vote sent → acknowledged (committed by the host);
 * - tally_p50/p99_ms: POST sent → every connected phone has a tally counting at least as many
 *   votes as had been acknowledged when this one was;
 * - server_cpu_pct: the participant-server process's CPU over the voting window, % of one core;
 * - server_peak_rss_mb: its peak resident memory;
 * - host_cpu_pct: this process's CPU over the same window — the host's share (journal, views),
 *   which in the app is the Electron main process (no target; watch it);
 * - lost_acked_votes: acknowledged votes missing from the document, or from the file reopened
 *   from disk afterwards (must be 0).
 * Targets at N=1000: POST p99 ≤ 25 ms, tally p99 ≤ 120 ms (≤ 60 ms at N=200), CPU ≤ 25 %,
 * RSS ≤ 100 MB, no acknowledged vote lost.
 *
 * RUAM_LAN_SIZES=200,1000 picks sizes, RUAM_LAN_RUNS=1 one run each; RUAM_LAN_PROFILE=DIR writes the server's CPU profile there.
 *
 * All phones come from 127.0.0.1, so the per-address limits (a room's phones each have their own
 * address) are lifted for the bench; per-device limits stay as shipped.
 */

const SIZES = process.env.RUAM_LAN_SIZES ? process.env.RUAM_LAN_SIZES.split(',').map(Number) : [50, 200, 500, 1000];
const VOTE_WINDOW_MS = 5000;
const ROUND_TIMEOUT_MS = 60_000;

const BUILT_SERVER = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist/electron/participant-server.js');

const now = () => performance.timeOrigin + performance.now();

function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return Math.round(sorted[index]! * 100) / 100;
}

// ── Client process ─────────────────────────────────────────────────────────────────────────────

interface ClientJob {
  origin: string;
  code: string;
  pollId: string;
  phones: number;
  prefix: string;
}

interface ClientResult {
  votes: Array<{ sendAt: number; ackAt: number; status: number }>;
  /** Per phone: the tally counts it received, with when (epoch ms). */
  tallies: Array<Array<[number, number]>>;
  errors: number;
}

/**
 * One phone's live stream, reduced to what the bench needs: each tally's count and when it
 * arrived. No JSON parsing and no event objects, so that 1000 streams in two processes leave the
 * CPU to the server and the host being measured.
 */
function leanStream(origin: string, path: string, received: Array<[number, number]>): Promise<http.ClientRequest> {
  const url = new URL(path, origin);
  assertLoopback(url.hostname);
  return new Promise((resolve, reject) => {
    const req = http.get({ host: url.hostname, port: url.port, path: url.pathname + url.search, agent: false }, (res) => {
      if (res.statusCode !== 200) reject(new Error(`stream refused: ${res.statusCode}`));
      res.setEncoding('latin1');
      let buffer = '';
      res.on('data', (chunk: string) => {
        const at = now();
        buffer += chunk;
        const end = buffer.lastIndexOf('\n\n');
        if (end < 0) return;
        const complete = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        for (let i = complete.indexOf('"responses":'); i >= 0; i = complete.indexOf('"responses":', i + 12)) {
          received.push([parseInt(complete.slice(i + 12, i + 22), 10), at]);
        }
      });
      res.on('error', () => undefined);
      resolve(req);
    });
    req.on('error', (error) => reject(error));
  });
}

type ParentMessage = { t: 'job'; job: ClientJob } | { t: 'go'; startAt: number } | { t: 'finish' };

async function runClient(): Promise<void> {
  const send = (message: unknown) => process.send!(message);
  let job!: ClientJob;
  let streams: http.ClientRequest[] = [];
  const tallies: Array<Array<[number, number]>> = [];
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
  let errors = 0;
  const tokens: string[] = [];

  process.on('message', async (message: ParentMessage) => {
    if (message.t === 'job') {
      job = message.job;
      for (let i = 0; i < job.phones; i++) tokens.push(`${job.prefix}${String(i).padStart(6, '0')}`.padEnd(43, 'p').slice(0, 43));
      // Join (not measured), 50 at a time.
      for (let i = 0; i < tokens.length; i += 50) {
        await Promise.all(
          tokens.slice(i, i + 50).map((token) =>
            request(job.origin, {
              method: 'POST',
              path: '/api/join',
              headers: { 'x-ruam-session': job.code, 'x-ruam-device': token, 'content-type': 'application/json' },
              body: '{}',
              agent,
            }).then((r) => {
              if (r.status !== 200) errors++;
            }),
          ),
        );
      }
      // Every phone opens the live stream (a lean reader: the harness must not be the bottleneck).
      for (let i = 0; i < tokens.length; i += 100) {
        const opened = await Promise.all(
          tokens.slice(i, i + 100).map(() => {
            const received: Array<[number, number]> = [];
            tallies.push(received);
            return leanStream(job.origin, `/api/events?session=${job.code}`, received);
          }),
        );
        streams.push(...opened);
      }
      send({ t: 'ready' });
      return;
    }
    if (message.t === 'go') {
      const votes: ClientResult['votes'] = [];
      await Promise.all(
        tokens.map(async (token, i) => {
          const at = message.startAt + Math.random() * VOTE_WINDOW_MS;
          await new Promise((r) => setTimeout(r, Math.max(0, at - now())));
          const sendAt = now();
          try {
            const response = await request(job.origin, {
              method: 'POST',
              path: '/api/vote',
              headers: { 'x-ruam-session': job.code, 'x-ruam-device': token, 'content-type': 'application/json' },
              body: JSON.stringify({ pollId: job.pollId, round: 1, answer: { kind: 'maturity', current: (i % 5) + 1, target: null } }),
              agent,
            });
            votes.push({ sendAt, ackAt: now(), status: response.status });
          } catch {
            errors++;
            votes.push({ sendAt, ackAt: now(), status: 0 });
          }
        }),
      );
      send({ t: 'voted', votes });
      return;
    }
    if (message.t === 'finish') {
      if (process.env.RUAM_LAN_DEBUG) console.error('[client] finish', tallies.length, tallies.reduce((n, t) => n + t.length, 0));
      for (const stream of streams) stream.destroy();
      streams = [];
      agent.destroy();
      // Exit only once the (large) message is written to the channel.
      process.send!({ t: 'result', result: { votes: [], tallies, errors } satisfies ClientResult }, () => process.exit(0));
    }
  });
  send({ t: 'started' });
}

if (process.env.RUAM_LAN_BENCH_CLIENT === '1') void runClient();

// ── The bench ─────────────────────────────────────────────────────────────────────────────────

function startClient(): ChildProcess {
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
  return fork(fileURLToPath(import.meta.url), [], {
    execArgv: ['--import', tsx],
    env: { ...process.env, RUAM_LAN_BENCH_CLIENT: '1' },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
}

function nextMessage<T>(child: ChildProcess, type: string, timeoutMs = ROUND_TIMEOUT_MS): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`client: no "${type}" in time`)), timeoutMs);
    const onMessage = (message: { t: string }) => {
      if (message.t !== type) return;
      clearTimeout(timer);
      child.off('message', onMessage);
      resolve(message as T);
    };
    child.on('message', onMessage);
  });
}

async function round(phones: number): Promise<Record<string, number>> {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'ruam-bench-lan-'));
  const host = new WorkshopHost();
  const workspace = new Workspace(host, { folder, preferences: jsonFilePreferences(path.join(folder, 'prefs.json')), });
  host.attachWorkspace(workspace);
  await workspace.create({ title: 'bench' });
  const bridge = new ParticipantBridge({
    host,
    staticDir: fakeRendererDir(),
    address: '127.0.0.1',
    port: 0,
    // The built server, as the app runs it (from source it would carry the TypeScript loader's memory).
    launch: existsSync(BUILT_SERVER) ? () => forkParticipantServer({ entry: BUILT_SERVER, execArgv: [...SERVER_FLAGS, ...(process.env.RUAM_LAN_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.RUAM_LAN_PROFILE}`] : [])] }) : undefined,
    limits: { addressBurst: 1e6, addressPerSecond: 1e6, joinsPerAddressBurst: 1e6, joinsPerAddressPerMinute: 1e6, maxStreamsPerAddress: 1e6 },
  });
  const clients: ChildProcess[] = [];
  try {
    const { address, port } = await bridge.start();
    const origin = `http://${address}:${port}`;
    await host.handle('dispatch', [{ type: 'poll.create', payload: { kind: 'maturity', componentId: 'C01', askTarget: false } }]);
    const pollId = host.current!.polls[0]!.id;
    await host.handle('dispatch', [{ type: 'round.open', payload: { pollId } }]);

    const count = phones >= 500 ? 2 : 1;
    for (let c = 0; c < count; c++) clients.push(startClient());
    await Promise.all(clients.map((child) => nextMessage(child, 'started')));
    const share = (c: number) => Math.floor(phones / count) + (c < phones % count ? 1 : 0);
    clients.forEach((child, c) => child.send({ t: 'job', job: { origin, code: bridge.sessionCode, pollId, phones: share(c), prefix: `bench-${phones}-${c}-` } }));
    await Promise.all(clients.map((child) => nextMessage(child, 'ready')));
    const connected = await bridge.serverStats();
    if (connected.streams < phones) throw new Error(`only ${connected.streams} of ${phones} phones connected`);

    // Voting window: CPU is measured from "go" until every phone has the final tally.
    const before = await bridge.serverStats();
    const hostCpuBefore = process.cpuUsage();
    const wallStart = now();
    const startAt = now() + 200;
    const voted = clients.map((child) => nextMessage<{ votes: ClientResult['votes'] }>(child, 'voted'));
    for (const child of clients) child.send({ t: 'go', startAt });
    const votes = (await Promise.all(voted)).flatMap((m) => m.votes);
    // Let the last coalesced tallies reach everyone (≤ 100 ms + delivery), bounded.
    const acked = votes.filter((v) => v.status === 200).length;
    const settleUntil = now() + 5000;
    while (now() < settleUntil) {
      const ballots = host.current!.ballots.filter((b) => b.pollId === pollId).length;
      if (ballots >= acked) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    await new Promise((r) => setTimeout(r, 400));
    const after = await bridge.serverStats();
    const hostCpu = process.cpuUsage(hostCpuBefore);
    const wallMs = now() - wallStart;

    const results = await Promise.all(
      clients.map((child) => {
        const result = nextMessage<{ result: ClientResult }>(child, 'result');
        child.send({ t: 'finish' });
        return result;
      }),
    );
    const tallies = results.flatMap((r) => r.result.tallies);
    const errors = results.reduce((sum, r) => sum + r.result.errors, 0);

    const okVotes = votes.filter((v) => v.status === 200);
    const postMs = okVotes.map((v) => v.ackAt - v.sendAt);
    // Tally latency: when every phone counted at least as many votes as were acknowledged then.
    const ackTimes = okVotes.map((v) => v.ackAt).sort((a, b) => a - b);
    const firstAtLeast = (events: Array<[number, number]>, k: number): number => {
      let lo = 0;
      let hi = events.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (events[mid]![0] >= k) hi = mid;
        else lo = mid + 1;
      }
      return lo < events.length ? events[lo]![1] : Number.POSITIVE_INFINITY;
    };
    const tallyMs = okVotes.map((vote) => {
      let k = 0;
      let lo = 0;
      let hi = ackTimes.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (ackTimes[mid]! <= vote.ackAt) lo = mid + 1;
        else hi = mid;
      }
      k = lo;
      let latest = 0;
      for (const events of tallies) latest = Math.max(latest, firstAtLeast(events, k));
      return latest - vote.sendAt;
    });
    const undelivered = tallyMs.filter((ms) => !Number.isFinite(ms)).length;

    // Lost acknowledged votes: in memory, then in the file reopened from disk.
    const inMemory = host.current!.ballots.filter((b) => b.pollId === pollId).length;
    const file = workspace.currentFile!.path;
    await bridge.stop();
    await workspace.close();
    const reopened = new WorkshopHost();
    const check = new Workspace(reopened, { folder, preferences: jsonFilePreferences(path.join(folder, 'prefs2.json')) });
    await check.openPath(file);
    const onDisk = reopened.current!.ballots.filter((b) => b.pollId === pollId).length;
    await check.close();

    const cpuUs = after.cpuUserUs + after.cpuSystemUs - (before.cpuUserUs + before.cpuSystemUs);
    return {
      vote_post_p50_ms: percentile(postMs, 50),
      vote_post_p99_ms: percentile(postMs, 99),
      tally_p50_ms: percentile(tallyMs.filter(Number.isFinite), 50),
      tally_p99_ms: undelivered > 0 ? Number.POSITIVE_INFINITY : percentile(tallyMs, 99),
      server_cpu_pct: Math.round((cpuUs / 1000 / wallMs) * 1000) / 10,
      server_peak_rss_mb: Math.round((after.maxRssBytes / 1024 / 1024) * 10) / 10,
      host_cpu_pct: Math.round(((hostCpu.user + hostCpu.system) / 1000 / wallMs) * 1000) / 10,
      lost_acked_votes: Math.max(0, okVotes.length - Math.min(inMemory, onDisk)),
      acked_votes: okVotes.length,
      refused_or_failed_votes: votes.length - okVotes.length + errors,
      broadcasts: after.broadcasts - before.broadcasts,
    };
  } finally {
    for (const child of clients) if (child.exitCode === null) child.kill('SIGKILL');
    await bridge.stop().catch(() => undefined);
    await workspace.close().catch(() => undefined);
    rmSync(folder, { recursive: true, force: true });
  }
}

/**
 * Each size runs RUAM_LAN_RUNS times (default 3) and the figures are the median run's by tally
 * p99: this shared disk now and then stalls an fdatasync for 100 ms or more, which holds every
 * vote of that batch. The worst run's p99s are printed beside them, and a lost vote in any run
 * counts.
 */
const RUNS = Math.max(1, Number(process.env.RUAM_LAN_RUNS ?? 3));

export default async function bench(): Promise<Record<string, number>> {
  const figures: Record<string, number> = {};
  for (const phones of SIZES) {
    const runs: Array<Record<string, number>> = [];
    for (let run = 0; run < RUNS; run++) runs.push(await round(phones));
    runs.sort((a, b) => a.tally_p99_ms! - b.tally_p99_ms!);
    const median = runs[(runs.length - 1) >> 1]!;
    const worst = (name: string) => Math.max(...runs.map((r) => r[name]!));
    const result = {
      ...median,
      lost_acked_votes: worst('lost_acked_votes'),
      ...(runs.length > 1 ? { vote_post_p99_worst_run_ms: worst('vote_post_p99_ms'), tally_p99_worst_run_ms: worst('tally_p99_ms'), server_cpu_pct_worst_run: worst('server_cpu_pct') } : {}),
    };
    for (const [name, value] of Object.entries(result)) figures[`n${phones}_${name}`] = value;
  }
  return figures;
}
