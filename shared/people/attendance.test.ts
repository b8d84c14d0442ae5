import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Participant } from '../domain/people';
import type { Workshop } from '../domain/workshop';
import { parseRuamFile } from '../format/ruam-file';
import { buildMinutes } from '../minutes/build';
import type { MinutesBlock } from '../minutes/model';
import { phoneParticipantId } from '../participant/identity';
import { checkedInCount, responseRate } from '../polls/results';
import { aBallot, aPoll, aRound } from '../polls/test-builders';
import { INITIAL_PRESENTATION } from '../projector/presentation';
import { toProjectorView } from '../projector/to-view';
import { anonymousPhonesLine, attendance, isAnonymousPhone, phoneMatches } from './attendance';
import { equalityCheck } from './equality';
import { peopleSummary } from './summary';
import { participant, workshopWith } from './test-support';

const IN = '2026-11-26T02:30:00.000Z';
const JOINED = '2026-11-26T02:40:00.000Z';

/** A phone's record as `participant.join` makes it. */
function phone(n: number, fields: Partial<Participant> = {}): Participant {
  return participant({
    id: phoneParticipantId(`token-${n}`),
    code: `P${String(30 + n).padStart(3, '0')}`,
    source: 'phone',
    checkedInAt: JOINED,
    ...fields,
  });
}

/** The walkthrough's room: 20 on the register, 14 checked in at the desk. */
function desk(): Participant[] {
  const names = [
    'นางสาวสมศรี ใจดี',
    'นายสมชาย รักชาติ',
    'นางบุญมา มีสุข',
    'ผศ.ดร.วิชัย ปัญญาดี',
    'นายธนากร ศรีสุข',
    'นางสาวกัลยา พรหมมา',
    'นายอนุชา แก้วมณี',
    'นายกฤษณ์ ภูมิพัฒน์',
    'นางสาวปิยนุช ศักดิ์ศรี',
    'ว่าที่ร้อยตรีเฉลิมพล ชื่นใจ',
    'นายศิริพร ธรรมวงศ์',
    'นางสาวอิติมา ไม่รู้',
    'ดร.ภัทรพงศ์ ก้องเกียรติ',
    'พระครูสังฆรักษ์ธีรชัย จิตฺตธมฺโม',
    'นายประเสริฐ ทองดี',
    'นางวันเพ็ญ สายทอง',
    'นายสมบัติ มั่งมี',
    'นางสาวดวงใจ ใฝ่ดี',
    'นายเอกชัย ชัยชนะ',
    'นางสาวมาลี ดีงาม',
  ];
  return names.map((name, i) =>
    participant({ id: `r${i + 1}`, code: `P${String(i + 1).padStart(3, '0')}`, name, organisation: `หน่วยงาน ${i + 1}`, sector: 'government', checkedInAt: i < 14 ? IN : null }),
  );
}

/** Desk check-ins and phones: Somsri's phone joined as "สมศรี ใจดี", Boonma's as "บุญมา  มีสุข", three phones gave no name. */
function walkthrough(): Workshop {
  return workshopWith([
    ...desk(),
    phone(2, { name: 'สมศรี ใจดี', sector: 'government' }),
    phone(3, { name: 'บุญมา  มีสุข' }),
    phone(4),
    phone(5, { sector: 'government' }),
    phone(6),
  ]);
}

