import { defineStep } from './define-step';
import { MinutesStep } from './minutes/MinutesStep';

export default defineStep({
  id: 'minutes',
  order: 70,
  titleKey: 'steps.minutes.title',
  icon: 'minutes',
  component: MinutesStep,
});
