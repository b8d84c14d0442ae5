import { describe, expect, it } from 'vitest';
import type { Ballot, Poll } from '../domain/polls';
import type { Workshop } from '../domain/workshop';
import { workshopSchema } from '../domain/workshop';
import { ERASED_MARKER } from './erasure-words';
import { eraseMentions, erasureTargets, findMentions, findPersonMentions, sameNameOnRegister } from './mentions';
import { participant, stakeholder, workshopWith } from './test-support';

const HASH = 'a'.repeat(43);

const poll = (id: string, question: string, extra: Partial<Poll> = {}): Poll => ({
  id,
  kind: 'text',
  componentId: null,
  question: { th: question, en: '' },
  options: [],
  maxChoices: null,
  askTarget: false,
  allowChange: true,
  rounds: [{ number: 1, state: 'closed', openedAt: '2026-11-26T03:00:00.000Z', closedAt: '2026-11-26T03:05:00.000Z' }],
  ...extra,
});

const textBallot = (id: string, voter: string, text: string): Ballot => ({
  id,
  pollId: 'q1',
  round: 1,
  voter,
  sector: 'government',
  at: '2026-11-26T03:01:00.000Z',
  answer: { kind: 'text', text },
  moderation: 'approved',
});

/** A workshop where สมศรี (P001, registered) and a phone (P003) appear all over the place. */
function room(): Workshop {
  const base = workshopWith(
    [
      participant({ id: 'a', code: 'P001', name: 'นางสาวสมศรี ใจดี', organisation: 'สำนักงาน ก.พ.ร.', sector: 'government', contact: 'somsri@example.go.th, 081-234-5678' }),
      participant({ id: 'b', code: 'P002', name: 'นายสมชาย รักชาติ', sector: 'civil-society' }),
      participant({ id: `phone-${HASH}`, code: 'P003', name: 'Jane Doe', source: 'phone' }),
      participant({ id: 'd', code: 'P004', name: 'นายประเสริฐ ทองดี' }),
    ],
    [stakeholder({ id: 's1', name: 'กลุ่มแม่บ้านตำบลบ้านเป็ด', notes: 'ติดต่อผ่านคุณสมศรี โทร 0812345678' })],
  );
  return {
    ...base,
    meta: { ...base.meta, noteTaker: 'สมศรี ใจดี', agenda: ['รับรองรายงานการประชุม'] },
    polls: [
      poll('q1', 'ข้อเสนอต่อการเปิดเผยข้อมูล'),
      poll('q2', 'เลือกเรื่องเร่งด่วน', { kind: 'dots', options: [{ id: 'o1', label: { th: 'ข้อเสนอของ Ms. Doe', en: '' } }] }),
    ],
    ballots: [
      textBallot('b1', 'a', 'เห็นด้วยกับคุณสมชาย'),
      textBallot('b2', HASH, 'ขอให้นางสาวสมศรี ใจดี ช่วยประสานต่อ'),
      textBallot('b3', 'someone-else', 'บริการที่ประเสริฐ ควรขยายผล'),
    ],
    componentNotes: [
      {
        componentId: 'C01',
        notes: 'สมศรีใจดี เล่าว่าเว็บไซต์ไม่อัปเดต',
        evidence: [{ id: 'e1', text: 'หนังสือจาก Jane Doe', url: 'mailto:somsri@example.go.th' }],
        strengths: [],
        gaps: [{ id: 'g1', text: 'ไม่มีช่องทางรับฟัง (คุณสมศรีเสนอ)' }],
        ideas: [],
      },
    ],
    actions: [
      { id: 'x1', title: 'จัดทำบัญชีข้อมูล', owner: 'นางสาวสมศรี  ใจดี', due: '', indicator: 'ชุดข้อมูล 10 ชุด', priority: 'high', componentId: 'C01', inPlan: true },
      { id: 'x2', title: 'จัดเวทีรับฟัง', owner: 'คุณประเสริฐ', due: '', indicator: '', priority: 'medium', componentId: null, inPlan: false },
    ],
  };
}

const keys = (workshop: Workshop, id: string) => findPersonMentions(workshop, id).map((m) => m.key);

