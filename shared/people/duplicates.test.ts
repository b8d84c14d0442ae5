import { describe, expect, it } from 'vitest';
import { duplicatesInvolving, findDuplicates } from './duplicates';
import { participant } from './test-support';

describe('findDuplicates', () => {
  it('groups the same Thai name and organisation typed with and without a title', () => {
    const groups = findDuplicates([
      participant({ id: 'p1', name: 'นางสาวสมศรี ใจดี', organisation: 'สำนักงาน ก.พ.ร.' }),
      participant({ id: 'p2', name: 'สมชาย รักชาติ', organisation: 'สำนักงาน ก.พ.ร.' }),
      participant({ id: 'p3', name: 'สมศรี  ใจดี', organisation: 'สำนักงาน  ก.พ.ร.' }),
    ]);
    expect(groups).toEqual([{ key: { name: 'สมศรี ใจดี', organisation: 'สำนักงาน ก.พ.ร.' }, participantIds: ['p1', 'p3'] }]);
  });

  it('groups English names regardless of case and honorific', () => {
    const groups = findDuplicates([
      participant({ id: 'p1', name: 'Ms. Jane Doe', organisation: 'UNDP' }),
      participant({ id: 'p2', name: 'jane doe', organisation: 'undp' }),
    ]);
    expect(groups.map((g) => g.participantIds)).toEqual([['p1', 'p2']]);
  });

  it('keeps the same name in different organisations apart', () => {
    expect(
      findDuplicates([
        participant({ id: 'p1', name: 'สมศรี ใจดี', organisation: 'กรมการปกครอง' }),
        participant({ id: 'p2', name: 'สมศรี ใจดี', organisation: 'เทศบาลนคร' }),
      ]),
    ).toEqual([]);
  });

  it('never matches nameless or erased participants', () => {
    expect(
      findDuplicates([
        participant({ id: 'p1', name: '' }),
        participant({ id: 'p2', name: '' }),
        participant({ id: 'p3', name: '', erased: true }),
        participant({ id: 'p4', name: '', erased: true }),
      ]),
    ).toEqual([]);
  });

  it('picks out only the groups that involve given people (the newly imported)', () => {
    const groups = findDuplicates([
      participant({ id: 'a', name: 'ก ข' }),
      participant({ id: 'b', name: 'ก ข' }),
      participant({ id: 'c', name: 'ค ง' }),
      participant({ id: 'd', name: 'ค ง' }),
    ]);
    expect(duplicatesInvolving(groups, ['d']).map((g) => g.participantIds)).toEqual([['c', 'd']]);
  });
});
