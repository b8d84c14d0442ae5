import { quadrantOf } from '../../../shared/charts/stakeholder-grid';
import type { Category, Participant } from '../../../shared/domain/people';
import { IAP2_LABELS } from '../../../shared/domain/stakeholders';
import type { Language } from '../../../shared/domain/text';
import { pick } from '../../../shared/domain/text';
import type { Workshop } from '../../../shared/domain/workshop';
import { fileNameDate } from '../../../shared/format/file-names';
import { localIsoDate } from '../../../shared/format/thai-date';
import { formatTime } from '../../../shared/format/time-of-day';
import { anonymise } from '../../../shared/people/anonymise';
import { anonymousPhonesLine, attendance } from '../../../shared/people/attendance';
import { QUADRANT_LABELS } from '../../../shared/people/quadrant-labels';

/** A sheet as plain text cells: the same table becomes CSV or XLSX. */
export interface SheetTable {
  /** Sheet name in a workbook (Excel allows 31 characters, no []:*?/\). */
  name: string;
  headers: string[];
  rows: string[][];
  /** Lines below the table, after an empty row (so Excel's table range stops before them): what the rows leave out. */
  notes?: string[];
}

export interface PeopleExportOptions {
  /** Names, organisations, contacts and social groups included. Default: the opposite of the workshop's anonymiseExports (anonymised). */
  named?: boolean;
  /** Column headers and labels, and the era of years in check-in times; default the workshop's language. */
  language?: Language;
}

const H = {
  code: { th: 'รหัส', en: 'Code' },
  name: { th: 'ชื่อ-นามสกุล', en: 'Name' },
  organisation: { th: 'หน่วยงาน', en: 'Organisation' },
  sector: { th: 'ภาคส่วน', en: 'Sector' },
  contact: { th: 'ช่องทางติดต่อ', en: 'Contact' },
  socialGroups: { th: 'กลุ่มทางสังคม', en: 'Social groups' },
  checkedIn: { th: 'เวลาลงทะเบียนเข้างาน', en: 'Checked in at' },
  source: { th: 'ที่มา', en: 'Source' },
  influence: { th: 'อิทธิพล (1-5)', en: 'Influence (1-5)' },
  interest: { th: 'ความสนใจ (1-5)', en: 'Interest (1-5)' },
  quadrant: { th: 'แนวทางการมีส่วนร่วม', en: 'Engagement' },
  currentLevel: { th: 'ระดับการมีส่วนร่วมปัจจุบัน (IAP2)', en: 'Current level (IAP2)' },
  desiredLevel: { th: 'ระดับการมีส่วนร่วมที่ต้องการ (IAP2)', en: 'Desired level (IAP2)' },
  components: { th: 'องค์ประกอบที่เกี่ยวข้อง', en: 'Components' },
  description: { th: 'รายละเอียด', en: 'Description' },
  notes: { th: 'บันทึก', en: 'Notes' },
} as const;

const SOURCES: Record<Participant['source'], { th: string; en: string }> = {
  register: { th: 'ลงทะเบียนหน้างาน', en: 'Registered' },
  import: { th: 'นำเข้าจากไฟล์', en: 'Imported' },
  phone: { th: 'ลงทะเบียนผ่านโทรศัพท์', en: 'Phone' },
};
const ERASED = { th: '(ลบข้อมูลส่วนบุคคลแล้ว)', en: '(personal data erased)' };

function labeller(list: readonly Category[], language: Language): (id: string) => string {
  const byId = new Map(list.map((c) => [c.id, pick(c.label, language)]));
  return (id) => byId.get(id) ?? id;
}

// One rule for times in exports: the screen's clock (this computer's local time), the year in the export's language (พ.ศ. in Thai, like file names).
/** "2569-11-26 09:12" (Thai) / "2026-11-26 09:12" (English): what the register shows as 09.12 น. / 09:12. */
export function exportTime(iso: string | null, language: Language): string {
  if (iso === null) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const two = (n: number) => String(n).padStart(2, '0');
  return `${fileNameDate(localIsoDate(date), language)} ${formatTime(`${two(date.getHours())}:${two(date.getMinutes())}`, 'en')}`;
}

