import { describe, expect, it } from 'vitest';
import { inRoom, participant, workshopWith } from './test-support';
import { peopleSummary } from './summary';

describe('peopleSummary', () => {
  it('counts registered and checked-in people by sector, suppressing small numbers', () => {
    const w = workshopWith([
      ...inRoom(6, 'government', 1),
      ...inRoom(5, 'private', 10),
      participant({ id: 'p20', sector: 'government' }),
      participant({ id: 'p21', sector: 'community', checkedInAt: '2026-11-26T03:00:00Z' }),
      participant({ id: 'p22', sector: 'gone' }),
    ]);
    const summary = peopleSummary(w);
    expect(summary).toMatchObject({ participants: 14, checkedIn: 12, erased: 0, minGroupSize: 5 });
    const row = (id: string) => summary.bySector.find((s) => s.id === id)!;
    expect(row('government').registered).toEqual({ kind: 'exact', value: 7 });
    expect(row('community').checkedIn).toEqual({ kind: 'fewerThan', limit: 5 });
    expect(row('media').registered).toEqual({ kind: 'exact', value: 0 });
    expect(row('').label.en).toBe('No sector');
    expect(summary.equality.thinSectors).toEqual(['community']);
    expect(summary.equality.missingSectors).toContain('media');
  });

  it('is plain JSON, for `ruam info --json`', () => {
    const summary = peopleSummary(workshopWith(inRoom(5, 'government', 1)));
    expect(JSON.parse(JSON.stringify(summary))).toEqual(summary);
  });
});
