import { defineStep } from './define-step';
import { PlaceholderStep } from './PlaceholderStep';

export default defineStep({
  id: 'minutes',
  order: 70,
  titleKey: 'steps.minutes.title',
  icon: 'minutes',
  component: () => (
    <PlaceholderStep
      text={{
        intro: 'steps.minutes.intro',
        points: ['steps.minutes.point1', 'steps.minutes.point2', 'steps.minutes.point3'],
      }}
    />
  ),
});
