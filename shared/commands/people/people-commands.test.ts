import { describe, expect, it } from 'vitest';
import { WorkshopHost } from '../../../electron/host/workshop-host';
import { createWorkshop } from '../../domain/create';
import type { Workshop } from '../../domain/workshop';
import type { CommandContext } from '../define';
import { applyCommand, parseCommand } from '../reducer';
import { checkLocalized } from '../polls/test-support';

let seq = 0;
const ctx = (commandId = `c${++seq}`, at = '2026-11-26T03:00:00.000Z'): CommandContext => ({ at, commandId, actor: { kind: 'facilitator' } });
const fresh = () => createWorkshop({ id: 'w1', createdAt: '2026-11-26T02:00:00.000Z' });

/** Parse and apply like the host does; throw on refusal so a test reads as a story. */
function run(document: Workshop, type: string, payload: unknown, context = ctx()) {
  const parsed = parseCommand({ type, payload });
  if (!parsed.ok) throw new Error(parsed.error.message);
  const outcome = applyCommand(document, parsed.command, context);
  if (!outcome.ok) throw new Error(outcome.error.message);
  return outcome;
}
/** The refusal's English message; a command's own refusal must also say why in Thai (checkLocalized). */
const refusal = (document: Workshop, type: string, payload: unknown) => {
  const parsed = parseCommand({ type, payload });
  if (!parsed.ok) return parsed.error.message;
  const outcome = applyCommand(document, parsed.command, ctx());
  if (outcome.ok) return null;
  checkLocalized(outcome.error);
  return outcome.error.message;
};
const add = (document: Workshop, payload: Record<string, unknown> = {}, context = ctx()) => run(document, 'participant.add', { name: 'สมศรี ใจดี', ...payload }, context).document;

describe('participant.add', () => {
  it('registers a participant with the next code, an id from the command and no check-in', () => {
    const outcome = run(fresh(), 'participant.add', { name: ' สมศรี ใจดี ', organisation: 'ก.พ.ร.', sector: 'government' }, ctx('cmd-1'));
    expect(outcome.document.participants).toEqual([
      {
        id: 'cmd-1',
        code: 'P001',
        name: 'สมศรี ใจดี',
        organisation: 'ก.พ.ร.',
        sector: 'government',
        contact: '',
        socialGroups: [],
        groupsConsent: false,
        checkedInAt: null,
        source: 'register',
        erased: false,
      },
    ]);
    expect(outcome.events).toEqual([{ type: 'participants.added', ids: ['cmd-1'], source: 'register' }]);
  });

  it('checks a walk-in in at the command’s time in the same step', () => {
    const outcome = run(fresh(), 'participant.add', { name: 'walk-in', checkedIn: true }, ctx('c', '2026-11-26T02:15:00.000Z'));
    expect(outcome.document.participants[0]!.checkedInAt).toBe('2026-11-26T02:15:00.000Z');
    expect(outcome.events.map((e) => e.type)).toEqual(['participants.added', 'participants.checkedIn']);
  });

  it('stores social groups only with consent', () => {
    const without = add(fresh(), { socialGroups: ['women', 'disability'], groupsConsent: false });
    expect(without.participants[0]!.socialGroups).toEqual([]);
    const withConsent = add(fresh(), { socialGroups: ['women', 'women', 'disability'], groupsConsent: true });
    expect(withConsent.participants[0]!.socialGroups).toEqual(['women', 'disability']);
  });

  it('refuses a sector or social group that is not on the workshop’s lists', () => {
    expect(refusal(fresh(), 'participant.add', { name: 'x', sector: 'martians' })).toMatch(/unknown sector "martians"/);
    expect(refusal(fresh(), 'participant.add', { name: 'x', socialGroups: ['aliens'], groupsConsent: true })).toMatch(/unknown social group "aliens"/);
  });

  it('refuses unknown fields and over-long names rather than storing them', () => {
    expect(refusal(fresh(), 'participant.add', { name: 'x', nationalId: '1234' })).not.toBeNull();
    expect(refusal(fresh(), 'participant.add', { name: 'ก'.repeat(201) })).not.toBeNull();
  });

  it('never mutates the document it is given', () => {
    const before = fresh();
    const copy = structuredClone(before);
    add(before);
    expect(before).toEqual(copy);
  });
});

