import { describe, expect, it } from 'vitest';
import { addDistributions, emptyDistribution, type Distribution } from './distribution';
import { breakdownByGroup, divergence, suppressSmallGroups } from './groups';
import { summarise } from './statistics';

/** A group where `answered` people all chose `level`. */
function unanimous(level: number, answered: number, abstain = 0): Distribution {
  const counts = [0, 0, 0, 0, 0];
  counts[level - 1] = answered;
  return { counts, abstain };
}

function total(groups: Record<string, Distribution>): Distribution {
  return Object.values(groups).reduce(addDistributions, emptyDistribution());
}

describe('suppressing small groups', () => {
  it('shows a group of exactly the minimum and withholds one fewer', () => {
    expect(suppressSmallGroups({ big: 12, five: 5, four: 4, other: 9 }, { totalShown: false })).toEqual({
      big: { suppressed: false },
      five: { suppressed: false },
      four: { suppressed: true, reason: 'below-minimum' },
      other: { suppressed: false },
    });
  });

  it('uses the minimum it is given', () => {
    const decisions = suppressSmallGroups({ a: 9, b: 10 }, { minGroupSize: 10, totalShown: false });
    expect(decisions.a).toEqual({ suppressed: true, reason: 'below-minimum' });
    expect(decisions.b).toEqual({ suppressed: false });
  });

  it('withholds the smallest shown group too when one small group could be got by subtraction', () => {
    // With the total shown, media = total − (government + academia + civil): so one more must go.
    expect(suppressSmallGroups({ government: 14, academia: 6, civil: 9, media: 2 })).toEqual({
      government: { suppressed: false },
      academia: { suppressed: true, reason: 'complementary' },
      civil: { suppressed: false },
      media: { suppressed: true, reason: 'below-minimum' },
    });
  });

  it('does not need a complementary group when the total is not shown', () => {
    const decisions = suppressSmallGroups({ government: 14, academia: 6, media: 2 }, { totalShown: false });
    expect(decisions.academia).toEqual({ suppressed: false });
  });

  it('needs none when the withheld groups together reach the minimum', () => {
    // Subtraction gives only media + youth together: 5 people, as many as a shown group may have.
    const decisions = suppressSmallGroups({ government: 14, academia: 6, media: 2, youth: 3 });
    expect(decisions.academia).toEqual({ suppressed: false });
    expect(decisions.government).toEqual({ suppressed: false });
  });

  it('needs one when the withheld groups together stay below the minimum', () => {
    const decisions = suppressSmallGroups({ government: 14, academia: 6, media: 2, youth: 2 });
    expect(decisions.academia).toEqual({ suppressed: true, reason: 'complementary' });
    expect(decisions.government).toEqual({ suppressed: false });
  });

  it('breaks a tie for the complementary group by key order', () => {
    const decisions = suppressSmallGroups({ b: 6, a: 6, c: 1 });
    expect(decisions.b).toEqual({ suppressed: true, reason: 'complementary' });
    expect(decisions.a).toEqual({ suppressed: false });
  });

  it('withholds nothing extra when nothing is small', () => {
    const decisions = suppressSmallGroups({ a: 5, b: 6 });
    expect(Object.values(decisions).every((d) => !d.suppressed)).toBe(true);
  });

  it('withholds every group when all are small', () => {
    const decisions = suppressSmallGroups({ a: 2, b: 1 });
    expect(decisions).toEqual({
      a: { suppressed: true, reason: 'below-minimum' },
      b: { suppressed: true, reason: 'below-minimum' },
    });
  });

  it('treats a group called "__proto__" as just a group', () => {
    const decisions = suppressSmallGroups(JSON.parse('{"__proto__": 2, "a": 10, "b": 6}') as Record<string, number>);
    expect(Object.getOwnPropertyDescriptor(decisions, '__proto__')?.value).toEqual({
      suppressed: true,
      reason: 'below-minimum',
    });
    expect(decisions.b).toEqual({ suppressed: true, reason: 'complementary' });
  });

  it('refuses a nonsense minimum or size', () => {
    expect(() => suppressSmallGroups({ a: 3 }, { minGroupSize: 0 })).toThrow(RangeError);
    expect(() => suppressSmallGroups({ a: 3 }, { minGroupSize: 2.5 })).toThrow(RangeError);
    expect(() => suppressSmallGroups({ a: -1 })).toThrow(RangeError);
  });
});

