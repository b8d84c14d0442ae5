import { answeredCount, assertDistribution, type Distribution } from './distribution';

/**
 * Everything Ruam says about one poll. Levels are 1-based. A figure that does not exist for this
 * poll (nobody answered: an empty poll, or everyone abstained) is `null`, never NaN or 0.
 */
export type PollStatistics = {
  /** Every response, abstentions included. */
  n: number;
  /** Responses that chose a level; all the figures below are over these. */
  answered: number;
  abstentions: number;
  /** counts[0] is level 1 (a copy of the distribution's). */
  counts: number[];
  /** Share of the answered at each level (sums to 1); null when nobody answered. */
  shares: number[] | null;
  mean: number | null;
  /** With an even number answered, the average of the two middle answers (so it may end in .5). */
  median: number | null;
  /** Lower and upper quartiles as Tukey's hinges (R's `fivenum`); see `hinges` below. */
  q1: number | null;
  q3: number | null;
  /** q3 − q1. */
  iqr: number | null;
  /**
   * Population standard deviation (divides by `answered`, not answered − 1): the poll describes the
   * people in the room, not a sample drawn to estimate some larger population.
   */
  sd: number | null;
  /** Lowest and highest level anyone chose. */
  min: number | null;
  max: number | null;
  /** Tastle & Wierman's consensus, 0 (split between the extremes) … 1 (everyone the same). */
  consensus: number | null;
};

/** The level of the k-th answer (1-based) when the answers are sorted. */
function levelAtPosition(counts: readonly number[], position: number): number {
  let seen = 0;
  for (let i = 0; i < counts.length; i++) {
    seen += counts[i] ?? 0;
    if (seen >= position) return i + 1;
  }
  throw new RangeError(`position ${position} is beyond the ${seen} answers`);
}

/**
 * The value at a "depth" in the sorted answers, where a depth ending in .5 means the average of
 * the two answers either side (Tukey's convention, also what makes an even median the average).
 */
function valueAtDepth(counts: readonly number[], depth: number): number {
  const below = levelAtPosition(counts, Math.floor(depth));
  const above = levelAtPosition(counts, Math.ceil(depth));
  return (below + above) / 2;
}

/**
 * Tukey's hinges, exactly as R's `fivenum` computes them: with m = ⌊(n + 3) / 2⌋ / 2, the lower
 * hinge sits at depth m and the upper at depth n + 1 − m. Equivalently: split the sorted answers
 * into a lower and an upper half, both taking the median when n is odd, and take each half's median.
 *
 * Chosen over interpolating quantiles (Excel's QUARTILE.INC, R type 7) because on a 1..5 scale a
 * hinge is always a level or halfway between two, like the median, never a figure such as 2.25
 * that no one could have answered.
 */
function hinges(counts: readonly number[], answered: number): { q1: number; median: number; q3: number } {
  const m = Math.floor((answered + 3) / 2) / 2;
  return {
    q1: valueAtDepth(counts, m),
    median: valueAtDepth(counts, (answered + 1) / 2),
    q3: valueAtDepth(counts, answered + 1 - m),
  };
}

function meanOf(counts: readonly number[], answered: number): number {
  let sum = 0;
  counts.forEach((count, i) => (sum += count * (i + 1)));
  return sum / answered;
}

/**
 * Tastle & Wierman's consensus for a scale of levels 1..k:
 *
 *   Cns = 1 + Σ pᵢ · log₂(1 − |i − μ| / d),   d = k − 1 (the scale's width, 4 for 1..5)
 *
 * where pᵢ is the share of answers at level i and μ their mean. Levels nobody chose add nothing
 * (0 · log 0 is taken as 0, its limit). Everyone at one level gives 1; half at each end gives 0.
 * Source: W. J. Tastle & M. J. Wierman (2007), "Consensus and dissention: A measure of ordinal
 * dispersion", International Journal of Approximate Reasoning 45(3): 531–545.
 */
function consensusOf(counts: readonly number[], answered: number, mean: number): number {
  const width = counts.length - 1;
  let sum = 0;
  counts.forEach((count, i) => {
    if (count > 0) sum += (count / answered) * Math.log2(1 - Math.abs(i + 1 - mean) / width);
  });
  // Mathematically in [0, 1]; the clamp only removes rounding dust such as −1e−17.
  return Math.min(1, Math.max(0, 1 + sum));
}

/** Consensus (see `consensusOf`) of the answered ballots; null when nobody answered. */
export function consensus(distribution: Distribution): number | null {
  assertDistribution(distribution);
  const answered = answeredCount(distribution);
  if (answered === 0) return null;
  return consensusOf(distribution.counts, answered, meanOf(distribution.counts, answered));
}

export function summarise(distribution: Distribution): PollStatistics {
  assertDistribution(distribution);
  const counts = [...distribution.counts];
  const answered = answeredCount(distribution);
  const n = answered + distribution.abstain;
  if (answered === 0) {
    return {
      n,
      answered,
      abstentions: distribution.abstain,
      counts,
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
    };
  }
  const mean = meanOf(counts, answered);
  // Two passes (mean first, then squared deviations) rather than E[x²] − μ², which can go
  // slightly negative and gives sd ≠ 0 when everyone answered the same.
  let squares = 0;
  counts.forEach((count, i) => (squares += count * (i + 1 - mean) ** 2));
  const { q1, median, q3 } = hinges(counts, answered);
  return {
    n,
    answered,
    abstentions: distribution.abstain,
    counts,
    shares: counts.map((count) => count / answered),
    mean,
    median,
    q1,
    q3,
    iqr: q3 - q1,
    sd: Math.sqrt(squares / answered),
    min: counts.findIndex((count) => count > 0) + 1,
    max: counts.length - [...counts].reverse().findIndex((count) => count > 0),
    consensus: consensusOf(counts, answered, mean),
  };
}
