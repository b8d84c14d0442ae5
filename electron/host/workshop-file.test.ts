import { copyFile, mkdtemp, readFile, readdir, writeFile, appendFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseRuamFile, serializeRuamFile } from '../../shared/format/ruam-file';
import { createWorkshop } from '../../shared/domain/create';
import { WorkshopFile, WorkshopFileError } from './workshop-file';
import { WorkshopHost } from './workshop-host';

let dir: string;
const opened: WorkshopFile[] = [];

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'ruam-file-'));
});
afterEach(async () => {
  for (const file of opened.splice(0)) await file.close().catch(() => undefined);
});

const setTitle = (host: WorkshopHost, title: string) => host.handle('dispatch', [{ type: 'meta.update', payload: { title } }]);

async function createAt(name = 'w.ruam') {
  const host = new WorkshopHost();
  const file = await WorkshopFile.create(path.join(dir, name), host, { title: 'เริ่มต้น' }, { autosaveDelayMs: 60_000 });
  opened.push(file);
  return { host, file, filePath: path.join(dir, name) };
}

/** What a crash leaves on disk: copy the snapshot and journal while the app is still "running". */
async function crashCopy(filePath: string, name = 'crashed.ruam') {
  const target = path.join(dir, name);
  await copyFile(filePath, target);
  await copyFile(`${filePath}.journal`, `${target}.journal`);
  return target;
}

describe('WorkshopFile', () => {
  it('creates a valid file and refuses to overwrite an existing one', async () => {
    const { filePath } = await createAt();
    const parsed = parseRuamFile(await readFile(filePath, 'utf8'));
    expect(parsed.ok && parsed.workshop.meta.title).toBe('เริ่มต้น');
    await expect(WorkshopFile.create(filePath, new WorkshopHost())).rejects.toMatchObject({ code: 'EXISTS' });
  });

  it('keeps changes across save, close and reopen', async () => {
    const { host, file, filePath } = await createAt();
    await setTitle(host, 'เวทีรับฟังความคิดเห็น');
    expect(host.snapshot().file.saveState).toBe('unsaved');
    await file.close();
    const again = new WorkshopHost();
    const { file: reopened, report } = await WorkshopFile.open(filePath, again);
    opened.push(reopened);
    expect(again.current?.meta.title).toBe('เวทีรับฟังความคิดเห็น');
    expect(report.recovered).toBe(0);
  });

  it('recovers every acknowledged change from the journal after a crash, and says how many', async () => {
    const { host, filePath } = await createAt();
    for (let i = 1; i <= 5; i++) expect((await setTitle(host, `ฉบับที่ ${i}`)).ok).toBe(true);
    const crashed = await crashCopy(filePath);
    const recoveredHost = new WorkshopHost();
    const { file, report } = await WorkshopFile.open(crashed, recoveredHost);
    opened.push(file);
    expect(report.recovered).toBe(5);
    expect(recoveredHost.current?.meta.title).toBe('ฉบับที่ 5');
    // The recovery was folded into the snapshot: opening again replays nothing twice.
    await file.close();
    const third = new WorkshopHost();
    const { file: f3, report: r3 } = await WorkshopFile.open(crashed, third);
    opened.push(f3);
    expect(r3.recovered).toBe(0);
    expect(third.current?.meta.title).toBe('ฉบับที่ 5');
  });

  it('recovers after a crash between an autosave and the journal reset without applying twice', async () => {
    const { host, file, filePath } = await createAt();
    await setTitle(host, 'a');
    await host.handle('dispatch', [{ type: 'meta.update', payload: { venue: 'ห้อง ๑' } }]);
    const journalBefore = await readFile(`${filePath}.journal`);
    await file.save();
    // Put the pre-save journal back beside the saved snapshot: as if the crash hit before reset.
    const crashed = path.join(dir, 'between.ruam');
    await copyFile(filePath, crashed);
    await writeFile(`${crashed}.journal`, journalBefore);
    const again = new WorkshopHost();
    const { file: reopened, report } = await WorkshopFile.open(crashed, again);
    opened.push(reopened);
    expect(report.recovered).toBe(0);
    expect(again.current?.meta.venue).toBe('ห้อง ๑');
  });

  it('skips a torn last journal line instead of failing', async () => {
    const { host, filePath } = await createAt();
    await setTitle(host, 'ก่อนไฟดับ');
    const crashed = await crashCopy(filePath);
    await appendFile(`${crashed}.journal`, '{"seq":99,"at":"2026-');
    const again = new WorkshopHost();
    const { file, report } = await WorkshopFile.open(crashed, again);
    opened.push(file);
    expect(report).toMatchObject({ recovered: 1, tornTail: true });
    expect(again.current?.meta.title).toBe('ก่อนไฟดับ');
  });

  it('refuses a second open of the same file while it is open', async () => {
    const { filePath } = await createAt();
    await expect(WorkshopFile.open(filePath, new WorkshopHost())).rejects.toMatchObject({ code: 'LOCKED' });
  });

  it('says what is wrong and where for an invalid file, and lists the backups', async () => {
    const filePath = path.join(dir, 'bad.ruam');
    const text = serializeRuamFile(createWorkshop({ id: 'w', createdAt: 'now' }), 'now', 'test').replace('"language":"th"', '"language":"fr"');
    await writeFile(filePath, text);
    const error = (await WorkshopFile.open(filePath, new WorkshopHost()).catch((e) => e)) as WorkshopFileError;
    expect(error).toBeInstanceOf(WorkshopFileError);
    expect(error.code).toBe('INVALID');
    expect(error.details.path).toBe('$.workshop.meta.language');
    expect(Array.isArray(error.details.backups)).toBe(true);
    // The lock was released: a fixed file can be opened right away.
    await writeFile(filePath, text.replace('"language":"fr"', '"language":"th"'));
    const { file } = await WorkshopFile.open(filePath, new WorkshopHost());
    opened.push(file);
  });

  it('opens a newer-format file read-only and never writes it', async () => {
    const filePath = path.join(dir, 'newer.ruam');
    const file = JSON.parse(serializeRuamFile(createWorkshop({ id: 'w', createdAt: 'now' }), 'now', 'test'));
    file.formatVersion = 999;
    const text = JSON.stringify(file);
    await writeFile(filePath, text);
    const host = new WorkshopHost();
    const { file: readOnly, report } = await WorkshopFile.open(filePath, host);
    opened.push(readOnly);
    expect(report.readOnly).toBe(true);
    expect(report.warning).toMatch(/newer version of Ruam/);
    expect((await setTitle(host, 'x')).ok).toBe(false);
    await readOnly.close();
    expect(await readFile(filePath, 'utf8')).toBe(text);
  });

  it('keeps a backup of the replaced snapshot at most every two minutes, and at most ten', async () => {
    const { listBackups } = await import('./storage');
    let now = Date.parse('2026-11-26T03:00:00Z');
    const host = new WorkshopHost();
    const filePath = path.join(dir, 'backups.ruam');
    const file = await WorkshopFile.create(filePath, host, {}, { autosaveDelayMs: 60_000, clock: () => new Date(now) });
    opened.push(file);
    await setTitle(host, 'แรก');
    await file.save();
    await setTitle(host, 'ไม่กี่วินาทีต่อมา');
    now += 5_000;
    await file.save();
    expect(await listBackups(filePath)).toHaveLength(1);
    for (let i = 0; i < 12; i++) {
      now += 3 * 60_000;
      await setTitle(host, `รอบ ${i}`);
      await file.save();
    }
    expect(await listBackups(filePath)).toHaveLength(10);
  });
});

