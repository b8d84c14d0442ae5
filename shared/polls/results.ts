import type { Ballot, Poll, Round, Tally } from '../domain/polls';
import type { LocalizedText } from '../domain/text';
import type { Workshop } from '../domain/workshop';
import {
  addDistributions,
  breakdownByGroup,
  divergence,
  emptyDistribution,
  gap,
  responseCount,
  shift,
  summarise,
  tallyChoices,
  type Distribution,
  type PollShift,
  type PollStatistics,
  type SuppressionReason,
} from '../scoring';
import { attendance } from '../people/attendance';
import { PHONE_PARTICIPANT_PREFIX } from '../participant/identity';
import { ballotSource, registeredVoters } from './ballots';
import { countBallots, MATURITY_LEVEL_COUNT, type PollResults, type ResultsOf } from './poll-types';
import { dotItemSource, type DotItemSource } from './priorities';
import { findPoll, findRound, findTally, roundBallots } from './rounds';
import { actionTieKey, compareTied, normaliseItemText, type TieKey } from './tie-break';

/**
 * Pure read-outs of the workshop document for the facilitator UI, the projector, the minutes and
 * `ruam stats`. The statistics themselves are shared/scoring's; this module decides which
 * responses go into them (phones, entered ballots, a typed tally, which round, which sector).
 */

/**
 * Individual ballots (cast from phones, or entered by the facilitator for a named participant)
 * versus the counts the facilitator typed after a show of hands; 'all' is both added up.
 */
export type ResponseSource = 'all' | 'ballots' | 'tally';

/**
 * How many responses came from each source; they add up to the responses counted. This is the
 * one place the split is made: the facilitator's screen, the minutes and `ruam stats` read it.
 */
export interface SourceCounts {
  /** Ballots cast from a phone. */
  phones: number;
  /** Ballots the facilitator entered for a named participant (see `BallotSource`). */
  entered: number;
  /** People in the show of hands the facilitator typed in. */
  tally: number;
}

/** phones + entered + tally. */
export function sourceTotal(from: SourceCounts): number {
  return from.phones + from.entered + from.tally;
}

export type ResponseOrigin = keyof SourceCounts;

/**
 * The sources to name when saying where answers came from, in this order: phones always (the
 * usual way, so "from phones 0" still says nobody used one), then entered ballots and the show of
 * hands only when someone answered that way. The facilitator's screen and the minutes both word
 * this list.
 */
export function namedSources(from: SourceCounts): { origin: ResponseOrigin; count: number }[] {
  return (['phones', 'entered', 'tally'] as const)
    .filter((origin) => origin === 'phones' || from[origin] > 0)
    .map((origin) => ({ origin, count: from[origin] }));
}

export interface MaturityDistribution {
  pollId: string;
  componentId: string | null;
  round: number;
  source: ResponseSource;
  /** Current level: counts per level and abstentions. */
  current: Distribution;
  /** Stated target levels (abstain is always 0); null when the poll does not ask for a target. */
  target: Distribution | null;
  /** How many responses in `current` (abstentions included) came from each source. */
  from: SourceCounts;
  /** How many stated targets in `target` came from each source; null with `target`. */
  targetFrom: SourceCounts | null;
}

type CurrentAndTarget = { current: Distribution; target: Distribution };

function tallyDistributions(tally: Tally | undefined): { current: Distribution; target: Distribution } {
  if (!tally) return { current: emptyDistribution(MATURITY_LEVEL_COUNT), target: emptyDistribution(MATURITY_LEVEL_COUNT) };
  return {
    current: { counts: [...tally.counts], abstain: tally.abstain },
    target: { counts: [...(tally.targetCounts ?? emptyDistribution(MATURITY_LEVEL_COUNT).counts)], abstain: 0 },
  };
}

const sumCounts = (d: Distribution): number => d.counts.reduce((sum, count) => sum + count, 0);