describe('attendance: people, not devices', () => {
  it('counts 14 desk check-ins and 5 phones of the same people as 14, not 19', () => {
    const a = attendance(walkthrough());
    expect(a).toMatchObject({ present: 14, checkedIn: 14, phonesOnly: 0, anonymousPhones: 3, anonymousCounted: 0, possibleDuplicates: 2, linkedPhones: 0, registered: 20, absent: 6 });
    expect(a.people).toHaveLength(14);
    expect(a.people.every((p) => p.source !== 'phone')).toBe(true);
  });

  it('counts a named phone that is no one on the register as one more person', () => {
    const w = walkthrough();
    const a = attendance({ ...w, participants: [...w.participants, phone(7, { name: 'ต้น' })] });
    expect(a).toMatchObject({ present: 15, phonesOnly: 1 });
  });

  it('counts a phone whose name matches only someone not checked in as that person: the phone is their word that they came', () => {
    const w = walkthrough();
    // P015 นายประเสริฐ ทองดี is on the register but not checked in: present by their phone, not absent.
    const a = attendance({ ...w, participants: [...w.participants, phone(7, { name: 'ประเสริฐ ทองดี' })] });
    expect(a).toMatchObject({ present: 15, phonesOnly: 0, absent: 5 });
  });

  it('counts anonymous phones only beyond the desk check-ins without a phone, and only where the sector allows', () => {
    const w = workshopWith([
      participant({ id: 'r1', name: 'ก', sector: 'government', checkedInAt: IN }),
      participant({ id: 'r2', name: 'ข', sector: 'government', checkedInAt: IN }),
      phone(1, { sector: 'government' }),
      phone(2, { sector: 'community' }),
      phone(3),
    ]);
    // The community phone cannot be a government desk check-in: it is one more person.
    expect(attendance(w)).toMatchObject({ present: 3, anonymousPhones: 3, anonymousCounted: 1 });
    expect(attendance(w).people.filter(isAnonymousPhone).map((p) => p.sector)).toEqual(['community']);
  });

  it('counts every phone when nobody checked in at the desk', () => {
    const w = workshopWith([participant({ id: 'r1', name: 'ก' }), phone(1), phone(2), phone(3, { name: 'สมหญิง' })]);
    expect(attendance(w)).toMatchObject({ present: 3, checkedIn: 0, anonymousCounted: 2, phonesOnly: 1, absent: 1 });
  });

  it('counts a linked phone as its register entry, with the phone’s sector and groups (given with consent) merged in', () => {
    const w = workshopWith([
      participant({ id: 'r1', name: 'นางสาวสมศรี ใจดี', sector: '', checkedInAt: IN }),
      phone(1, { name: 'ศรี', sector: 'community', socialGroups: ['women'], groupsConsent: true, linkedTo: 'r1' }),
      phone(2),
    ]);
    const a = attendance(w);
    // The anonymous phone cannot be Somsri (her phone is linked): it is one more person.
    expect(a).toMatchObject({ present: 2, linkedPhones: 1, anonymousCounted: 1 });
    expect(a.people[0]).toMatchObject({ id: 'r1', sector: 'community', socialGroups: ['women'], groupsConsent: true });
  });

  it('leaves phones that left (check-in taken back) out', () => {
    const w = workshopWith([phone(1, { checkedInAt: null }), phone(2, { name: 'ต้น', checkedInAt: null })]);
    expect(attendance(w).present).toBe(0);
  });

  it('lists people for an export: the register in its order (linked phones merged in), then named phones of their own; no device', () => {
    const w = workshopWith([
      participant({ id: 'r1', code: 'P001', name: 'นางสาวสมศรี ใจดี', sector: '', checkedInAt: IN }),
      participant({ id: 'r2', code: 'P002', name: 'นางบุญมา มีสุข', sector: '', checkedInAt: IN }),
      participant({ id: 'r3', code: 'P003', name: 'นายสมบัติ มั่งมี', sector: '' }),
      phone(1, { name: 'ศรี', sector: 'community', socialGroups: ['women'], groupsConsent: true, linkedTo: 'r1' }),
      phone(2, { name: 'บุญมา มีสุข', sector: 'community' }),
      phone(3, { name: 'ต้น' }),
      phone(4, { sector: 'media' }),
      phone(5, { name: 'ออกไปแล้ว', checkedInAt: null }),
    ]);
    const a = attendance(w);
    expect(a.listed.map((p) => [p.code, p.sector, p.socialGroups])).toEqual([
      ['P001', 'community', ['women']],
      // The name match counts Boonma once, but an unconfirmed phone's sector is not written on her row
      // (nor would be an anonymous phone's taken to be someone: a guess, never shown).
      ['P002', '', []],
      ['P003', '', []],
      ['P033', '', []],
    ]);
    expect(a.people.find((p) => p.id === 'r2')!.sector).not.toBe('');
    // Listed and checked in, plus the anonymous phones counted: the people present.
    expect(a.listed.filter((p) => p.checkedInAt !== null).length + a.anonymousCounted).toBe(a.present);
  });

  it('counts the people who joined by phone once each, however many phones they used', () => {
    const w = workshopWith([
      participant({ id: 'r1', name: 'นางสาวสมศรี ใจดี', checkedInAt: IN }),
      participant({ id: 'r2', name: 'นางบุญมา มีสุข', checkedInAt: IN }),
      participant({ id: 'r3', name: 'นายสมบัติ มั่งมี', checkedInAt: IN }),
      participant({ id: 'r4', name: 'นางสาวดวงใจ ใฝ่ดี', checkedInAt: IN }),
      phone(1, { linkedTo: 'r1' }),
      phone(2, { name: 'สมศรี', linkedTo: 'r1' }),
      phone(3, { name: 'บุญมา มีสุข' }),
      phone(4, { name: 'บุญมา มีสุข' }),
      phone(5),
      phone(6, { name: 'ต้น' }),
      phone(7, { checkedInAt: null }),
    ]);
    // Somsri (two phones), Boonma (two phones with her name), one anonymous phone, Ton: 4 people, 6 phones in the
    // room; Duangjai or Sombat came without a phone.
    expect(attendance(w)).toMatchObject({ present: 5, joinedByPhone: 4 });
    expect(attendance(workshopWith([participant({ id: 'r1', name: 'ก', checkedInAt: IN })])).joinedByPhone).toBe(0);
  });
});