describe('findPersonMentions', () => {
  it('lists every place the full name, a titled given name or a contact appears, and ballots linked to the person', () => {
    const mentions = findPersonMentions(room(), 'a');
    expect(mentions.map((m) => [m.key, m.kinds])).toEqual([
      ['meta:noteTaker', ['name']],
      ['stakeholder:s1:notes', ['name', 'contact']],
      ['ballot:b2:text', ['name']],
      ['notes:C01:notes', ['name']],
      ['notes:C01:evidence:e1:url', ['contact']],
      ['notes:C01:gaps:g1', ['name']],
      ['action:x1:owner', ['name']],
      ['ballot:b1:voter', ['vote']],
    ]);
    expect(mentions.every((m) => m.participantId === 'a')).toBe(true);
  });

  it('labels each place in Thai and English', () => {
    const byKey = new Map(findPersonMentions(room(), 'a').map((m) => [m.key, m.label]));
    expect(byKey.get('action:x1:owner')).toEqual({ th: 'แผนปฏิบัติการ “จัดทำบัญชีข้อมูล”: ผู้รับผิดชอบ', en: 'Action “จัดทำบัญชีข้อมูล”: owner' });
    expect(byKey.get('notes:C01:gaps:g1')!.th).toBe('องค์ประกอบ 01 การเปิดเผยข้อมูลของภาครัฐ: ช่องว่างที่ต้องพัฒนา ข้อ 1');
    expect(byKey.get('ballot:b1:voter')).toEqual({
      th: 'การลงคะแนนของบุคคลนี้ ในคำถาม “ข้อเสนอต่อการเปิดเผยข้อมูล” รอบที่ 1',
      en: 'This person’s vote on “ข้อเสนอต่อการเปิดเผยข้อมูล”, round 1',
    });
    expect(byKey.get('meta:noteTaker')).toEqual({ th: 'ผู้จดรายงานการประชุม', en: 'Note-taker' });
  });

  it('finds a phone’s ballots by its token hash, and an English name with its title and by surname', () => {
    expect(keys(room(), `phone-${HASH}`)).toEqual(['poll:q2:option:o1:th', 'notes:C01:evidence:e1:text', 'ballot:b2:voter']);
  });

  it('does not take an ordinary word for a given name: a given name alone counts only after a title', () => {
    // "บริการที่ประเสริฐ" (excellent service) is not P004; "คุณประเสริฐ" is.
    expect(keys(room(), 'd')).toEqual(['action:x2:owner']);
  });

  it('does not take a given name another person on the register shares', () => {
    const w = room();
    const twin = { ...w, participants: [...w.participants, participant({ id: 'e', code: 'P005', name: 'สมศรี มีสุข' })] };
    // "คุณสมศรี" could be either of them now: only full names and contacts are this person's.
    expect(keys(twin, 'a')).not.toContain('notes:C01:gaps:g1');
    expect(keys(twin, 'a')).toContain('action:x1:owner');
    expect(findPersonMentions(twin, 'a').find((m) => m.key === 'stakeholder:s1:notes')!.kinds).toEqual(['contact']);
  });

  it('keeps Latin names to whole words', () => {
    const w = workshopWith([participant({ id: 'a', name: 'Ann Lee' })]);
    const withText = { ...w, meta: { ...w.meta, objectives: ['Annual review by Ann Leeds', 'Ann Lee to report', 'ANN  LEE agrees'] } };
    expect(keys(withText, 'a')).toEqual(['meta:objectives:1', 'meta:objectives:2']);
  });

  it('finds nothing for a name already erased, or an unknown id', () => {
    const w = room();
    const erased = { ...w, participants: w.participants.map((p) => (p.id === 'a' ? { ...p, name: '', contact: '', erased: true } : p)) };
    expect(keys(erased, 'a')).toEqual(['ballot:b1:voter']);
    expect(findPersonMentions(w, 'nobody')).toEqual([]);
  });

  it('lists each place once for a person with a linked phone that gave the same name, with everything found there', () => {
    const w = room();
    // สมศรี's phone, linked to her entry: the name she typed on it, and a LINE id only the phone gave.
    const phone = participant({ id: `phone-${'b'.repeat(43)}`, code: 'P005', name: 'สมศรี ใจดี', source: 'phone', linkedTo: 'a', contact: 'somsri.line' });
    const withPhone = {
      ...w,
      participants: [...w.participants, phone],
      meta: { ...w.meta, objectives: ['ติดต่อ somsri.line หรือคุณสมศรี ใจดี'] },
      ballots: [...w.ballots, textBallot('b4', 'b'.repeat(43), 'ใช้ได้')],
    };
    const mentions = findPersonMentions(withPhone, 'a');
    const keyList = mentions.map((m) => m.key);
    expect(keyList).toEqual([...new Set(keyList)]);
    // The same places as for her entry alone, plus the objective and the phone's ballot.
    for (const key of keys(w, 'a')) expect(keyList).toContain(key);
    expect(keyList).toContain('meta:objectives:0');
    expect(keyList).toContain('ballot:b4:voter');
    expect(mentions.find((m) => m.key === 'meta:objectives:0')!.kinds).toEqual(['name', 'contact']);
    expect(mentions.find((m) => m.key === 'action:x1:owner')!.kinds).toEqual(['name']);
    // All under the person, so erasing everyone lists them under her code once too.
    expect(new Set(mentions.map((m) => m.participantId))).toEqual(new Set(['a']));
    const all = findMentions(withPhone, erasureTargets(withPhone));
    expect(all.filter((m) => m.key === 'action:x1:owner').map((m) => m.participantId)).toEqual(['a']);
  });

  it('for everyone: one entry per person per place', () => {
    const w = room();
    const all = findMentions(w, erasureTargets(w));
    expect(all.filter((m) => m.key === 'ballot:b2:text').map((m) => m.participantId)).toEqual(['a']);
    expect(new Set(all.map((m) => m.participantId))).toEqual(new Set(['a', 'b', `phone-${HASH}`, 'd']));
  });
});

