import type { Answer, Ballot, PollKind, PollOption } from '../domain/polls';
import type { Category } from '../domain/people';
import type { Language, LocalizedText } from '../domain/text';

/**
 * The participant wire: what phones and the participant server say to each other (HTTP + SSE).
 * Types and constants only — no zod, nothing heavy — so the phone page can import it and stay
 * tiny. The request schemas (zod) live in ./requests.ts for the server side.
 *
 * Everything here crosses the trust boundary: phones are anonymous devices on the room's Wi-Fi.
 * docs/participant-api.md describes the endpoints with examples.
 */

export const PARTICIPANT_API_VERSION = 1;

/** Request headers. Lower case: Node gives them so; browsers send them case-insensitively. */
export const SESSION_HEADER = 'x-ruam-session';
export const DEVICE_HEADER = 'x-ruam-device';
/** EventSource cannot send headers, so the stream takes the session code as a query parameter. */
export const SESSION_QUERY = 'session';

/** The participant server's hard limits (also in docs/participant-api.md). */
export const PARTICIPANT_LIMITS = {
  /** Largest request body; beyond it 413. */
  bodyBytes: 1024,
  /** Open text after control and bidi characters are stripped. */
  textChars: 280,
  /** A device token: 22–64 URL-safe characters (the page makes 32 random bytes → 43). */
  tokenMin: 22,
  tokenMax: 64,
  nameChars: 100,
  /** SSE heartbeat comment interval. */
  heartbeatMs: 15_000,
  /** What `retry:` tells EventSource to wait before reconnecting. */
  retryMs: 2_000,
  /**
   * How often the server sends a changed view to every phone. Each broadcast costs one socket
   * write per connected phone (measured ~15 µs each on loopback, the kernel's share), so the
   * rate follows the audience: at most `broadcastsPerSecond`, and no more than
   * `streamWritesPerSecond` socket writes a second in all. 200 phones → 50 a second (a vote
   * reaches every phone within ~20 ms + delivery); 1000 phones → 12 a second (~83 ms), which
   * keeps the server under a quarter of a core. The server is the only stage that throttles:
   * the host forwards each committed change at once.
   */
  broadcastsPerSecond: 50,
  streamWritesPerSecond: 12_000,
} as const;

/** The least time between two broadcasts to `phones` connected phones (see PARTICIPANT_LIMITS). */
export function broadcastIntervalMs(phones: number): number {
  return Math.max(1000 / PARTICIPANT_LIMITS.broadcastsPerSecond, (phones * 1000) / PARTICIPANT_LIMITS.streamWritesPerSecond);
}

// ── The live view every phone shows (SSE) ─────────────────────────────────────────────────────

/** What the phone needs to know about the workshop to let someone join. */
export interface PhoneWorkshop {
  title: string;
  /** The workshop's own language: the phone's default until its user switches. */
  language: Language;
  /** Whether new devices may join (the facilitator can close joining). */
  joinOpen: boolean;
  /** The PDPA notice from the workshop settings, shown above the optional fields. */
  pdpaNotice: LocalizedText;
  sectors: Category[];
  socialGroups: Category[];
}

export interface PhoneLevel {
  level: number;
  name: LocalizedText;
  description: LocalizedText;
}

/** One dot-vote item in the revealed ranking. */
export interface PhoneRankedItem {
  optionId: string;
  dots: number;
  /** 1 for the most dots; tied items share a rank and the next rank skips (1, 1, 3). */
  rank: number;
  /** Another item has the same rank (the projector says "ร่วม", joint). */
  joint: boolean;
}

/** A round's counts as phones may see them, only once the round is revealed. */
export type PhoneResults =
  | { kind: 'maturity'; respondents: number; current: { counts: number[]; abstain: number }; target: { counts: number[] } | null }
  | { kind: 'single' | 'multiple'; respondents: number; options: { optionId: string; count: number }[] }
  /**
   * Ranked: most dots first, ties in the one tie-break order (`dotRanking`, shared/polls/tie-break.ts),
   * as the projector and the action plan show them. Phones show this order as is, never re-sorted.
   */
  | { kind: 'dots'; respondents: number; options: PhoneRankedItem[] }
  /** Only answers the facilitator approved; pending and hidden ones never leave the laptop. */
  | { kind: 'text'; respondents: number; answers: string[] };

