import { describe, expect, it } from 'vitest';
import { tallyChoices } from './distribution';
import { gap, shift } from './compare';
import { summarise } from './statistics';

describe('the gap between where the agency is and where it wants to be', () => {
  it('is target − current, in levels', () => {
    expect(gap(2, 4)).toBe(2);
    expect(gap(3.5, 4)).toBe(0.5);
    expect(gap(4, 3)).toBe(-1);
  });

  it('does not exist without both medians', () => {
    expect(gap(null, 4)).toBeNull();
    expect(gap(2, null)).toBeNull();
  });
});

describe('the shift between two rounds', () => {
  it('gives after − before for median, mean and consensus, with both rounds’ sizes', () => {
    const before = summarise(tallyChoices([1, 2, 3, 4, 5, 'abstain']));
    const after = summarise(tallyChoices([3, 3, 3, 4, 4]));
    const moved = shift(before, after);
    expect(moved.median).toBe(0);
    expect(moved.mean).toBeCloseTo(3.4 - 3, 12);
    expect(moved.consensus).toBeCloseTo((after.consensus ?? 0) - (before.consensus ?? 0), 12);
    expect(moved.consensus).toBeGreaterThan(0);
    expect(moved.n).toEqual({ before: 6, after: 5 });
    expect(moved.answered).toEqual({ before: 5, after: 5 });
  });

  it('has no deltas when a round had no answers', () => {
    const moved = shift(summarise(tallyChoices(['abstain'])), summarise(tallyChoices([3])));
    expect(moved).toEqual({
      median: null,
      mean: null,
      consensus: null,
      n: { before: 1, after: 1 },
      answered: { before: 0, after: 1 },
    });
  });

  it('refuses rounds on different scales', () => {
    expect(() => shift(summarise(tallyChoices([1], 5)), summarise(tallyChoices([1], 4)))).toThrow(RangeError);
  });
});