describe('participant codes', () => {
  it('go on from the highest code and are never handed out again after a removal in the middle', () => {
    let w = fresh();
    for (const id of ['a', 'b', 'c']) w = add(w, {}, ctx(id));
    w = run(w, 'participant.remove', { ids: ['b'] }).document;
    w = add(w, {}, ctx('d'));
    expect(w.participants.map((p) => p.code)).toEqual(['P001', 'P003', 'P004']);
  });

  it('continue in row order for an import, after the codes already given', () => {
    let w = add(fresh(), {}, ctx('a'));
    w = run(w, 'participant.import', { participants: [{ name: 'ก' }, { name: 'ข' }] }, ctx('imp')).document;
    expect(w.participants.map((p) => [p.id, p.code])).toEqual([
      ['a', 'P001'],
      ['imp-1', 'P002'],
      ['imp-2', 'P003'],
    ]);
  });
});

describe('participant.update', () => {
  it('changes only the given fields and says which', () => {
    const w = add(fresh(), { organisation: 'ก.พ.ร.' }, ctx('p'));
    const outcome = run(w, 'participant.update', { id: 'p', patch: { organisation: 'สำนักงาน ก.พ.ร.', name: 'สมศรี ใจดี' } });
    expect(outcome.document.participants[0]).toMatchObject({ name: 'สมศรี ใจดี', organisation: 'สำนักงาน ก.พ.ร.' });
    expect(outcome.events).toEqual([{ type: 'participants.updated', id: 'p', fields: ['organisation'] }]);
  });

  it('clears social groups when consent is withdrawn, and ignores groups sent without consent', () => {
    let w = add(fresh(), { socialGroups: ['youth'], groupsConsent: true }, ctx('p'));
    w = run(w, 'participant.update', { id: 'p', patch: { groupsConsent: false } }).document;
    expect(w.participants[0]).toMatchObject({ groupsConsent: false, socialGroups: [] });
    w = run(w, 'participant.update', { id: 'p', patch: { socialGroups: ['older'] } }).document;
    expect(w.participants[0]!.socialGroups).toEqual([]);
  });

  it('returns the same document when nothing changes', () => {
    const w = add(fresh(), {}, ctx('p'));
    expect(run(w, 'participant.update', { id: 'p', patch: { name: 'สมศรี ใจดี' } }).document).toBe(w);
  });

  it('refuses an unknown participant', () => {
    expect(refusal(fresh(), 'participant.update', { id: 'nobody', patch: { name: 'x' } })).toMatch(/no participant/);
  });
});

describe('participant.checkIn and participant.undoCheckIn', () => {
  it('records the arrival time once, and takes it back', () => {
    let w = add(fresh(), {}, ctx('p'));
    w = run(w, 'participant.checkIn', { id: 'p' }, ctx('c1', '2026-11-26T02:10:00.000Z')).document;
    const again = run(w, 'participant.checkIn', { id: 'p' }, ctx('c2', '2026-11-26T02:20:00.000Z'));
    expect(again.document).toBe(w);
    expect(w.participants[0]!.checkedInAt).toBe('2026-11-26T02:10:00.000Z');
    const undone = run(w, 'participant.undoCheckIn', { id: 'p' });
    expect(undone.document.participants[0]!.checkedInAt).toBeNull();
    expect(undone.events).toEqual([{ type: 'participants.checkInUndone', id: 'p' }]);
  });
});

