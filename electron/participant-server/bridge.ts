import { randomBytes } from 'node:crypto';
import QRCode from 'qrcode';
import type { Actor } from '../../shared/commands/define';
import type {
  ParticipantAccess,
  ParticipantAccessChange,
  ParticipantAccessService,
  ParticipantInterfaceInfo,
} from '../../shared/contracts/facilitator';
import type { Answer, Ballot } from '../../shared/domain/polls';
import type { Participant } from '../../shared/domain/people';
import type { LocalizedText } from '../../shared/domain/text';
import type { Workshop } from '../../shared/domain/workshop';
import { checkBallot } from '../../shared/polls/ballots';
import type { Refusal } from '../../shared/polls/poll-types';
import { findBallot } from '../../shared/polls/rounds';
import { currentPoll } from '../../shared/participant/current-poll';
import { phoneParticipantId } from '../../shared/participant/identity';
import { committedBallots, toPhoneView } from '../../shared/participant/phone-view';
import { joinRequestSchema, voteRequestSchema } from '../../shared/participant/requests';
import { sessionCodeFrom } from '../../shared/participant/session-code';
import type { MeReply, MyBallot, PhoneProfile, PhoneView } from '../../shared/participant/wire';
import type { WorkshopHost } from '../host/workshop-host';
import { defaultInterface, listInterfaces as listNetworkInterfaces, LOOPBACK } from './interfaces';
import { forkParticipantServer, type LaunchParticipantServer, type ParticipantProcess } from './process';
import { DEFAULT_SERVER_LIMITS, serverToHostSchema, type HostReply, type ServerLimits, type ServerStats } from './protocol';

export const DEFAULT_PARTICIPANT_PORT = 8787;

export interface ParticipantBridgeOptions {
  host: WorkshopHost;
  /** The built renderer folder (join.html and its assets). */
  staticDir: string;
  /** How to start the server process (default: a Node child process). */
  launch?: LaunchParticipantServer;
  /** The interface address to bind; default the first private LAN address, else 127.0.0.1. */
  address?: string;
  /** Default 8787; the next free port is taken if it is in use. */
  port?: number;
  portSearch?: number;
  sessionCode?: string;
  joinOpen?: boolean;
  limits?: Partial<ServerLimits>;
  /**
   * Phone views are built at most once per this many ms (default 5: the changes committed in one
   * group commit make one view). The server, which knows how many phones listen, does the real
   * throttling; a second long wait here would add to its wait.
   */
  coalesceMs?: number;
  restartDelayMs?: number;
  listInterfaces?: () => ParticipantInterfaceInfo[];
}

/** A request from the server process, with the device it speaks for. */
type PendingBallot = { pollId: string; round: number; prior: Ballot | null };

const NOTICE_LOOPBACK: LocalizedText = {
  th: 'ไม่พบเครือข่าย Wi-Fi หรือ LAN ในเครื่องนี้ จึงเปิดรับได้เฉพาะจากเครื่องนี้ (127.0.0.1) โทรศัพท์จะยังเชื่อมต่อไม่ได้ — เชื่อมต่อ Wi-Fi หรือฮอตสปอตแล้วเลือกเครือข่ายอีกครั้ง',
  en: 'No Wi-Fi or LAN connection was found, so phones cannot connect yet: Ruam listens on this computer only (127.0.0.1). Join a Wi-Fi network or hotspot, then choose it here.',
};

function refusalReply(status: number, refusal: Refusal): HostReply {
  return { ok: false, status, code: 'REFUSED', reason: refusal.code, message: refusal.message };
}

const STATE_REFUSALS = new Set(['no-such-poll', 'round-not-open', 'round-over', 'already-voted']);

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

const sameAnswer = (a: Answer, b: Answer) => canonical(a) === canonical(b);

function myBallot(ballot: Ballot): MyBallot {
  return { pollId: ballot.pollId, round: ballot.round, answer: ballot.answer, at: ballot.at, moderation: ballot.moderation };
}

function profileOf(p: Participant): PhoneProfile {
  return { name: p.erased ? '' : p.name, sector: p.sector, socialGroups: p.socialGroups, groupsConsent: p.groupsConsent };
}