describe('sameNameOnRegister', () => {
  it('finds someone else registered under the same name, titles aside', () => {
    const w = workshopWith([
      participant({ id: 'a', code: 'P001', name: 'นางสาวสมศรี ใจดี' }),
      participant({ id: 'b', code: 'P002', name: 'สมศรี  ใจดี' }),
      participant({ id: 'c', code: 'P003', name: 'สมศรี มีสุข' }),
      participant({ id: 'd', code: 'P004', name: '', erased: true }),
    ]);
    expect(sameNameOnRegister(w, 'a').map((p) => p.code)).toEqual(['P002']);
    expect(sameNameOnRegister(w, 'c')).toEqual([]);
    expect(sameNameOnRegister(w, 'd')).toEqual([]);
  });
});

describe('eraseMentions', () => {
  it('puts the marker (workshop language) where the name or contact was, unlinks ballots, and leaves the rest', () => {
    const w = room();
    const after = eraseMentions(w, erasureTargets(w, 'a'));
    const marker = ERASED_MARKER.th;
    expect(after.meta.noteTaker).toBe(marker);
    expect(after.actions[0]!.owner).toBe(marker);
    expect(after.actions[1]).toBe(w.actions[1]);
    expect(after.stakeholders[0]!.notes).toBe(`ติดต่อผ่าน${marker} โทร ${marker}`);
    expect(after.componentNotes[0]!.notes).toBe(`${marker} เล่าว่าเว็บไซต์ไม่อัปเดต`);
    expect(after.componentNotes[0]!.gaps[0]!.text).toBe(`ไม่มีช่องทางรับฟัง (${marker}เสนอ)`);
    expect(after.componentNotes[0]!.evidence[0]).toEqual({ id: 'e1', text: 'หนังสือจาก Jane Doe', url: `mailto:${marker}` });
    expect(after.ballots[1]!.answer).toEqual({ kind: 'text', text: `ขอให้${marker} ช่วยประสานต่อ` });
    // The ballot stays, counted, with its answer and sector, under a voter of its own.
    expect(after.ballots[0]).toEqual({ ...w.ballots[0], voter: 'erased-entered-b1' });
    expect(after.ballots[2]).toBe(w.ballots[2]);
    expect(after.polls).toBe(w.polls);
    expect(after.participants).toBe(w.participants);
    // Beyond the register (the erase command blanks that), nothing of hers is left.
    expect(/สมศรี|somsri|5678/.test(JSON.stringify({ ...after, participants: [] }))).toBe(false);
    expect(workshopSchema.safeParse(after).success).toBe(true);
    expect(findPersonMentions(after, 'a')).toEqual([]);
  });

  it('uses the English marker in an English workshop', () => {
    const w = room();
    const english = { ...w, meta: { ...w.meta, language: 'en' as const } };
    expect(eraseMentions(english, erasureTargets(english, `phone-${HASH}`)).polls[1]!.options[0]!.label.th).toBe('ข้อเสนอของ [erased on request]');
  });

  it('returns the same document when the person appears nowhere else', () => {
    const w = room();
    expect(eraseMentions(w, erasureTargets(w, 'nobody'))).toBe(w);
  });

  it('keeps a field within its limit when the marker is longer than the name', () => {
    const w = workshopWith([participant({ id: 'a', name: 'Bo Li' })]);
    const full = { ...w, actions: [{ id: 'x', title: 'x', owner: `${'y'.repeat(295)} Bo Li`, due: '', indicator: '', priority: 'low' as const, componentId: null, inPlan: false }] };
    const owner = eraseMentions(full, erasureTargets(full, 'a')).actions[0]!.owner;
    expect(owner.length).toBe(300);
    expect(workshopSchema.safeParse(eraseMentions(full, erasureTargets(full, 'a'))).success).toBe(true);
  });
});

describe('erased voters', () => {
  it('say where the ballot came from, and nothing about who cast it', async () => {
    const { erasedVoter, erasedVoterSource } = await import('./mentions');
    expect(erasedVoter('b1', 'entered')).toBe('erased-entered-b1');
    expect(erasedVoterSource('erased-phone-b2')).toBe('phone');
    expect(erasedVoterSource('erased-entered-b1')).toBe('entered');
    expect(erasedVoterSource(HASH)).toBeNull();
  });
});
