export { cleanOpenText, OPEN_TEXT_MAX_LENGTH } from './open-text';
export {
  MATURITY_LEVEL_COUNT,
  POLL_TYPES,
  configurePoll,
  countBallots,
  pollType,
  validateAnswer,
  type AnswerCheck,
  type AnswerOf,
  type ConfigureOutcome,
  type DotCount,
  type OpenTextAnswer,
  type OptionCount,
  type PollDraft,
  type PollResults,
  type PollSettings,
  type PollShape,
  type PollTypeDefinition,
  type QuestionContext,
  type Refusal,
  type RefusalCode,
  type ResultsOf,
} from './poll-types';
export { ballotSource, checkBallot, registeredVoters, type BallotCheck, type BallotRequest, type BallotSource, type BallotVoter } from './ballots';
export { findBallot, findPoll, findRound, findTally, latestRound, maturityPollFor, openRound, roundBallots } from './rounds';
export { dotItemSource, dotPollOptions, type DotItemSource } from './priorities';
export { orderActionPlan, planRanking, workshopPlanOrder, type PlanEntry } from './plan-order';
export {
  SECTOR_NOT_GIVEN,
  checkedInCount,
  componentStatistics,
  dotRanking,
  namedSources,
  pollDistribution,
  pollResults,
  responseRate,
  sourceTotal,
  type ComponentStatistics,
  type DotRanking,
  type MaturityDistribution,
  type RankedItem,
  type ResponseOrigin,
  type ResponseRate,
  type ResponseSource,
  type RoundStatistics,
  type SectorBreakdown,
  type SectorDivergence,
  type SourceCounts,
} from './results';
export { STATS_FORMAT, STATS_VERSION, statsReport, type StatsReport } from './stats-report';
