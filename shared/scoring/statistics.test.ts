import { describe, expect, it } from 'vitest';
import { tallyChoices } from './distribution';
import { consensus, summarise } from './statistics';

describe('summarising a poll', () => {
  it('works a six-ballot poll out by hand', () => {
    // Sorted: 1 2 2 3 4 5.
    const stats = summarise(tallyChoices([4, 2, 1, 5, 2, 3]));
    expect(stats.n).toBe(6);
    expect(stats.answered).toBe(6);
    expect(stats.abstentions).toBe(0);
    expect(stats.counts).toEqual([1, 2, 1, 1, 1]);
    expect(stats.shares).toEqual([1 / 6, 2 / 6, 1 / 6, 1 / 6, 1 / 6]);
    expect(stats.mean).toBeCloseTo(17 / 6, 12);
    // Even count: the average of the 3rd and 4th answers, (2 + 3) / 2.
    expect(stats.median).toBe(2.5);
    // Hinges at depth ⌊(6 + 3) / 2⌋ / 2 = 2 from each end: the 2nd (2) and the 5th (4) answers.
    expect(stats.q1).toBe(2);
    expect(stats.q3).toBe(4);
    expect(stats.iqr).toBe(2);
    // Population variance: Σx²/n − μ² = 59/6 − (17/6)² = 65/36.
    expect(stats.sd).toBeCloseTo(Math.sqrt(65) / 6, 12);
    expect(stats.min).toBe(1);
    expect(stats.max).toBe(5);
    // μ = 17/6, d = 4: 1 − |i − μ| / 4 is 13/24, 19/24, 23/24, 17/24, 11/24 for levels 1..5.
    const expected =
      1 +
      (1 / 6) * Math.log2(13 / 24) +
      (2 / 6) * Math.log2(19 / 24) +
      (1 / 6) * Math.log2(23 / 24) +
      (1 / 6) * Math.log2(17 / 24) +
      (1 / 6) * Math.log2(11 / 24);
    expect(stats.consensus).toBeCloseTo(expected, 12);
    expect(stats.consensus).toBeCloseTo(0.4595, 4);
  });

  it('takes the middle answer as the median of an odd count, hinges including it', () => {
    // Sorted: 1 1 2 4 5; halves 1 1 2 and 2 4 5.
    const stats = summarise(tallyChoices([5, 1, 2, 4, 1]));
    expect(stats.median).toBe(2);
    expect(stats.q1).toBe(1);
    expect(stats.q3).toBe(4);
    expect(stats.iqr).toBe(3);
    expect(stats.mean).toBeCloseTo(2.6, 12);
    // 47/5 − 2.6² = 2.64.
    expect(stats.sd).toBeCloseTo(Math.sqrt(2.64), 12);
  });

  it('averages two answers for a hinge when the half has an even count', () => {
    // n = 4, sorted 2 3 3 5: halves 2 3 and 3 5.
    const four = summarise(tallyChoices([3, 5, 2, 3]));
    expect([four.q1, four.median, four.q3]).toEqual([2.5, 3, 4]);
    expect(four.iqr).toBe(1.5);
    // n = 7, sorted 1 2 2 3 3 4 5: halves 1 2 2 3 and 3 3 4 5.
    const seven = summarise(tallyChoices([1, 2, 2, 3, 3, 4, 5]));
    expect([seven.q1, seven.median, seven.q3]).toEqual([2, 3, 3.5]);
  });

  it('averages the two middle answers even when that is a level nobody chose', () => {
    const stats = summarise(tallyChoices([1, 5]));
    expect(stats.median).toBe(3);
    expect([stats.q1, stats.q3]).toEqual([1, 5]);
    expect(stats.sd).toBe(2);
  });

  it('gives a tie in the middle as that level', () => {
    expect(summarise(tallyChoices([3, 3, 3, 3])).median).toBe(3);
    expect(summarise(tallyChoices([2, 2, 4, 4])).median).toBe(3);
    expect(summarise(tallyChoices([1, 2, 2, 2, 5, 5])).median).toBe(2);
  });

  it('describes a single ballot fully', () => {
    const stats = summarise(tallyChoices([4]));
    expect(stats).toMatchObject({ n: 1, answered: 1, mean: 4, median: 4, q1: 4, q3: 4, iqr: 0, sd: 0, min: 4, max: 4 });
    expect(stats.consensus).toBe(1);
  });

  it('says nothing but the counts for an empty poll', () => {
    expect(summarise(tallyChoices([]))).toEqual({
      n: 0,
      answered: 0,
      abstentions: 0,
      counts: [0, 0, 0, 0, 0],
      shares: null,
      mean: null,
      median: null,
      q1: null,
      q3: null,
      iqr: null,
      sd: null,
      min: null,
      max: null,
      consensus: null,
    });
  });

  it('counts a poll where everyone abstained as responses with no statistics', () => {
    const stats = summarise(tallyChoices(['abstain', 'abstain', 'abstain']));
    expect(stats.n).toBe(3);
    expect(stats.answered).toBe(0);
    expect(stats.abstentions).toBe(3);
    expect([stats.shares, stats.mean, stats.median, stats.q1, stats.q3, stats.iqr, stats.sd, stats.consensus]).toEqual(
      [null, null, null, null, null, null, null, null],
    );
  });

  it('leaves abstentions out of every statistic but n', () => {
    const without = summarise(tallyChoices([1, 2, 2, 4]));
    const withAbstain = summarise(tallyChoices([1, 2, 'abstain', 2, 4, 'abstain']));
    expect(withAbstain.n).toBe(6);
    expect({ ...withAbstain, n: 4, abstentions: 0 }).toEqual(without);
  });

  it('gives a zero spread and full consensus when everyone chose the same level', () => {
    const stats = summarise({ counts: [0, 12, 0, 0, 0], abstain: 2 });
    expect(stats.sd).toBe(0);
    expect(stats.iqr).toBe(0);
    expect(stats.consensus).toBe(1);
  });

  it('does not change the distribution it is given', () => {
    const d = { counts: [1, 2, 3, 4, 5], abstain: 1 };
    const stats = summarise(d);
    stats.counts[0] = 99;
    expect(d.counts[0]).toBe(1);
  });
});

