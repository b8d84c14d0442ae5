import { answeredCount, assertDistribution, responseCount, subtractDistribution, type Distribution } from './distribution';
import { summarise, type PollStatistics } from './statistics';

/**
 * The fewest people a group-level figure may describe. Below this a sector's result points at
 * the few people in the room from that sector (PDPA: collect and reveal the minimum).
 */
export const DEFAULT_MIN_GROUP_SIZE = 5;

/**
 * Why a group's figures are withheld:
 * - `below-minimum`: fewer people than the minimum;
 * - `complementary`: big enough itself, but withheld so that a small group cannot be worked out by
 *   subtracting the shown groups from the total;
 * - `no-responses`: nobody from the group responded (nothing to show, nothing to protect).
 */
export type SuppressionReason = 'below-minimum' | 'complementary' | 'no-responses';

export type SuppressionDecision = { suppressed: false } | { suppressed: true; reason: SuppressionReason };

export type SuppressionOptions = {
  /** Default 5. A group of exactly this many is shown; one fewer is not. */
  minGroupSize?: number;
  /**
   * Whether the total the groups add up to is shown beside them (default true, the safe
   * assumption). If it is, one withheld group = total − the shown groups, so more must be withheld.
   */
  totalShown?: boolean;
};

function resolveMinGroupSize(minGroupSize: number | undefined): number {
  const min = minGroupSize ?? DEFAULT_MIN_GROUP_SIZE;
  if (!Number.isSafeInteger(min) || min < 1) {
    throw new RangeError(`minGroupSize must be a whole number ≥ 1 (got ${min})`);
  }
  return min;
}

/**
 * Decides which groups' figures may be shown, for any figure broken down by group (poll results,
 * attendance by sector, …). `sizes` maps each group to the number of people its figure describes.
 *
 * 1. Primary: a group smaller than `minGroupSize` is withheld.
 * 2. Complementary: when the total is shown, the withheld groups together can be recovered as
 *    total − shown groups. If they hold fewer than `minGroupSize` people together (always the case
 *    when exactly one group is withheld), the smallest shown group is withheld too (ties: the first
 *    in key order), so what can be derived covers at least `minGroupSize` people. One extra group
 *    is always enough, since it alone holds at least the minimum.
 *
 * Assumes the groups partition the total (pass a group for people with no sector, too). A group
 * of size 0 counts as a small group to protect, which is safe but may withhold more than needed:
 * leave out groups nobody belongs to. Not covered: differencing across two breakdowns of the same
 * poll (by sector and by gender), or across rounds when one person joins: show one breakdown.
 */
export function suppressSmallGroups(
  sizes: Readonly<Record<string, number>>,
  options: SuppressionOptions = {},
): Record<string, SuppressionDecision> {
  const min = resolveMinGroupSize(options.minGroupSize);
  const totalShown = options.totalShown ?? true;
  const entries = Object.entries(sizes);
  for (const [group, size] of entries) {
    if (!Number.isSafeInteger(size) || size < 0) {
      throw new RangeError(`group "${group}" must have a whole number ≥ 0 of people (got ${size})`);
    }
  }

  // A Map, not an object literal, so a group called "__proto__" is just a group.
  const decisions = new Map<string, SuppressionDecision>();
  let withheldPeople = 0;
  let withheldGroups = 0;
  for (const [group, size] of entries) {
    if (size < min) {
      decisions.set(group, { suppressed: true, reason: 'below-minimum' });
      withheldPeople += size;
      withheldGroups += 1;
    } else {
      decisions.set(group, { suppressed: false });
    }
  }

  if (totalShown && withheldGroups > 0 && withheldPeople < min) {
    let smallest: [string, number] | undefined;
    for (const entry of entries) {
      if (!decisions.get(entry[0])?.suppressed && (smallest === undefined || entry[1] < smallest[1])) smallest = entry;
    }
    if (smallest !== undefined) decisions.set(smallest[0], { suppressed: true, reason: 'complementary' });
  }
  return Object.fromEntries(decisions);
}

