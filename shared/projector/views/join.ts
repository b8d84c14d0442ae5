import { defineView } from './define';

/**
 * How to join from a phone: the QR code, the address and the session code, from the participant
 * server (live, not in the document), and how many have joined so far.
 */
export const joinView = defineView({
  kind: 'join',
  label: { th: 'เข้าร่วมด้วยโทรศัพท์', en: 'Join from a phone' },
  choosable: true,
  build: ({ workshop, language, live }) => {
    const access = live.access ?? null;
    return {
      kind: 'join',
      language,
      title: workshop.meta.title,
      access: access
        ? {
            running: access.running,
            url: access.url,
            sessionCode: access.sessionCode,
            qrSvg: access.qrSvg,
            joinOpen: access.joinOpen,
            loopbackOnly: access.loopbackOnly,
          }
        : null,
      joined: workshop.participants.filter((participant) => participant.source === 'phone').length,
      connected: access ? access.connected : null,
    };
  },
});
