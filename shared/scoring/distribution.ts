/**
 * How a poll was answered, as counts. Ballots from phones and a tally the facilitator types in
 * after a show of hands are both just counts, so they merge by adding. A domain `Tally`
 * ({ counts, abstain }) already is one.
 */
export type Distribution = {
  /** counts[0] is how many chose level 1, counts[k - 1] level k. Its length is the scale's size. */
  readonly counts: readonly number[];
  /**
   * "ไม่แน่ใจ" (not sure; shared/scoring/terms.ts): a response, so it counts towards n,
   * but not a position on the scale, so no statistic uses it.
   */
  readonly abstain: number;
};

/**
 * What one voter chose on a maturity poll: a level (1-based) or abstain. The `current` (or
 * `target`) of a maturity ballot's answer in shared/domain/polls.ts.
 */
export type LevelChoice = number | 'abstain';

/** The maturity scale Ruam ships: 1 ไม่มี/เริ่มต้น … 5 ยั่งยืน/เสริมพลัง. */
export const DEFAULT_LEVEL_COUNT = 5;

function assertLevelCount(levelCount: number): void {
  // Two levels is the least a dispersion measure (consensus divides by max − min) makes sense for.
  if (!Number.isSafeInteger(levelCount) || levelCount < 2) {
    throw new RangeError(`a scale needs a whole number of levels, at least 2 (got ${levelCount})`);
  }
}

function assertCount(value: number, what: string): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`${what} must be a whole number ≥ 0 (got ${value})`);
  }
}

/** Throws a RangeError unless every count is a whole number ≥ 0 on a scale of at least 2 levels. */
export function assertDistribution(distribution: Distribution): void {
  assertLevelCount(distribution.counts.length);
  distribution.counts.forEach((count, i) => assertCount(count, `the count for level ${i + 1}`));
  assertCount(distribution.abstain, 'the abstain count');
}

export function emptyDistribution(levelCount: number = DEFAULT_LEVEL_COUNT): Distribution {
  assertLevelCount(levelCount);
  return { counts: new Array<number>(levelCount).fill(0), abstain: 0 };
}

function assertSameScale(a: Distribution, b: Distribution): void {
  if (a.counts.length !== b.counts.length) {
    throw new RangeError(`cannot combine a ${a.counts.length}-level poll with a ${b.counts.length}-level poll`);
  }
}

/** Phone ballots + a show-of-hands tally, or one group + another: level by level. */
export function addDistributions(a: Distribution, b: Distribution): Distribution {
  assertDistribution(a);
  assertDistribution(b);
  assertSameScale(a, b);
  return { counts: a.counts.map((count, i) => count + (b.counts[i] ?? 0)), abstain: a.abstain + b.abstain };
}

/**
 * The responses in `whole` that are not in `part` (e.g. the rest of the room beside one sector).
 * Throws if `part` has more at some level than `whole`, which means they are not whole and part.
 */
export function subtractDistribution(whole: Distribution, part: Distribution): Distribution {
  assertDistribution(whole);
  assertDistribution(part);
  assertSameScale(whole, part);
  const counts = whole.counts.map((count, i) => count - (part.counts[i] ?? 0));
  const abstain = whole.abstain - part.abstain;
  if (abstain < 0 || counts.some((count) => count < 0)) {
    throw new RangeError('the part has more responses at some level than the whole');
  }
  return { counts, abstain };
}

/**
 * Counts the choices on a round's ballots into a distribution. A level outside 1..levelCount is a
 * bug upstream (ballots are validated when cast): it throws.
 */
export function tallyChoices(choices: readonly LevelChoice[], levelCount: number = DEFAULT_LEVEL_COUNT): Distribution {
  assertLevelCount(levelCount);
  const counts = new Array<number>(levelCount).fill(0);
  let abstain = 0;
  for (const choice of choices) {
    if (choice === 'abstain') {
      abstain += 1;
    } else if (Number.isInteger(choice) && choice >= 1 && choice <= levelCount) {
      counts[choice - 1] = (counts[choice - 1] ?? 0) + 1;
    } else {
      throw new RangeError(`a choice must be a level 1..${levelCount} or 'abstain' (got ${String(choice)})`);
    }
  }
  return { counts, abstain };
}

/** Responses that chose a level: the ones every statistic is computed over. */
export function answeredCount(distribution: Distribution): number {
  let answered = 0;
  for (const count of distribution.counts) answered += count;
  return answered;
}

/** Every response, abstentions included: the poll's n. */
export function responseCount(distribution: Distribution): number {
  return answeredCount(distribution) + distribution.abstain;
}