/**
 * A maturity poll's responses in one round, from the chosen source, with how many came from
 * each. Null when the poll is not a maturity poll or has no such round.
 */
export function pollDistribution(
  workshop: Workshop,
  pollId: string,
  round: number,
  options: { source: ResponseSource } = { source: 'all' },
): MaturityDistribution | null {
  const poll = findPoll(workshop, pollId);
  if (!poll || poll.kind !== 'maturity' || !findRound(poll, round)) return null;
  const { source } = options;
  const empty = tallyDistributions(undefined);
  const ballots = source === 'tally' ? { phone: empty, entered: empty } : ballotDistributions(workshop, poll, round);
  const typed = source === 'ballots' ? empty : tallyDistributions(findTally(workshop, pollId, round));
  const parts = [ballots.phone, ballots.entered, typed];
  const add = (pick: (part: CurrentAndTarget) => Distribution) => parts.map(pick).reduce((sum, d) => addDistributions(sum, d));
  return {
    pollId,
    componentId: poll.componentId,
    round,
    source,
    current: add((part) => part.current),
    target: poll.askTarget ? add((part) => part.target) : null,
    from: { phones: responseCount(ballots.phone.current), entered: responseCount(ballots.entered.current), tally: responseCount(typed.current) },
    targetFrom: poll.askTarget
      ? { phones: sumCounts(ballots.phone.target), entered: sumCounts(ballots.entered.target), tally: sumCounts(typed.target) }
      : null,
  };
}

/** A maturity poll's ballots in a round, counted apart by where they came from. */
function ballotDistributions(workshop: Workshop, poll: Poll, round: number): { phone: CurrentAndTarget; entered: CurrentAndTarget } {
  const registered = registeredVoters(workshop);
  const all = roundBallots(workshop, poll.id, round);
  const count = (ballots: Ballot[]): CurrentAndTarget => {
    const counted = countBallots(poll, ballots) as ResultsOf<'maturity'>;
    return { current: counted.current, target: counted.target ?? emptyDistribution(MATURITY_LEVEL_COUNT) };
  };
  return {
    phone: count(all.filter((ballot) => ballotSource(ballot, registered) === 'phone')),
    entered: count(all.filter((ballot) => ballotSource(ballot, registered) === 'entered')),
  };
}

/** A round's ballots (any poll kind) split by where they came from; no tally. */
function ballotSourceCounts(workshop: Workshop, pollId: string, round: number): SourceCounts {
  const registered = registeredVoters(workshop);
  const ballots = roundBallots(workshop, pollId, round);
  const entered = ballots.filter((ballot) => ballotSource(ballot, registered) === 'entered').length;
  return { phones: ballots.length - entered, entered, tally: 0 };
}

/**
 * One round's results as the poll's kind counts them. A maturity poll's include the typed tally
 * (`respondents` = ballots + tallied people); use `pollDistribution` to see them apart.
 */
export function pollResults(workshop: Workshop, pollId: string, round: number): PollResults | null {
  const poll = findPoll(workshop, pollId);
  if (!poll || !findRound(poll, round)) return null;
  if (poll.kind === 'maturity') {
    const merged = pollDistribution(workshop, pollId, round, { source: 'all' })!;
    return { kind: 'maturity', respondents: sourceTotal(merged.from), current: merged.current, target: merged.target };
  }
  return countBallots(poll, roundBallots(workshop, pollId, round));
}

// ── Response rate ────────────────────────────────────────────────────────────────────────────

export interface ResponseRate {
  /** Ballots, plus the people in a typed tally for a maturity poll: `sourceTotal(from)`. */
  responses: number;
  from: SourceCounts;
  /** People in the room, `attendance(workshop).present` (a phone and a desk check-in of one person count once; erased ones too). */
  checkedIn: number;
  /**
   * responses / checkedIn; null when nobody is checked in. Not capped at 1: people may vote
   * without checking in, and a rate above 1 says the register is behind.
   */
  rate: number | null;
}

