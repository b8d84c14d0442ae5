import { describe, expect, it, vi } from 'vitest';
import type { HostSnapshot } from '../../shared/contracts/facilitator';
import type { HostJournalEntry } from './journal-entry';
import { WorkshopHost } from './workshop-host';

function makeHost(persist?: (entry: HostJournalEntry) => Promise<void>) {
  let n = 0;
  return new WorkshopHost({ clock: () => new Date('2026-11-26T03:00:00Z'), newId: () => `id-${++n}`, persist });
}

const title = (host: WorkshopHost) => host.snapshot().workshop?.meta.title;

describe('WorkshopHost', () => {
  it('refuses commands before a workshop is open, with a clear message', async () => {
    const host = makeHost();
    const reply = await host.handle('dispatch', [{ type: 'meta.update', payload: { title: 'x' } }]);
    expect(reply).toEqual({ ok: false, error: { code: 'NO_WORKSHOP', message: 'No workshop is open. Create or open one first.' } });
  });

  it('creates a workshop on the OPDC framework', async () => {
    const host = makeHost();
    const reply = await host.handle('newWorkshop', [{ meta: { title: 'เวที ๑' } }]);
    expect(reply.ok).toBe(true);
    expect(title(host)).toBe('เวที ๑');
    expect(host.snapshot().workshop?.framework.components).toHaveLength(8);
  });

  it('validates request names and arguments at the boundary', async () => {
    const host = makeHost();
    expect((await host.handle('deleteEverything', [])).ok).toBe(false);
    const bad = await host.handle('newWorkshop', [{ meta: { title: 42 } }]);
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
    expect((await host.handle('undo', 'not an array')).ok).toBe(false);
  });

  it('applies a command, publishes the next snapshot, and persists before acknowledging', async () => {
    const order: string[] = [];
    const host = makeHost(async (entry) => {
      order.push(`persist ${entry.kind}`);
    });
    host.newWorkshop();
    const seen: HostSnapshot[] = [];
    host.subscribe((s) => {
      seen.push(s);
      order.push('publish');
    });
    const reply = await host.handle('dispatch', [{ type: 'meta.update', payload: { title: 'ใหม่' } }]);
    order.push('ack');
    expect(reply.ok).toBe(true);
    expect(seen.at(-1)?.workshop?.meta.title).toBe('ใหม่');
    expect(order).toEqual(['publish', 'persist command', 'publish', 'ack']);
  });

  it('does not publish a change whose persistence failed', async () => {
    const host = makeHost(async () => {
      throw new Error('disk full');
    });
    host.newWorkshop();
    const listener = vi.fn();
    host.subscribe(listener);
    listener.mockClear();
    const reply = await host.handle('dispatch', [{ type: 'meta.update', payload: { title: 'x' } }]);
    expect(reply).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(listener.mock.calls.every(([s]) => s.workshop?.meta.title === '')).toBe(true);
    expect(host.current?.meta.title).toBe('');
    expect(host.snapshot().file.saveState).toBe('error');
    expect(host.snapshot().undo.canUndo).toBe(false);
  });

  it('undoes and redoes facilitator edits with their labels', async () => {
    const host = makeHost();
    host.newWorkshop();
    await host.handle('dispatch', [{ type: 'meta.update', payload: { title: 'หนึ่ง' } }]);
    await host.handle('dispatch', [{ type: 'meta.update', payload: { title: 'สอง' } }]);
    expect(host.snapshot().undo.undoLabel?.th).toBe('แก้ไขข้อมูลการประชุม');
    await host.handle('undo', []);
    expect(title(host)).toBe('หนึ่ง');
    await host.handle('undo', []);
    expect(title(host)).toBe('');
    expect(host.snapshot().undo.canUndo).toBe(false);
    const none = await host.handle('undo', []);
    expect(none).toMatchObject({ ok: false, error: { code: 'NOTHING_TO_UNDO' } });
    await host.handle('redo', []);
    expect(title(host)).toBe('หนึ่ง');
    expect(host.snapshot().undo.canRedo).toBe(true);
  });

  it('clears the redo stack when a new edit is made after an undo', async () => {
    const host = makeHost();
    host.newWorkshop();
    await host.handle('dispatch', [{ type: 'meta.update', payload: { title: 'a' } }]);
    await host.handle('undo', []);
    await host.handle('dispatch', [{ type: 'meta.update', payload: { venue: 'b' } }]);
    expect(host.snapshot().undo.canRedo).toBe(false);
  });

  it('makes no undo step for an edit that changes nothing', async () => {
    const host = makeHost();
    host.newWorkshop();
    await host.handle('dispatch', [{ type: 'meta.update', payload: { title: '' } }]);
    expect(host.snapshot().undo.canUndo).toBe(false);
  });

  it('replays journal entries, undo included, to the same document', async () => {
    const journal: HostJournalEntry[] = [];
    const live = makeHost(async (entry) => {
      journal.push(entry);
    });
    live.newWorkshop();
    const start = live.current!;
    await live.handle('dispatch', [{ type: 'meta.update', payload: { title: 'a' } }]);
    await live.handle('dispatch', [{ type: 'meta.update', payload: { organisation: 'สำนักงาน ก.พ.ร.' } }]);
    await live.handle('undo', []);
    await live.handle('dispatch', [{ type: 'meta.update', payload: { venue: 'ห้อง ๒' } }]);

    const recovered = makeHost();
    recovered.load(start);
    expect(recovered.replay(journal)).toEqual({ applied: 4, skipped: 0, erased: false });
    expect(recovered.current).toEqual(live.current);
    expect(recovered.snapshot().undo).toEqual(live.snapshot().undo);
  });

  it('refuses changes to a read-only workshop', async () => {
    const host = makeHost();
    host.newWorkshop();
    host.setFileState({ readOnly: true });
    const reply = await host.handle('dispatch', [{ type: 'meta.update', payload: { title: 'x' } }]);
    expect(reply).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('gives every subscriber the current snapshot at once', () => {
    const host = makeHost();
    const listener = vi.fn();
    host.subscribe(listener);
    expect(listener).toHaveBeenCalledWith(expect.objectContaining({ workshop: null }));
  });
});

describe('what a phone may do', () => {
  it('refuses every command but voting and joining from a participant, whatever the command checks', async () => {
    const host = new WorkshopHost();
    host.newWorkshop();
    const phone = { kind: 'participant' as const, tokenHash: 'a'.repeat(64) };
    const reply = await host.handle('dispatch', [{ type: 'meta.update', payload: { title: 'hijacked' } }], phone);
    expect(reply).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(host.current!.meta.title).toBe('');
    const join = await host.handle('dispatch', [{ type: 'participant.join', payload: {} }], phone);
    expect(join.ok).toBe(true);
  });
});
