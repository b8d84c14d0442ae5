import { describe, expect, it } from 'vitest';
import {
  addDistributions,
  answeredCount,
  emptyDistribution,
  responseCount,
  subtractDistribution,
  tallyChoices,
} from './distribution';

describe('tallying ballots', () => {
  it('counts each level at its index and abstentions apart', () => {
    expect(tallyChoices([1, 3, 3, 'abstain', 5, 3])).toEqual({ counts: [1, 0, 3, 0, 1], abstain: 1 });
  });

  it('gives an empty five-level poll for no ballots', () => {
    expect(tallyChoices([])).toEqual(emptyDistribution());
    expect(emptyDistribution()).toEqual({ counts: [0, 0, 0, 0, 0], abstain: 0 });
  });

  it('works on another scale size', () => {
    expect(tallyChoices([1, 4, 4], 4)).toEqual({ counts: [1, 0, 0, 2], abstain: 0 });
  });

  it('refuses a level outside the scale, a fraction or a non-number', () => {
    expect(() => tallyChoices([0])).toThrow(RangeError);
    expect(() => tallyChoices([6])).toThrow(RangeError);
    expect(() => tallyChoices([2.5])).toThrow(RangeError);
    expect(() => tallyChoices([Number.NaN])).toThrow(RangeError);
    expect(() => tallyChoices(['2' as unknown as number])).toThrow(RangeError);
  });

  it('refuses a scale of fewer than two levels', () => {
    expect(() => emptyDistribution(1)).toThrow(RangeError);
    expect(() => tallyChoices([], 0)).toThrow(RangeError);
  });
});

describe('merging phone ballots with a show-of-hands tally', () => {
  it('adds level by level, abstentions too', () => {
    const phones = tallyChoices([2, 2, 4, 'abstain']);
    const hands = { counts: [0, 3, 1, 0, 0], abstain: 2 };
    expect(addDistributions(phones, hands)).toEqual({ counts: [0, 5, 1, 1, 0], abstain: 3 });
  });

  it('refuses to add polls on different scales', () => {
    expect(() => addDistributions(emptyDistribution(5), emptyDistribution(4))).toThrow(RangeError);
  });

  it('refuses negative or fractional typed-in counts', () => {
    expect(() => addDistributions(emptyDistribution(), { counts: [0, -1, 0, 0, 0], abstain: 0 })).toThrow(RangeError);
    expect(() => addDistributions(emptyDistribution(), { counts: [0, 1.5, 0, 0, 0], abstain: 0 })).toThrow(RangeError);
    expect(() => addDistributions(emptyDistribution(), { counts: [0, 0, 0, 0, 0], abstain: -2 })).toThrow(RangeError);
  });

  it('does not change its arguments', () => {
    const a = { counts: [1, 0, 0, 0, 0], abstain: 0 };
    addDistributions(a, { counts: [1, 1, 1, 1, 1], abstain: 1 });
    expect(a).toEqual({ counts: [1, 0, 0, 0, 0], abstain: 0 });
  });
});

describe('the rest of the room', () => {
  it('subtracts a part from the whole', () => {
    const whole = { counts: [2, 3, 4, 0, 1], abstain: 2 };
    expect(subtractDistribution(whole, { counts: [1, 3, 0, 0, 1], abstain: 1 })).toEqual({
      counts: [1, 0, 4, 0, 0],
      abstain: 1,
    });
  });

  it('refuses a part bigger than the whole at some level', () => {
    expect(() => subtractDistribution({ counts: [1, 0, 0, 0, 0], abstain: 0 }, tallyChoices([2]))).toThrow(RangeError);
    expect(() => subtractDistribution(emptyDistribution(), tallyChoices(['abstain']))).toThrow(RangeError);
  });
});

describe('counting responses', () => {
  it('counts abstentions in n but not in answered', () => {
    const d = tallyChoices([1, 'abstain', 'abstain', 5]);
    expect(answeredCount(d)).toBe(2);
    expect(responseCount(d)).toBe(4);
  });
});
