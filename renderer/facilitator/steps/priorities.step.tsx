import { defineStep } from './define-step';
import { PlaceholderStep } from './PlaceholderStep';

export default defineStep({
  id: 'priorities',
  order: 60,
  titleKey: 'steps.priorities.title',
  icon: 'priorities',
  component: () => (
    <PlaceholderStep
      text={{
        intro: 'steps.priorities.intro',
        points: ['steps.priorities.point1', 'steps.priorities.point2', 'steps.priorities.point3'],
      }}
    />
  ),
});
