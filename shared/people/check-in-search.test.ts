import { describe, expect, it } from 'vitest';
import { checkInSearch } from './check-in-search';
import { participant } from './test-support';

const people = [
  participant({ id: 'p1', code: 'P001', name: 'นางสาวสมศรี ใจดี', organisation: 'สำนักงาน ก.พ.ร.' }),
  participant({ id: 'p2', code: 'P002', name: 'นายสมชาย รักชาติ', organisation: 'กรมการปกครอง' }),
  participant({ id: 'p3', code: 'P003', name: 'บุญมา ศรีสม', organisation: 'ชุมชนบ้านหนองบัว' }),
  participant({ id: 'p4', code: 'P012', name: 'Jane Doe', organisation: 'UNDP Thailand' }),
  participant({ id: 'p5', code: 'P013', name: 'Somsak Janejira', organisation: 'Media Co', checkedInAt: '2026-11-26T02:00:00Z' }),
  participant({ id: 'p6', code: 'P014', name: 'สม', organisation: '' }),
];
const ids = (query: string) => checkInSearch(people, query).map((m) => m.participant.id);

describe('checkInSearch', () => {
  it('puts the name that starts with the typed Thai text first, and finds it inside other names too', () => {
    expect(ids('สม')).toEqual(['p6', 'p1', 'p2', 'p3']);
  });

  it('ignores a title typed in the query', () => {
    expect(ids('นางสาวสมศรี')[0]).toBe('p1');
  });

  it('finds a person by surname', () => {
    expect(ids('ใจดี')).toEqual(['p1']);
  });

  it('finds a code with or without the P, and in Thai digits', () => {
    expect(ids('P012')[0]).toBe('p4');
    expect(ids('12')[0]).toBe('p4');
    expect(ids('p0012')[0]).toBe('p4');
    expect(ids('๑๒')[0]).toBe('p4');
    // "p01" is P001 itself, then the codes that start with it; P013 is checked in already: last.
    expect(ids('p01')).toEqual(['p1', 'p4', 'p6', 'p5']);
  });

  it('matches English names whatever the case', () => {
    expect(ids('jane')).toEqual(['p4', 'p5']);
  });

  it('ranks people not yet checked in first among equal matches', () => {
    const twins = [
      participant({ id: 'in', code: 'P001', name: 'Anan K', checkedInAt: '2026-11-26T02:00:00Z' }),
      participant({ id: 'out', code: 'P002', name: 'Anan K' }),
    ];
    expect(checkInSearch(twins, 'anan').map((m) => m.participant.id)).toEqual(['out', 'in']);
  });

  it('needs every word of a several-word query to match', () => {
    expect(ids('สม รัก')).toEqual(['p2']);
  });

  it('falls back to the organisation', () => {
    expect(checkInSearch(people, 'หนองบัว')).toMatchObject([{ participant: { id: 'p3' }, field: 'organisation' }]);
  });

  it('returns nothing for an empty query and respects the limit', () => {
    expect(ids('   ')).toEqual([]);
    expect(checkInSearch(people, 'สม', { limit: 2 })).toHaveLength(2);
  });
});
