import { defineView } from './define';

/** Nothing: the room looks at the speaker. A switch over any slide (B), not a slide of its own. */
export const blankView = defineView({
  kind: 'blank',
  label: { th: 'จอว่าง', en: 'Blank screen' },
  choosable: false,
  build: ({ language }) => ({ kind: 'blank', language }),
});

/** No workshop is open yet. */
export const waitingView = defineView({
  kind: 'waiting',
  label: { th: 'รอเริ่มเวิร์กชอป', en: 'Waiting' },
  choosable: false,
  build: ({ language }) => ({ kind: 'waiting', language }),
});
