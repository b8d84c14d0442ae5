import type { PollStatistics } from './statistics';

/**
 * How far the room wants to move: target − current, in levels. Positive means the target is
 * higher than where the room places the agency today. Null when either median does not exist.
 */
export function gap(currentMedian: number | null, targetMedian: number | null): number | null {
  if (currentMedian === null || targetMedian === null) return null;
  return targetMedian - currentMedian;
}

/** How a poll moved between two rounds (e.g. before and after discussion). Deltas are after − before. */
export type PollShift = {
  median: number | null;
  mean: number | null;
  /** Positive: the room converged; negative: it spread out. */
  consensus: number | null;
  /** Responses (abstentions included) in each round, so a reader can judge a shift against who voted. */
  n: { before: number; after: number };
  answered: { before: number; after: number };
};

function delta(before: number | null, after: number | null): number | null {
  return before === null || after === null ? null : after - before;
}

export function shift(before: PollStatistics, after: PollStatistics): PollShift {
  if (before.counts.length !== after.counts.length) {
    throw new RangeError(
      `cannot compare a ${before.counts.length}-level round with a ${after.counts.length}-level round`,
    );
  }
  return {
    median: delta(before.median, after.median),
    mean: delta(before.mean, after.mean),
    consensus: delta(before.consensus, after.consensus),
    n: { before: before.n, after: after.n },
    answered: { before: before.answered, after: after.answered },
  };
}