export function isNamed(workshop: Workshop, options: PeopleExportOptions): boolean {
  return options.named ?? !workshop.settings.anonymiseExports;
}

/**
 * The participant register as a table, one row per person — people, not devices, as
 * `attendance(workshop).listed` gives them (the one definition): every register entry, with the
 * sector and social groups of a phone the facilitator linked to it merged in, then the named
 * phones that are people of their own. A linked phone, or one whose name matches someone checked
 * in, is not a row of its own; an anonymous phone has nothing to list but its code, and a code is
 * not a person — the ones counted as more people are a line under the table, in the minutes'
 * words (`anonymousPhonesLine`). So the rows checked in and that line add up to the attendance.
 *
 * Anonymised (the default): code, sector, check-in time and source only. Named: also name,
 * organisation, contact and the social groups people consented to.
 */
export function participantsTable(workshop: Workshop, options: PeopleExportOptions = {}): SheetTable {
  const language = options.language ?? workshop.meta.language;
  const named = isNamed(workshop, options);
  const sector = labeller(workshop.settings.sectors, language);
  const group = labeller(workshop.settings.socialGroups, language);
  const h = (key: keyof typeof H) => H[key][language];
  const present = attendance(workshop);
  const notes = anonymousPhonesLine(present, language);
  if (!named) {
    return {
      name: language === 'th' ? 'ผู้เข้าร่วม' : 'Participants',
      headers: [h('code'), h('sector'), h('checkedIn'), h('source')],
      rows: present.listed.map(anonymise).map((p) => [p.code, sector(p.sector), exportTime(p.checkedInAt, language), SOURCES[p.source][language]]),
      notes,
    };
  }
  return {
    name: language === 'th' ? 'ผู้เข้าร่วม' : 'Participants',
    headers: [h('code'), h('name'), h('organisation'), h('sector'), h('contact'), h('socialGroups'), h('checkedIn'), h('source')],
    notes,
    rows: present.listed.map((p) => [
      p.code,
      p.erased ? ERASED[language] : p.name,
      p.organisation,
      sector(p.sector),
      p.contact,
      (p.groupsConsent ? p.socialGroups : []).map(group).join(', '),
      exportTime(p.checkedInAt, language),
      SOURCES[p.source][language],
    ]),
  };
}

/** The stakeholder map as a table: ratings, quadrant, IAP2 levels, groups and components. */
export function stakeholdersTable(workshop: Workshop, options: Pick<PeopleExportOptions, 'language'> = {}): SheetTable {
  const language = options.language ?? workshop.meta.language;
  const sector = labeller(workshop.settings.sectors, language);
  const group = labeller(workshop.settings.socialGroups, language);
  const component = new Map(workshop.framework.components.map((c) => [c.id, `${c.code} ${pick(c.name, language)}`]));
  const h = (key: keyof typeof H) => H[key][language];
  return {
    name: language === 'th' ? 'ผู้มีส่วนได้ส่วนเสีย' : 'Stakeholders',
    headers: [h('name'), h('sector'), h('influence'), h('interest'), h('quadrant'), h('currentLevel'), h('desiredLevel'), h('socialGroups'), h('components'), h('description'), h('notes')],
    rows: workshop.stakeholders.map((s) => [
      s.name,
      sector(s.sector),
      String(s.influence),
      String(s.interest),
      QUADRANT_LABELS[quadrantOf(s.influence, s.interest)][language],
      s.currentLevel ? IAP2_LABELS[s.currentLevel][language] : '',
      s.desiredLevel ? IAP2_LABELS[s.desiredLevel][language] : '',
      s.socialGroups.map(group).join(', '),
      s.components.map((id) => component.get(id) ?? id).join(', '),
      s.description,
      s.notes,
    ]),
  };
}
