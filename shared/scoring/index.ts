export {
  DEFAULT_LEVEL_COUNT,
  addDistributions,
  answeredCount,
  assertDistribution,
  emptyDistribution,
  responseCount,
  subtractDistribution,
  tallyChoices,
  type LevelChoice,
  type Distribution,
} from './distribution';
export { consensus, summarise, type PollStatistics } from './statistics';
export { gap, shift, type PollShift } from './compare';
export {
  DEFAULT_MIN_GROUP_SIZE,
  breakdownByGroup,
  divergence,
  suppressSmallGroups,
  type DivergenceOptions,
  type GroupBreakdown,
  type GroupDivergence,
  type SuppressionDecision,
  type SuppressionOptions,
  type SuppressionReason,
} from './groups';
export {
  CONSENSUS_BANDS,
  TERMS,
  consensusBand,
  levelChange,
  termsIn,
  type ConsensusBand,
  type PriorityLevel,
  type Term,
  type TermLanguage,
  type TermsIn,
} from './terms';