export function checkedInCount(workshop: Workshop): number {
  return attendance(workshop).present;
}

export function responseRate(workshop: Workshop, pollId: string, round: number): ResponseRate | null {
  const poll = findPoll(workshop, pollId);
  if (!poll || !findRound(poll, round)) return null;
  const from: SourceCounts =
    poll.kind === 'maturity'
      ? pollDistribution(workshop, pollId, round, { source: 'all' })!.from
      : ballotSourceCounts(workshop, pollId, round);
  const responses = sourceTotal(from);
  const checkedIn = checkedInCount(workshop);
  return { responses, from, checkedIn, rate: checkedIn === 0 ? null : responses / checkedIn };
}

// ── Component statistics ─────────────────────────────────────────────────────────────────────

/** The label for responses with no sector: tallied hands, and phones that did not say. */
export const SECTOR_NOT_GIVEN: LocalizedText = { th: 'ไม่ระบุภาคส่วน', en: 'Sector not given' };

export type SectorBreakdown =
  | { sector: string | null; label: LocalizedText; suppressed: false; statistics: PollStatistics }
  | { sector: string | null; label: LocalizedText; suppressed: true; reason: SuppressionReason };

export type SectorDivergence =
  | { sector: string; label: LocalizedText; assessed: true; sectorMedian: number; restMedian: number; difference: number; diverges: boolean }
  | { sector: string; label: LocalizedText; assessed: false; reason: SuppressionReason | 'rest-below-minimum' };

export interface RoundStatistics {
  round: number;
  state: Round['state'];
  openedAt: string;
  closedAt: string | null;
  /** Where this round's responses came from (abstentions included). */
  from: SourceCounts;
  /** Phones, entered ballots and tally merged: n, abstentions, counts, mean, median, quartiles, IQR, sd, consensus. */
  current: PollStatistics;
  /** The stated target levels, or null when the poll does not ask for a target. */
  target: PollStatistics | null;
  targetMedian: number | null;
  /** targetMedian − current median. */
  gap: number | null;
  /** Against the previous round; null for the first. */
  shift: PollShift | null;
  /** Every sector on the workshop's list, then any other sector seen, then "not given" if anyone is. */
  bySector: SectorBreakdown[];
  /** Sectors whose median is `divergenceThreshold` or more from everyone else's ("not given" is never assessed). */
  divergence: SectorDivergence[];
  responseRate: ResponseRate;
}

export interface ComponentStatistics {
  componentId: string;
  code: string;
  name: LocalizedText;
  /** The component's maturity poll, or null if it has none yet. */
  pollId: string | null;
  askTarget: boolean;
  rounds: RoundStatistics[];
}

// Sector ids are never empty (categorySchema), so '' cannot collide with a real sector.
const NOT_GIVEN = '';

/**
 * The sector each voter on the register counts under: a register entry's own (for the ballots the
 * facilitator entered for them) and, for a phone linked to it (`linkedTo`), the entry's too — the
 * register is what the desk checked, a phone's sector is what it said of itself. Only entries that
 * have a sector; a voter not here keeps the sector stored with the ballot.
 */
function registerSectors(workshop: Workshop): Map<string, string> {
  const sectors = new Map<string, string>();
  for (const p of workshop.participants) if (p.source !== 'phone' && p.sector !== '') sectors.set(p.id, p.sector);
  if (sectors.size === 0) return sectors;
  for (const p of workshop.participants) {
    if (p.source !== 'phone' || p.linkedTo === undefined || !p.id.startsWith(PHONE_PARTICIPANT_PREFIX)) continue;
    const sector = sectors.get(p.linkedTo);
    if (sector !== undefined) sectors.set(p.id.slice(PHONE_PARTICIPANT_PREFIX.length), sector);
  }
  return sectors;
}

