import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WorkshopHost } from '../host/workshop-host';
import { Workspace } from '../host/workspace';
import { jsonFilePreferences } from '../host/preferences';
import { startWebServer, type RunningWebServer } from '../web/web-server';
import type { Command } from '../../shared/commands/registry';
import type { PhoneView } from '../../shared/participant/wire';
import { ParticipantBridge } from './bridge';
import type { ServerLimits } from './protocol';
import { fakeRendererDir, openStream, request, type PhoneResponse, type SseEvent, type SseStream } from './test-support';

/**
 * Integration tests: a real WorkshopHost writing a real journal, the real participant server in
 * its own process (a Node child, as in web mode), and requests over loopback only.
 */

const LIFTED: Partial<ServerLimits> = {
  // Every test phone comes from 127.0.0.1: per-address limits are tested on their own room.
  addressBurst: 100_000,
  addressPerSecond: 100_000,
  joinsPerAddressBurst: 100_000,
  joinsPerAddressPerMinute: 100_000,
  maxStreamsPerAddress: 1000,
};

interface Room {
  host: WorkshopHost;
  workspace: Workspace;
  bridge: ParticipantBridge;
  folder: string;
  origin: string;
  code: string;
  close(): Promise<void>;
}

async function openRoom(options: { limits?: Partial<ServerLimits>; address?: string } = {}): Promise<Room> {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'ruam-phones-'));
  const host = new WorkshopHost();
  const workspace = new Workspace(host, { folder, preferences: jsonFilePreferences(path.join(folder, 'prefs.json')) });
  host.attachWorkspace(workspace);
  await workspace.create({ title: 'เวทีทดสอบ' });
  const bridge = new ParticipantBridge({
    host,
    staticDir: fakeRendererDir(),
    address: options.address ?? '127.0.0.1',
    port: 0,
    limits: { ...LIFTED, ...options.limits },
    restartDelayMs: 50,
  });
  host.attachParticipantAccess(bridge);
  const { address, port } = await bridge.start();
  const origin = `http://${address.includes(':') ? `[${address}]` : address}:${port}`;
  return {
    host,
    workspace,
    bridge,
    folder,
    origin,
    code: bridge.sessionCode,
    async close() {
      await bridge.stop();
      await workspace.close();
    },
  };
}

async function dispatch(room: Room, command: Command): Promise<void> {
  const reply = await room.host.handle('dispatch', [command]);
  if (!reply.ok) throw new Error(reply.error.message);
}

async function createPoll(room: Room, payload: Record<string, unknown>): Promise<string> {
  await dispatch(room, { type: 'poll.create', payload } as Command);
  const poll = room.host.current!.polls.at(-1)!;
  await dispatch(room, { type: 'round.open', payload: { pollId: poll.id } });
  return poll.id;
}

let tokens = 0;
function newToken(): string {
  tokens++;
  return `test-device-${String(tokens).padStart(8, '0')}-${'x'.repeat(22)}`.slice(0, 43);
}

function phone(room: Room, token = newToken(), agent?: http.Agent) {
  const headers = (extra: Record<string, string> = {}) => ({ 'x-ruam-session': room.code, 'x-ruam-device': token, ...extra });
  return {
    token,
    me: () => request(room.origin, { path: '/api/me', headers: headers(), agent }),
    join: (details: Record<string, unknown> = {}) =>
      request(room.origin, { method: 'POST', path: '/api/join', headers: headers({ 'content-type': 'application/json' }), body: JSON.stringify(details), agent }),
    vote: (pollId: string, answer: unknown, round = 1) =>
      request(room.origin, {
        method: 'POST',
        path: '/api/vote',
        headers: headers({ 'content-type': 'application/json' }),
        body: JSON.stringify({ pollId, round, answer }),
        agent,
      }),
    raw: (options: { method?: string; path: string; headers?: Record<string, string>; body?: string }) =>
      request(room.origin, { ...options, headers: { ...headers(), ...options.headers }, agent }),
  };
}

const errorOf = (response: PhoneResponse) => (response.json as { error: { code: string; reason?: string } }).error;