describe('participant.remove', () => {
  it('removes several at once and refuses an unknown id without removing anyone', () => {
    let w = fresh();
    for (const id of ['a', 'b', 'c']) w = add(w, {}, ctx(id));
    expect(run(w, 'participant.remove', { ids: ['a', 'c'] }).document.participants.map((p) => p.id)).toEqual(['b']);
    expect(refusal(w, 'participant.remove', { ids: ['a', 'zzz'] })).toMatch(/no participant with id "zzz"/);
  });
});

describe('participant.import', () => {
  it('adds everyone as imported, with consent enforced row by row', () => {
    const outcome = run(
      fresh(),
      'participant.import',
      {
        participants: [
          { name: 'ก', sector: 'community', socialGroups: ['women'], groupsConsent: true },
          { name: 'ข', socialGroups: ['women'], groupsConsent: false },
        ],
        checkedIn: true,
      },
      ctx('imp', '2026-11-26T01:00:00.000Z'),
    );
    expect(outcome.document.participants.map((p) => [p.source, p.socialGroups, p.checkedInAt])).toEqual([
      ['import', ['women'], '2026-11-26T01:00:00.000Z'],
      ['import', [], '2026-11-26T01:00:00.000Z'],
    ]);
    expect(outcome.events).toEqual([{ type: 'participants.added', ids: ['imp-1', 'imp-2'], source: 'import' }]);
  });

  it('refuses the whole import when a row names a sector the workshop does not have', () => {
    expect(refusal(fresh(), 'participant.import', { participants: [{ name: 'ก' }, { name: 'ข', sector: 'martians' }] })).toMatch(/row 2: unknown sector/);
  });

  it('refuses an empty import', () => {
    expect(refusal(fresh(), 'participant.import', { participants: [] })).not.toBeNull();
  });

  it('does not merge duplicates: both rows are kept', () => {
    const w = run(fresh(), 'participant.import', { participants: [{ name: 'นางสาวสมศรี ใจดี' }, { name: 'สมศรี ใจดี' }] }).document;
    expect(w.participants).toHaveLength(2);
  });
});