describe('workshop history', () => {
  it('records who changed what and when, survives saves and crashes, and is hash-chained', async () => {
    const { verifyHistory } = await import('./history');
    const { host, file, filePath } = await createAt('history.ruam');
    await setTitle(host, 'หนึ่ง');
    await file.save();
    await setTitle(host, 'สอง');
    await host.handle('undo', []);
    expect(file.getHistory().map((h) => h.what)).toEqual(['meta.update', 'meta.update', 'undo']);
    expect(file.getHistory()[0]).toMatchObject({ actor: 'facilitator', label: { th: 'แก้ไขข้อมูลการประชุม' } });

    const crashed = await crashCopy(filePath, 'history-crash.ruam');
    const again = new WorkshopHost();
    const { file: reopened } = await WorkshopFile.open(crashed, again);
    opened.push(reopened);
    const history = reopened.getHistory();
    expect(history.map((h) => h.seq)).toEqual([1, 2, 3]);
    expect(verifyHistory(history)).toBeNull();

    const tampered = history.map((h) => (h.seq === 2 ? { ...h, actor: 'system' } : h));
    expect(verifyHistory(tampered)).toEqual({ seq: 2, reason: 'hash' });
    expect(verifyHistory(history.filter((h) => h.seq !== 2))).toEqual({ seq: 3, reason: 'link' });
  });
});