/** The current poll (see ./current-poll.ts for which one that is). */
export interface PhonePoll {
  pollId: string;
  round: number;
  /**
   * open: answer it; closed: answers are closed and the results not shown yet (the phone says so
   * and keeps showing its own answer); revealed: `results` are filled in.
   */
  state: 'open' | 'closed' | 'revealed';
  kind: PollKind;
  question: LocalizedText;
  /** The framework component assessed (maturity polls), for the heading. */
  component: { code: string; name: LocalizedText } | null;
  options: PollOption[];
  maxChoices: number | null;
  askTarget: boolean;
  allowChange: boolean;
  /** maturity: the five level names and descriptions of the component. */
  levels: PhoneLevel[] | null;
  results: PhoneResults | null;
}

/** The live count: small, and the only part that changes with every vote. */
export interface PhoneTally {
  pollId: string | null;
  round: number | null;
  /** Committed ballots in the current round (acknowledged votes only). */
  responses: number;
}

export interface PhoneView {
  /** Increases with every view the host builds; phones ignore an older one. */
  rev: number;
  workshop: PhoneWorkshop | null;
  poll: PhonePoll | null;
  tally: PhoneTally;
}

/**
 * SSE messages (`event:` name → `data:` JSON). A (re)connecting phone first gets `snapshot`;
 * after that only the parts that changed.
 */
export interface PhoneStreamEvents {
  snapshot: PhoneView;
  workshop: { rev: number; workshop: PhoneWorkshop | null };
  poll: { rev: number; poll: PhonePoll | null };
  tally: { rev: number; tally: PhoneTally };
}
export type PhoneStreamEventName = keyof PhoneStreamEvents;

// ── Requests and replies ──────────────────────────────────────────────────────────────────────

export interface JoinRequest {
  name?: string;
  /** A sector id from the workshop's list, or '' for none. */
  sector?: string;
  socialGroups?: string[];
  /** Social groups are kept only with this consent (PDPA). */
  groupsConsent?: boolean;
}

export interface VoteRequest {
  pollId: string;
  round: number;
  answer: Answer;
}

/** What a phone told about itself when joining (anonymous: all empty). */
export interface PhoneProfile {
  name: string;
  sector: string;
  socialGroups: string[];
  groupsConsent: boolean;
}

/** This device's ballot in the current round, as committed. */
export interface MyBallot {
  pollId: string;
  round: number;
  answer: Answer;
  at: string;
  moderation: Ballot['moderation'];
}

export interface JoinReply {
  joined: true;
  profile: PhoneProfile;
}

export interface VoteReply {
  ballot: MyBallot;
}

export interface MeReply {
  joined: boolean;
  profile: PhoneProfile | null;
  /** The ballot for the current poll's round, or null. */
  ballot: MyBallot | null;
}

export type ParticipantErrorCode =
  | 'BAD_REQUEST'
  | 'BAD_HOST'
  | 'BAD_ORIGIN'
  | 'WRONG_SESSION'
  | 'NO_DEVICE'
  | 'NOT_FOUND'
  | 'METHOD_NOT_ALLOWED'
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'PAYLOAD_TOO_LARGE'
  | 'RATE_LIMITED'
  | 'TOO_MANY_CONNECTIONS'
  | 'NO_WORKSHOP'
  | 'NOT_JOINED'
  | 'JOIN_CLOSED'
  | 'REFUSED'
  | 'HOST_UNAVAILABLE';

export interface ParticipantError {
  error: {
    code: ParticipantErrorCode;
    /** For REFUSED: why, as shared/polls names it (round-not-open, already-voted, …). */
    reason?: string;
    message: LocalizedText;
  };
}
