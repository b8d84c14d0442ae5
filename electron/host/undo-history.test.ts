import { describe, expect, it } from 'vitest';
import { WorkshopHost } from './workshop-host';

const participant = { kind: 'participant' as const, tokenHash: 'f'.repeat(64) };

async function hostWithOpenPoll() {
  const host = new WorkshopHost();
  host.newWorkshop();
  await host.handle('dispatch', [{ type: 'poll.create', payload: { kind: 'maturity', componentId: 'C01' } }]);
  const pollId = host.current!.polls[0]!.id;
  await host.handle('dispatch', [{ type: 'round.open', payload: { pollId } }]);
  return { host, pollId };
}

const vote = (host: WorkshopHost, pollId: string, current: number, token = 'a') =>
  host.handle('dispatch', [{ type: 'ballot.cast', payload: { pollId, answer: { kind: 'maturity', current, target: null } } }], { ...participant, tokenHash: token.repeat(64) });

describe('undo never loses a vote', () => {
  it('keeps ballots cast after the edit being undone', async () => {
    const { host, pollId } = await hostWithOpenPoll();
    await host.handle('dispatch', [{ type: 'notes.set', payload: { componentId: 'C01', notes: 'บันทึกการอภิปราย' } }]);
    expect((await vote(host, pollId, 3, 'a')).ok).toBe(true);
    expect((await vote(host, pollId, 4, 'b')).ok).toBe(true);
    await host.handle('undo', []);
    expect(host.current!.componentNotes.find((n) => n.componentId === 'C01')?.notes ?? '').toBe('');
    expect(host.current!.ballots).toHaveLength(2);
    await host.handle('redo', []);
    expect(host.current!.componentNotes.find((n) => n.componentId === 'C01')?.notes).toBe('บันทึกการอภิปราย');
    expect(host.current!.ballots).toHaveLength(2);
  });

  it('undoes edits in reverse order with the votes in between kept', async () => {
    const { host, pollId } = await hostWithOpenPoll();
    await host.handle('dispatch', [{ type: 'meta.update', payload: { title: 'หนึ่ง' } }]);
    await vote(host, pollId, 2, 'a');
    await host.handle('dispatch', [{ type: 'meta.update', payload: { venue: 'ห้อง ๑' } }]);
    await vote(host, pollId, 5, 'b');
    await host.handle('undo', []);
    expect(host.current!.meta).toMatchObject({ title: 'หนึ่ง', venue: '' });
    await host.handle('undo', []);
    expect(host.current!.meta).toMatchObject({ title: '', venue: '' });
    expect(host.current!.ballots.map((b) => b.answer)).toEqual([
      { kind: 'maturity', current: 2, target: null },
      { kind: 'maturity', current: 5, target: null },
    ]);
    await host.handle('redo', []);
    await host.handle('redo', []);
    expect(host.current!.meta).toMatchObject({ title: 'หนึ่ง', venue: 'ห้อง ๑' });
    expect(host.current!.ballots).toHaveLength(2);
  });

  it('leaves out, but keeps in the journal, a vote that no longer applies once its poll is undone', async () => {
    const { host, pollId } = await hostWithOpenPoll();
    await vote(host, pollId, 3);
    await host.handle('undo', []); // undo round.open
    expect(host.current!.ballots).toHaveLength(0);
    await host.handle('redo', []);
    expect(host.current!.ballots).toHaveLength(1);
  });
});

describe('undo history limits', () => {
  it('keeps the last 200 edits undoable and forgets older ones', async () => {
    const host = new WorkshopHost();
    host.newWorkshop();
    for (let i = 1; i <= 260; i++) await host.handle('dispatch', [{ type: 'meta.update', payload: { title: `t${i}` } }]);
    let undone = 0;
    while (host.snapshot().undo.canUndo) {
      await host.handle('undo', []);
      undone++;
    }
    expect(undone).toBeGreaterThanOrEqual(200);
    expect(undone).toBeLessThanOrEqual(250);
    expect(host.current!.meta.title).toBe(`t${260 - undone}`);
  });

  it('puts the undo state back when the disk refuses a change', async () => {
    let refuse = false;
    const host = new WorkshopHost({ persist: async () => { if (refuse) throw new Error('disk full'); } });
    host.newWorkshop();
    await host.handle('dispatch', [{ type: 'meta.update', payload: { title: 'kept' } }]);
    refuse = true;
    await host.handle('dispatch', [{ type: 'meta.update', payload: { title: 'lost' } }]);
    refuse = false;
    expect(host.current!.meta.title).toBe('kept');
    await host.handle('dispatch', [{ type: 'meta.update', payload: { venue: 'v' } }]);
    await host.handle('undo', []);
    await host.handle('undo', []);
    expect(host.current!.meta).toMatchObject({ title: '', venue: '' });
  });
});