describe('phoneMatches: the register’s "อาจซ้ำ" for phones', () => {
  it('matches a phone’s name to the register with titles, spacing and Thai digits aside', () => {
    const w = workshopWith([
      participant({ id: 'r1', code: 'P001', name: 'นางสาวสมศรี ใจดี' }),
      participant({ id: 'r2', code: 'P002', name: 'นายสมชาย ๒' }),
      participant({ id: 'r3', code: 'P003', name: 'คุณ บุญมา มีสุข' }),
      phone(1, { name: ' สมศรี   ใจดี ' }),
      phone(2, { name: 'สมชาย 2' }),
      phone(3, { name: 'นางบุญมา มีสุข' }),
      phone(4, { name: 'ใครก็ไม่รู้' }),
      phone(5),
    ]);
    expect(phoneMatches(w).map((m) => [m.phone.code, m.candidates.map((c) => c.code)])).toEqual([
      ['P031', ['P001']],
      ['P032', ['P002']],
      ['P033', ['P003']],
    ]);
  });

  it('offers every register entry that shares the name, and never erased or linked records', () => {
    const w = workshopWith([
      participant({ id: 'r1', code: 'P001', name: 'สมศรี ใจดี', organisation: 'กรมการปกครอง' }),
      participant({ id: 'r2', code: 'P002', name: 'สมศรี ใจดี', organisation: 'เทศบาลนคร' }),
      participant({ id: 'r3', code: 'P003', name: '', erased: true }),
      phone(1, { name: 'สมศรี ใจดี' }),
      phone(2, { name: 'สมศรี ใจดี', linkedTo: 'r1' }),
      phone(3, { name: '', erased: true }),
    ]);
    expect(phoneMatches(w).map((m) => [m.phone.code, m.candidates.map((c) => c.code)])).toEqual([['P031', ['P001', 'P002']]]);
  });
});

/** The text of the minutes' blocks, in order. */
function minutesText(blocks: readonly MinutesBlock[]): string {
  const out: string[] = [];
  const visit = (value: unknown): void => {
    if (typeof value === 'string') out.push(value);
    // Runs of one text (a name kept whole word by word): read as the text they make.
    else if (Array.isArray(value) && value.length > 0 && value.every((run) => run && typeof run === 'object' && typeof run.text === 'string' && !('kind' in run))) out.push(value.map((run: { text: string }) => run.text).join(''));
    else if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') for (const [key, inner] of Object.entries(value)) if (key !== 'svg') visit(inner);
  };
  visit(blocks);
  return out.join('\n');
}