describe('people.erasePersonalData', () => {
  const withTwo = () => {
    let w = add(fresh(), { organisation: 'ก.พ.ร.', contact: '081', sector: 'government', socialGroups: ['women'], groupsConsent: true }, ctx('a'));
    w = run(w, 'participant.checkIn', { id: 'a' }).document;
    return add(w, { name: 'สมชาย', organisation: 'มท.', contact: 'x@y' }, ctx('b'));
  };

  it('erases names, organisations and contacts of everyone, keeping codes, sectors, groups and check-ins', () => {
    const outcome = run(withTwo(), 'people.erasePersonalData', {});
    expect(outcome.document.participants).toMatchObject([
      { id: 'a', code: 'P001', name: '', organisation: '', contact: '', sector: 'government', socialGroups: ['women'], erased: true, checkedInAt: '2026-11-26T03:00:00.000Z' },
      { id: 'b', code: 'P002', name: '', organisation: '', contact: '', erased: true },
    ]);
    expect(outcome.events).toEqual([{ type: 'participants.personalDataErased', ids: ['a', 'b'] }]);
  });

  it('erases one participant who asked, and no one else', () => {
    const w = run(withTwo(), 'people.erasePersonalData', { participantId: 'b' }).document;
    expect(w.participants.map((p) => [p.name, p.erased])).toEqual([
      ['สมศรี ใจดี', false],
      ['', true],
    ]);
  });

  it('refuses to fill personal data back into an erased record', () => {
    const w = run(withTwo(), 'people.erasePersonalData', { participantId: 'b' }).document;
    expect(refusal(w, 'participant.update', { id: 'b', patch: { name: 'สมชาย' } })).toMatch(/erased/);
    expect(run(w, 'participant.update', { id: 'b', patch: { sector: 'media' } }).document.participants[1]!.sector).toBe('media');
  });

  it('is a no-op the second time', () => {
    const w = run(withTwo(), 'people.erasePersonalData', {}).document;
    expect(run(w, 'people.erasePersonalData', {}).document).toBe(w);
  });

  describe('beyond the register', () => {
    const phone = { kind: 'participant' as const, tokenHash: 'h'.repeat(43) };
    /** สมศรี (a, registered, contact given) owns an action, is in the notes and a stakeholder card, and voted; a phone voted too. */
    const busy = () => {
      let w = add(fresh(), { name: 'นางสาวสมศรี ใจดี', contact: 'somsri@example.go.th', sector: 'government' }, ctx('a'));
      w = add(w, { name: 'นายสมชาย รักชาติ' }, ctx('b'));
      w = run(w, 'action.add', { title: 'จัดทำบัญชีข้อมูล', owner: 'สมศรี ใจดี', componentId: 'C01' }, ctx('act')).document;
      w = run(w, 'notes.set', { componentId: 'C01', notes: 'คุณสมศรีเสนอให้เปิดเผยงบประมาณ ติดต่อ somsri@example.go.th' }).document;
      w = run(w, 'gap.add', { componentId: 'C01', text: 'ยังไม่มีผู้ดูแลข้อมูล (ความเห็นของคุณสมชาย)' }).document;
      w = run(w, 'stakeholder.add', { name: 'ชุมชนบ้านหนองบัว', notes: 'ประสานผ่านนางสาวสมศรี ใจดี' }, ctx('st')).document;
      w = run(w, 'poll.create', { kind: 'text', question: { th: 'ข้อเสนอของท่าน', en: '' } }, ctx('q')).document;
      w = run(w, 'round.open', { pollId: 'q' }).document;
      w = run(w, 'ballot.cast', { pollId: 'q', participantId: 'a', answer: { kind: 'text', text: 'ควรมีบัญชีข้อมูล' } }, ctx('vote-a')).document;
      w = run(w, 'participant.join', { name: 'Jane Doe' }, { ...ctx(), actor: phone }).document;
      w = run(w, 'ballot.cast', { pollId: 'q', answer: { kind: 'text', text: 'เห็นด้วยกับนางสาวสมศรี ใจดี' } }, { ...ctx('vote-phone'), actor: phone }).document;
      return w;
    };

    it('replaces the name and contact with the marker wherever they appear, and unlinks the person’s ballots', () => {
      const before = busy();
      const outcome = run(before, 'people.erasePersonalData', { participantId: 'a' });
      const w = outcome.document;
      expect(outcome.events).toEqual([{ type: 'participants.personalDataErased', ids: ['a'] }]);
      expect(w.actions[0]!.owner).toBe('[ลบข้อมูลตามคำขอ]');
      expect(w.componentNotes.find((n) => n.componentId === 'C01')!.notes).toBe('[ลบข้อมูลตามคำขอ]เสนอให้เปิดเผยงบประมาณ ติดต่อ [ลบข้อมูลตามคำขอ]');
      expect(w.stakeholders[0]!.notes).toBe('ประสานผ่าน[ลบข้อมูลตามคำขอ]');
      // Someone else's name, and their ballot, are left as they were.
      expect(w.componentNotes.find((n) => n.componentId === 'C01')!.gaps[0]!.text).toBe('ยังไม่มีผู้ดูแลข้อมูล (ความเห็นของคุณสมชาย)');
      const [mine, phones] = w.ballots;
      expect(mine).toMatchObject({ id: 'vote-a', voter: 'erased-entered-vote-a', sector: 'government', answer: { text: 'ควรมีบัญชีข้อมูล' } });
      expect(phones).toMatchObject({ voter: 'h'.repeat(43), answer: { text: 'เห็นด้วยกับ[ลบข้อมูลตามคำขอ]' } });
      // Still counted: two ballots in the round.
      expect(w.ballots).toHaveLength(2);
      const { participants, ...rest } = w;
      expect(/สมศรี|somsri/.test(JSON.stringify(rest))).toBe(false);
      expect(participants.map((p) => p.name)).toEqual(['', 'นายสมชาย รักชาติ', 'Jane Doe']);
    });

    it('erases a phone’s own name and unlinks its ballots by its token hash', () => {
      const w = run(busy(), 'people.erasePersonalData', { participantId: `phone-${'h'.repeat(43)}` }).document;
      expect(w.ballots.map((b) => b.voter)).toEqual(['a', 'erased-phone-vote-phone']);
      expect(w.participants[2]).toMatchObject({ name: '', erased: true, code: 'P003' });
    });

    it('uses the English marker in an English workshop', () => {
      const english = run(busy(), 'meta.update', { language: 'en' }).document;
      expect(run(english, 'people.erasePersonalData', { participantId: 'a' }).document.actions[0]!.owner).toBe('[erased on request]');
    });

    it('unlinks the ballots of someone erased before erasure reached beyond the register', () => {
      const before = busy();
      const oldStyle = { ...before, participants: before.participants.map((p) => (p.id === 'a' ? { ...p, name: '', organisation: '', contact: '', erased: true } : p)) };
      const outcome = run(oldStyle, 'people.erasePersonalData', { participantId: 'a' });
      expect(outcome.document.ballots[0]!.voter).toBe('erased-entered-vote-a');
      expect(outcome.events).toEqual([{ type: 'participants.personalDataErased', ids: ['a'] }]);
      expect(run(outcome.document, 'people.erasePersonalData', { participantId: 'a' }).events).toEqual([]);
    });

    it('refuses an unknown id', () => {
      expect(refusal(busy(), 'people.erasePersonalData', { participantId: 'nobody' })).toMatch(/no participant/);
    });
  });
});