describe('the participant server, with a real host and its own process', () => {
  let room: Room;
  beforeAll(async () => {
    room = await openRoom();
  });
  afterAll(async () => {
    await room.close();
  });

  it('serves the phone page with a strict CSP, and nothing of the facilitator', async () => {
    const page = await request(room.origin, { path: `/j/${room.code}` });
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['content-security-policy']).not.toContain('unsafe-inline');
    expect(page.body).toContain('src="/assets/join-abc.js"');
    expect((await request(room.origin, { path: '/assets/join-abc.js' })).status).toBe(200);
    expect((await request(room.origin, { path: `/j/${room.code.toLowerCase()}` })).status).toBe(200);
    expect((await request(room.origin, { path: '/j/ZZZZZZ' })).status).toBe(404);

    for (const p of ['/index.html', '/present', '/present.html', '/assets/index-secret.js', '/assets/present-secret.js', '/ws', '/join.html', '/../index.html', '/%2e%2e/index.html']) {
      expect((await request(room.origin, { path: p })).status, p).toBe(404);
    }
    // No request of the facilitator API has a route here, by any method.
    const facilitatorRequests = ['getSnapshot', 'newWorkshop', 'dispatch', 'undo', 'redo', 'openWorkshop', 'saveWorkshop', 'closeWorkshop', 'getParticipantAccess', 'setParticipantAccess'];
    for (const name of facilitatorRequests) {
      for (const method of ['GET', 'POST']) {
        const response = await phone(room).raw({ method, path: `/api/${name}`, headers: { 'content-type': 'application/json' }, body: method === 'POST' ? '[]' : undefined });
        expect(response.status, `${method} /api/${name}`).toBe(404);
      }
    }
  });

  it('joins anonymously by default, keeps social groups only with consent, and stores only the token hash', async () => {
    const anonymous = phone(room);
    expect((await anonymous.join()).status).toBe(200);
    const withoutConsent = phone(room);
    const reply = await withoutConsent.join({ name: '  สมชาย\u202E ใจดี ', sector: 'community', socialGroups: ['youth'], groupsConsent: false });
    expect(reply.status).toBe(200);
    expect(reply.json).toMatchObject({ joined: true, profile: { name: 'สมชาย ใจดี', sector: 'community', socialGroups: [], groupsConsent: false } });
    const consenting = phone(room);
    expect((await consenting.join({ socialGroups: ['youth', 'rural'], groupsConsent: true })).json).toMatchObject({ profile: { socialGroups: ['youth', 'rural'] } });

    const phones = room.host.current!.participants.filter((p) => p.source === 'phone');
    expect(phones.length).toBeGreaterThanOrEqual(3);
    const first = phones.find((p) => p.name === '' && p.socialGroups.length === 0)!;
    expect(first.checkedInAt).not.toBeNull();
    expect(first.code).toMatch(/^P\d{3}$/);

    await room.workspace.save();
    const onDisk = readdirSync(room.folder)
      .filter((f) => f.endsWith('.ruam') || f.includes('journal'))
      .map((f) => readFileSync(path.join(room.folder, f), 'utf8'))
      .join('\n');
    for (const p of [anonymous, withoutConsent, consenting]) {
      expect(onDisk).not.toContain(p.token);
      expect(JSON.stringify(room.host.current)).not.toContain(p.token);
    }
    expect((await consenting.me()).json).toMatchObject({ joined: true, profile: { socialGroups: ['youth', 'rural'] } });
  });

  it('refuses a vote before joining, and an unknown sector on joining', async () => {
    const pollId = await createPoll(room, { kind: 'single', options: [{ th: 'ก', en: 'A' }, { th: 'ข', en: 'B' }] });
    const stranger = phone(room);
    const response = await stranger.vote(pollId, { kind: 'single', choice: 'o1' });
    expect(response.status).toBe(403);
    expect(errorOf(response).code).toBe('NOT_JOINED');
    const unknown = await stranger.join({ sector: 'no-such-sector' });
    expect(unknown.status).toBe(409);
    // The host's own reason reaches the phone, in both languages.
    expect((unknown.json as { error: { message: { th: string; en: string } } }).error.message).toEqual({
      th: 'ไม่พบภาคส่วน “no-such-sector” ในรายการของเวที กรุณาเลือกภาคส่วนจากรายการ',
      en: 'unknown sector "no-such-sector": choose one of the workshop\'s sectors',
    });
    await dispatch(room, { type: 'round.close', payload: { pollId } });
  });

  it('dedupes: one ballot per device per round, a repeat of the same ballot is acknowledged, a different one refused', async () => {
    const pollId = await createPoll(room, { kind: 'maturity', componentId: 'C02', allowChange: false });
    const voter = phone(room);
    await voter.join();
    const first = await voter.vote(pollId, { kind: 'maturity', current: 2, target: 4 });
    expect(first.status).toBe(200);
    expect(first.json).toMatchObject({ ballot: { pollId, round: 1, answer: { kind: 'maturity', current: 2, target: 4 } } });
    const again = await voter.vote(pollId, { kind: 'maturity', current: 2, target: 4 });
    expect(again.status).toBe(200);
    const changed = await voter.vote(pollId, { kind: 'maturity', current: 5, target: 5 });
    expect(changed.status).toBe(409);
    expect(errorOf(changed)).toMatchObject({ code: 'REFUSED', reason: 'already-voted' });
    // Two at once from the same device: still one ballot.
    const twin = phone(room);
    await twin.join();
    const both = await Promise.all([twin.vote(pollId, { kind: 'maturity', current: 1, target: null }), twin.vote(pollId, { kind: 'maturity', current: 3, target: null })]);
    expect(both.map((r) => r.status).sort()).toEqual([200, 409]);
    const ballots = room.host.current!.ballots.filter((b) => b.pollId === pollId);
    expect(ballots).toHaveLength(2);
    expect(ballots.every((b) => b.voter.length === 43)).toBe(true);
    expect((await voter.me()).json).toMatchObject({ ballot: { pollId, answer: { current: 2 } } });
    await dispatch(room, { type: 'round.close', payload: { pollId } });
  });

  it('lets a voter change their ballot while the round is open when the poll allows it, and refuses a closed round', async () => {
    const pollId = await createPoll(room, { kind: 'maturity', componentId: 'C03', allowChange: true });
    const voter = phone(room);
    await voter.join();
    expect((await voter.vote(pollId, { kind: 'maturity', current: 2, target: null })).status).toBe(200);
    const changed = await voter.vote(pollId, { kind: 'maturity', current: 4, target: 5 });
    expect(changed.status).toBe(200);
    const mine = room.host.current!.ballots.filter((b) => b.pollId === pollId);
    expect(mine).toHaveLength(1);
    expect(mine[0]!.answer).toEqual({ kind: 'maturity', current: 4, target: 5 });

    await dispatch(room, { type: 'round.close', payload: { pollId } });
    const late = await voter.vote(pollId, { kind: 'maturity', current: 1, target: null });
    expect(late.status).toBe(409);
    expect(errorOf(late)).toMatchObject({ code: 'REFUSED', reason: 'round-not-open' });
    expect(room.host.current!.ballots.filter((b) => b.pollId === pollId)[0]!.answer).toMatchObject({ current: 4 });

    await dispatch(room, { type: 'round.revote', payload: { pollId } });
    const stale = await voter.vote(pollId, { kind: 'maturity', current: 1, target: null }, 1);
    expect(errorOf(stale)).toMatchObject({ reason: 'round-over' });
    expect((await voter.vote(pollId, { kind: 'maturity', current: 3, target: null }, 2)).status).toBe(200);
    await dispatch(room, { type: 'round.close', payload: { pollId } });
  });

  it('strips control and bidi characters from open text, holds it for moderation, and refuses more than 280 characters', async () => {
    const pollId = await createPoll(room, { kind: 'text' });
    const voter = phone(room);
    await voter.join();
    const ok = await voter.vote(pollId, { kind: 'text', text: 'ควรเปิดเผย\u202Eข้อมูล\u0007\nงบประมาณ <b>ทุกไตรมาส</b>' });
    expect(ok.status).toBe(200);
    const ballot = room.host.current!.ballots.find((b) => b.pollId === pollId)!;
    expect(ballot.answer).toEqual({ kind: 'text', text: 'ควรเปิดเผยข้อมูล งบประมาณ <b>ทุกไตรมาส</b>' });
    expect(ballot.moderation).toBe('pending');
    const long = phone(room);
    await long.join();
    const tooLong = await long.vote(pollId, { kind: 'text', text: 'ก'.repeat(281) });
    expect(tooLong.status).toBe(400);
    expect(errorOf(tooLong).reason).toMatch(/280/);
    await dispatch(room, { type: 'round.close', payload: { pollId } });
  });

  it('answers 413 beyond 1 KiB, 415 for anything but JSON, and 400 with a short reason for malformed requests', async () => {
    const pollId = await createPoll(room, { kind: 'single', options: [{ th: 'ก', en: 'A' }, { th: 'ข', en: 'B' }] });
    const voter = phone(room);
    await voter.join();
    const json = { 'content-type': 'application/json' };
    const big = await voter.raw({ method: 'POST', path: '/api/vote', headers: json, body: JSON.stringify({ pollId, round: 1, answer: { kind: 'text', text: 'x'.repeat(1100) } }) });
    expect(big.status).toBe(413);
    expect(errorOf(big).code).toBe('PAYLOAD_TOO_LARGE');
    expect((await voter.raw({ method: 'POST', path: '/api/vote', headers: { 'content-type': 'text/plain' }, body: '{}' })).status).toBe(415);
    const cases: Array<[string, RegExp]> = [
      ['{not json', /not JSON/],
      [JSON.stringify({ pollId, round: 1, answer: { kind: 'single', choice: 'o1' }, extra: 1 }), /extra|Unrecognized|unrecognized/],
      [JSON.stringify({ pollId, round: 'one', answer: { kind: 'single', choice: 'o1' } }), /round/],
      [JSON.stringify({ pollId, round: 1, answer: { kind: 'maturity', current: 9, target: null } }), /answer/],
      [JSON.stringify([]), /.+/],
    ];
    for (const [body, reason] of cases) {
      const response = await voter.raw({ method: 'POST', path: '/api/vote', headers: json, body });
      expect(response.status, body).toBe(400);
      expect(errorOf(response).code).toBe('BAD_REQUEST');
      expect(errorOf(response).reason!.length).toBeLessThanOrEqual(200);
      expect(errorOf(response).reason, body).toMatch(reason);
    }
    const wrongKind = await voter.vote(pollId, { kind: 'single', choice: 'o9' });
    expect(wrongKind.status).toBe(422);
    expect(errorOf(wrongKind).reason).toBe('unknown-choice');
    expect((await voter.raw({ method: 'PUT', path: '/api/vote' })).status).toBe(405);
    expect(room.host.current!.ballots.filter((b) => b.pollId === pollId)).toHaveLength(0);
    await dispatch(room, { type: 'round.close', payload: { pollId } });
  });

  it('refuses a wrong Host (DNS rebinding), a foreign Origin, a missing or wrong session code and a missing device token', async () => {
    const voter = phone(room);
    const wrongHost = await voter.raw({ path: '/api/me', headers: { host: 'evil.example:8787' } });
    expect(wrongHost.status).toBe(421);
    expect((await request(room.origin, { path: `/j/${room.code}`, headers: { host: `evil.example` } })).status).toBe(421);
    const foreign = await voter.raw({ path: '/api/me', headers: { origin: 'http://evil.example' } });
    expect(foreign.status).toBe(403);
    expect(errorOf(foreign).code).toBe('BAD_ORIGIN');
    expect((await voter.raw({ path: '/api/me', headers: { origin: room.origin } })).status).toBe(200);
    expect(errorOf(await voter.raw({ path: '/api/me', headers: { 'x-ruam-session': 'ABCDEF' } })).code).toBe('WRONG_SESSION');
    expect((await request(room.origin, { path: '/api/me', headers: { 'x-ruam-device': voter.token } })).status).toBe(403);
    expect(errorOf(await request(room.origin, { path: '/api/me', headers: { 'x-ruam-session': room.code } })).code).toBe('NO_DEVICE');
    expect((await request(room.origin, { path: '/api/events?session=ABCDEF' })).status).toBe(403);
  });

  it('streams a full snapshot on every (re)connect, then only what changed, with retry: set', async () => {
    const pollId = await createPoll(room, { kind: 'maturity', componentId: 'C04' });
    const first = await openStream(room.origin, `/api/events?session=${room.code}`);
    expect(first.status).toBe(200);
    expect(first.events[0]!.event).toBe('snapshot');
    // The view follows the host within 100 ms (coalesced): the new poll comes in the snapshot or just after.
    const shown = await first.next((e) => (e.event === 'snapshot' || e.event === 'poll') && JSON.parse(e.data).poll?.pollId === pollId);
    const poll = (JSON.parse(shown.data) as { poll: PhoneView['poll'] }).poll!;
    expect(poll).toMatchObject({ pollId, kind: 'maturity', state: 'open', results: null });
    expect(poll.levels).toHaveLength(5);
    expect(poll.levels![0]!.name.th).not.toBe('');
    const voter = phone(room);
    await voter.join();
    await voter.vote(pollId, { kind: 'maturity', current: 3, target: 4 });
    const tally = await first.next((e) => e.event === 'tally' && JSON.parse(e.data).tally.responses === 1);
    expect(JSON.parse(tally.data).tally).toEqual({ pollId, round: 1, responses: 1 });
    first.close();
    // The raw stream starts with the reconnect delay for EventSource.
    const raw = await new Promise<string>((resolve, reject) => {
      const req = http.get(`${room.origin}/api/events?session=${room.code}`, (res) => {
        expect(res.headers['content-type']).toBe('text/event-stream; charset=utf-8');
        // No chunk framing: the body is the stream until the connection closes.
        expect(res.headers['transfer-encoding']).toBeUndefined();
        expect(res.headers['content-length']).toBeUndefined();
        expect(res.headers.connection).toBe('close');
        res.setEncoding('utf8');
        res.once('data', (chunk: string) => {
          req.destroy();
          resolve(chunk);
        });
      });
      req.on('error', reject);
    });
    expect(raw).toMatch(/^retry: 2000\n\nid: \d+\nevent: snapshot\ndata: \{/);

    const again = await openStream(room.origin, `/api/events?session=${room.code}`);
    const fresh = JSON.parse((await again.next((e) => e.event === 'snapshot')).data) as PhoneView;
    expect(fresh.tally.responses).toBe(1);
    expect(fresh.poll!.results).toBeNull();
    // Revealed: now the phones see the distribution.
    await dispatch(room, { type: 'round.reveal', payload: { pollId } });
    const revealed = await again.next((e) => e.event === 'poll' && JSON.parse(e.data).poll?.state === 'revealed');
    expect(JSON.parse(revealed.data).poll.results).toMatchObject({ kind: 'maturity', respondents: 1, current: { counts: [0, 0, 1, 0, 0] } });
    again.close();
    await dispatch(room, { type: 'round.hide', payload: { pollId } });
  });

  it('gives a crowd larger than one broadcast slice every tally, in order, ending at the true count', async () => {
    const pollId = await createPoll(room, { kind: 'maturity', componentId: 'C06' });
    const crowd: SseStream[] = [];
    for (let i = 0; i < 450; i += 50) {
      crowd.push(...(await Promise.all(Array.from({ length: 50 }, () => openStream(room.origin, `/api/events?session=${room.code}`)))));
    }
    const voters = Array.from({ length: 30 }, () => phone(room));
    await Promise.all(voters.map((v) => v.join()));
    const replies = await Promise.all(voters.map((v, i) => v.vote(pollId, { kind: 'maturity', current: (i % 5) + 1, target: null })));
    expect(replies.every((r) => r.status === 200)).toBe(true);
    const countOf = (e: SseEvent) => (JSON.parse(e.data) as { tally: PhoneView['tally'] }).tally;
    await Promise.all(crowd.map((s) => s.next((e) => e.event === 'tally' && countOf(e).pollId === pollId && countOf(e).responses === 30)));
    for (const s of crowd) {
      const seen = s.events.filter((e) => e.event === 'tally' && countOf(e).pollId === pollId).map((e) => countOf(e).responses);
      expect(seen).toEqual([...seen].sort((a, b) => a - b));
      s.close();
    }
  }, 60_000);

  it('lets the facilitator close joining: new devices are refused, joined ones keep voting', async () => {
    const pollId = await createPoll(room, { kind: 'single', options: [{ th: 'ก', en: 'A' }, { th: 'ข', en: 'B' }] });
    const early = phone(room);
    await early.join();
    const access = await room.host.handle('setParticipantAccess', [{ joinOpen: false }]);
    expect(access).toMatchObject({ ok: true, value: { joinOpen: false, sessionCode: room.code } });
    const late = phone(room);
    const refused = await late.join();
    expect(refused.status).toBe(403);
    expect(errorOf(refused).code).toBe('JOIN_CLOSED');
    expect((await early.vote(pollId, { kind: 'single', choice: 'o2' })).status).toBe(200);
    await room.host.handle('setParticipantAccess', [{ joinOpen: true }]);
    expect((await late.join()).status).toBe(200);
    // Phones may not touch this request, whatever reaches the host.
    const asPhone = await room.host.handle('setParticipantAccess', [{ joinOpen: false }], { kind: 'participant', tokenHash: 'x'.repeat(43) });
    expect(asPhone).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    await dispatch(room, { type: 'round.close', payload: { pollId } });
  });

  it('gives the facilitator the URL, the session code, a QR code and the interfaces in plain words', async () => {
    const reply = await room.host.handle('getParticipantAccess', []);
    expect(reply.ok).toBe(true);
    const access = (reply as { ok: true; value: Awaited<ReturnType<ParticipantBridge['get']>> }).value;
    expect(access.url).toBe(`${room.origin}/j/${room.code}`);
    expect(access.sessionCode).toMatch(/^[A-HJ-NP-Z2-9]{6}$/);
    expect(access.qrSvg).toMatch(/^<svg/);
    expect(access.running).toBe(true);
    expect(access.interfaces.at(-1)).toMatchObject({ id: '127.0.0.1', kind: 'loopback' });
    expect(access.interfaces.every((i) => /\(\d+\.\d+\.\d+\.\d+\)$/.test(i.label.en))).toBe(true);
  });

  it('acknowledges a vote only after it is on disk: SIGKILL of the server mid-vote loses no acknowledged vote, and the host restarts it', async () => {
    const pollId = await createPoll(room, { kind: 'maturity', componentId: 'C05' });
    const voters = Array.from({ length: 80 }, () => phone(room, newToken(), new http.Agent({ keepAlive: true })));
    for (const voter of voters) expect((await voter.join()).status).toBe(200);
    const before = { pid: room.bridge.pid!, port: room.bridge.endpoint!.port, restarts: room.bridge.restarts };

    const acknowledged = new Set<string>();
    let killed = false;
    const castAll = voters.map(async (voter, i) => {
      await new Promise((r) => setTimeout(r, i * 3));
      // A phone retries until acknowledged (idempotent), as the page does.
      for (let attempt = 0; attempt < 60; attempt++) {
        try {
          const response = await voter.vote(pollId, { kind: 'maturity', current: (i % 5) + 1, target: null });
          if (response.status === 200) {
            acknowledged.add(voter.token);
            if (acknowledged.size === 25 && !killed) {
              killed = true;
              process.kill(before.pid, 'SIGKILL');
            }
            return;
          }
        } catch {
          // The server died under this request: try again once it is back.
        }
        await new Promise((r) => setTimeout(r, 100));
      }
    });
    await Promise.all(castAll);
    expect(killed).toBe(true);
    await room.bridge.whenListening();
    expect(room.bridge.restarts).toBeGreaterThan(before.restarts);
    expect(room.bridge.pid).not.toBe(before.pid);
    expect(room.bridge.endpoint!.port).toBe(before.port);
    expect(room.bridge.sessionCode).toBe(room.code);
    expect(acknowledged.size).toBe(voters.length);

    // Every acknowledged vote is in the document (one each), and survives a reopen from disk.
    const ballots = room.host.current!.ballots.filter((b) => b.pollId === pollId);
    expect(ballots).toHaveLength(voters.length);
    const file = room.workspace.currentFile!.path;
    await room.workspace.close();
    const reopened = new WorkshopHost();
    const workspace = new Workspace(reopened, { folder: room.folder, preferences: jsonFilePreferences(path.join(room.folder, 'prefs2.json')) });
    await workspace.openPath(file);
    expect(reopened.current!.ballots.filter((b) => b.pollId === pollId)).toHaveLength(voters.length);
    await workspace.close();
    await room.workspace.openPath(file);

    // Phones reconnect by themselves: the stream is there again, with the tally. Views are
    // coalesced (≤ 10 a second on each side), so the last votes may arrive just after the snapshot.
    const stream = await openStream(room.origin, `/api/events?session=${room.code}`);
    const snapshot = JSON.parse((await stream.next((e) => e.event === 'snapshot')).data) as PhoneView;
    expect(snapshot.tally?.pollId).toBe(pollId);
    if ((snapshot.tally?.responses ?? 0) < voters.length) {
      const update = await stream.next((e) => e.event === 'tally' && (JSON.parse(e.data) as { tally: PhoneView['tally'] }).tally?.responses === voters.length);
      expect(JSON.parse(update.data).tally).toMatchObject({ pollId, responses: voters.length });
    }
    stream.close();
  }, 60_000);
});

