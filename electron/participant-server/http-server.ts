import http from 'node:http';
import { createHash, timingSafeEqual } from 'node:crypto';
import type { AddressInfo, Socket } from 'node:net';
import type { LocalizedText } from '../../shared/domain/text';
import { joinRequestSchema, shortReason, voteRequestSchema } from '../../shared/participant/requests';
import { normaliseSessionCode } from '../../shared/participant/session-code';
import {
  DEVICE_HEADER,
  PARTICIPANT_LIMITS,
  SESSION_HEADER,
  broadcastIntervalMs,
  SESSION_QUERY,
  type ParticipantError,
  type ParticipantErrorCode,
  type PhoneStreamEventName,
  type PhoneStreamEvents,
  type PhoneView,
} from '../../shared/participant/wire';
import type { HostReply, RequestKind, ServerStartConfig, ServerStats } from './protocol';
import { RateLimiter } from './rate-limit';
import { loadPhonePage, type PhonePage, type StaticFile } from './static-page';

/** How the server reaches the host (over the message channel, in ./main.ts). */
export interface HostLink {
  request(kind: RequestKind, tokenHash: string, payload: unknown): Promise<HostReply>;
}

export interface ParticipantHttpServer {
  readonly address: string;
  readonly port: number;
  setView(view: PhoneView): void;
  /** The live count alone, on top of the latest view. */
  setTally(rev: number, tally: PhoneView['tally']): void;
  setSalt(salt: string | null): void;
  stats(): ServerStats;
  /** Called (at most about once a second) when the number of streams or sockets changes. */
  onConnections(listener: (streams: number, sockets: number) => void): void;
  close(): Promise<void>;
}

/**
 * The phone page's Content-Security-Policy: nothing inline, nothing from elsewhere. The page
 * sets widths through the CSSOM (allowed), never through style attributes.
 */
export const PHONE_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "manifest-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** Tokens made by the phone page: 32 random bytes, base64url (43 characters). */
const TOKEN_PATTERN = new RegExp(`^[A-Za-z0-9_-]{${PARTICIPANT_LIMITS.tokenMin},${PARTICIPANT_LIMITS.tokenMax}}$`);
/** A slow phone whose stream backs up this far is dropped; it reconnects and gets a snapshot. */
const MAX_STREAM_BACKLOG = 256 * 1024;
/**
 * Phones written to per turn of the event loop during a broadcast. Writing to 1000 sockets
 * takes ~15 ms; in slices, votes arriving meanwhile are answered between slices.
 */
const BROADCAST_SLICE = 200;

const MESSAGES: Record<ParticipantErrorCode, LocalizedText> = {
  BAD_REQUEST: { th: 'คำขอไม่ถูกต้อง', en: 'The request is not valid.' },
  BAD_HOST: { th: 'ที่อยู่เซิร์ฟเวอร์ไม่ถูกต้อง', en: 'Wrong server address.' },
  BAD_ORIGIN: { th: 'คำขอนี้มาจากหน้าเว็บอื่น', en: 'This request comes from another site.' },
  WRONG_SESSION: { th: 'รหัสเวทีไม่ถูกต้องหรือหมดอายุ กรุณาสแกน QR code อีกครั้ง', en: 'Wrong or expired session code. Scan the QR code again.' },
  NO_DEVICE: { th: 'ไม่พบรหัสอุปกรณ์ กรุณาเปิดหน้านี้ใหม่', en: 'No device token. Reload the page.' },
  NOT_FOUND: { th: 'ไม่พบหน้านี้', en: 'Not found.' },
  METHOD_NOT_ALLOWED: { th: 'ไม่รองรับคำขอแบบนี้', en: 'Method not allowed.' },
  UNSUPPORTED_MEDIA_TYPE: { th: 'ส่งได้เฉพาะ JSON', en: 'Only JSON is accepted.' },
  PAYLOAD_TOO_LARGE: { th: 'ข้อมูลที่ส่งยาวเกินไป', en: 'The request is too large.' },
  RATE_LIMITED: { th: 'ส่งถี่เกินไป กรุณารอสักครู่', en: 'Too many requests; wait a moment.' },
  TOO_MANY_CONNECTIONS: { th: 'มีผู้เชื่อมต่อมากเกินไป กรุณาลองใหม่', en: 'Too many connections; try again.' },
  NO_WORKSHOP: { th: 'ยังไม่มีเวทีที่เปิดอยู่', en: 'No workshop is open yet.' },
  NOT_JOINED: { th: 'กรุณาเข้าร่วมเวทีก่อน', en: 'Join the workshop first.' },
  JOIN_CLOSED: { th: 'วิทยากรปิดรับผู้เข้าร่วมใหม่แล้ว', en: 'The facilitator has closed joining.' },
  REFUSED: { th: 'ไม่สามารถรับคำตอบนี้ได้', en: 'This answer cannot be accepted.' },
  HOST_UNAVAILABLE: { th: 'เครื่องของวิทยากรไม่ตอบ กรุณาลองอีกครั้ง', en: 'The facilitator’s computer is not answering; try again.' },
};

