import { describe, expect, it } from 'vitest';
import type { Participant } from '../domain/people';
import type { Ballot } from '../domain/polls';
import { phoneParticipantId } from '../participant/identity';
import { ballotSource, checkBallot, erasedVoter, erasedVoterSource, type BallotCheck } from './ballots';
import { aBallot, aPoll, aRound, aWorkshop } from './test-builders';

describe('where a stored ballot came from', () => {
  const registered = new Set(['p1']);

  it('is entered when filed under someone on the register, else a phone', () => {
    expect(ballotSource({ voter: 'p1' }, registered)).toBe('entered');
    expect(ballotSource({ voter: 'a1b2c3' }, registered)).toBe('phone');
  });

  it('stays what it was after the voter is erased (the ballot is anonymous, its source is not lost)', () => {
    expect(ballotSource({ voter: erasedVoter('b7', 'entered') }, registered)).toBe('entered');
    expect(ballotSource({ voter: erasedVoter('b8', 'phone') }, registered)).toBe('phone');
    expect(erasedVoterSource('p1')).toBeNull();
  });
});

describe('one ballot per person per round: a phone linked to a register entry and the ballots entered for it are one voter', () => {
  const IN = '2026-11-26T02:30:00.000Z';
  const rating = (current: number) => ({ kind: 'maturity' as const, current, target: null });
  const stamp = { id: 'new', at: '2026-11-26T03:20:00.000Z' };
  const person = (fields: Partial<Participant> = {}): Participant => ({
    id: 'r1',
    code: 'P001',
    name: 'นางสาวสมศรี ใจดี',
    organisation: '',
    sector: 'government',
    contact: '',
    socialGroups: [],
    groupsConsent: false,
    checkedInAt: IN,
    source: 'register',
    erased: false,
    ...fields,
  });
  const phoneOf = (hash: string, fields: Partial<Participant> = {}): Participant =>
    person({ id: phoneParticipantId(hash), code: `P0${hash.length}`, name: 'ศรี', sector: 'community', source: 'phone', linkedTo: 'r1', ...fields });
  const room = (ballots: Ballot[], allowChange: boolean, participants: Participant[] = [person(), phoneOf('somsri-phone')]) =>
    aWorkshop({ participants, polls: [aPoll('maturity', { id: 'm1', componentId: 'C01', allowChange })], ballots });
  const fromPhone = aBallot('m1', rating(2), { id: 'phone-ballot', voter: 'somsri-phone', sector: 'community' });
  const entered = aBallot('m1', rating(4), { id: 'entered-ballot', voter: 'r1', sector: 'government' });
  const refusal = (check: BallotCheck) => (check.ok ? null : check.refusal);

  it('entering a ballot for someone whose linked phone voted replaces the phone’s ballot where votes may change', () => {
    const check = checkBallot(room([fromPhone], true), { pollId: 'm1', answer: rating(5) }, { kind: 'entered', participantId: 'r1' }, stamp);
    expect(check).toMatchObject({ ok: true, replaces: { id: 'phone-ballot' }, ballot: { voter: 'r1', sector: 'government' } });
  });

  it('refuses it, saying why in Thai, where votes may not change', () => {
    const check = checkBallot(room([fromPhone], false), { pollId: 'm1', answer: rating(5) }, { kind: 'entered', participantId: 'r1' }, stamp);
    expect(refusal(check)).toEqual({
      code: 'already-voted',
      message: {
        th: 'ผู้เข้าร่วมคนนี้ลงคะแนนในรอบนี้แล้วจากโทรศัพท์ของตน และคำถามนี้ไม่อนุญาตให้เปลี่ยนคำตอบ',
        en: 'This person has already voted from their phone in this round, and this poll does not allow changing a vote.',
      },
    });
  });

  it('a linked phone voting after the facilitator entered its person’s ballot replaces it, or is refused, by the same rule', () => {
    const voter = { kind: 'phone' as const, tokenHash: 'somsri-phone' };
    expect(checkBallot(room([entered], true), { pollId: 'm1', answer: rating(3) }, voter, stamp)).toMatchObject({
      ok: true,
      replaces: { id: 'entered-ballot' },
      ballot: { voter: 'somsri-phone' },
    });
    expect(refusal(checkBallot(room([entered], false), { pollId: 'm1', answer: rating(3) }, voter, stamp))).toEqual({
      code: 'already-voted',
      message: {
        th: 'วิทยากรบันทึกคำตอบของท่านในรอบนี้ไว้แล้ว และคำถามนี้ไม่อนุญาตให้เปลี่ยนคำตอบ',
        en: 'The facilitator has already entered your answer for this round, and this poll does not allow changing a vote.',
      },
    });
  });

  it('two phones linked to one person are one voter too', () => {
    const people = [person(), phoneOf('somsri-phone'), phoneOf('somsri-tablet')];
    const voter = { kind: 'phone' as const, tokenHash: 'somsri-tablet' };
    expect(checkBallot(room([fromPhone], true, people), { pollId: 'm1', answer: rating(3) }, voter, stamp)).toMatchObject({ ok: true, replaces: { id: 'phone-ballot' } });
    expect(refusal(checkBallot(room([fromPhone], false, people), { pollId: 'm1', answer: rating(3) }, voter, stamp))?.message.th).toBe(
      'ท่านลงคะแนนในรอบนี้แล้วจากโทรศัพท์อีกเครื่องหนึ่ง และคำถามนี้ไม่อนุญาตให้เปลี่ยนคำตอบ',
    );
  });

  it('keeps people apart: a phone not linked (its name may only match), and another round, are other ballots', () => {
    const unlinked = [person(), phoneOf('somsri-phone', { linkedTo: undefined, name: 'สมศรี ใจดี' })];
    expect(checkBallot(room([fromPhone], false, unlinked), { pollId: 'm1', answer: rating(5) }, { kind: 'entered', participantId: 'r1' }, stamp)).toMatchObject({
      ok: true,
      replaces: null,
    });
    const roundTwo = aWorkshop({
      participants: [person(), phoneOf('somsri-phone')],
      polls: [aPoll('maturity', { id: 'm1', componentId: 'C01', allowChange: false, rounds: [aRound(1, 'closed'), aRound(2, 'open')] })],
      ballots: [fromPhone],
    });
    expect(checkBallot(roundTwo, { pollId: 'm1', answer: rating(5) }, { kind: 'entered', participantId: 'r1' }, stamp)).toMatchObject({ ok: true, replaces: null });
  });
});
