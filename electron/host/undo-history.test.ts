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

  it('refuses to undo opening a round once a phone voted in it, and says to close the round instead', async () => {
    const journaled: string[] = [];
    const host = new WorkshopHost({ persist: async (entry) => void journaled.push(entry.kind) });
    host.newWorkshop();
    await host.handle('dispatch', [{ type: 'poll.create', payload: { kind: 'maturity', componentId: 'C01' } }]);
    const pollId = host.current!.polls[0]!.id;
    await host.handle('dispatch', [{ type: 'round.open', payload: { pollId } }]);
    await vote(host, pollId, 3);
    const before = host.current;
    const entries = journaled.length;

    const reply = await host.handle('undo', []);
    expect(reply).toEqual({
      ok: false,
      error: {
        code: 'UNDO_BLOCKED',
        message: "Opening this round can't be undone: 1 ballot was cast in it since. Close the round instead; the ballots stay counted.",
        reason: {
          th: 'เลิกทำการเปิดรอบนี้ไม่ได้ เพราะมีผู้ลงคะแนนในรอบนี้แล้ว 1 คน หากต้องการหยุดรับคำตอบ ให้กด “ปิดการลงคะแนน” คะแนนที่ได้รับแล้วจะยังนับอยู่',
          en: "Opening this round can't be undone: 1 ballot was cast in it since. Close the round instead; the ballots stay counted.",
        },
      },
    });
    // Nothing vanished, nothing was journaled, and Undo still offers the same step.
    expect(host.current).toBe(before);
    expect(host.current!.ballots).toHaveLength(1);
    expect(journaled).toHaveLength(entries);
    expect(host.snapshot().undo.undoLabel?.en).toBe('Open voting');

    // Closing is what the facilitator does instead; that, in turn, can be undone, votes kept.
    await host.handle('dispatch', [{ type: 'round.close', payload: { pollId } }]);
    expect((await host.handle('undo', [])).ok).toBe(true);
    expect(host.current!.polls[0]!.rounds[0]!.state).toBe('open');
    expect(host.current!.ballots).toHaveLength(1);
  });

  it('still undoes opening a round no one has voted in', async () => {
    const { host } = await hostWithOpenPoll();
    expect((await host.handle('undo', [])).ok).toBe(true);
    expect(host.current!.polls[0]!.rounds).toEqual([]);
  });

  it('refuses to undo a re-vote once the new round has ballots, keeping both rounds’ ballots', async () => {
    const { host, pollId } = await hostWithOpenPoll();
    await vote(host, pollId, 2, 'a');
    await host.handle('dispatch', [{ type: 'round.close', payload: { pollId } }]);
    await host.handle('dispatch', [{ type: 'round.revote', payload: { pollId } }]);
    await vote(host, pollId, 4, 'a');
    await vote(host, pollId, 5, 'b');
    const reply = await host.handle('undo', []);
    expect(reply).toMatchObject({ ok: false, error: { code: 'UNDO_BLOCKED', message: expect.stringContaining('2 ballots were cast') } });
    expect(host.current!.ballots.map((b) => b.round)).toEqual([1, 2, 2]);
  });

  it('refuses any undo that would take out a ballot, not only a round’s opening', async () => {
    const host = new WorkshopHost();
    host.newWorkshop();
    await host.handle('dispatch', [{ type: 'poll.create', payload: { kind: 'maturity', componentId: 'C01' } }]);
    const pollId = host.current!.polls[0]!.id;
    await host.handle('dispatch', [{ type: 'round.open', payload: { pollId } }]);
    await host.handle('dispatch', [{ type: 'participant.add', payload: { name: 'ผู้ไม่มีโทรศัพท์' } }]);
    const participantId = host.current!.participants[0]!.id;
    await host.handle('dispatch', [{ type: 'ballot.cast', payload: { pollId, participantId, answer: { kind: 'maturity', current: 3, target: null } } }]);
    const reply = await host.handle('undo', []);
    expect(reply).toMatchObject({ ok: false, error: { code: 'UNDO_BLOCKED', message: expect.stringContaining('Undoing “Add participant” would take out 1 ballot') } });
    expect(host.current!.participants).toHaveLength(1);
    expect(host.current!.ballots).toHaveLength(1);
  });

  it('replays a journal written before the refusal as it was journaled (the undo drops the vote, redo brings it back)', () => {
    const host = new WorkshopHost();
    host.newWorkshop();
    const at = '2026-11-26T03:00:00.000Z';
    const facilitator = { kind: 'facilitator' as const };
    const result = host.replay([
      { kind: 'command', id: 'poll', at, actor: facilitator, command: { type: 'poll.create', payload: { kind: 'maturity', componentId: 'C01' } } },
      { kind: 'command', id: 'open', at, actor: facilitator, command: { type: 'round.open', payload: { pollId: 'poll' } } },
      {
        kind: 'command',
        id: 'vote',
        at,
        actor: { ...participant },
        command: { type: 'ballot.cast', payload: { pollId: 'poll', answer: { kind: 'maturity', current: 3, target: null } } },
      },
      { kind: 'undo', id: 'u', at, actor: facilitator },
    ]);
    expect(result).toEqual({ applied: 4, skipped: 0, erased: false });
    expect(host.current!.ballots).toHaveLength(0);
    // A vote left out that way does not block later steps; redo puts it back.
    expect(host.snapshot().undo.canRedo).toBe(true);
    host.replay([{ kind: 'redo', id: 'r', at, actor: facilitator }]);
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