describe('rate limits', () => {
  let room: Room;
  beforeAll(async () => {
    room = await openRoom({
      limits: { addressBurst: 30, addressPerSecond: 1, tokenBurst: 5, tokenPerSecond: 0.5, joinsPerAddressBurst: 3, joinsPerAddressPerMinute: 1, maxStreamsPerAddress: 2 },
    });
  });
  afterAll(async () => {
    await room.close();
  });

  it('answers 429 with Retry-After per device token, then per address, and caps streams per address', async () => {
    const busy = phone(room);
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) statuses.push((await busy.me()).status);
    expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
    expect(statuses.at(-1)).toBe(429);

    const joins: number[] = [];
    for (let i = 0; i < 5; i++) joins.push((await phone(room).join()).status);
    expect(joins.slice(0, 3)).toEqual([200, 200, 200]);
    const limited = await phone(room).join();
    expect(limited.status).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);

    const streams = [await openStream(room.origin, `/api/events?session=${room.code}`), await openStream(room.origin, `/api/events?session=${room.code}`)];
    const third = await openStream(room.origin, `/api/events?session=${room.code}`);
    expect(third.status).toBe(503);
    for (const s of [...streams, third]) s.close();

    let last = 0;
    for (let i = 0; i < 40 && last !== 429; i++) last = (await phone(room).me()).status;
    expect(last).toBe(429);
  });
});

