import { mkdtemp, writeFile, mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import WebSocket from 'ws';
import { WorkshopHost } from '../host/workshop-host';
import { startWebServer, type RunningWebServer } from './web-server';
import { unwrapReply, type Reply, type WebServerMessage } from '../../shared/contracts/facilitator';

let server: RunningWebServer;
let host: WorkshopHost;
let staticDir: string;

beforeEach(async () => {
  staticDir = await mkdtemp(path.join(os.tmpdir(), 'ruam-web-'));
  await writeFile(path.join(staticDir, 'index.html'), '<!doctype html><title>facilitator</title>');
  await writeFile(path.join(staticDir, 'present.html'), '<!doctype html><title>projector</title>');
  await mkdir(path.join(staticDir, 'assets'));
  await writeFile(path.join(staticDir, 'assets', 'app.js'), 'console.log(1)');
  await writeFile(path.join(path.dirname(staticDir), 'ruam-secret.txt'), 'secret');
  host = new WorkshopHost();
  server = await startWebServer({ host, staticDir, token: 'test-token-123' });
});

afterEach(async () => {
  await server.close();
});

function connect(options: { token?: string; origin?: string | null } = {}): Promise<WebSocket> {
  const token = options.token ?? 'test-token-123';
  const headers: Record<string, string> = {};
  if (options.origin !== null) headers.origin = options.origin ?? server.origin;
  const ws = new WebSocket(`ws://127.0.0.1:${server.port}/ws?token=${token}`, { headers });
  return new Promise((resolve, reject) => {
    ws.once('open', () => resolve(ws));
    ws.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
    ws.once('error', reject);
  });
}

function nextMessage(ws: WebSocket, predicate: (m: WebServerMessage) => boolean): Promise<WebServerMessage> {
  return new Promise((resolve) => {
    const onMessage = (data: WebSocket.RawData) => {
      const message = JSON.parse(String(data)) as WebServerMessage;
      if (predicate(message)) {
        ws.off('message', onMessage);
        resolve(message);
      }
    };
    ws.on('message', onMessage);
  });
}

describe('web mode server', () => {
  it('listens on the loopback address only', () => {
    expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(server.url).toBe(`${server.origin}/#token=test-token-123`);
  });

  it('serves the pages with a strict Content-Security-Policy', async () => {
    const res = await fetch(`${server.origin}/`);
    expect(res.status).toBe(200);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    expect(await (await fetch(`${server.origin}/present`)).text()).toContain('projector');
  });

  it('never serves files outside the app folder', async () => {
    for (const attempt of ['/../ruam-secret.txt', '/%2e%2e/ruam-secret.txt', '/assets/..%2f..%2fruam-secret.txt']) {
      const res = await fetch(`${server.origin}${attempt}`);
      expect(res.status, attempt).toBe(404);
    }
  });

  it('refuses a WebSocket without the right token', async () => {
    await expect(connect({ token: 'wrong' })).rejects.toThrow('HTTP 401');
    await expect(connect({ token: '' })).rejects.toThrow('HTTP 401');
  });

  it('refuses a WebSocket from another origin, or with none', async () => {
    await expect(connect({ origin: 'http://evil.example' })).rejects.toThrow('HTTP 403');
    await expect(connect({ origin: null })).rejects.toThrow('HTTP 403');
  });

  it('answers requests and pushes snapshots to every client', async () => {
    const a = await connect();
    const b = await connect();
    const pushed = nextMessage(b, (m) => 'event' in m && m.snapshot.workshop?.meta.title === 'เวทีประชาคม');
    const reply = nextMessage(a, (m) => 'id' in m && m.id === 1);
    a.send(JSON.stringify({ id: 1, method: 'newWorkshop', args: [{ meta: { title: 'เวทีประชาคม' } }] }));
    expect(await reply).toMatchObject({ id: 1, ok: true });
    expect(await pushed).toMatchObject({ event: 'snapshot' });
    a.close();
    b.close();
  });

  it('returns a clear error for a refused request', async () => {
    const ws = await connect();
    const reply = nextMessage(ws, (m) => 'id' in m && m.id === 7);
    ws.send(JSON.stringify({ id: 7, method: 'dispatch', args: [{ type: 'meta.update', payload: {} }] }));
    expect(await reply).toEqual({ id: 7, ok: false, error: { code: 'NO_WORKSHOP', message: 'No workshop is open. Create or open one first.' } });
    ws.close();
  });

  it('sends a refusal’s Thai and English reason, which the client keeps on its HostRequestError', async () => {
    const reason = { th: 'รอบที่ 1 ยังเปิดให้ลงคะแนนอยู่ กรุณาปิดการลงคะแนนก่อนเริ่มรอบใหม่', en: 'Round 1 is still open; close it before starting another.' };
    vi.spyOn(host, 'handle').mockResolvedValueOnce({ ok: false, error: { code: 'REJECTED', message: reason.en, reason } });
    const ws = await connect();
    const reply = nextMessage(ws, (m) => 'id' in m && m.id === 8);
    ws.send(JSON.stringify({ id: 8, method: 'dispatch', args: [{ type: 'round.revote', payload: { pollId: 'p1' } }] }));
    const message = (await reply) as { id: number } & Reply<unknown>;
    expect(message).toEqual({ id: 8, ok: false, error: { code: 'REJECTED', message: reason.en, reason } });
    expect(() => unwrapReply(message)).toThrow(expect.objectContaining({ name: 'HostRequestError', code: 'REJECTED', reason }));
    ws.close();
  });

  it('closes a connection that sends something other than JSON requests', async () => {
    const ws = await connect();
    const closed = new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)));
    ws.send('not json');
    expect(await closed).toBe(1003);
  });

  it('cannot be reached on a non-loopback address of this machine', async () => {
    const external = Object.values(os.networkInterfaces())
      .flat()
      .find((i) => i && i.family === 'IPv4' && !i.internal);
    if (!external) return; // no other interface on this machine: nothing to try
    await expect(fetch(`http://${external.address}:${server.port}/`, { signal: AbortSignal.timeout(2000) })).rejects.toThrow();
  });
});
