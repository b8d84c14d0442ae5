import { defineStep } from './define-step';
import { PrioritiesStep } from './priorities/PrioritiesStep';

/** Dot-vote the ideas and actions, then the action plan in the room's order (priorities/). */
export default defineStep({
  id: 'priorities',
  order: 60,
  titleKey: 'steps.priorities.title',
  icon: 'priorities',
  component: PrioritiesStep,
});