describe('breaking a poll down by sector', () => {
  it('gives every shown group its own statistics, in key order', () => {
    const groups = { government: unanimous(2, 6), civil: unanimous(4, 7, 1) };
    const breakdown = breakdownByGroup(groups);
    expect(breakdown).toEqual([
      { group: 'government', suppressed: false, statistics: summarise(groups.government) },
      { group: 'civil', suppressed: false, statistics: summarise(groups.civil) },
    ]);
  });

  it('judges the minimum on those who answered, not on abstentions', () => {
    // Four answered and three abstained: the four answers would still point at four people.
    const breakdown = breakdownByGroup(
      { government: unanimous(3, 8), business: unanimous(3, 4, 3), civil: unanimous(4, 5) },
      { totalShown: false },
    );
    expect(breakdown[1]).toEqual({ group: 'business', suppressed: true, reason: 'below-minimum' });
    expect(breakdown[2]?.suppressed).toBe(false);
  });

  it('at the boundary: a sector of five answered is shown, of four is not', () => {
    const five = breakdownByGroup({ a: unanimous(2, 5) }, { totalShown: false });
    const four = breakdownByGroup({ a: unanimous(2, 4) }, { totalShown: false });
    expect(five[0]?.suppressed).toBe(false);
    expect(four[0]).toEqual({ group: 'a', suppressed: true, reason: 'below-minimum' });
  });

  it('withholds a complementary sector so the small one cannot be got from the total', () => {
    const groups = { government: unanimous(2, 10), academia: unanimous(5, 6), media: unanimous(1, 1) };
    const breakdown = breakdownByGroup(groups);
    expect(breakdown.map((row) => (row.suppressed ? row.reason : 'shown'))).toEqual([
      'shown',
      'complementary',
      'below-minimum',
    ]);
  });

  it('protects a sector whose members all abstained', () => {
    const breakdown = breakdownByGroup({ a: unanimous(2, 10), b: unanimous(3, 6), c: unanimous(1, 0, 6) });
    expect(breakdown.map((row) => (row.suppressed ? row.reason : 'shown'))).toEqual([
      'shown',
      'complementary',
      'below-minimum',
    ]);
  });

  it('marks a sector nobody responded from without withholding anyone else for it', () => {
    const breakdown = breakdownByGroup({ a: unanimous(2, 10), b: unanimous(3, 6), media: emptyDistribution() });
    expect(breakdown.map((row) => (row.suppressed ? row.reason : 'shown'))).toEqual(['shown', 'shown', 'no-responses']);
  });

  it('gives an empty list for no groups', () => {
    expect(breakdownByGroup({})).toEqual([]);
  });
});

describe('divergence between a sector and the rest of the room', () => {
  // Government all at 2, civil society all at 4, business all at 3.
  const groups = { government: unanimous(2, 6), civil: unanimous(4, 6), business: unanimous(3, 5) };
  const overall = total(groups);

  it('flags sectors whose median is a level or more from everyone else pooled', () => {
    expect(divergence(groups, overall)).toEqual([
      // The rest: five at 3 and six at 4, median the 6th answer = 4.
      { group: 'government', assessed: true, groupMedian: 2, restMedian: 4, difference: -2, diverges: true },
      // The rest: six at 2 and five at 3, median = 2.
      { group: 'civil', assessed: true, groupMedian: 4, restMedian: 2, difference: 2, diverges: true },
      // The rest: six at 2, six at 4, median (2 + 4) / 2 = 3.
      { group: 'business', assessed: true, groupMedian: 3, restMedian: 3, difference: 0, diverges: false },
    ]);
  });

  it('flags a difference of exactly the threshold but not less', () => {
    const apart = { a: unanimous(3, 6), b: unanimous(4, 6) };
    expect(divergence(apart, total(apart), { threshold: 1 })[0]).toMatchObject({ difference: -1, diverges: true });
    expect(divergence(apart, total(apart), { threshold: 1.5 })[0]).toMatchObject({ difference: -1, diverges: false });
    // The rest of a is three at 3 and three at 4: median 3.5, half a level away.
    const close = { a: unanimous(3, 6), c: { counts: [0, 0, 3, 3, 0], abstain: 0 } };
    expect(divergence(close, total(close))[0]).toMatchObject({ restMedian: 3.5, difference: -0.5, diverges: false });
  });

  it('does not assess a withheld sector, and says why', () => {
    const withSmall = { ...groups, media: unanimous(1, 2) };
    const results = divergence(withSmall, total(withSmall));
    expect(results.find((r) => r.group === 'media')).toEqual({ group: 'media', assessed: false, reason: 'below-minimum' });
    expect(results.find((r) => r.group === 'business')).toEqual({
      group: 'business',
      assessed: false,
      reason: 'complementary',
    });
  });

  it('does not compare a sector with a rest of fewer than the minimum', () => {
    // Two people in the room belong to no listed sector.
    const only = { government: unanimous(2, 8) };
    const overall = addDistributions(only.government, unanimous(5, 2));
    expect(divergence(only, overall)).toEqual([{ group: 'government', assessed: false, reason: 'rest-below-minimum' }]);
  });

  it('refuses an overall that does not contain the group', () => {
    expect(() => divergence(groups, unanimous(2, 6))).toThrow(RangeError);
  });

  it('refuses a threshold of zero or less', () => {
    expect(() => divergence(groups, overall, { threshold: 0 })).toThrow(RangeError);
  });
});
