import { defineStep } from './define-step';
import { PlaceholderStep } from './PlaceholderStep';

export default defineStep({
  id: 'stakeholders',
  order: 40,
  titleKey: 'steps.stakeholders.title',
  icon: 'stakeholders',
  component: () => (
    <PlaceholderStep
      text={{
        intro: 'steps.stakeholders.intro',
        points: ['steps.stakeholders.point1', 'steps.stakeholders.point2', 'steps.stakeholders.point3'],
      }}
    />
  ),
});