/**
 * The host side of the participant server, in the host process: it starts the server process,
 * restarts it if it dies (same port, same session code), relays phones' requests into host
 * commands and answers them only once the host has committed, and sends the server the phone
 * view soon after each commit (the server paces broadcasts by audience size). It is also the facilitator's participant-access
 * service (QR code, URL, interface, joining open or closed).
 */
export class ParticipantBridge implements ParticipantAccessService {
  private readonly host: WorkshopHost;
  private readonly launch: LaunchParticipantServer;
  private readonly limits: ServerLimits;
  private readonly coalesceMs: number;
  private readonly restartDelayMs: number;
  private readonly listInterfaces: () => ParticipantInterfaceInfo[];
  private readonly staticDir: string;
  private readonly portSearch: number;
  readonly sessionCode: string;
  private address: string;
  private port: number;
  private joinOpen: boolean;
  private notice: LocalizedText | null = null;

  private proc: ParticipantProcess | null = null;
  private listening: { address: string; port: number } | null = null;
  private listeners: Array<() => void> = [];
  private stopping = false;
  private restartTimer: NodeJS.Timeout | null = null;
  private quickDeaths = 0;
  private startedAt = 0;
  /** How many times the server process was started again after dying. */
  restarts = 0;

  private streams = 0;
  private unsubscribe: (() => void) | null = null;
  private salt: string | null = null;
  private rev = 0;
  private lastView: PhoneView | null = null;
  private lastStaticKey = '';
  private lastTallyKey = '';
  private viewTimer: NodeJS.Timeout | null = null;
  private lastViewAt = 0;
  private viewDirty = false;

  /** Per device: the ballot on its way to disk, so views count committed ballots only. */
  private readonly pending = new Map<string, PendingBallot>();
  private readonly chains = new Map<string, Promise<unknown>>();
  private qr: { url: string; svg: string } | null = null;
  private readonly statsWaiters = new Map<number, (stats: ServerStats) => void>();
  private nextStatsId = 1;

  constructor(options: ParticipantBridgeOptions) {
    this.host = options.host;
    this.launch = options.launch ?? (() => forkParticipantServer());
    this.limits = { ...DEFAULT_SERVER_LIMITS, ...options.limits };
    this.coalesceMs = options.coalesceMs ?? 5;
    this.restartDelayMs = options.restartDelayMs ?? 250;
    this.listInterfaces = options.listInterfaces ?? (() => listNetworkInterfaces());
    this.sessionCode = options.sessionCode ?? sessionCodeFrom(randomBytes(6));
    this.port = options.port ?? DEFAULT_PARTICIPANT_PORT;
    this.joinOpen = options.joinOpen ?? true;
    if (options.address) {
      this.address = options.address;
    } else {
      const chosen = defaultInterface(this.listInterfaces());
      this.address = chosen.address;
      if (chosen.kind === 'loopback') this.notice = NOTICE_LOOPBACK;
    }
    this.staticDir = options.staticDir;
    this.portSearch = options.portSearch ?? 20;
  }

  // ── Lifecycle ────────────────────────────────────────────────────────────────────────────

  /** Start the server process and resolve once it listens. */
  async start(): Promise<{ address: string; port: number; url: string }> {
    this.stopping = false;
    this.unsubscribe ??= this.host.subscribe(() => this.onHostChange());
    if (!this.proc) this.spawn();
    await this.whenListening();
    return { ...this.listening!, url: this.url()! };
  }

  /** Stop the server process (phones lose the page until it starts again). */
  async stop(): Promise<void> {
    this.stopping = true;
    this.unsubscribe?.();
    this.unsubscribe = null;
    if (this.restartTimer) clearTimeout(this.restartTimer);
    if (this.viewTimer) clearTimeout(this.viewTimer);
    this.restartTimer = null;
    this.viewTimer = null;
    const proc = this.proc;
    if (!proc) return;
    const exited = new Promise<void>((resolve) => proc.onExit(() => resolve()));
    proc.send({ t: 'stop' });
    const timer = setTimeout(() => proc.kill('SIGKILL'), 3000);
    await exited;
    clearTimeout(timer);
  }

