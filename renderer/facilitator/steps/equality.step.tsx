import { defineStep } from './define-step';
import { EqualityStep } from './equality/EqualityStep';

/** The equality check (principle P4): after the register and the map, before the components are scored. */
export default defineStep({
  id: 'equality',
  order: 45,
  titleKey: 'people.equality.stepTitle',
  icon: 'overview',
  component: EqualityStep,
});
