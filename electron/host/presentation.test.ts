import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { HostSnapshot, ParticipantAccess, ParticipantAccessService } from '../../shared/contracts/facilitator';
import type { HostJournalEntry } from './journal-entry';
import { WorkshopFile } from './workshop-file';
import { WorkshopHost } from './workshop-host';

function makeHost(clock: () => Date = () => new Date('2026-11-26T03:00:00Z')) {
  let n = 0;
  const journal: HostJournalEntry[] = [];
  const host = new WorkshopHost({ clock, newId: () => `id-${++n}`, persist: async (entry) => void journal.push(entry) });
  host.newWorkshop({ meta: { title: 'เวทีรับฟังความคิดเห็น' } });
  const start = host.current!;
  const seen: HostSnapshot[] = [];
  host.subscribe((snapshot) => seen.push(snapshot));
  return { host, journal, seen, start };
}

/** A clock the test moves on by hand, one minute at a time. */
function minutes() {
  let minute = 0;
  return { clock: () => new Date(Date.UTC(2026, 10, 26, 3, minute)), tick: () => void (minute += 1), at: (m: number) => new Date(Date.UTC(2026, 10, 26, 3, m)).toISOString() };
}

/** A maturity poll on a component with its first round open and one phone's answer in it. */
async function openPoll(host: WorkshopHost, componentId = 'C01'): Promise<string> {
  await ok(host, 'dispatch', { type: 'poll.create', payload: { kind: 'maturity', componentId } });
  const pollId = host.current!.polls.at(-1)!.id;
  await ok(host, 'dispatch', { type: 'round.open', payload: { pollId } });
  await vote(host, pollId, 3, `p-${componentId}`);
  return pollId;
}

const recordsOf = (journal: HostJournalEntry[]) =>
  journal.flatMap((entry) => (entry.kind === 'command' && entry.command.type === 'round.shown' ? [{ actor: entry.actor, payload: entry.command.payload }] : []));

async function ok(host: WorkshopHost, method: string, ...args: unknown[]) {
  const reply = await host.handle(method, args);
  if (!reply.ok) throw new Error(`${method}: ${reply.error.message}`);
  return reply.value;
}

const view = (host: WorkshopHost) => host.snapshot().presentation!.view;

/**
 * The reveal and the slide it leads to arrive together: the first snapshot published since, which
 * carries both. (That the room then saw the results is recorded just after, in a revision of its own.)
 */
function revealedIn(published: HostSnapshot[], pollId: string): HostSnapshot {
  const first = published[0]!;
  expect(first.workshop!.polls.find((poll) => poll.id === pollId)!.rounds.at(-1)!.state).toBe('revealed');
  return first;
}

/** Past the records the host sends after a snapshot (they follow at once, in the same turn). */
const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

const shownAt = (host: WorkshopHost, pollId: string, round = 1) => host.current!.polls.find((poll) => poll.id === pollId)!.rounds.find((r) => r.number === round)!.shownAt;

/** A phone's ballot on a maturity poll. */
async function vote(host: WorkshopHost, pollId: string, current: number, voter: string) {
  const reply = await host.handle('dispatch', [{ type: 'ballot.cast', payload: { pollId, answer: { kind: 'maturity', current, target: null } } }], { kind: 'participant', tokenHash: voter });
  if (!reply.ok) throw new Error(reply.error.message);
}