/** One group's result, or the reason it is withheld. In the order of the groups' keys. */
export type GroupBreakdown =
  | { group: string; suppressed: false; statistics: PollStatistics }
  | { group: string; suppressed: true; reason: SuppressionReason };

/**
 * Each group with its decision: groups nobody from responded are `no-responses` and stay out of
 * the size rule; the rest are judged on how many answered (chose a level).
 */
function decideGroups(
  groups: Readonly<Record<string, Distribution>>,
  options: SuppressionOptions,
): { group: string; distribution: Distribution; decision: SuppressionDecision }[] {
  const entries = Object.entries(groups);
  const sizes = new Map<string, number>();
  for (const [group, distribution] of entries) {
    assertDistribution(distribution);
    if (responseCount(distribution) > 0) sizes.set(group, answeredCount(distribution));
  }
  const decisions = new Map(Object.entries(suppressSmallGroups(Object.fromEntries(sizes), options)));
  return entries.map(([group, distribution]) => ({
    group,
    distribution,
    decision: decisions.get(group) ?? { suppressed: true, reason: 'no-responses' },
  }));
}

/**
 * A poll's statistics per group (e.g. per sector), with small groups withheld by
 * `suppressSmallGroups`. `groups` must partition the poll's responses (see there).
 */
export function breakdownByGroup(
  groups: Readonly<Record<string, Distribution>>,
  options: SuppressionOptions = {},
): GroupBreakdown[] {
  return decideGroups(groups, options).map(({ group, distribution, decision }): GroupBreakdown =>
    decision.suppressed
      ? { group, suppressed: true, reason: decision.reason }
      : { group, suppressed: false, statistics: summarise(distribution) },
  );
}

export type DivergenceOptions = SuppressionOptions & {
  /** How many levels apart a group's median and the rest's must be to flag it. Default 1. */
  threshold?: number;
};

export type GroupDivergence =
  | {
      group: string;
      assessed: true;
      groupMedian: number;
      /** Median of everyone else in `overall`, pooled. */
      restMedian: number;
      /** groupMedian − restMedian: positive means the group rates the agency higher than the rest. */
      difference: number;
      /** |difference| ≥ threshold. */
      diverges: boolean;
    }
  | {
      group: string;
      assessed: false;
      /** The group is withheld, or the rest of the room is too small to compare against unseen. */
      reason: SuppressionReason | 'rest-below-minimum';
    };

/**
 * Flags groups that see it differently from everyone else: the group's median against the median
 * of all other responses in `overall` pooled (overall − group), flagged when they are `threshold`
 * or more levels apart. Groups withheld by the breakdown are not assessed, nor groups whose "rest"
 * answered fewer than the minimum (the comparison would describe those few people).
 */
export function divergence(
  groups: Readonly<Record<string, Distribution>>,
  overall: Distribution,
  options: DivergenceOptions = {},
): GroupDivergence[] {
  const threshold = options.threshold ?? 1;
  if (!Number.isFinite(threshold) || threshold <= 0) {
    throw new RangeError(`threshold must be a number of levels > 0 (got ${threshold})`);
  }
  const min = resolveMinGroupSize(options.minGroupSize);
  assertDistribution(overall);
  return decideGroups(groups, options).map(({ group, distribution, decision }): GroupDivergence => {
    if (decision.suppressed) return { group, assessed: false, reason: decision.reason };
    const rest = subtractDistribution(overall, distribution);
    const groupMedian = summarise(distribution).median;
    const restMedian = answeredCount(rest) >= min ? summarise(rest).median : null;
    if (groupMedian === null || restMedian === null) return { group, assessed: false, reason: 'rest-below-minimum' };
    const difference = groupMedian - restMedian;
    return { group, assessed: true, groupMedian, restMedian, difference, diverges: Math.abs(difference) >= threshold };
  });
}
