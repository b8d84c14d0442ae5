import { attendance } from '../../people/attendance';
import { defineView } from './define';

/**
 * How to join from a phone: the QR code, the address and the session code, from the participant
 * server (live, not in the document), and how many have joined so far — people, as the attendance
 * counts them (a person with two phones, or a phone linked to a desk check-in, is one; a phone taken
 * back is none), so "เข้าร่วมแล้ว N คน" is never more than the "จาก N คน" of the question slide.
 * The devices are the line below it ("ออนไลน์อยู่ N เครื่อง").
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
      joined: attendance(workshop).joinedByPhone,
      connected: access ? access.connected : null,
    };
  },
});