describe('the presentation in the host', () => {
  it('starts on the welcome slide and sends it with every snapshot', () => {
    const { host } = makeHost();
    expect(view(host)).toMatchObject({ kind: 'welcome', title: 'เวทีรับฟังความคิดเห็น' });
    expect(host.snapshot().presentation!.state.choice).toEqual({ kind: 'welcome' });
  });

  it('reveal is the document’s round.reveal: journaled, undoable, one published revision carrying both', async () => {
    const { host, journal, seen } = makeHost();
    await ok(host, 'dispatch', { type: 'poll.create', payload: { kind: 'maturity', componentId: 'C03' } });
    const pollId = host.current!.polls[0]!.id;
    await ok(host, 'dispatch', { type: 'round.open', payload: { pollId } });
    await ok(host, 'present', { view: { kind: 'question', componentId: 'C03' } });
    expect(view(host)).toMatchObject({ kind: 'question', voting: 'open' });

    const before = seen.length;
    const { revision } = (await ok(host, 'presenterCommand', { kind: 'reveal' })) as { revision: number };
    expect(revision).toBeGreaterThan(seen[before - 1]!.revision);
    expect(revealedIn(seen.slice(before), pollId).presentation!.view).toMatchObject({ kind: 'results', voting: 'revealed' });
    expect(host.current!.polls[0]!.rounds[0]!.state).toBe('revealed');
    expect(journal.filter((entry) => entry.kind === 'command').map((entry) => entry.command.type).slice(-2)).toEqual(['round.reveal', 'round.shown']);
    expect(journal.find((entry) => entry.kind === 'command' && entry.command.type === 'round.reveal')).toMatchObject({ command: { payload: { pollId } } });
    expect(view(host)).toMatchObject({ kind: 'results', voting: 'revealed' });

    await ok(host, 'undo');
    // Revealing an open round closed it first; undo puts it back as it was, and the projector
    // goes back to the question with it (not to an empty results slide).
    expect(host.current!.polls[0]!.rounds[0]!.state).toBe('open');
    expect(view(host)).toMatchObject({ kind: 'question', voting: 'open' });
    // The room saw those results: undoing the reveal does not take that back.
    expect(host.current!.polls[0]!.rounds[0]!.shownAt).toBe('2026-11-26T03:00:00.000Z');
  });

  it('the round bar’s ordinary commands move the projector: open → the question, reveal → the results, in the same snapshot', async () => {
    const { host, seen } = makeHost();
    await ok(host, 'dispatch', { type: 'poll.create', payload: { kind: 'maturity', componentId: 'C01' } });
    const c01 = host.current!.polls[0]!.id;
    expect(view(host).kind).toBe('welcome');

    await ok(host, 'dispatch', { type: 'round.open', payload: { pollId: c01 } });
    expect(view(host)).toMatchObject({ kind: 'question', pollId: c01, voting: 'open', component: { code: '01' } });
    expect(host.snapshot().presentation!.state.choice).toEqual({ kind: 'question', componentId: 'C01' });
    await vote(host, c01, 2, 'p1');
    expect(view(host)).toMatchObject({ kind: 'question', responses: 1 });

    const before = seen.length;
    const { revision } = (await ok(host, 'dispatch', { type: 'round.reveal', payload: { pollId: c01 } })) as { revision: number };
    expect(seen.slice(before).some((snapshot) => snapshot.revision === revision)).toBe(true);
    expect(revealedIn(seen.slice(before), c01).presentation!.view).toMatchObject({ kind: 'results', pollId: c01, voting: 'revealed', maturity: { answered: 1, counts: [0, 1, 0, 0, 0] } });

    // The walkthrough: component 02 opened while 01's results were up. The room must see 02.
    await ok(host, 'dispatch', { type: 'poll.create', payload: { kind: 'maturity', componentId: 'C02' } });
    expect(view(host)).toMatchObject({ kind: 'results', pollId: c01 });
    const c02 = host.current!.polls[1]!.id;
    await ok(host, 'dispatch', { type: 'round.open', payload: { pollId: c02 } });
    expect(view(host)).toMatchObject({ kind: 'question', pollId: c02, voting: 'open', component: { code: '02' } });

    // Closing leaves the question up; a re-vote on 01 brings 01's question back for round 2.
    await ok(host, 'dispatch', { type: 'round.close', payload: { pollId: c02 } });
    expect(view(host)).toMatchObject({ kind: 'question', pollId: c02, voting: 'closed' });
    await ok(host, 'dispatch', { type: 'round.revote', payload: { pollId: c01 } });
    expect(view(host)).toMatchObject({ kind: 'question', pollId: c01, voting: 'open', round: 2 });
  });

  it('the facilitator’s own choices stay: other changes move nothing, and a blank or frozen screen stays so', async () => {
    const { host } = makeHost();
    await ok(host, 'dispatch', { type: 'poll.create', payload: { kind: 'maturity', componentId: 'C01' } });
    const c01 = host.current!.polls[0]!.id;
    await ok(host, 'dispatch', { type: 'round.open', payload: { pollId: c01 } });
    await ok(host, 'present', { view: { kind: 'timer' } });
    await vote(host, c01, 3, 'p1');
    await ok(host, 'dispatch', { type: 'meta.update', payload: { venue: 'ห้อง 2' } });
    expect(view(host).kind).toBe('timer');

    await ok(host, 'presenterCommand', { kind: 'blank', on: true });
    await ok(host, 'dispatch', { type: 'round.reveal', payload: { pollId: c01 } });
    expect(view(host).kind).toBe('blank');
    // Underneath, the results wait: un-blanking shows where the vote now stands.
    await ok(host, 'presenterCommand', { kind: 'blank', on: false });
    expect(view(host)).toMatchObject({ kind: 'results', pollId: c01, voting: 'revealed' });

    await ok(host, 'presenterCommand', { kind: 'freeze', on: true });
    await ok(host, 'dispatch', { type: 'round.revote', payload: { pollId: c01 } });
    expect(view(host)).toMatchObject({ kind: 'results', pollId: c01, voting: 'revealed', round: 1 });
    await ok(host, 'presenterCommand', { kind: 'freeze', on: false });
    expect(view(host)).toMatchObject({ kind: 'question', pollId: c01, voting: 'open', round: 2 });
  });

  it('a document put in place (opened, restored) moves nothing; another workshop starts at welcome', async () => {
    const { host } = makeHost();
    await ok(host, 'dispatch', { type: 'poll.create', payload: { kind: 'maturity', componentId: 'C01' } });
    await ok(host, 'dispatch', { type: 'poll.create', payload: { kind: 'maturity', componentId: 'C02' } });
    const [a, b] = host.current!.polls.map((poll) => poll.id);
    await ok(host, 'dispatch', { type: 'round.open', payload: { pollId: a } });
    await ok(host, 'dispatch', { type: 'round.open', payload: { pollId: b } });
    await ok(host, 'present', { view: { kind: 'framework' } });
    const earlier = host.current!;
    await ok(host, 'dispatch', { type: 'round.reveal', payload: { pollId: a } });
    await ok(host, 'dispatch', { type: 'round.reveal', payload: { pollId: b } });
    await ok(host, 'present', { view: { kind: 'framework' } });
    host.load(earlier);
    expect(view(host).kind).toBe('framework');
  });

  it('an opened round’s question shows how to join from a phone, read from the phones’ panel at once', async () => {
    const { host, seen } = makeHost();
    const access = (): ParticipantAccess => ({
      running: true,
      url: 'http://192.168.1.5:8787/j/ABC234',
      sessionCode: 'ABC234',
      qrSvg: '<svg xmlns="http://www.w3.org/2000/svg"></svg>',
      interfaces: [],
      interface: '192.168.1.5',
      loopbackOnly: false,
      notice: null,
      port: 8787,
      joinOpen: true,
      connected: 4,
    });
    host.attachParticipantAccess({ get: async () => access(), set: async () => access() });
    await ok(host, 'dispatch', { type: 'poll.create', payload: { kind: 'maturity', componentId: 'C03' } });
    await ok(host, 'dispatch', { type: 'round.open', payload: { pollId: host.current!.polls[0]!.id } });
    await expect.poll(() => (seen.at(-1)!.presentation!.view as { join?: unknown }).join, { timeout: 500 }).toEqual({
      url: 'http://192.168.1.5:8787/j/ABC234',
      sessionCode: 'ABC234',
      qrSvg: '<svg xmlns="http://www.w3.org/2000/svg"></svg>',
    });
  });

  it('a refused round command leaves the presentation as it was', async () => {
    const { host } = makeHost();
    await ok(host, 'dispatch', { type: 'poll.create', payload: { kind: 'maturity', componentId: 'C01' } });
    await ok(host, 'present', { view: { kind: 'question', componentId: 'C01' } });
    const reply = await host.handle('presenterCommand', [{ kind: 'lockVoting' }]);
    expect(reply).toMatchObject({ ok: false, error: { code: 'REJECTED' } });
    // The projector's own refusal says why in both languages, like a command's.
    const nothing = await host.handle('presenterCommand', [{ kind: 'reveal', pollId: 'no-such-poll' }]);
    expect(nothing).toMatchObject({ ok: false, error: { code: 'REJECTED', reason: { th: expect.stringContaining('สไลด์'), en: expect.stringContaining('Nothing on the projector') } } });
    expect(host.snapshot().presentation!.state.choice).toEqual({ kind: 'question', componentId: 'C01' });
  });

  it('blank, freeze and the timer are live: nothing reaches the journal', async () => {
    const { host, journal } = makeHost();
    const journaled = journal.length;
    await ok(host, 'presenterCommand', { kind: 'blank' });
    expect(view(host).kind).toBe('blank');
    await ok(host, 'presenterCommand', { kind: 'blank' });
    await ok(host, 'presenterCommand', { kind: 'freeze' });
    await ok(host, 'dispatch', { type: 'meta.update', payload: { title: 'ชื่อใหม่' } });
    expect(view(host)).toMatchObject({ kind: 'welcome', title: 'เวทีรับฟังความคิดเห็น' });
    await ok(host, 'presenterCommand', { kind: 'freeze' });
    expect(view(host)).toMatchObject({ kind: 'welcome', title: 'ชื่อใหม่' });
    await ok(host, 'presenterCommand', { kind: 'timer', action: 'start', seconds: 90 });
    expect(host.snapshot().presentation!.state.timer).toEqual({ durationMs: 90_000, endsAt: Date.parse('2026-11-26T03:00:00Z') + 90_000, remainingMs: 90_000 });
    expect(journal.length).toBe(journaled + 1); // only the title change
  });

  it('only the facilitator decides what the projector shows', async () => {
    const { host } = makeHost();
    const reply = await host.handle('presenterCommand', [{ kind: 'next' }], { kind: 'participant', tokenHash: 'x' });
    expect(reply).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', reason: { th: expect.stringContaining('จอภาพ'), en: 'Only the facilitator decides what the projector shows.' } } });
    const bad = await host.handle('present', [{ view: { kind: 'dispatch' } }]);
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
  });

  it('the join slide shows the phones’ access and follows the count', async () => {
    const { host, seen } = makeHost();
    let connected = 3;
    const access = (): ParticipantAccess => ({
      running: true,
      url: 'http://192.168.1.5:8787/j/ABC234',
      sessionCode: 'ABC234',
      qrSvg: '<svg xmlns="http://www.w3.org/2000/svg"></svg>',
      interfaces: [],
      interface: '192.168.1.5',
      loopbackOnly: false,
      notice: null,
      port: 8787,
      joinOpen: true,
      connected,
    });
    const service: ParticipantAccessService = { get: async () => access(), set: async () => access() };
    host.attachParticipantAccess(service);
    await ok(host, 'present', { view: { kind: 'join' } });
    expect(view(host)).toMatchObject({ kind: 'join', connected: 3, access: { sessionCode: 'ABC234', url: 'http://192.168.1.5:8787/j/ABC234' } });
    connected = 5;
    const before = seen.length;
    await expect.poll(() => (view(host) as { connected: number | null }).connected, { timeout: 3000 }).toBe(5);
    expect(seen.length).toBeGreaterThan(before);
    await ok(host, 'presenterCommand', { kind: 'next' });
    expect(view(host).kind).toBe('question');
  });

  it('a reloaded window reads the presentation back; another workshop starts at welcome', async () => {
    const { host } = makeHost();
    await ok(host, 'present', { view: { kind: 'framework' } });
    expect(await ok(host, 'getPresentation')).toMatchObject({ state: { choice: { kind: 'framework' } }, view: { kind: 'framework' } });
    host.newWorkshop({ meta: { title: 'อีกเวที' } });
    expect(view(host)).toMatchObject({ kind: 'welcome', title: 'อีกเวที' });
  });
});