/**
 * Groups that partition a round's merged responses: each sector's ballots, and one group for the
 * responses with no sector (the tally, phones that did not say). The partition matters: the
 * suppression rule assumes the groups add up to the total shown.
 *
 * The one place a ballot's sector is decided: the register's when its voter is a register entry
 * or a phone linked to one and the register gives a sector (`registerSectors`), else the sector
 * stored with the ballot (what the phone declared, or the register's when it was entered).
 */
function sectorGroups(workshop: Workshop, poll: Poll, round: number, tally: Distribution): Map<string, Distribution> {
  const choices = new Map<string, ('abstain' | number)[]>();
  for (const sector of workshop.settings.sectors) choices.set(sector.id, []);
  const register = registerSectors(workshop);
  for (const ballot of roundBallots(workshop, poll.id, round)) {
    if (ballot.answer.kind !== 'maturity') continue;
    const sector = register.get(ballot.voter) ?? ballot.sector;
    const key = sector === null || sector === '' ? NOT_GIVEN : sector;
    const list = choices.get(key) ?? [];
    list.push(ballot.answer.current);
    choices.set(key, list);
  }
  // "Not given" goes last, after the listed and unlisted sectors.
  const notGiven = choices.get(NOT_GIVEN);
  choices.delete(NOT_GIVEN);
  const groups = new Map<string, Distribution>();
  for (const [sector, list] of choices) groups.set(sector, tallyChoices(list, MATURITY_LEVEL_COUNT));
  const rest = addDistributions(tallyChoices(notGiven ?? [], MATURITY_LEVEL_COUNT), tally);
  if (responseCount(rest) > 0) groups.set(NOT_GIVEN, rest);
  return groups;
}

function sectorLabel(workshop: Workshop, sector: string): LocalizedText {
  if (sector === NOT_GIVEN) return SECTOR_NOT_GIVEN;
  return workshop.settings.sectors.find((s) => s.id === sector)?.label ?? { th: sector, en: sector };
}

function roundStatistics(workshop: Workshop, poll: Poll, round: Round, previous: PollStatistics | null): RoundStatistics {
  const merged = pollDistribution(workshop, poll.id, round.number, { source: 'all' })!;
  const tally = tallyDistributions(findTally(workshop, poll.id, round.number)).current;
  const current = summarise(merged.current);
  const target = merged.target ? summarise(merged.target) : null;
  const targetMedian = target?.median ?? null;

  const groups = Object.fromEntries(sectorGroups(workshop, poll, round.number, tally));
  const options = { minGroupSize: workshop.settings.minGroupSize };
  const bySector = breakdownByGroup(groups, options).map((entry): SectorBreakdown => {
    const sector = entry.group === NOT_GIVEN ? null : entry.group;
    const label = sectorLabel(workshop, entry.group);
    return entry.suppressed
      ? { sector, label, suppressed: true, reason: entry.reason }
      : { sector, label, suppressed: false, statistics: entry.statistics };
  });
  const divergent = divergence(groups, merged.current, { ...options, threshold: workshop.settings.divergenceThreshold })
    .filter((entry) => entry.group !== NOT_GIVEN)
    .map((entry): SectorDivergence => {
      const label = sectorLabel(workshop, entry.group);
      return entry.assessed
        ? {
            sector: entry.group,
            label,
            assessed: true,
            sectorMedian: entry.groupMedian,
            restMedian: entry.restMedian,
            difference: entry.difference,
            diverges: entry.diverges,
          }
        : { sector: entry.group, label, assessed: false, reason: entry.reason };
    });

  return {
    round: round.number,
    state: round.state,
    openedAt: round.openedAt,
    closedAt: round.closedAt,
    from: merged.from,
    current,
    target,
    targetMedian,
    gap: gap(current.median, targetMedian),
    shift: previous ? shift(previous, current) : null,
    bySector,
    divergence: divergent,
    responseRate: responseRate(workshop, poll.id, round.number)!,
  };
}

