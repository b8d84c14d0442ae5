import type { LocalizedText } from '../domain/text';

/**
 * The words of PDPA erasure beyond the register: the marker that takes an erased person's name's
 * place in the workshop's free text, and how `findPersonMentions` names each place it looked in.
 * Thai first; the facilitator reads these in the erase dialog, the room reads the marker in the
 * minutes and on the projector.
 *
 * The marker is stored as text in the workshop's language at the time of erasure (the places it
 * goes into — action owners, notes, stakeholder cards, open-text answers — are free text written in
 * that language and printed as they are by the minutes, the projector and the spreadsheets). "ลบ
 * ข้อมูลตามคำขอ" is the phrase an official uses for a data subject's request under the PDPA
 * (สิทธิขอให้ลบข้อมูล, มาตรา ๓๓); the square brackets mark it as an editor's note, not a name.
 */
export const ERASED_MARKER: LocalizedText = { th: '[ลบข้อมูลตามคำขอ]', en: '[erased on request]' };

/** Where a mention was found. `{{…}}` are filled in by `mentions.ts`. */
export const MENTION_WORDS = {
  metaTitle: { th: 'ชื่อเวที', en: 'Workshop title' },
  metaOrganisation: { th: 'หน่วยงานผู้จัด', en: 'Organising agency' },
  metaVenue: { th: 'สถานที่จัด', en: 'Venue' },
  metaFacilitator: { th: 'รายชื่อวิทยากรกระบวนการ', en: 'Facilitators' },
  metaNoteTaker: { th: 'ผู้จดรายงานการประชุม', en: 'Note-taker' },
  metaObjective: { th: 'วัตถุประสงค์ ข้อ {{n}}', en: 'Objective {{n}}' },
  metaAgenda: { th: 'ระเบียบวาระ ข้อ {{n}}', en: 'Agenda item {{n}}' },
  stakeholderName: { th: 'ผู้มีส่วนได้ส่วนเสีย {{what}}: ชื่อ', en: 'Stakeholder {{what}}: name' },
  stakeholderDescription: { th: 'ผู้มีส่วนได้ส่วนเสีย {{what}}: คำอธิบาย', en: 'Stakeholder {{what}}: description' },
  stakeholderNotes: { th: 'ผู้มีส่วนได้ส่วนเสีย {{what}}: หมายเหตุ', en: 'Stakeholder {{what}}: notes' },
  pollQuestion: { th: 'คำถาม {{what}}', en: 'Question {{what}}' },
  pollOption: { th: 'ตัวเลือก {{option}} ของคำถาม {{what}}', en: 'Choice {{option}} of the question {{what}}' },
  ballotText: { th: 'คำตอบแบบข้อความ ในคำถาม {{what}} รอบที่ {{round}}', en: 'Open-text answer to {{what}}, round {{round}}' },
  ballotVoter: {
    th: 'การลงคะแนนของบุคคลนี้ ในคำถาม {{what}} รอบที่ {{round}}',
    en: 'This person’s vote on {{what}}, round {{round}}',
  },
  notes: { th: 'องค์ประกอบ {{component}}: บันทึกการอภิปราย', en: 'Component {{component}}: discussion notes' },
  evidence: { th: 'องค์ประกอบ {{component}}: หลักฐานรายการที่ {{n}}', en: 'Component {{component}}: evidence {{n}}' },
  evidenceLink: { th: 'องค์ประกอบ {{component}}: ลิงก์ของหลักฐานรายการที่ {{n}}', en: 'Component {{component}}: link of evidence {{n}}' },
  strength: { th: 'องค์ประกอบ {{component}}: จุดแข็ง ข้อ {{n}}', en: 'Component {{component}}: strength {{n}}' },
  gap: { th: 'องค์ประกอบ {{component}}: ช่องว่างที่ต้องพัฒนา ข้อ {{n}}', en: 'Component {{component}}: gap {{n}}' },
  idea: { th: 'องค์ประกอบ {{component}}: ข้อเสนอ ข้อ {{n}}', en: 'Component {{component}}: idea {{n}}' },
  actionTitle: { th: 'แผนปฏิบัติการ {{what}}: สิ่งที่จะทำ', en: 'Action {{what}}: what will be done' },
  actionOwner: { th: 'แผนปฏิบัติการ {{what}}: ผู้รับผิดชอบ', en: 'Action {{what}}: owner' },
  actionIndicator: { th: 'แผนปฏิบัติการ {{what}}: ตัวชี้วัด', en: 'Action {{what}}: indicator' },
} satisfies Record<string, LocalizedText>;