class HttpRefusal extends Error {
  constructor(
    readonly status: number,
    readonly code: ParticipantErrorCode,
    readonly reason?: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(code);
  }
}

const refuse = (status: number, code: ParticipantErrorCode, reason?: string, headers?: Record<string, string>): never => {
  throw new HttpRefusal(status, code, reason, headers);
};

function sseFrame<E extends PhoneStreamEventName>(event: E, data: PhoneStreamEvents[E], id?: number): string {
  return `${id !== undefined ? `id: ${id}\n` : ''}event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
}

function sameString(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * The participant server: the phone page, the participant API and the live stream, on the one
 * interface the facilitator chose. It decides nothing about votes: it checks that a request is
 * well-formed and within limits, hashes the device token, and asks the host, which commits
 * before it answers. See docs/participant-api.md.
 */
export async function startParticipantHttpServer(config: ServerStartConfig, link: HostLink): Promise<ParticipantHttpServer> {
  const { limits } = config;
  const page = loadPhonePage(config.staticDir);
  const byAddress = new RateLimiter(limits.addressBurst, limits.addressPerSecond);
  const byToken = new RateLimiter(limits.tokenBurst, limits.tokenPerSecond);
  const joinsByAddress = new RateLimiter(limits.joinsPerAddressBurst, limits.joinsPerAddressPerMinute / 60);
  let salt: string | null = null;

  // ── Live stream state ──────────────────────────────────────────────────────────────────────
  const streams = new Set<http.ServerResponse>();
  const streamsByAddress = new Map<string, number>();
  let view: PhoneView = { rev: 0, workshop: null, poll: null, tally: { pollId: null, round: null, responses: 0 } };
  let snapshotFrame = sseFrame('snapshot', view, view.rev);
  let lastParts = { workshop: JSON.stringify(view.workshop), poll: JSON.stringify(view.poll), tally: JSON.stringify(view.tally) };
  let pendingView: PhoneView | null = null;
  let lastBroadcastAt = 0;
  let broadcastTimer: NodeJS.Timeout | null = null;
  let broadcasts = 0;

  /**
   * Everything written to every phone goes through one outbox, sent in slices. A frame queued
   * while a slice is in flight waits for the next pass, so every phone gets frames in order.
   */
  let outbox = '';
  let sending = false;
  const writeAll = (data: string) => {
    outbox += data;
    if (!sending) sendOutbox();
  };
  const sendOutbox = () => {
    // Encoded once for every phone (not once per socket).
    const chunk = Buffer.from(outbox);
    outbox = '';
    const targets = [...streams];
    let next = 0;
    sending = true;
    const slice = () => {
      const end = Math.min(next + BROADCAST_SLICE, targets.length);
      for (; next < end; next++) {
        const res = targets[next]!;
        const socket = res.socket;
        if (!streams.has(res) || !socket || socket.destroyed) continue;
        if (socket.writableLength > MAX_STREAM_BACKLOG) {
          res.destroy();
          continue;
        }
        // Straight to the socket: the headers left with the stream's first frame (openStream
        // writes it through the response) and the body has no framing, so this skips only the
        // response's cork-and-next-tick per write (~15 % of a broadcast's cost at 1000 phones).
        socket.write(chunk);
      }
      if (next < targets.length) return void setImmediate(slice);
      sending = false;
      if (outbox !== '') sendOutbox();
    };
    slice();
  };

  /** Send the parts of the view that changed, each serialised once for every phone. */
  const broadcast = (next: PhoneView) => {
    const parts = { workshop: JSON.stringify(next.workshop), poll: JSON.stringify(next.poll), tally: JSON.stringify(next.tally) };
    let data = '';
    if (parts.workshop !== lastParts.workshop) data += sseFrame('workshop', { rev: next.rev, workshop: next.workshop }, next.rev);
    if (parts.poll !== lastParts.poll) data += sseFrame('poll', { rev: next.rev, poll: next.poll }, next.rev);
    if (parts.tally !== lastParts.tally) data += sseFrame('tally', { rev: next.rev, tally: next.tally }, next.rev);
    view = next;
    lastParts = parts;
    snapshotFrame = sseFrame('snapshot', next, next.rev);
    if (data === '') return;
    lastBroadcastAt = performance.now();
    broadcasts++;
    writeAll(data);
  };

  // The one throttle between a committed vote and the phones: leading edge, then at most one
  // broadcast per interval, the interval growing with the audience (see broadcastIntervalMs).
  const setView = (next: PhoneView) => {
    if (next.rev < view.rev) return;
    pendingView = next;
    if (broadcastTimer) return;
    const wait = lastBroadcastAt + broadcastIntervalMs(streams.size) - performance.now();
    const flush = () => {
      broadcastTimer = null;
      const latest = pendingView;
      pendingView = null;
      if (latest) broadcast(latest);
    };
    if (wait <= 0) flush();
    else broadcastTimer = setTimeout(flush, wait);
  };

  const heartbeat = setInterval(() => writeAll(': hb\n\n'), PARTICIPANT_LIMITS.heartbeatMs);
  heartbeat.unref();

  // ── Connection counts for the facilitator ("23 phones connected") ──────────────────────────
  let connectionListener: ((streams: number, sockets: number) => void) | null = null;
  let sockets = 0;
  let reportTimer: NodeJS.Timeout | null = null;
  const reportConnections = () => {
    if (reportTimer || !connectionListener) return;
    reportTimer = setTimeout(() => {
      reportTimer = null;
      connectionListener?.(streams.size, sockets);
    }, 500);
    reportTimer.unref();
  };

  // ── Requests ───────────────────────────────────────────────────────────────────────────────
  let expectedHost = '';
  let expectedOrigin = '';

  const server = http.createServer({ requestTimeout: 15_000, headersTimeout: 10_000, keepAliveTimeout: 5_000 }, (req, res) => {
    void handle(req, res).catch((error: unknown) => {
      if (error instanceof HttpRefusal) {
        sendError(res, error);
        return;
      }
      console.error('[ruam participant-server] request failed', error);
      if (!res.headersSent) sendError(res, new HttpRefusal(500, 'BAD_REQUEST'));
      else res.destroy();
    });
  });
  server.maxConnections = limits.maxSockets;
  server.on('connection', (socket: Socket) => {
    sockets++;
    socket.setNoDelay(true);
    reportConnections();
    socket.on('close', () => {
      sockets--;
      reportConnections();
    });
  });
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    // DNS rebinding: a page on another name that resolves to this address sends its own Host.
    if (req.headers.host !== expectedHost) refuse(421, 'BAD_HOST');
    const origin = req.headers.origin;
    if (origin !== undefined && origin !== expectedOrigin) refuse(403, 'BAD_ORIGIN');
    if (req.headers['sec-fetch-site'] === 'cross-site') refuse(403, 'BAD_ORIGIN');

    const url = new URL(req.url ?? '/', expectedOrigin);
    const address = req.socket.remoteAddress ?? '?';
    const path = url.pathname;

    if (req.method === 'GET' || req.method === 'HEAD') {
      if (path === '/' || /^\/j\/[A-Za-z0-9]{1,12}\/?$/.test(path)) return servePage(req, res, path);
      const asset = page?.assets.get(path);
      if (asset) return serveFile(req, res, asset, 'public, max-age=31536000, immutable');
    }

    if (!path.startsWith('/api/')) refuse(404, 'NOT_FOUND');
    limit(byAddress, address);

    if (path === '/api/events') {
      if (req.method !== 'GET') refuse(405, 'METHOD_NOT_ALLOWED', undefined, { Allow: 'GET' });
      checkSession(url.searchParams.get(SESSION_QUERY));
      return openStream(req, res, address);
    }

    const routes: Record<string, { method: 'GET' | 'POST'; kind: RequestKind }> = {
      '/api/me': { method: 'GET', kind: 'me' },
      '/api/join': { method: 'POST', kind: 'join' },
      '/api/vote': { method: 'POST', kind: 'vote' },
    };
    const route = routes[path];
    if (!route) refuse(404, 'NOT_FOUND');
    if (req.method !== route!.method) refuse(405, 'METHOD_NOT_ALLOWED', undefined, { Allow: route!.method });
    checkSession(header(req, SESSION_HEADER));
    const token = header(req, DEVICE_HEADER);
    if (!token || !TOKEN_PATTERN.test(token)) refuse(400, 'NO_DEVICE');
    limit(byToken, token!);

    let payload: unknown = null;
    if (route!.method === 'POST') {
      const body = await readJson(req);
      const schema = route!.kind === 'join' ? joinRequestSchema : voteRequestSchema;
      const parsed = schema.safeParse(body);
      if (!parsed.success) refuse(400, 'BAD_REQUEST', shortReason(parsed.error));
      payload = parsed.data;
      if (route!.kind === 'join') limit(joinsByAddress, address);
    }

    const reply = await link.request(route!.kind, hashToken(token!), payload);
    if (!reply.ok) {
      sendJson(res, reply.status, { error: { code: reply.code, ...(reply.reason ? { reason: reply.reason } : {}), message: reply.message } });
      return;
    }
    sendJson(res, 200, reply.value);
  }

  function header(req: http.IncomingMessage, name: string): string | undefined {
    const value = req.headers[name];
    return typeof value === 'string' ? value : undefined;
  }

  function checkSession(given: string | null | undefined): void {
    if (!given || !sameString(normaliseSessionCode(given), config.sessionCode)) refuse(403, 'WRONG_SESSION');
  }

  function limit(limiter: RateLimiter, key: string): void {
    const wait = limiter.take(key);
    if (wait > 0) refuse(429, 'RATE_LIMITED', undefined, { 'Retry-After': String(wait) });
  }

  function hashToken(token: string): string {
    return createHash('sha256').update(`ruam-device-v1\0${salt ?? ''}\0${token}`).digest('base64url');
  }

  async function readJson(req: http.IncomingMessage): Promise<unknown> {
    const type = (header(req, 'content-type') ?? '').split(';')[0]!.trim().toLowerCase();
    if (type !== 'application/json') refuse(415, 'UNSUPPORTED_MEDIA_TYPE', undefined, { Connection: 'close' });
    const declared = Number(req.headers['content-length'] ?? NaN);
    if (declared > PARTICIPANT_LIMITS.bodyBytes) refuse(413, 'PAYLOAD_TOO_LARGE', undefined, { Connection: 'close' });
    const chunks: Buffer[] = [];
    await new Promise<void>((resolve, reject) => {
      let size = 0;
      const onData = (chunk: Buffer) => {
        size += chunk.length;
        if (size > PARTICIPANT_LIMITS.bodyBytes) {
          // Stop collecting but keep draining (destroying the request would also lose the 413).
          req.off('data', onData);
          req.resume();
          reject(new HttpRefusal(413, 'PAYLOAD_TOO_LARGE', undefined, { Connection: 'close' }));
          return;
        }
        chunks.push(chunk);
      };
      req.on('data', onData);
      req.once('end', () => resolve());
      req.once('error', reject);
    });
    try {
      return JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
    } catch {
      return refuse(400, 'BAD_REQUEST', 'the body is not JSON');
    }
  }

  function servePage(req: http.IncomingMessage, res: http.ServerResponse, path: string): void {
    if (path.startsWith('/j/')) {
      const code = normaliseSessionCode(path.slice(3).replace(/\/$/, ''));
      if (!sameString(code, config.sessionCode)) refuse(404, 'WRONG_SESSION');
    }
    if (!page) {
      res.writeHead(503, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
      res.end('The phone page is not built (npm run build). / ยังไม่ได้สร้างหน้าเว็บสำหรับโทรศัพท์\n');
      return;
    }
    serveFile(req, res, page.html, 'no-store', { 'Content-Security-Policy': PHONE_CSP });
  }

  function serveFile(req: http.IncomingMessage, res: http.ServerResponse, file: StaticFile, cache: string, extra: Record<string, string> = {}): void {
    const gzip = file.gzip && /\bgzip\b/.test(header(req, 'accept-encoding') ?? '');
    const body = gzip ? file.gzip! : file.body;
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      ...extra,
      'Content-Type': file.type,
      'Cache-Control': cache,
      'Content-Length': String(body.length),
      Vary: 'Accept-Encoding',
      ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  function openStream(req: http.IncomingMessage, res: http.ServerResponse, address: string): void {
    const fromAddress = streamsByAddress.get(address) ?? 0;
    if (streams.size >= limits.maxStreams || fromAddress >= limits.maxStreamsPerAddress) {
      refuse(503, 'TOO_MANY_CONNECTIONS', undefined, { 'Retry-After': '5' });
    }
    streamsByAddress.set(address, fromAddress + 1);
    streams.add(res);
    reportConnections();
    // The stream is the body until the connection closes (HTTP/1.1 allows it when neither
    // length nor chunking is given): no chunk framing, so a broadcast is one plain socket write
    // per phone instead of a corked three-part write. EventSource reads both alike.
    res.removeHeader('Transfer-Encoding');
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      'X-Accel-Buffering': 'no',
      Connection: 'close',
    });
    // A (re)connecting phone always starts from the whole picture.
    res.write(`retry: ${PARTICIPANT_LIMITS.retryMs}\n\n${snapshotFrame}`);
    const done = () => {
      if (!streams.delete(res)) return;
      const left = (streamsByAddress.get(address) ?? 1) - 1;
      if (left <= 0) streamsByAddress.delete(address);
      else streamsByAddress.set(address, left);
      reportConnections();
    };
    res.on('close', done);
    req.on('close', done);
  }

  function sendJson(res: http.ServerResponse, status: number, body: unknown, extra: Record<string, string> = {}): void {
    const text = JSON.stringify(body);
    res.writeHead(status, {
      ...SECURITY_HEADERS,
      ...extra,
      'Content-Type': 'application/json; charset=utf-8',
      'Cache-Control': 'no-store',
      'Content-Length': String(Buffer.byteLength(text)),
    });
    res.end(text);
  }

  function sendError(res: http.ServerResponse, refusal: HttpRefusal): void {
    if (res.headersSent) {
      res.destroy();
      return;
    }
    const body: ParticipantError = {
      error: { code: refusal.code, ...(refusal.reason ? { reason: refusal.reason } : {}), message: MESSAGES[refusal.code] },
    };
    // `Connection: close` on 413/415: an unread body must not be parsed as the next request.
    sendJson(res, refusal.status, body, refusal.headers);
  }

  // ── Listen on the one chosen interface ──────────────────────────────────────────────────────
  const port = await listen(server, config.address, config.port, config.portSearch);
  const hostPart = config.address.includes(':') ? `[${config.address}]` : config.address;
  expectedHost = `${hostPart}:${port}`;
  expectedOrigin = `http://${expectedHost}`;

  return {
    address: config.address,
    port,
    setView,
    setTally: (rev, tally) => setView({ ...(pendingView ?? view), rev, tally }),
    setSalt: (next) => {
      salt = next;
    },
    stats: () => {
      const cpu = process.cpuUsage();
      return {
        streams: streams.size,
        sockets,
        cpuUserUs: cpu.user,
        cpuSystemUs: cpu.system,
        rssBytes: process.memoryUsage.rss(),
        maxRssBytes: process.resourceUsage().maxRSS * 1024,
        broadcasts,
      };
    },
    onConnections: (listener) => {
      connectionListener = listener;
    },
    async close() {
      clearInterval(heartbeat);
      if (broadcastTimer) clearTimeout(broadcastTimer);
      if (reportTimer) clearTimeout(reportTimer);
      for (const res of streams) res.end();
      streams.clear();
      // Keep-alive sockets would hold close() open: end them first.
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

async function listen(server: http.Server, address: string, port: number, search: number): Promise<number> {
  for (let attempt = 0; ; attempt++) {
    const candidate = port === 0 ? 0 : port + attempt;
    try {
      await new Promise<void>((resolve, reject) => {
        const onError = (error: Error) => {
          server.off('listening', onListening);
          reject(error);
        };
        const onListening = () => {
          server.off('error', onError);
          resolve();
        };
        server.once('error', onError);
        server.once('listening', onListening);
        // Exactly one address: `listen(port)` without one would bind every interface.
        server.listen({ port: candidate, host: address, exclusive: true });
      });
      return (server.address() as AddressInfo).port;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EADDRINUSE' && port !== 0 && attempt < search) continue;
      throw error;
    }
  }
}
