import { defineStep } from './define-step';
import { ParticipantsStep } from './participants/ParticipantsStep';

export default defineStep({
  id: 'participants',
  order: 30,
  titleKey: 'steps.participants.title',
  icon: 'participants',
  component: ParticipantsStep,
});
