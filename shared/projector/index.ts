export * from './types';
export { toProjectorView, buildChoice, type LiveInput } from './to-view';
export { PROJECTOR_VIEWS, viewDefinition } from './registry';
export type { ViewDefinition } from './views/define';
export { projectorDeck, adjacentChoice, choiceKey, type DeckEntry } from './deck';
export {
  DEFAULT_TIMER_MS,
  INITIAL_PRESENTATION,
  checkChoice,
  followRound,
  pollOnScreen,
  roundEvents,
  planPresenterCommand,
  present,
  presentInputSchema,
  presenterCommandSchema,
  timerRemaining,
  type HostPresentation,
  type PlanContext,
  type PollOnScreen,
  type PresentInput,
  type PresentationState,
  type PresenterCommand,
  type PresenterPlan,
  type RoundCommand,
  type RoundEvent,
} from './presentation';
export { pollOfChoice } from './subjects';
export { wordCloud, STOP_WORDS, WORD_CLOUD_LIMIT, WORD_CLOUD_WEIGHTS } from './word-cloud';