/** Every component of the framework, in order, with every round of its maturity poll. */
export function componentStatistics(workshop: Workshop): ComponentStatistics[] {
  return workshop.framework.components.map((component): ComponentStatistics => {
    const poll = workshop.polls.find((p) => p.kind === 'maturity' && p.componentId === component.id);
    const rounds: RoundStatistics[] = [];
    let previous: PollStatistics | null = null;
    for (const round of poll?.rounds ?? []) {
      const statistics = roundStatistics(workshop, poll!, round, previous);
      rounds.push(statistics);
      previous = statistics.current;
    }
    return {
      componentId: component.id,
      code: component.code,
      name: component.name,
      pollId: poll?.id ?? null,
      askTarget: poll?.askTarget ?? false,
      rounds,
    };
  });
}

// ── Dot voting ───────────────────────────────────────────────────────────────────────────────

export interface RankedItem {
  /** 1 for the most dots; tied items share a rank and the next rank skips (1, 2, 2, 4). */
  rank: number;
  optionId: string;
  label: LocalizedText;
  dots: number;
  /** People who put at least one dot on it. */
  voters: number;
  /** The idea or action it stands for, if it still exists. */
  source: DotItemSource | null;
}

export interface DotRanking {
  pollId: string;
  question: LocalizedText;
  /** The round ranked (the latest unless asked), or null when voting never opened. */
  round: number | null;
  respondents: number;
  dotsPlaced: number;
  /** Most dots first; ties in the action plan's order (shared/polls/tie-break.ts), then the poll's. */
  items: RankedItem[];
}

export function dotRanking(workshop: Workshop, pollId: string, round?: number): DotRanking | null {
  const poll = findPoll(workshop, pollId);
  if (!poll || poll.kind !== 'dots') return null;
  const ranked = round ?? poll.rounds.at(-1)?.number ?? null;
  if (ranked !== null && !findRound(poll, ranked)) return null;
  const counted = countBallots(poll, ranked === null ? [] : roundBallots(workshop, pollId, ranked)) as ResultsOf<'dots'>;
  const labels = new Map(poll.options.map((option) => [option.id, option.label]));
  // Items with the same dots in the action plan's order (shared/polls/tie-break.ts): an action
  // by its own priority, due date and component; an idea by the action made from it, if any.
  const componentOrder = workshop.framework.components.map((component) => component.id);
  const sources = new Map(counted.options.map((option) => [option.optionId, dotItemSource(workshop, option.optionId)]));
  const tieKey = (optionId: string, index: number): TieKey => {
    const source = sources.get(optionId) ?? null;
    const actionAt =
      source?.kind === 'action'
        ? workshop.actions.findIndex((action) => action.id === source.actionId)
        : source?.kind === 'idea'
          ? workshop.actions.findIndex(
              (action) => action.componentId === source.componentId && normaliseItemText(action.title) === normaliseItemText(labels.get(optionId)?.th ?? ''),
            )
          : -1;
    if (actionAt !== -1) return actionTieKey(workshop.actions[actionAt]!, actionAt);
    return { priority: null, due: '', componentId: source?.kind === 'idea' ? source.componentId : null, order: workshop.actions.length + index };
  };
  const sorted = counted.options
    .map((option, index) => ({ option, index, key: tieKey(option.optionId, index) }))
    .sort((a, b) => b.option.dots - a.option.dots || compareTied(a.key, b.key, componentOrder) || a.index - b.index)
    .map(({ option }) => option);
  const items = sorted.map(
    (option): RankedItem => ({
      rank: 1 + sorted.filter((other) => other.dots > option.dots).length,
      optionId: option.optionId,
      label: labels.get(option.optionId)!,
      dots: option.dots,
      voters: option.voters,
      source: sources.get(option.optionId) ?? null,
    }),
  );
  return { pollId, question: poll.question, round: ranked, respondents: counted.respondents, dotsPlaced: counted.dotsPlaced, items };
}