describe('consensus (Tastle & Wierman 2007)', () => {
  it('is 1 when everyone chose the same level', () => {
    for (let level = 0; level < 5; level++) {
      const counts = [0, 0, 0, 0, 0];
      counts[level] = 7;
      expect(consensus({ counts, abstain: 0 })).toBe(1);
    }
  });

  it('is 0 when the room splits evenly between 1 and 5', () => {
    expect(consensus({ counts: [4, 0, 0, 0, 4], abstain: 0 })).toBe(0);
    expect(consensus({ counts: [1, 0, 0, 0, 1], abstain: 3 })).toBe(0);
  });

  it('is about 0.434 for one answer at each level', () => {
    // μ = 3: 1 + 0.2·(2·log₂(1 − 2/4) + 2·log₂(1 − 1/4) + log₂ 1) = 1 + 0.2·(−2 + 2·log₂ 0.75).
    expect(consensus({ counts: [1, 1, 1, 1, 1], abstain: 0 })).toBeCloseTo(1 + 0.2 * (-2 + 2 * Math.log2(0.75)), 12);
    expect(consensus({ counts: [1, 1, 1, 1, 1], abstain: 0 })).toBeCloseTo(0.43399, 5);
  });

  it('is about 0.807 for a room split between two neighbouring levels', () => {
    // μ = 1.5: 1 + 2 · 0.5 · log₂(1 − 0.5/4).
    expect(consensus({ counts: [3, 3, 0, 0, 0], abstain: 0 })).toBeCloseTo(1 + Math.log2(0.875), 12);
  });

  it('is low but above 0 for an uneven split between the ends', () => {
    // Two at 1, one at 5: μ = 7/3; 1 + (2/3)·log₂(2/3) + (1/3)·log₂(1/3).
    expect(consensus(tallyChoices([1, 1, 5]))).toBeCloseTo(1 + (2 / 3) * Math.log2(2 / 3) + (1 / 3) * Math.log2(1 / 3), 12);
    expect(consensus(tallyChoices([1, 1, 5]))).toBeCloseTo(0.0817, 4);
  });

  it('matches the worked example of the R package agrmt on a seven-level scale', () => {
    // agrmt::consensus(c(30, 40, 210, 130, 530, 50, 10)) is documented as 0.7256876.
    expect(consensus({ counts: [30, 40, 210, 130, 530, 50, 10], abstain: 0 })).toBeCloseTo(0.7256876, 7);
  });

  it('is null when nobody answered', () => {
    expect(consensus({ counts: [0, 0, 0, 0, 0], abstain: 0 })).toBeNull();
    expect(consensus({ counts: [0, 0, 0, 0, 0], abstain: 4 })).toBeNull();
  });

  it('agrees with the summary', () => {
    const d = tallyChoices([1, 3, 3, 4, 'abstain', 5, 5]);
    expect(summarise(d).consensus).toBe(consensus(d));
  });
});