describe('participant.link and participant.unlink', () => {
  const phone = { kind: 'participant' as const, tokenHash: 'k'.repeat(43) };
  const phoneId = `phone-${'k'.repeat(43)}`;
  /** Somsri on the register (not checked in) and her phone, joined as "สมศรี ใจดี" with a group; it voted. */
  const room = () => {
    let w = add(fresh(), { name: 'นางสาวสมศรี ใจดี', organisation: 'สำนักงาน ก.พ.ร.', sector: 'government' }, ctx('a'));
    w = run(w, 'participant.join', { name: 'สมศรี ใจดี', socialGroups: ['women'], groupsConsent: true }, { ...ctx('join', '2026-11-26T02:40:00.000Z'), actor: phone }).document;
    w = run(w, 'poll.create', { kind: 'maturity', componentId: 'C01' }, ctx('m')).document;
    w = run(w, 'round.open', { pollId: 'm' }).document;
    w = run(w, 'ballot.cast', { pollId: 'm', answer: { kind: 'maturity', current: 3, target: null } }, { ...ctx('vote'), actor: phone }).document;
    return w;
  };

  it('links the phone to the register entry: checked in at the phone’s join time, the phone’s record, ballot and groups kept', () => {
    const before = room();
    const outcome = run(before, 'participant.link', { phoneId, participantId: 'a' });
    const w = outcome.document;
    expect(outcome.events).toEqual([
      { type: 'participants.linked', phoneId, participantId: 'a' },
      { type: 'participants.checkedIn', id: 'a', at: '2026-11-26T02:40:00.000Z' },
    ]);
    expect(w.participants.find((p) => p.id === 'a')!.checkedInAt).toBe('2026-11-26T02:40:00.000Z');
    expect(w.participants.find((p) => p.id === phoneId)).toMatchObject({ linkedTo: 'a', name: 'สมศรี ใจดี', socialGroups: ['women'], checkedInAt: '2026-11-26T02:40:00.000Z' });
    expect(w.ballots).toEqual(before.ballots);
    // The phone keeps working: it can change its vote, and joining again keeps the link.
    const again = run(w, 'participant.join', { name: 'สมศรี ใจดี', socialGroups: ['women'], groupsConsent: true }, { ...ctx(), actor: phone }).document;
    expect(again.participants.find((p) => p.id === phoneId)!.linkedTo).toBe('a');
    expect(run(again, 'ballot.cast', { pollId: 'm', answer: { kind: 'maturity', current: 4, target: null } }, { ...ctx(), actor: phone }).document.ballots).toHaveLength(1);
  });

  it('keeps an earlier check-in, and does nothing the second time', () => {
    let w = run(room(), 'participant.checkIn', { id: 'a' }, ctx('in', '2026-11-26T02:00:00.000Z')).document;
    w = run(w, 'participant.link', { phoneId, participantId: 'a' }).document;
    expect(w.participants.find((p) => p.id === 'a')!.checkedInAt).toBe('2026-11-26T02:00:00.000Z');
    expect(run(w, 'participant.link', { phoneId, participantId: 'a' }).events).toEqual([]);
  });

  it('links only a phone to a register entry, neither erased', () => {
    const w = room();
    expect(refusal(w, 'participant.link', { phoneId: 'a', participantId: 'a' })).toMatch(/did not join from a phone/);
    expect(refusal(w, 'participant.link', { phoneId, participantId: phoneId })).toMatch(/joined from a phone/);
    expect(refusal(w, 'participant.link', { phoneId, participantId: 'nobody' })).toMatch(/no participant/);
    const erased = run(w, 'people.erasePersonalData', { participantId: 'a' }).document;
    expect(refusal(erased, 'participant.link', { phoneId, participantId: 'a' })).toMatch(/erased/);
  });

  it('unlinks, and removing the register entry unlinks its phones', () => {
    const linked = run(room(), 'participant.link', { phoneId, participantId: 'a' }).document;
    const unlinked = run(linked, 'participant.unlink', { phoneId });
    expect(unlinked.events).toEqual([{ type: 'participants.unlinked', phoneId, participantId: 'a' }]);
    expect(unlinked.document.participants.find((p) => p.id === phoneId)!.linkedTo).toBeUndefined();
    expect(run(unlinked.document, 'participant.unlink', { phoneId }).events).toEqual([]);
    const removed = run(linked, 'participant.remove', { ids: ['a'] }).document;
    expect(removed.participants).toHaveLength(1);
    expect(removed.participants[0]!.linkedTo).toBeUndefined();
  });

  it('erases the linked phone’s name with the person’s (it is the name they gave)', () => {
    const linked = run(room(), 'participant.link', { phoneId, participantId: 'a' }).document;
    const w = run(linked, 'people.erasePersonalData', { participantId: 'a' }).document;
    expect(w.participants.map((p) => [p.name, p.erased])).toEqual([
      ['', true],
      ['', true],
    ]);
    expect(/สมศรี/.test(JSON.stringify(w))).toBe(false);
  });
});

