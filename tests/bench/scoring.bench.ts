import {
  addDistributions,
  breakdownByGroup,
  consensus,
  divergence,
  emptyDistribution,
  shift,
  summarise,
  tallyChoices,
  type Distribution,
  type LevelChoice,
} from '../../shared/scoring';

/**
 * Scoring figures. Target: every statistic for a full assessment — 8 components × 2 rounds ×
 * 1000 ballots, from the raw ballots to summary, consensus, breakdown by 9 sectors, divergence
 * and the shift between rounds — in < 20 ms (median of 21 runs after 5 warm-ups).
 */
export default async function bench(): Promise<Record<string, number>> {
  const assessment = makeAssessment(8, 2, 1000, 9);
  for (let i = 0; i < 5; i++) scoreAll(assessment);
  const times: number[] = [];
  for (let i = 0; i < 21; i++) {
    const started = performance.now();
    scoreAll(assessment);
    times.push(performance.now() - started);
  }
  return { scoring_8x2x1000_ms: round(median(times)) };
}

type RawBallot = { choice: LevelChoice; sector: string };
/** assessment[component][round] = that round's ballots. */
type Assessment = RawBallot[][][];

function scoreAll(assessment: Assessment): unknown {
  const results: unknown[] = [];
  for (const rounds of assessment) {
    const perRound = rounds.map((ballots) => {
      const bySector = new Map<string, LevelChoice[]>();
      for (const ballot of ballots) {
        const list = bySector.get(ballot.sector);
        if (list) list.push(ballot.choice);
        else bySector.set(ballot.sector, [ballot.choice]);
      }
      const groups: Record<string, Distribution> = {};
      for (const [sector, choices] of bySector) groups[sector] = tallyChoices(choices);
      const overall = Object.values(groups).reduce(addDistributions, emptyDistribution());
      return {
        summary: summarise(overall),
        consensus: consensus(overall),
        breakdown: breakdownByGroup(groups),
        divergence: divergence(groups, overall),
      };
    });
    const [before, after] = perRound;
    results.push({ perRound, shift: before && after ? shift(before.summary, after.summary) : null });
  }
  return results;
}

/** Deterministic ballots (a seeded generator), leaning towards the middle of the scale like real rooms. */
function makeAssessment(components: number, rounds: number, ballots: number, sectors: number): Assessment {
  let seed = 0x5eed;
  const random = () => {
    // mulberry32
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const choice = (): LevelChoice => {
    if (random() < 0.05) return 'abstain';
    return Math.min(5, Math.max(1, Math.round(1 + random() * 2 + random() * 2)));
  };
  return Array.from({ length: components }, () =>
    Array.from({ length: rounds }, () =>
      Array.from({ length: ballots }, () => ({ choice: choice(), sector: `sector-${Math.floor(random() * sectors)}` })),
    ),
  );
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const round = (n: number) => Math.round(n * 100) / 100;
