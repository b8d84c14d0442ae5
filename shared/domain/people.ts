import { z } from 'zod';
import { localizedTextSchema } from './text';

const id = z.string().min(1).max(100);

/** An entry of an editable list a facilitator picks from (sectors, social groups). */
export const categorySchema = z.object({ id, label: localizedTextSchema });
export type Category = z.infer<typeof categorySchema>;

/** Where a participant comes from. The default list is editable per workshop. */
export const DEFAULT_SECTORS: Category[] = [
  { id: 'government', label: { th: 'ภาครัฐ', en: 'Government' } },
  { id: 'private', label: { th: 'ภาคเอกชน', en: 'Private sector' } },
  { id: 'civil-society', label: { th: 'ภาคประชาสังคม / องค์กรพัฒนาเอกชน', en: 'Civil society / NGO' } },
  { id: 'community', label: { th: 'ชุมชน', en: 'Community' } },
  { id: 'academia', label: { th: 'สถาบันการศึกษา / นักวิชาการ', en: 'Academia' } },
  { id: 'media', label: { th: 'สื่อมวลชน', en: 'Media' } },
  { id: 'international', label: { th: 'องค์กรระหว่างประเทศ', en: 'International' } },
  { id: 'public', label: { th: 'ประชาชนทั่วไป', en: 'General public' } },
  { id: 'other', label: { th: 'อื่น ๆ', en: 'Other' } },
];

/**
 * Self-declared social groups, for the equality-of-social-groups principle (P4). Recorded only
 * with consent; disability and health are sensitive data under the PDPA.
 */
export const DEFAULT_SOCIAL_GROUPS: Category[] = [
  { id: 'women', label: { th: 'ผู้หญิง', en: 'Women' } },
  { id: 'youth', label: { th: 'เยาวชน', en: 'Youth' } },
  { id: 'older', label: { th: 'ผู้สูงอายุ', en: 'Older persons' } },
  { id: 'disability', label: { th: 'คนพิการ', en: 'Persons with disabilities' } },
  { id: 'minority', label: { th: 'กลุ่มชาติพันธุ์หรือภาษาส่วนน้อย', en: 'Ethnic or linguistic minority' } },
  { id: 'rural', label: { th: 'ผู้อยู่อาศัยในชนบท', en: 'Rural' } },
  { id: 'low-income', label: { th: 'ผู้มีรายได้น้อย', en: 'Low income' } },
  { id: 'lgbtq', label: { th: 'LGBTQ+', en: 'LGBTQ+' } },
];

export const DEFAULT_PDPA_NOTICE = {
  th:
    'เราเก็บชื่อ หน่วยงาน ภาคส่วน และช่องทางติดต่อ (ถ้ามี) เพื่อบันทึกการเข้าร่วมและจัดทำรายงานการประชุมเท่านั้น ' +
    'การระบุกลุ่มทางสังคมเป็นความสมัครใจและใช้เพื่อตรวจสอบว่าทุกกลุ่มได้มีส่วนร่วมอย่างเท่าเทียม ' +
    'ท่านสามารถร่วมแสดงความคิดเห็นโดยไม่ระบุตัวตนได้ ข้อมูลจัดเก็บในเครื่องของผู้จัดเท่านั้น และรายงานจะแสดงผลแบบไม่ระบุตัวตนเป็นค่าเริ่มต้น',
  en:
    'We collect your name, organisation, sector and (optionally) contact details only to record attendance and prepare the minutes. ' +
    'Telling us your social groups is voluntary and is used to check that every group could take part equally. ' +
    'You may take part anonymously. Data stays on the organiser’s computer, and reports are anonymised by default.',
};

export const participantSchema = z.object({
  id,
  /** Anonymised code shown instead of the name in exports (P001, P002…). */
  code: z.string().min(1).max(20),
  name: z.string().max(200),
  organisation: z.string().max(300),
  sector: z.string().max(100),
  contact: z.string().max(300),
  /** Self-declared, only with `groupsConsent`; empty otherwise. */
  socialGroups: z.array(z.string().max(100)).max(50),
  groupsConsent: z.boolean(),
  checkedInAt: z.string().nullable(),
  source: z.enum(['register', 'import', 'phone']),
  /** Set when personal data was erased (PDPA): the person still counts in aggregates. */
  erased: z.boolean(),
  /**
   * A phone only (`source: 'phone'`): the register entry this phone belongs to — the facilitator
   * said they are the same person (`participant.link`). The phone keeps its record, ballots and
   * groups, but is counted as that person (shared/people/attendance.ts). Absent: not linked.
   */
  linkedTo: id.optional(),
});
export type Participant = z.infer<typeof participantSchema>;