describe('through the host', () => {
  const hostWithWorkshop = () => {
    let n = 0;
    const host = new WorkshopHost({ newId: () => `id-${++n}`, clock: () => new Date('2026-11-26T03:00:00.000Z') });
    host.newWorkshop({});
    return host;
  };
  const dispatch = (host: WorkshopHost, type: string, payload: unknown) => host.handle('dispatch', [{ type, payload }]);

  it('undoes a whole import in one step, with its label', async () => {
    const host = hostWithWorkshop();
    expect((await dispatch(host, 'participant.add', { name: 'ก' })).ok).toBe(true);
    expect((await dispatch(host, 'participant.import', { participants: [{ name: 'ข' }, { name: 'ค' }, { name: 'ง' }] })).ok).toBe(true);
    expect(host.current!.participants).toHaveLength(4);
    expect(host.snapshot().undo.undoLabel).toEqual({ th: 'นำเข้ารายชื่อผู้เข้าร่วม', en: 'Import participants' });
    expect((await host.handle('undo', [])).ok).toBe(true);
    expect(host.current!.participants.map((p) => p.name)).toEqual(['ก']);
    expect((await host.handle('redo', [])).ok).toBe(true);
    expect(host.current!.participants.map((p) => p.code)).toEqual(['P001', 'P002', 'P003', 'P004']);
  });

  it('undoes a link in one step, the phone’s later ballot still counted', async () => {
    const host = hostWithWorkshop();
    await dispatch(host, 'participant.add', { name: 'นางสาวสมศรี ใจดี' });
    await dispatch(host, 'poll.create', { kind: 'maturity', componentId: 'C01' });
    const pollId = host.current!.polls[0]!.id;
    await dispatch(host, 'round.open', { pollId });
    const phone = { kind: 'participant' as const, tokenHash: 'u'.repeat(43) };
    expect((await host.handle('dispatch', [{ type: 'participant.join', payload: { name: 'สมศรี ใจดี' } }], phone)).ok).toBe(true);
    const [person, device] = host.current!.participants;
    expect((await dispatch(host, 'participant.link', { phoneId: device!.id, participantId: person!.id })).ok).toBe(true);
    expect(host.snapshot().undo.undoLabel).toEqual({ th: 'รวมผู้เข้าร่วมทางมือถือกับทะเบียน', en: 'Link a phone to the register' });
    expect((await host.handle('dispatch', [{ type: 'ballot.cast', payload: { pollId, answer: { kind: 'maturity', current: 2, target: null } } }], phone)).ok).toBe(true);
    expect((await host.handle('undo', [])).ok).toBe(true);
    expect(host.current!.participants.find((p) => p.id === device!.id)!.linkedTo).toBeUndefined();
    expect(host.current!.participants.find((p) => p.id === person!.id)!.checkedInAt).toBeNull();
    expect(host.current!.ballots).toHaveLength(1);
  });

  it('undoes a check-in', async () => {
    const host = hostWithWorkshop();
    await dispatch(host, 'participant.add', { name: 'ก' });
    const id = host.current!.participants[0]!.id;
    await dispatch(host, 'participant.checkIn', { id });
    expect(host.current!.participants[0]!.checkedInAt).not.toBeNull();
    await host.handle('undo', []);
    expect(host.current!.participants[0]!.checkedInAt).toBeNull();
  });

  it('never gives a code twice, not even after the person with the highest code was removed', async () => {
    const host = hostWithWorkshop();
    await dispatch(host, 'participant.add', { name: 'ก' });
    await dispatch(host, 'participant.add', { name: 'ข' });
    const second = host.current!.participants[1]!;
    expect(second.code).toBe('P002');
    await dispatch(host, 'participant.remove', { ids: [second.id] });
    await dispatch(host, 'participant.add', { name: 'ค' });
    expect(host.current!.participants.map((p) => p.code)).toEqual(['P001', 'P003']);
    expect(host.current!.codesIssued).toBe(3);
  });

  it('makes no undo step for an erasure, and ends the undo history before it', async () => {
    const host = hostWithWorkshop();
    await dispatch(host, 'participant.add', { name: 'ก' });
    expect(host.snapshot().undo.undoLabel?.en).toBe('Add participant');
    await dispatch(host, 'people.erasePersonalData', {});
    expect(host.snapshot().undo).toMatchObject({ canUndo: false, canRedo: false });
  });

  // The host drops its undo history on `participants.personalDataErased`, so no earlier copy
  // holding the names stays in memory and Undo cannot bring them back.
  it('cannot bring erased names back with Undo', async () => {
    const host = hostWithWorkshop();
    await dispatch(host, 'participant.add', { name: 'สมศรี ใจดี' });
    await dispatch(host, 'participant.add', { name: 'สมชาย รักชาติ' });
    await dispatch(host, 'people.erasePersonalData', {});
    expect(host.snapshot().undo.canUndo).toBe(false);
    await host.handle('undo', []);
    expect(host.current!.participants.map((p) => p.name)).not.toContain('สมศรี ใจดี');
  });

  it('refuses a rejected command with the reason and changes nothing', async () => {
    const host = hostWithWorkshop();
    const before = host.current;
    const reply = await dispatch(host, 'participant.add', { name: 'x', sector: 'martians' });
    expect(reply).toMatchObject({ ok: false, error: { code: 'REJECTED' } });
    expect(host.current).toBe(before);
  });
});