describe('the trust boundary between the LAN and the facilitator', () => {
  let room: Room;
  let web: RunningWebServer;
  beforeAll(async () => {
    // ::1 stands in for the room's Wi-Fi address: a second address of this machine, loopback only.
    room = await openRoom({ address: '::1' });
    web = await startWebServer({ host: room.host, staticDir: fakeRendererDir(), port: 0 });
  });
  afterAll(async () => {
    await web.close();
    await room.close();
  });

  const reachable = (host: string, port: number) =>
    new Promise<boolean>((resolve) => {
      const socket = net.connect({ host, port });
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });

  it('binds each server to its one address: the facilitator API is not reachable on the participant interface, nor the reverse', async () => {
    const participantPort = room.bridge.endpoint!.port;
    expect(await reachable('::1', participantPort)).toBe(true);
    expect(await reachable('127.0.0.1', web.port)).toBe(true);
    expect(await reachable('::1', web.port)).toBe(false);
    expect(await reachable('127.0.0.1', participantPort)).toBe(false);
    // On its own address the participant server knows no facilitator route either.
    expect((await request(room.origin, { path: '/ws' })).status).toBe(404);
    expect((await phone(room).raw({ method: 'POST', path: '/api/dispatch', headers: { 'content-type': 'application/json' }, body: '{}' })).status).toBe(404);
    expect((await phone(room).me()).status).toBe(200);
  });
});