describe('what the room saw: the host records when a round’s results were on the projector', () => {
  it('records shownAt when a reveal puts the results on a visible projector: a journaled system command, not an undo step', async () => {
    const time = minutes();
    const { host, journal } = makeHost(time.clock);
    const pollId = await openPoll(host);
    time.tick();
    await ok(host, 'presenterCommand', { kind: 'reveal', pollId });
    await settle();
    expect(view(host)).toMatchObject({ kind: 'results', pollId, voting: 'revealed' });
    expect(shownAt(host, pollId)).toBe(time.at(1));
    expect(recordsOf(journal)).toEqual([{ actor: { kind: 'system' }, payload: { pollId, round: 1 } }]);
    expect(host.snapshot().undo.undoLabel).toEqual({ th: 'แสดงผลคะแนน', en: 'Reveal results' });

    // Shown again later (hidden, shown again): the first time stays, nothing more is journaled.
    time.tick();
    await ok(host, 'presenterCommand', { kind: 'hide', pollId });
    await ok(host, 'presenterCommand', { kind: 'reveal', pollId });
    await settle();
    expect(shownAt(host, pollId)).toBe(time.at(1));
    expect(recordsOf(journal)).toHaveLength(1);
  });

  it('records nothing while the screen is blank, and records on un-blank when the results slide is then visible', async () => {
    const time = minutes();
    const { host, journal } = makeHost(time.clock);
    const pollId = await openPoll(host);
    await ok(host, 'presenterCommand', { kind: 'blank', on: true });
    time.tick();
    await ok(host, 'dispatch', { type: 'round.reveal', payload: { pollId } });
    await settle();
    expect(host.current!.polls[0]!.rounds[0]!.state).toBe('revealed');
    expect(shownAt(host, pollId)).toBeUndefined();
    expect(recordsOf(journal)).toEqual([]);

    time.tick();
    await ok(host, 'presenterCommand', { kind: 'blank', on: false });
    await settle();
    expect(view(host)).toMatchObject({ kind: 'results', pollId });
    expect(shownAt(host, pollId)).toBe(time.at(2));
    expect(recordsOf(journal)).toHaveLength(1);
  });

  it('un-blanking onto another slide records nothing; nor does a reveal behind a screen frozen on the question, until it is released', async () => {
    const { host, journal } = makeHost();
    const c01 = await openPoll(host, 'C01');
    await ok(host, 'presenterCommand', { kind: 'blank', on: true });
    await ok(host, 'dispatch', { type: 'round.reveal', payload: { pollId: c01 } });
    await ok(host, 'present', { view: { kind: 'framework' } });
    await settle();
    expect(view(host).kind).toBe('framework');
    expect(shownAt(host, c01)).toBeUndefined();

    const c02 = await openPoll(host, 'C02');
    expect(view(host)).toMatchObject({ kind: 'question', pollId: c02 });
    await ok(host, 'presenterCommand', { kind: 'freeze', on: true });
    await ok(host, 'dispatch', { type: 'round.reveal', payload: { pollId: c02 } });
    await settle();
    expect(view(host)).toMatchObject({ kind: 'question', pollId: c02 });
    expect(shownAt(host, c02)).toBeUndefined();
    expect(recordsOf(journal)).toEqual([]);

    await ok(host, 'presenterCommand', { kind: 'freeze', on: false });
    await settle();
    expect(view(host)).toMatchObject({ kind: 'results', pollId: c02 });
    expect(shownAt(host, c02)).toBeDefined();
    expect(shownAt(host, c01)).toBeUndefined();
    expect(recordsOf(journal)).toEqual([{ actor: { kind: 'system' }, payload: { pollId: c02, round: 1 } }]);
  });

  it('does not fight undo: undoing the reveal keeps the record (the room saw it), redo and a re-vote leave it on its round', async () => {
    const { host } = makeHost();
    const pollId = await openPoll(host);
    await ok(host, 'dispatch', { type: 'round.reveal', payload: { pollId } });
    await settle();
    const first = shownAt(host, pollId);
    expect(first).toBeDefined();
    await ok(host, 'undo');
    expect(host.current!.polls[0]!.rounds[0]).toMatchObject({ state: 'open', shownAt: first });
    await ok(host, 'redo');
    await settle();
    expect(host.current!.polls[0]!.rounds[0]).toMatchObject({ state: 'revealed', shownAt: first });
    await ok(host, 'dispatch', { type: 'round.revote', payload: { pollId } });
    await settle();
    expect(host.current!.polls[0]!.rounds.map((round) => round.shownAt)).toEqual([first, undefined]);
  });

  it('a crash keeps it: replaying the journal gives the same rounds, record included', async () => {
    const { host, journal, start } = makeHost();
    const pollId = await openPoll(host);
    await ok(host, 'presenterCommand', { kind: 'reveal', pollId });
    await settle();
    expect(shownAt(host, pollId)).toBeDefined();

    const recovered = new WorkshopHost();
    recovered.load(start);
    expect(recovered.replay(journal)).toMatchObject({ skipped: 0 });
    expect(recovered.current!.polls).toEqual(host.current!.polls);
    expect(shownAt(recovered, pollId)).toBe(shownAt(host, pollId));
  });

  it('a crash keeps it on disk: the journal holds the record, and reopening brings it back with its history line', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'ruam-shown-'));
    const host = new WorkshopHost();
    const filePath = path.join(dir, 'w.ruam');
    const file = await WorkshopFile.create(filePath, host, { title: 'เวที' }, { autosaveDelayMs: 60_000 });
    try {
      const pollId = await openPoll(host);
      await ok(host, 'presenterCommand', { kind: 'reveal', pollId });
      await settle();
      const seenAt = shownAt(host, pollId);
      expect(seenAt).toBeDefined();
      // What a crash leaves: the snapshot from before, and the journal.
      const crashed = path.join(dir, 'crashed.ruam');
      await copyFile(filePath, crashed);
      await copyFile(`${filePath}.journal`, `${crashed}.journal`);
      const again = new WorkshopHost();
      const { file: reopened } = await WorkshopFile.open(crashed, again);
      try {
        expect(shownAt(again, pollId)).toBe(seenAt);
        expect(reopened.getHistory().filter((entry) => entry.what === 'round.shown')).toMatchObject([{ actor: 'system', label: { th: 'ผลคะแนนขึ้นจอภาพ' } }]);
      } finally {
        await reopened.close();
      }
    } finally {
      await file.close();
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('a read-only workshop records nothing and does not keep trying', async () => {
    const { host, journal, seen } = makeHost();
    const pollId = await openPoll(host);
    await ok(host, 'presenterCommand', { kind: 'blank', on: true });
    await ok(host, 'dispatch', { type: 'round.reveal', payload: { pollId } });
    host.setFileState({ readOnly: true });
    const before = seen.length;
    await ok(host, 'presenterCommand', { kind: 'blank', on: false });
    await settle();
    await settle();
    expect(shownAt(host, pollId)).toBeUndefined();
    expect(recordsOf(journal)).toEqual([]);
    expect(seen.length).toBe(before + 1);
  });
});
