import { defineView } from './define';

/** A countdown for an activity, big. The projector counts down by itself from `endsAt`. */
export const timerView = defineView({
  kind: 'timer',
  label: { th: 'จับเวลา', en: 'Timer' },
  choosable: true,
  build: ({ workshop, language, presentation }) => ({ kind: 'timer', language, timer: presentation.timer, title: workshop.meta.title }),
});