describe('Save As', () => {
  it('continues in the new file with the history, leaving the old one saved', async () => {
    const { Workspace } = await import('./workspace');
    const { memoryPreferences } = await import('./preferences');
    const host = new WorkshopHost();
    const workspace = new Workspace(host, { folder: dir, preferences: memoryPreferences() });
    host.attachWorkspace(workspace);
    await workspace.create({ title: 'ต้นฉบับ' }, 'original');
    await setTitle(host, 'แก้ไขแล้ว');
    const copy = path.join(dir, 'copy.ruam');
    await workspace.saveAs(copy);
    expect(host.snapshot().file.path).toBe(copy);
    await setTitle(host, 'หลังบันทึกเป็น');
    await workspace.close();
    const original = parseRuamFile(await readFile(path.join(dir, 'original.ruam'), 'utf8'));
    const saved = parseRuamFile(await readFile(copy, 'utf8'));
    expect(original.ok && original.workshop.meta.title).toBe('แก้ไขแล้ว');
    expect(saved.ok && saved.workshop.meta.title).toBe('หลังบันทึกเป็น');
    expect(saved.ok && saved.history.map((h) => h.what)).toEqual(['meta.update', 'meta.update']);
  });
});

describe('erasing personal data (PDPA)', () => {
  it('saves at once and removes the journal and backups that still hold the names', async () => {
    const { listBackups } = await import('./storage');
    let now = Date.parse('2026-11-26T03:00:00Z');
    const host = new WorkshopHost();
    const filePath = path.join(dir, 'erase.ruam');
    const file = await WorkshopFile.create(filePath, host, {}, { autosaveDelayMs: 60_000, clock: () => new Date(now) });
    opened.push(file);
    await host.handle('dispatch', [{ type: 'participant.add', payload: { name: 'สมศรี ใจดี', organisation: 'ชุมชนบ้านหนองบัว' } }]);
    await file.save();
    now += 10 * 60_000;
    await host.handle('dispatch', [{ type: 'participant.add', payload: { name: 'สมชาย รักชาติ' } }]);
    await file.save();
    expect((await listBackups(filePath)).length).toBeGreaterThan(0);

    await host.handle('dispatch', [{ type: 'people.erasePersonalData', payload: {} }]);
    await expect.poll(async () => (await listBackups(filePath)).length).toBe(0);
    await expect.poll(async () => (await readFile(filePath, 'utf8')).includes('สมศรี')).toBe(false);
    expect((await readFile(`${filePath}.journal`, 'utf8')).includes('สมศรี')).toBe(false);
    expect((await readFile(filePath, 'utf8')).includes('ชุมชนบ้านหนองบัว')).toBe(false);
  });

  /** Every file under the workshops folder (snapshots, journals, backups, anything kept aside) that contains `needle`. */
  async function filesContaining(needle: string): Promise<string[]> {
    const found: string[] = [];
    for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const file = path.join(entry.parentPath, entry.name);
      if ((await readFile(file, 'utf8')).includes(needle)) found.push(path.relative(dir, file));
    }
    return found;
  }

  const PHONE = { kind: 'participant' as const, tokenHash: 'p'.repeat(43) };

  /** A workshop where สมศรี is on the register, owns an action, is in the notes, on a stakeholder card, voted, and is named in a phone's answer. */
  async function workshopMentioningSomsri(host: WorkshopHost) {
    const run = async (type: string, payload: unknown, actor?: typeof PHONE) => {
      const reply = await host.handle('dispatch', [{ type, payload }], actor);
      if (!reply.ok) throw new Error(`${type}: ${reply.error.message}`);
    };
    await run('participant.add', { name: 'นางสาวสมศรี ใจดี', organisation: 'ชุมชนบ้านหนองบัว', contact: 'somsri@example.go.th' });
    await run('participant.add', { name: 'นายสมชาย รักชาติ' });
    const somsri = host.current!.participants[0]!.id;
    await run('action.add', { title: 'จัดทำบัญชีข้อมูล', owner: 'สมศรี ใจดี', componentId: 'C01' });
    await run('notes.set', { componentId: 'C01', notes: 'คุณสมศรีเสนอให้เปิดเผยงบประมาณ (somsri@example.go.th)' });
    await run('stakeholder.add', { name: 'กลุ่มแม่บ้าน', notes: 'ประสานผ่านนางสาวสมศรี ใจดี' });
    await run('poll.create', { kind: 'text', question: { th: 'ข้อเสนอของท่าน', en: '' } });
    const pollId = host.current!.polls[0]!.id;
    await run('round.open', { pollId });
    await run('ballot.cast', { pollId, participantId: somsri, answer: { kind: 'text', text: 'ควรมีบัญชีข้อมูล' } });
    await run('participant.join', { name: 'Jane' }, PHONE);
    await run('ballot.cast', { pollId, answer: { kind: 'text', text: 'เห็นด้วยกับคุณสมศรี' } }, PHONE);
    return somsri;
  }

  it('takes the person out of every place, and after save and reopen no file beside the workshop holds their name or contact', async () => {
    const { listBackups } = await import('./storage');
    const { findPersonMentions } = await import('../../shared/people/mentions');
    let now = Date.parse('2026-11-26T03:00:00Z');
    const host = new WorkshopHost();
    const filePath = path.join(dir, 'mentions.ruam');
    const file = await WorkshopFile.create(filePath, host, {}, { autosaveDelayMs: 60_000, clock: () => new Date(now) });
    opened.push(file);
    const somsri = await workshopMentioningSomsri(host);
    await file.save();
    now += 10 * 60_000;
    await setTitle(host, 'เวทีรับฟังความคิดเห็น');
    await file.save();
    expect((await listBackups(filePath)).length).toBeGreaterThan(0);
    expect(await filesContaining('สมศรี')).not.toEqual([]);
    expect(findPersonMentions(host.current!, somsri).map((m) => m.area)).toEqual(['stakeholder', 'ballot', 'notes', 'action', 'ballot']);

    expect((await host.handle('dispatch', [{ type: 'people.erasePersonalData', payload: { participantId: somsri } }])).ok).toBe(true);
    await expect.poll(async () => (await listBackups(filePath)).length).toBe(0);
    await expect.poll(() => filesContaining('สมศรี')).toEqual([]);
    await file.close();
    opened.splice(opened.indexOf(file), 1);

    const again = new WorkshopHost();
    const { file: reopened } = await WorkshopFile.open(filePath, again);
    opened.push(reopened);
    for (const needle of ['สมศรี', 'somsri', 'ชุมชนบ้านหนองบัว']) expect(await filesContaining(needle)).toEqual([]);
    const w = again.current!;
    expect(w.actions[0]!.owner).toBe('[ลบข้อมูลตามคำขอ]');
    // The votes still count; hers no longer points at her record. Everyone else is untouched.
    expect(w.ballots.map((b) => b.voter)).toEqual([expect.stringMatching(/^erased-entered-/), PHONE.tokenHash]);
    expect(w.participants.map((p) => p.name)).toEqual(['', 'นายสมชาย รักชาติ', 'Jane']);
    expect(findPersonMentions(w, somsri)).toEqual([]);
    expect(reopened.getHistory().at(-1)?.what).toBe('people.erasePersonalData');
  });

  it('after a crash between the erasure and the save, reopening keeps no backup holding the name', async () => {
    const { cp } = await import('node:fs/promises');
    const { copyFileSync } = await import('node:fs');
    const { listBackups } = await import('./storage');
    let now = Date.parse('2026-11-26T03:00:00Z');
    const host = new WorkshopHost();
    const filePath = path.join(dir, 'live.ruam');
    const file = await WorkshopFile.create(filePath, host, {}, { autosaveDelayMs: 60_000, clock: () => new Date(now) });
    opened.push(file);
    const somsri = await workshopMentioningSomsri(host);
    await file.save();
    now += 10 * 60_000;
    await setTitle(host, 'เวทีรับฟังความคิดเห็น');
    await file.save();
    // The moment the erasure is journaled and published, before the file layer saves: what a crash leaves.
    const crashed = path.join(dir, 'crashed.ruam');
    host.onEvents((events) => {
      if (!events.some((e) => e.type === 'participants.personalDataErased')) return;
      copyFileSync(filePath, crashed);
      copyFileSync(`${filePath}.journal`, `${crashed}.journal`);
    });
    await cp(`${dir}/live.ruam-backups`, `${dir}/crashed.ruam-backups`, { recursive: true });
    await host.handle('dispatch', [{ type: 'people.erasePersonalData', payload: { participantId: somsri } }]);
    await file.close();
    opened.splice(opened.indexOf(file), 1);
    expect((await readFile(crashed, 'utf8')).includes('สมศรี')).toBe(true);
    expect((await listBackups(crashed)).length).toBeGreaterThan(0);

    const again = new WorkshopHost();
    const { file: recovered, report } = await WorkshopFile.open(crashed, again);
    opened.push(recovered);
    expect(report.recovered).toBeGreaterThan(0);
    expect(await listBackups(crashed)).toEqual([]);
    expect(await filesContaining('สมศรี')).toEqual([]);
  });
});
