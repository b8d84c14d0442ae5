import { parentChannel } from './parent-channel';
import { startParticipantHttpServer, type ParticipantHttpServer } from './http-server';
import type { HostReply, HostToServer, RequestKind } from './protocol';

/**
 * Entry of the participant-server process (built to dist/electron/participant-server.js). Started
 * by the host: `child_process.fork` in web mode and tests, Electron `utilityProcess.fork` on the
 * desktop. It holds no workshop data of its own beyond the latest phone view; if it dies, the host
 * starts another on the same port with the same session code and phones reconnect.
 */
const channel = parentChannel();
let server: ParticipantHttpServer | null = null;
let nextId = 1;
const waiting = new Map<number, { resolve: (reply: HostReply) => void; timer: NodeJS.Timeout }>();
let hostTimeoutMs = 10_000;
let stopping = false;

const unavailable: HostReply = {
  ok: false,
  status: 503,
  code: 'HOST_UNAVAILABLE',
  message: { th: 'เครื่องของวิทยากรไม่ตอบ กรุณาลองอีกครั้ง', en: 'The facilitator’s computer is not answering; try again.' },
};

function askHost(kind: RequestKind, tokenHash: string, payload: unknown): Promise<HostReply> {
  const id = nextId++;
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      waiting.delete(id);
      resolve(unavailable);
    }, hostTimeoutMs);
    waiting.set(id, { resolve, timer });
    channel.send({ t: 'request', id, kind, tokenHash, payload });
  });
}

async function stop(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    await server?.close().catch(() => undefined);
  }
  process.exit(code);
}

// Messages that arrive before the server listens (a view, the salt) are applied once it does.
let early: HostToServer[] = [];

channel.onMessage((message: HostToServer) => {
  switch (message.t) {
    case 'start': {
      if (server) return;
      hostTimeoutMs = message.config.limits.hostTimeoutMs;
      startParticipantHttpServer(message.config, { request: askHost }).then(
        (started) => {
          server = started;
          started.onConnections((streams, sockets) => channel.send({ t: 'connections', streams, sockets }));
          for (const queued of early) apply(queued);
          early = [];
          channel.send({ t: 'listening', address: started.address, port: started.port });
        },
        (error: NodeJS.ErrnoException) => {
          channel.send({ t: 'failed', code: error.code ?? 'ERROR', message: error.message });
          void stop(1);
        },
      );
      return;
    }
    case 'stop':
      void stop(0);
      return;
    default:
      if (server) apply(message);
      else early.push(message);
  }
});

function apply(message: HostToServer): void {
  switch (message.t) {
    case 'view':
      server!.setView(message.view);
      return;
    case 'tally':
      server!.setTally(message.rev, message.tally);
      return;
    case 'session':
      server!.setSalt(message.salt);
      return;
    case 'reply': {
      const waiter = waiting.get(message.id);
      if (!waiter) return;
      waiting.delete(message.id);
      clearTimeout(waiter.timer);
      waiter.resolve(message.reply);
      return;
    }
    case 'stats?':
      channel.send({ t: 'stats', id: message.id, stats: server!.stats() });
      return;
  }
}

// Without its host the server has no reason to live (and must not keep the port).
channel.onDisconnect(() => void stop(0));
process.on('SIGTERM', () => void stop(0));
channel.send({ t: 'ready' });