  /** The server process id (tests kill it to prove the host restarts it). */
  get pid(): number | undefined {
    return this.proc?.pid;
  }

  get endpoint(): { address: string; port: number } | null {
    return this.listening;
  }

  /** Resolve once a server process listens (now, or after a restart). */
  whenListening(timeoutMs = 15_000): Promise<void> {
    if (this.listening) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`the participant server did not start${this.notice ? `: ${this.notice.en}` : ''}`)), timeoutMs);
      this.listeners.push(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  url(): string | null {
    if (!this.listening) return null;
    const { address, port } = this.listening;
    const hostPart = address.includes(':') ? `[${address}]` : address;
    return `http://${hostPart}:${port}/j/${this.sessionCode}`;
  }

  /** Figures from the server process (CPU, memory, connections) for the bench. */
  serverStats(): Promise<ServerStats> {
    const proc = this.proc;
    if (!proc || !this.listening) return Promise.reject(new Error('the participant server is not running'));
    const id = this.nextStatsId++;
    return new Promise((resolve) => {
      this.statsWaiters.set(id, resolve);
      proc.send({ t: 'stats?', id });
    });
  }

  private spawn(): void {
    const proc = this.launch();
    this.proc = proc;
    this.listening = null;
    this.startedAt = Date.now();
    proc.onMessage((raw) => this.onServerMessage(proc, raw));
    proc.onExit((code, signal) => this.onServerExit(proc, code, signal));
  }

  private onServerExit(proc: ParticipantProcess, code: number | null, signal: string | null): void {
    if (proc !== this.proc) return;
    this.proc = null;
    this.listening = null;
    this.streams = 0;
    if (this.stopping) return;
    console.error(`[ruam] the participant server stopped (${signal ?? `exit ${code}`}); starting it again`);
    // Dying again and again (a port taken by someone else): back off up to 5 s between tries.
    this.quickDeaths = Date.now() - this.startedAt < 5000 ? this.quickDeaths + 1 : 0;
    const delay = Math.min(5000, this.restartDelayMs * 2 ** Math.min(this.quickDeaths, 5));
    this.restartTimer = setTimeout(() => {
      this.restartTimer = null;
      if (this.stopping || this.proc) return;
      this.restarts++;
      this.spawn();
    }, delay);
  }

  private onServerMessage(proc: ParticipantProcess, raw: unknown): void {
    if (proc !== this.proc) return;
    const parsed = serverToHostSchema.safeParse(raw);
    if (!parsed.success) {
      console.error('[ruam] ignored a malformed message from the participant server');
      return;
    }
    const message = parsed.data;
    switch (message.t) {
      case 'ready':
        proc.send({
          t: 'start',
          config: {
            address: this.address,
            port: this.port,
            portSearch: this.portSearch,
            sessionCode: this.sessionCode,
            staticDir: this.staticDir,
            limits: this.limits,
          },
        });
        proc.send({ t: 'session', salt: this.salt });
        // A new process knows nothing yet: the whole view.
        proc.send({ t: 'view', view: this.buildView().view });
        return;
      case 'listening': {
        this.listening = { address: message.address, port: message.port };
        // Keep the port for restarts: phones hold this URL.
        this.port = message.port;
        this.quickDeaths = 0;
        const waiting = this.listeners;
        this.listeners = [];
        for (const resolve of waiting) resolve();
        return;
      }
      case 'failed':
        this.notice = {
          th: `เปิดรับโทรศัพท์ไม่ได้ (${message.code}) บน ${this.address}:${this.port} — ลองเลือกเครือข่ายอื่น`,
          en: `Phones cannot be served (${message.code}) on ${this.address}:${this.port}: ${message.message}. Try another network.`,
        };
        return;
      case 'connections':
        this.streams = message.streams;
        return;
      case 'stats': {
        const waiter = this.statsWaiters.get(message.id);
        this.statsWaiters.delete(message.id);
        waiter?.(message.stats);
        return;
      }
      case 'request':
        void this.serial(message.tokenHash, () => this.answer(message.kind, message.tokenHash, message.payload)).then(
          (reply) => proc.send({ t: 'reply', id: message.id, reply }),
          (error: unknown) => {
            console.error('[ruam] a participant request failed', error);
            proc.send({
              t: 'reply',
              id: message.id,
              reply: { ok: false, status: 503, code: 'HOST_UNAVAILABLE', message: { th: 'เกิดข้อผิดพลาด กรุณาลองอีกครั้ง', en: 'Something went wrong; try again.' } },
            });
          },
        );
        return;
    }
  }

  /** One request at a time per device: a device's ballot is never overtaken by its next one. */
  private serial<T>(key: string, run: () => Promise<T>): Promise<T> {
    const previous = this.chains.get(key) ?? Promise.resolve();
    const next = previous.then(run, run);
    const tail = next.then(
      () => undefined,
      () => undefined,
    );
    this.chains.set(key, tail);
    void tail.then(() => {
      if (this.chains.get(key) === tail) this.chains.delete(key);
    });
    return next;
  }

  // ── Phones' requests ─────────────────────────────────────────────────────────────────────

  private async answer(kind: 'join' | 'vote' | 'me', tokenHash: string, payload: unknown): Promise<HostReply> {
    const workshop = this.host.current;
    if (!workshop) return { ok: false, status: 409, code: 'NO_WORKSHOP', message: { th: 'ยังไม่มีเวทีที่เปิดอยู่', en: 'No workshop is open yet.' } };
    const phoneId = phoneParticipantId(tokenHash);
    const participant = workshop.participants.find((p) => p.id === phoneId) ?? null;
    switch (kind) {
      case 'me':
        return { ok: true, value: this.me(workshop, tokenHash, participant) };
      case 'join':
        return this.join(tokenHash, participant, payload);
      case 'vote':
        return this.vote(workshop, tokenHash, participant, payload);
    }
  }

  private me(workshop: Workshop, tokenHash: string, participant: Participant | null): MeReply {
    const current = currentPoll(workshop);
    const ballot = current ? findBallot(workshop, current.poll.id, current.round.number, tokenHash) : undefined;
    return { joined: participant !== null, profile: participant ? profileOf(participant) : null, ballot: ballot ? myBallot(ballot) : null };
  }

  private async join(tokenHash: string, participant: Participant | null, payload: unknown): Promise<HostReply> {
    const parsed = joinRequestSchema.safeParse(payload);
    if (!parsed.success) return { ok: false, status: 400, code: 'BAD_REQUEST', message: { th: 'ข้อมูลไม่ถูกต้อง', en: 'Invalid details.' } };
    if (!participant && !this.joinOpen) {
      return { ok: false, status: 403, code: 'JOIN_CLOSED', message: { th: 'วิทยากรปิดรับผู้เข้าร่วมใหม่แล้ว', en: 'The facilitator has closed joining.' } };
    }
    const join = {
      name: parsed.data.name ?? '',
      sector: parsed.data.sector ?? '',
      socialGroups: parsed.data.groupsConsent ? (parsed.data.socialGroups ?? []) : [],
      groupsConsent: parsed.data.groupsConsent ?? false,
    };
    // Joining again with the same details (a reload) writes nothing.
    const unchanged =
      participant &&
      participant.checkedInAt !== null &&
      canonical(profileOf(participant)) === canonical({ ...join, socialGroups: [...new Set(join.socialGroups)] });
    if (!unchanged) {
      const reply = await this.host.handle('dispatch', [{ type: 'participant.join', payload: join }], this.actor(tokenHash));
      if (!reply.ok) return this.hostFailure(reply.error.code, reply.error.message, reply.error.reason);
    }
    const phoneId = phoneParticipantId(tokenHash);
    const after = this.host.current?.participants.find((p) => p.id === phoneId);
    if (!after) return this.hostFailure('INTERNAL', 'the participant was not recorded');
    return { ok: true, value: { joined: true, profile: profileOf(after) } };
  }

  private async vote(workshop: Workshop, tokenHash: string, participant: Participant | null, payload: unknown): Promise<HostReply> {
    const parsed = voteRequestSchema.safeParse(payload);
    if (!parsed.success) return { ok: false, status: 400, code: 'BAD_REQUEST', message: { th: 'คำตอบไม่ถูกต้อง', en: 'Invalid answer.' } };
    if (!participant) return { ok: false, status: 403, code: 'NOT_JOINED', message: { th: 'กรุณาเข้าร่วมเวทีก่อน', en: 'Join the workshop first.' } };
    const { pollId, round, answer } = parsed.data;
    // The sector the phone declared, if the workshop still lists it.
    const sector = participant.sector !== '' && workshop.settings.sectors.some((s) => s.id === participant.sector) ? participant.sector : null;
    const voter = { kind: 'phone' as const, tokenHash, sector };

    // Checked first for a reason in the voter's language; the command decides (atomically).
    const check = checkBallot(workshop, { pollId, round, answer }, voter, { id: 'check', at: '' });
    const existing = findBallot(workshop, pollId, round, tokenHash) ?? null;
    if (!check.ok) {
      // The same ballot sent again (a retry after a lost reply) is acknowledged, not refused.
      if (check.refusal.code === 'already-voted' && existing) {
        const again = checkBallot({ ...workshop, ballots: workshop.ballots.filter((b) => b !== existing) }, { pollId, round, answer }, voter, { id: 'check', at: '' });
        if (again.ok && sameAnswer(again.ballot.answer, existing.answer)) return { ok: true, value: { ballot: myBallot(existing) } };
      }
      return refusalReply(STATE_REFUSALS.has(check.refusal.code) ? 409 : 422, check.refusal);
    }
    if (existing && sameAnswer(check.ballot.answer, existing.answer)) return { ok: true, value: { ballot: myBallot(existing) } };

    this.pending.set(tokenHash, { pollId, round, prior: existing });
    let reply;
    try {
      reply = await this.host.handle(
        'dispatch',
        [{ type: 'ballot.cast', payload: { pollId, round, answer, sector } }],
        this.actor(tokenHash),
      );
    } finally {
      this.pending.delete(tokenHash);
      this.onHostChange();
    }
    if (!reply.ok) {
      if (reply.error.code === 'REJECTED' && this.host.current) {
        const recheck = checkBallot(this.host.current, { pollId, round, answer }, voter, { id: 'check', at: '' });
        if (!recheck.ok) return refusalReply(STATE_REFUSALS.has(recheck.refusal.code) ? 409 : 422, recheck.refusal);
      }
      return this.hostFailure(reply.error.code, reply.error.message, reply.error.reason);
    }
    const stored = this.host.current && findBallot(this.host.current, pollId, round, tokenHash);
    if (!stored) return this.hostFailure('INTERNAL', 'the ballot was not recorded');
    return { ok: true, value: { ballot: myBallot(stored) } };
  }

  private actor(tokenHash: string): Actor {
    return { kind: 'participant', tokenHash };
  }

  /** A refusal tells the phone the host's reason (Thai and English) when it gave one. */
  private hostFailure(code: string, message: string, reason?: LocalizedText): HostReply {
    if (code === 'NO_WORKSHOP') return { ok: false, status: 409, code: 'NO_WORKSHOP', message: { th: 'ยังไม่มีเวทีที่เปิดอยู่', en: 'No workshop is open yet.' } };
    if (code === 'REJECTED' || code === 'FORBIDDEN' || code === 'INVALID_COMMAND') {
      return { ok: false, status: 409, code: 'REFUSED', reason: code.toLowerCase(), message: reason ? { th: reason.th.slice(0, 300), en: reason.en.slice(0, 300) } : { th: 'ไม่สามารถรับคำตอบนี้ได้', en: message.slice(0, 300) } };
    }
    console.error(`[ruam] participant request failed: ${code} ${message}`);
    return { ok: false, status: 503, code: 'HOST_UNAVAILABLE', message: { th: 'เครื่องของวิทยากรบันทึกไม่สำเร็จ กรุณาลองอีกครั้ง', en: 'The facilitator’s computer could not record this; try again.' } };
  }

  // ── The phone view ───────────────────────────────────────────────────────────────────────

  private onHostChange(): void {
    const salt = this.host.current?.id ?? null;
    if (salt !== this.salt) {
      this.salt = salt;
      this.proc?.send({ t: 'session', salt });
    }
    this.viewDirty = true;
    if (this.viewTimer) return;
    const wait = Math.max(0, this.lastViewAt + this.coalesceMs - Date.now());
    this.viewTimer = setTimeout(() => {
      this.viewTimer = null;
      this.sendView();
    }, wait);
  }

  private sendView(): void {
    if (!this.viewDirty) return;
    this.viewDirty = false;
    this.lastViewAt = Date.now();
    const { view, changed } = this.buildView();
    // While a room votes only the count moves: send just that (tens of bytes, not the whole
    // view with every level description), the server merges it into the view it has.
    if (changed === 'tally') this.proc?.send({ t: 'tally', rev: view.rev, tally: view.tally });
    else if (changed === 'view') this.proc?.send({ t: 'view', view });
  }

  /**
   * Build the view from committed ballots; a new rev only when something a phone sees changed,
   * and which part: nothing, only the live count, or more.
   */
  private buildView(): { view: PhoneView; changed: 'none' | 'tally' | 'view' } {
    const workshop = this.host.current;
    const committed = workshop && this.pending.size > 0 ? { ...workshop, ballots: committedBallots(workshop.ballots, this.pending) } : workshop;
    const draft = toPhoneView(committed, { rev: 0, joinOpen: this.joinOpen });
    const staticKey = JSON.stringify([draft.workshop, draft.poll]);
    const tallyKey = JSON.stringify(draft.tally);
    if (this.lastView && staticKey === this.lastStaticKey && tallyKey === this.lastTallyKey) return { view: this.lastView, changed: 'none' };
    const changed = this.lastView && staticKey === this.lastStaticKey ? 'tally' : 'view';
    this.lastStaticKey = staticKey;
    this.lastTallyKey = tallyKey;
    this.lastView = { ...draft, rev: ++this.rev };
    return { view: this.lastView, changed };
  }

  // ── The facilitator's access panel ───────────────────────────────────────────────────────

  async get(): Promise<ParticipantAccess> {
    const interfaces = this.listInterfaces();
    if (!interfaces.some((i) => i.id === this.address)) {
      // The chosen network went away (Wi-Fi dropped): still show it, so the choice is visible.
      interfaces.unshift({ id: this.address, address: this.address, label: { th: `ไม่พบแล้ว (${this.address})`, en: `Gone (${this.address})` }, kind: 'other', lan: false });
    }
    const url = this.url();
    if (url && this.qr?.url !== url) this.qr = { url, svg: await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 }) };
    return {
      running: this.listening !== null,
      url,
      sessionCode: this.sessionCode,
      qrSvg: url ? this.qr!.svg : null,
      interfaces,
      interface: this.address,
      loopbackOnly: this.address === LOOPBACK || this.address === '::1',
      notice: this.notice,
      port: this.listening?.port ?? null,
      joinOpen: this.joinOpen,
      connected: this.streams,
    };
  }

  async set(change: ParticipantAccessChange): Promise<ParticipantAccess> {
    if (change.joinOpen !== undefined && change.joinOpen !== this.joinOpen) {
      this.joinOpen = change.joinOpen;
      this.onHostChange();
    }
    if (change.interface !== undefined && change.interface !== this.address) {
      const chosen = this.listInterfaces().find((i) => i.id === change.interface);
      if (!chosen) {
        const access = await this.get();
        return { ...access, notice: { th: 'ไม่พบเครือข่ายที่เลือกในเครื่องนี้แล้ว', en: 'That network is no longer on this computer.' } };
      }
      this.address = chosen.address;
      this.notice = chosen.kind === 'loopback' ? NOTICE_LOOPBACK : null;
      // Same port and code on the new interface: only the address in the QR code changes.
      if (this.proc) {
        await this.stop();
        this.stopping = false;
        this.proc = null;
        this.listening = null;
        await this.start();
      }
    }
    return this.get();
  }
}
