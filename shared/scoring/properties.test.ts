import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDistributions, emptyDistribution, tallyChoices, type LevelChoice, type Distribution } from './distribution';
import { breakdownByGroup, divergence, suppressSmallGroups } from './groups';
import { consensus, summarise } from './statistics';

const choice: fc.Arbitrary<LevelChoice> = fc.oneof(
  { weight: 5, arbitrary: fc.integer({ min: 1, max: 5 }) },
  { weight: 1, arbitrary: fc.constant('abstain' as const) },
);
const ballots = fc.array(choice, { maxLength: 60 });
const distribution: fc.Arbitrary<Distribution> = fc.record({
  counts: fc.array(fc.nat({ max: 40 }), { minLength: 5, maxLength: 5 }),
  abstain: fc.nat({ max: 10 }),
});
const nonEmpty = distribution.filter((d) => d.counts.some((count) => count > 0));

/** R's `fivenum` on the sorted answers, written out plainly, to check the count-based version. */
function naiveFivenum(sorted: number[]): [number, number, number] {
  const n = sorted.length;
  const at = (depth: number) => 0.5 * (sorted[Math.floor(depth) - 1]! + sorted[Math.ceil(depth) - 1]!);
  const n4 = Math.floor((n + 3) / 2) / 2;
  return [at(n4), at((n + 1) / 2), at(n + 1 - n4)];
}

function expand(d: Distribution): number[] {
  return d.counts.flatMap((count, i) => new Array<number>(count).fill(i + 1));
}

describe('properties of the poll statistics', () => {
  it('keeps consensus within [0, 1]', () => {
    fc.assert(
      fc.property(nonEmpty, (d) => {
        const c = consensus(d);
        expect(c).not.toBeNull();
        expect(c!).toBeGreaterThanOrEqual(0);
        expect(c!).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('keeps min ≤ q1 ≤ median ≤ q3 ≤ max, all within the scale', () => {
    fc.assert(
      fc.property(nonEmpty, (d) => {
        const s = summarise(d);
        expect(1).toBeLessThanOrEqual(s.min!);
        expect(s.min!).toBeLessThanOrEqual(s.q1!);
        expect(s.q1!).toBeLessThanOrEqual(s.median!);
        expect(s.median!).toBeLessThanOrEqual(s.q3!);
        expect(s.q3!).toBeLessThanOrEqual(s.max!);
        expect(s.max!).toBeLessThanOrEqual(5);
      }),
    );
  });

  it('matches a plain computation on the sorted answers (hinges, mean, population sd)', () => {
    fc.assert(
      fc.property(nonEmpty, (d) => {
        const sorted = expand(d);
        const s = summarise(d);
        expect([s.q1, s.median, s.q3]).toEqual(naiveFivenum(sorted));
        const mean = sorted.reduce((a, b) => a + b, 0) / sorted.length;
        expect(s.mean!).toBeCloseTo(mean, 9);
        expect(s.sd!).toBeCloseTo(Math.sqrt(sorted.reduce((a, x) => a + (x - mean) ** 2, 0) / sorted.length), 9);
      }),
    );
  });

  it('changes nothing when an empty distribution is added', () => {
    fc.assert(
      fc.property(distribution, (d) => {
        expect(addDistributions(d, emptyDistribution())).toEqual(d);
        expect(summarise(addDistributions(emptyDistribution(), d))).toEqual(summarise(d));
      }),
    );
  });

  it('does not depend on the order the ballots arrived in', () => {
    const ballotsAndShuffle = ballots.chain((list) =>
      fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length })),
    );
    fc.assert(
      fc.property(ballotsAndShuffle, ([list, shuffled]) => {
        expect(summarise(tallyChoices(shuffled))).toEqual(summarise(tallyChoices(list)));
      }),
    );
  });

  it('gives the same answer whether ballots are tallied at once or in two batches', () => {
    fc.assert(
      fc.property(ballots, ballots, (phones, hands) => {
        expect(addDistributions(tallyChoices(phones), tallyChoices(hands))).toEqual(tallyChoices([...phones, ...hands]));
      }),
    );
  });

  it('reads the same consensus and spread when the scale is turned upside down', () => {
    fc.assert(
      fc.property(nonEmpty, (d) => {
        const mirrored = { counts: [...d.counts].reverse(), abstain: d.abstain };
        const s = summarise(d);
        const m = summarise(mirrored);
        expect(m.consensus!).toBeCloseTo(s.consensus!, 9);
        expect(m.sd!).toBeCloseTo(s.sd!, 9);
        expect(m.median).toBe(6 - s.median!);
      }),
    );
  });
});

describe('properties of suppression', () => {
  const sizes = fc.dictionary(fc.string({ minLength: 1, maxLength: 6 }), fc.nat({ max: 15 }), { maxKeys: 9 });
  const minGroupSize = fc.integer({ min: 1, max: 8 });

  it('never shows a small group, nor lets the withheld ones be derived as fewer than the minimum', () => {
    fc.assert(
      fc.property(sizes, minGroupSize, (groups, min) => {
        const decisions = suppressSmallGroups(groups, { minGroupSize: min });
        const entries = Object.entries(groups);
        const withheld = entries.filter(([g]) => decisions[g]?.suppressed);
        const shown = entries.filter(([g]) => !decisions[g]?.suppressed);
        for (const [, size] of shown) expect(size).toBeGreaterThanOrEqual(min);
        const withheldPeople = withheld.reduce((a, [, size]) => a + size, 0);
        // What total − shown reveals is the withheld groups pooled: empty, or at least the minimum,
        // unless nothing is shown at all (then it is just the total).
        if (withheld.length > 0 && shown.length > 0) expect(withheldPeople).toBeGreaterThanOrEqual(min);
      }),
    );
  });

  it('withholds at most one group beyond the small ones', () => {
    fc.assert(
      fc.property(sizes, minGroupSize, (groups, min) => {
        const decisions = Object.values(suppressSmallGroups(groups, { minGroupSize: min }));
        expect(decisions.filter((d) => d.suppressed && d.reason === 'complementary').length).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('assesses divergence only for sectors the breakdown shows', () => {
    const groups = fc.dictionary(fc.string({ minLength: 1, maxLength: 4 }), distribution, { maxKeys: 6 });
    fc.assert(
      fc.property(groups, (g) => {
        const overall = Object.values(g).reduce(addDistributions, emptyDistribution());
        const shown = new Set(breakdownByGroup(g).filter((row) => !row.suppressed).map((row) => row.group));
        for (const row of divergence(g, overall)) {
          if (row.assessed) {
            expect(shown.has(row.group)).toBe(true);
            expect(row.diverges).toBe(Math.abs(row.difference) >= 1);
          }
        }
      }),
    );
  });
});
