import { z } from 'zod';
import type { LocalizedText } from '../../shared/domain/text';
import type { MeReply, JoinReply, ParticipantErrorCode, PhoneTally, PhoneView, VoteReply } from '../../shared/participant/wire';

/**
 * The message channel between the host process (trusted) and the participant-server process
 * (untrusted: it faces the room's Wi-Fi). Node child process (`process.send`) and Electron
 * utilityProcess (`parentPort.postMessage`) carry the same messages; see ./parent-channel.ts
 * and ./process.ts.
 *
 * Host → server messages are trusted by the server. Server → host messages are parsed with the
 * zod schemas below before the host acts on them: a compromised server can ask for votes and
 * joins like any phone could, and nothing else.
 */

/** Limits the server enforces; the host picks them (the bench lifts the per-address ones). */
export interface ServerLimits {
  /** Requests per address: bucket size and refill per second. */
  addressBurst: number;
  addressPerSecond: number;
  /** Requests per device token. */
  tokenBurst: number;
  tokenPerSecond: number;
  /** New devices joining from one address: bucket size and refill per minute. */
  joinsPerAddressBurst: number;
  joinsPerAddressPerMinute: number;
  /** Open SSE streams in all, and from one address. */
  maxStreams: number;
  maxStreamsPerAddress: number;
  /** Open sockets in all (node:http `maxConnections`). */
  maxSockets: number;
  /** How long a request waits for the host before 503. */
  hostTimeoutMs: number;
}

export const DEFAULT_SERVER_LIMITS: ServerLimits = {
  addressBurst: 40,
  addressPerSecond: 10,
  tokenBurst: 20,
  tokenPerSecond: 4,
  joinsPerAddressBurst: 8,
  joinsPerAddressPerMinute: 4,
  maxStreams: 2000,
  maxStreamsPerAddress: 6,
  maxSockets: 4000,
  hostTimeoutMs: 10_000,
};

export interface ServerStartConfig {
  /** The interface address to bind (one only; never every interface). */
  address: string;
  port: number;
  /** Try this many ports upward if `port` is taken (0: that port or fail). */
  portSearch: number;
  sessionCode: string;
  /** The built renderer folder (holds join.html and its assets). */
  staticDir: string;
  limits: ServerLimits;
}

export type HostToServer =
  | { t: 'start'; config: ServerStartConfig }
  /** Salt for hashing device tokens (the open workshop's id: a device is unlinkable across workshops). */
  | { t: 'session'; salt: string | null }
  | { t: 'view'; view: PhoneView }
  /** Only the live count changed since the last view (the common case while a room votes). */
  | { t: 'tally'; rev: number; tally: PhoneTally }
  | { t: 'reply'; id: number; reply: HostReply }
  | { t: 'stats?'; id: number }
  | { t: 'stop' };

export type ServerToHost =
  | { t: 'ready' }
  | { t: 'listening'; address: string; port: number }
  | { t: 'failed'; code: string; message: string }
  | { t: 'request'; id: number; kind: RequestKind; tokenHash: string; payload: unknown }
  | { t: 'connections'; streams: number; sockets: number }
  | { t: 'stats'; id: number; stats: ServerStats };

export type RequestKind = 'join' | 'vote' | 'me';

export interface ServerStats {
  streams: number;
  sockets: number;
  /** process.cpuUsage() of the server process, microseconds. */
  cpuUserUs: number;
  cpuSystemUs: number;
  rssBytes: number;
  /** Peak resident set size so far (process.resourceUsage().maxRSS), bytes. */
  maxRssBytes: number;
  broadcasts: number;
}

export type HostReply =
  | { ok: true; value: JoinReply | VoteReply | MeReply }
  | { ok: false; status: number; code: ParticipantErrorCode; reason?: string; message: LocalizedText };

const tokenHash = z.string().regex(/^[A-Za-z0-9_-]{43}$/);

/** What the host accepts from the server process; anything else is dropped and logged. */
export const serverToHostSchema = z.discriminatedUnion('t', [
  z.object({ t: z.literal('ready') }),
  z.object({ t: z.literal('listening'), address: z.string().max(100), port: z.number().int().min(1).max(65535) }),
  z.object({ t: z.literal('failed'), code: z.string().max(100), message: z.string().max(1000) }),
  z.object({
    t: z.literal('request'),
    id: z.number().int().nonnegative(),
    kind: z.enum(['join', 'vote', 'me']),
    tokenHash,
    payload: z.unknown(),
  }),
  z.object({ t: z.literal('connections'), streams: z.number().int().nonnegative(), sockets: z.number().int().nonnegative() }),
  z.object({
    t: z.literal('stats'),
    id: z.number().int().nonnegative(),
    stats: z.object({
      streams: z.number(),
      sockets: z.number(),
      cpuUserUs: z.number(),
      cpuSystemUs: z.number(),
      rssBytes: z.number(),
      maxRssBytes: z.number(),
      broadcasts: z.number(),
    }),
  }),
]);