describe('where attendance is used', () => {
  const withPoll = (): Workshop => {
    const w = walkthrough();
    const poll = aPoll('maturity', { id: 'm1', componentId: 'C01', rounds: [aRound(1, 'open')] });
    const ballots = [2, 3, 4, 5, 6].map((n) => aBallot('m1', { kind: 'maturity', current: 3, target: null }, { voter: `token-${n}` }));
    return { ...w, polls: [poll], ballots };
  };

  it('takes the response rate and the projector’s "จาก N คน" from the people present', () => {
    const w = withPoll();
    expect(checkedInCount(w)).toBe(14);
    expect(responseRate(w, 'm1', 1)).toMatchObject({ responses: 5, checkedIn: 14 });
    const view = toProjectorView(w, { ...INITIAL_PRESENTATION, choice: { kind: 'question', componentId: 'C01' } });
    expect(view).toMatchObject({ kind: 'question', responses: 5, checkedIn: 14 });
  });

  it('says ผู้มาประชุม 14 in the minutes, lists no phone by its code, and says how many anonymous phones are more people', () => {
    const w = withPoll();
    const named = minutesText(buildMinutes(w, { named: true }).blocks);
    expect(named).toContain('นางสาวสมศรี ใจดี');
    // Somsri's phone is Somsri: her name is listed once, and no phone appears by its code.
    expect(named.match(/สมศรี ใจดี/g)).toHaveLength(1);
    expect(named).not.toMatch(/P03\d/);
    const anonymised = minutesText(buildMinutes(w, { named: false }).blocks);
    expect(anonymised).toContain('จำนวน 14 คน');
    expect(anonymised).not.toMatch(/P03\d/);

    // 14 anonymous phones, and 12 desk check-ins without a phone (Somsri and Boonma have theirs): 2 more people.
    const crowded = { ...w, participants: [...w.participants, ...[7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17].map((n) => phone(n))] };
    expect(attendance(crowded)).toMatchObject({ present: 16, anonymousCounted: 2 });
    const text = minutesText(buildMinutes(crowded, { named: true }).blocks);
    expect(text).toContain('ผู้เข้าร่วมทางมือถือ (ไม่ระบุชื่อ) อีก 2 คน');
    expect(text).not.toMatch(/P04\d|P03\d/);
  });

  it('words the anonymous phones’ line in Thai and English', () => {
    expect(anonymousPhonesLine({ anonymousCounted: 3, people: new Array(3) }, 'th')).toEqual(['ผู้เข้าร่วมทางมือถือ (ไม่ระบุชื่อ) 3 คน']);
    expect(anonymousPhonesLine({ anonymousCounted: 1, people: new Array(4) }, 'en')).toEqual(['And 1 person who joined by phone without a name']);
    expect(anonymousPhonesLine({ anonymousCounted: 0, people: [] }, 'th')).toEqual([]);
  });

  it('has the equality check and ruam info count people, not devices', () => {
    const w = walkthrough();
    expect(equalityCheck(w).checkedIn).toBe(14);
    expect(equalityCheck(w).sectors.find((s) => s.id === 'government')!.inRoom).toEqual({ kind: 'exact', value: 14 });
    expect(peopleSummary(w).checkedIn).toBe(14);
  });

  it('reads a version-4 file with a linked phone', () => {
    const file = readFileSync(path.join(import.meta.dirname, '../../tests/fixtures/format/v4-workshop.ruam'), 'utf8');
    const parsed = parseRuamFile(file);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.workshop.participants[1]).toMatchObject({ source: 'phone', linkedTo: 'p-001' });
    expect(attendance(parsed.workshop)).toMatchObject({ present: 1, linkedPhones: 1 });
  });
});
