import type { ViewKind } from './types';
import type { ViewDefinition } from './views/define';
import { actionPlanView } from './views/action-plan';
import { blankView, waitingView } from './views/blank';
import { frameworkView } from './views/framework';
import { joinView } from './views/join';
import { openTextView, wordCloudView } from './views/open-text';
import { prioritiesView } from './views/priorities';
import { questionView } from './views/question';
import { representationView } from './views/representation';
import { resultsView } from './views/results';
import { stakeholdersView } from './views/stakeholders';
import { timerView } from './views/timer';
import { welcomeView } from './views/welcome';

/**
 * Every kind of slide, one registered definition each (the renderer keeps the matching registry
 * of React components, renderer/projector/views/registry.ts). The mapped type makes a kind
 * without a definition a compile error. Adding a slide: its data type in `types.ts`, one file in
 * `views/`, one line here, one component in the renderer.
 */
export const PROJECTOR_VIEWS: { readonly [K in ViewKind]: ViewDefinition<K> } = {
  welcome: welcomeView,
  framework: frameworkView,
  join: joinView,
  question: questionView,
  results: resultsView,
  stakeholders: stakeholdersView,
  representation: representationView,
  openText: openTextView,
  wordCloud: wordCloudView,
  priorities: prioritiesView,
  actionPlan: actionPlanView,
  timer: timerView,
  blank: blankView,
  waiting: waitingView,
};

export function viewDefinition<K extends ViewKind>(kind: K): ViewDefinition<K> {
  return PROJECTOR_VIEWS[kind];
}
