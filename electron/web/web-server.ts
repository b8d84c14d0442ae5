import http from 'node:http';
import path from 'node:path';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import type { WorkshopHost } from '../host/workshop-host';
import type { WebClientMessage, WebServerMessage } from '../../shared/contracts/facilitator';
import { APP_CSP } from './csp';
import { mimeType, readStatic, resolveStatic } from './static-files';

export interface WebServerOptions {
  host: WorkshopHost;
  /** The built renderer (dist/renderer). */
  staticDir: string;
  /** 0 picks a free port. */
  port?: number;
  /** A fresh secret per run unless given (tests). */
  token?: string;
}

export interface RunningWebServer {
  /** Open this in a browser: the token travels in the fragment, which is never sent to a server. */
  url: string;
  origin: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

/** Pages the server knows by a clean path. */
const PAGES: Record<string, string> = { '/': 'index.html', '/present': 'present.html' };

/**
 * One request may carry a participant register as base64 (previewParticipantImport,
 * importParticipants): the import limit of 10 MiB is about 13.4 MiB as base64, plus the JSON
 * around it. The socket is loopback-only and needs the session token, so this is about memory,
 * not exposure; everything else the window sends is far smaller.
 */
const MAX_MESSAGE_BYTES = 16 * 1024 * 1024;

/**
 * Web mode: the facilitator UI served to a browser on this machine only, talking to the
 * WorkshopHost over a WebSocket. Bound to 127.0.0.1 (never the LAN), the socket needs the
 * per-run token and a matching Origin, so another site open in the same browser, or another
 * user on the network, cannot drive the workshop.
 */
export async function startWebServer(options: WebServerOptions): Promise<RunningWebServer> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const root = path.resolve(options.staticDir);
  const server = http.createServer((req, res) => {
    void serveStatic(root, req, res);
  });
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;
  const allowedOrigins = new Set([origin, `http://localhost:${port}`]);

  server.on('upgrade', (req, socket, head) => {
    const refusal = checkUpgrade(req, token, allowedOrigins);
    if (refusal) {
      socket.end(`HTTP/1.1 ${refusal.status} ${refusal.reason}\r\nConnection: close\r\nContent-Type: text/plain\r\n\r\n${refusal.reason}\n`);
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => attachClient(ws, options.host));
  });

  return {
    url: `${origin}/#token=${token}`,
    origin,
    port,
    token,
    async close() {
      for (const client of wss.clients) client.terminate();
      wss.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function checkUpgrade(req: http.IncomingMessage, token: string, allowedOrigins: Set<string>): { status: number; reason: string } | null {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  if (url.pathname !== '/ws') return { status: 404, reason: 'Not Found' };
  const originHeader = req.headers.origin;
  if (!originHeader || !allowedOrigins.has(originHeader)) return { status: 403, reason: 'Forbidden: this page may not control Ruam' };
  const given = Buffer.from(url.searchParams.get('token') ?? '');
  const expected = Buffer.from(token);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { status: 401, reason: 'Unauthorized: missing or wrong session token' };
  return null;
}

function attachClient(ws: WebSocket, host: WorkshopHost): void {
  const send = (message: WebServerMessage) => {
    if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(message));
  };
  const unsubscribe = host.subscribe((snapshot) => send({ event: 'snapshot', snapshot }));
  ws.on('close', unsubscribe);
  ws.on('message', (data) => {
    let message: WebClientMessage;
    try {
      message = JSON.parse(String(data)) as WebClientMessage;
    } catch {
      ws.close(1003, 'messages must be JSON');
      return;
    }
    if (typeof message !== 'object' || message === null || typeof message.id !== 'number' || !Array.isArray(message.args)) {
      ws.close(1003, 'malformed request');
      return;
    }
    void host.handle(message.method, message.args).then((reply) => send({ id: message.id, ...reply }));
  });
}

async function serveStatic(root: string, req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  const headers = {
    'Content-Security-Policy': APP_CSP,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { ...headers, Allow: 'GET, HEAD' }).end();
    return;
  }
  const pathname = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
  const file = await resolveStatic(root, PAGES[pathname] ?? pathname);
  if (!file) {
    res.writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
    return;
  }
  const body = await readStatic(file);
  const cache = file.endsWith('.html') ? 'no-store' : 'public, max-age=31536000, immutable';
  res.writeHead(200, { ...headers, 'Content-Type': mimeType(file), 'Cache-Control': cache }).end(req.method === 'HEAD' ? undefined : body);
}
