import { defineStep } from './define-step';
import { PlaceholderStep } from './PlaceholderStep';

export default defineStep({
  id: 'participants',
  order: 30,
  titleKey: 'steps.participants.title',
  icon: 'participants',
  component: () => (
    <PlaceholderStep
      text={{
        intro: 'steps.participants.intro',
        points: ['steps.participants.point1', 'steps.participants.point2', 'steps.participants.point3'],
      }}
    />
  ),
});
