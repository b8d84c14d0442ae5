import { defineStep } from './define-step';
import { ResultsOverview } from './results-overview/ResultsOverview';

/** All eight components side by side, after the last one and before priorities (results-overview/). */
export default defineStep({
  id: 'results-overview',
  order: 55,
  titleKey: 'scoring.overview.title',
  icon: 'overview',
  component: ResultsOverview,
});
