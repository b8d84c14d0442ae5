import { defineStep } from './define-step';
import { StakeholdersStep } from './stakeholders/StakeholdersStep';

export default defineStep({
  id: 'stakeholders',
  order: 40,
  titleKey: 'steps.stakeholders.title',
  icon: 'stakeholders',
  component: StakeholdersStep,
});
