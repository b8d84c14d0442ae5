import http from 'node:http';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Helpers for the participant server's tests and the LAN voting bench: a phone's requests and an
 * SSE reader over node:http (keep-alive agent, loopback only), and a stand-in renderer folder.
 */

export interface PhoneResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
  json: unknown;
}

export interface PhoneRequest {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  agent?: http.Agent;
  localAddress?: string;
}

export function request(origin: string, options: PhoneRequest): Promise<PhoneResponse> {
  const url = new URL(options.path, origin);
  assertLoopback(url.hostname);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: url.hostname.replace(/^\[|\]$/g, ''),
        port: url.port,
        path: url.pathname + url.search,
        method: options.method ?? 'GET',
        headers: { ...options.headers, ...(options.body !== undefined ? { 'content-length': String(Buffer.byteLength(options.body)) } : {}) },
        agent: options.agent,
        localAddress: options.localAddress,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const body = Buffer.concat(chunks).toString('utf8');
          let json: unknown = null;
          try {
            json = body ? JSON.parse(body) : null;
          } catch {
            json = null;
          }
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body, json });
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.setTimeout(20_000, () => req.destroy(new Error('request timed out')));
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

/** Tests and benches talk to loopback only, never to a real network. */
export function assertLoopback(hostname: string): void {
  const bare = hostname.replace(/^\[|\]$/g, '');
  if (bare !== '127.0.0.1' && bare !== '::1' && bare !== 'localhost') throw new Error(`refusing to send test traffic to ${hostname}`);
}

export interface SseEvent {
  event: string;
  data: string;
  at: number;
}

export interface SseStream {
  status: number;
  events: SseEvent[];
  /** Resolves with the next event matching `predicate` (already received ones count). */
  next(predicate?: (event: SseEvent) => boolean, timeoutMs?: number): Promise<SseEvent>;
  onEvent(listener: (event: SseEvent) => void): void;
  comments: number;
  close(): void;
  closed: Promise<void>;
}

export function openStream(origin: string, path: string, options: { agent?: http.Agent; headers?: Record<string, string>; localAddress?: string } = {}): Promise<SseStream> {
  const url = new URL(path, origin);
  assertLoopback(url.hostname);
  return new Promise((resolve, reject) => {
    const req = http.get(
      {
        host: url.hostname.replace(/^\[|\]$/g, ''),
        port: url.port,
        path: url.pathname + url.search,
        headers: { accept: 'text/event-stream', ...options.headers },
        agent: options.agent ?? false,
        localAddress: options.localAddress,
      },
      (res) => {
        const events: SseEvent[] = [];
        const listeners: Array<(event: SseEvent) => void> = [];
        const waiters: Array<{ predicate: (e: SseEvent) => boolean; resolve: (e: SseEvent) => void; from: number }> = [];
        let buffer = '';
        let closeResolve!: () => void;
        const closed = new Promise<void>((r) => (closeResolve = r));
        const stream: SseStream = {
          status: res.statusCode ?? 0,
          events,
          comments: 0,
          next(predicate = () => true, timeoutMs = 10_000) {
            const found = events.find(predicate);
            if (found) return Promise.resolve(found);
            return new Promise((resolveNext, rejectNext) => {
              const timer = setTimeout(() => rejectNext(new Error('no such event in time')), timeoutMs);
              waiters.push({
                predicate,
                from: events.length,
                resolve: (e) => {
                  clearTimeout(timer);
                  resolveNext(e);
                },
              });
            });
          },
          onEvent(listener) {
            listeners.push(listener);
          },
          close() {
            req.destroy();
          },
          closed,
        };
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          buffer += chunk;
          let end: number;
          while ((end = buffer.indexOf('\n\n')) >= 0) {
            const block = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            let event = 'message';
            const data: string[] = [];
            let isComment = true;
            for (const line of block.split('\n')) {
              if (line.startsWith(':')) continue;
              isComment = false;
              if (line.startsWith('event: ')) event = line.slice(7);
              else if (line.startsWith('data: ')) data.push(line.slice(6));
            }
            if (isComment) {
              stream.comments++;
              continue;
            }
            if (data.length === 0) continue;
            const parsed: SseEvent = { event, data: data.join('\n'), at: performance.now() };
            events.push(parsed);
            for (const listener of listeners) listener(parsed);
            for (let i = waiters.length - 1; i >= 0; i--) {
              if (waiters[i]!.predicate(parsed)) {
                waiters[i]!.resolve(parsed);
                waiters.splice(i, 1);
              }
            }
          }
        });
        res.on('close', () => closeResolve());
        res.on('error', () => closeResolve());
        resolve(stream);
      },
    );
    req.on('error', reject);
  });
}

/**
 * A stand-in for dist/renderer: a phone page linking one script and one style, and the facilitator
 * and projector pages with their own scripts (which the participant server must never serve).
 */
export function fakeRendererDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ruam-renderer-'));
  mkdirSync(path.join(dir, 'assets'));
  writeFileSync(
    path.join(dir, 'join.html'),
    '<!doctype html><html lang="th"><head><script type="module" crossorigin src="./assets/join-abc.js"></script><link rel="stylesheet" href="./assets/join-abc.css"></head><body><div id="app"></div></body></html>',
  );
  writeFileSync(path.join(dir, 'assets', 'join-abc.js'), `console.log("phone page");\n${'// padding\n'.repeat(100)}`);
  writeFileSync(path.join(dir, 'assets', 'join-abc.css'), 'body{color:#111}');
  writeFileSync(path.join(dir, 'index.html'), '<!doctype html><script src="./assets/index-secret.js"></script>');
  writeFileSync(path.join(dir, 'present.html'), '<!doctype html><script src="./assets/present-secret.js"></script>');
  writeFileSync(path.join(dir, 'assets', 'index-secret.js'), 'facilitator()');
  writeFileSync(path.join(dir, 'assets', 'present-secret.js'), 'projector()');
  return dir;
}
