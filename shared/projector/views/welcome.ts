import { defineView } from './define';

/** Title, organisation, meeting number, date (พ.ศ. in Thai), time and venue. */
export const welcomeView = defineView({
  kind: 'welcome',
  label: { th: 'หน้าต้อนรับ', en: 'Welcome' },
  choosable: true,
  build: ({ workshop, language }) => {
    const { meta } = workshop;
    return {
      kind: 'welcome',
      language,
      title: meta.title,
      organisation: meta.organisation,
      meetingNumber: meta.meetingNumber,
      date: meta.date,
      startTime: meta.startTime,
      endTime: meta.endTime,
      venue: meta.venue,
    };
  },
});
