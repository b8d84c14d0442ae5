/**
 * The names Ruam suggests for the files it writes: the workshop file, the minutes PDF and the
 * participant and stakeholder exports. One pure function, so every place names files the same way.
 *
 *   2569-12-15 เวทีรับฟังความคิดเห็นการส่งเสริมภาครัฐระบบเปิด.ruam
 *   2569-12-15 รายงานการประชุม เวทีรับฟังความคิดเห็นการส่งเสริม (ไม่ระบุตัวตน).pdf
 *   2026-12-15 Minutes - Open government workshop (anonymised).pdf
 *
 * - The date comes first, as year-month-day in the workshop's calendar: พ.ศ. in Thai (2569-12-15),
 *   ค.ศ. in English. Numeric and zero-padded, so a folder sorted by name is in date order, and it
 *   cannot be mistaken for a Western date once the year is 25xx. (A spelt-out "15 ธ.ค. 2569"
 *   reads more naturally but sorts by day of the month, and its full stops make odd names.)
 * - Then what the file is (รายงานการประชุม / Minutes …), then the workshop title, shortened at a
 *   Thai word boundary (`breakOpportunities` from shared/text) — never inside a word and never
 *   before a vowel or tone mark — and last what protects people, "(ไม่ระบุตัวตน)", never cut.
 * - Characters that Windows or macOS refuse (\ / : * ? " < > |, control characters), invisible
 *   ones (zero-width spaces, which Thai text often carries, and direction marks) and trailing dots
 *   and spaces go; names Windows reserves (CON, NUL, COM1 …) get a "_".
 * - At most MAX_NAME_UNITS UTF-16 units and MAX_NAME_BYTES UTF-8 bytes, extension included: Linux
 *   and macOS allow 255 bytes per name (a Thai letter is 3), and the file's journal
 *   ("….ruam.journal"), its backups folder ("….ruam-backups") and a "-2" for a name already
 *   taken must still fit; Windows' 260-character path must leave room for the folder.
 */
import { ceToBe, parseIsoDate } from './thai-date';
import { cutGraphemes, shortenAtWord } from '../text/shorten';

export type FileNameKind = 'workshop' | 'minutes' | 'participants' | 'stakeholders';
export type FileNameLanguage = 'th' | 'en';
export type FileNameExtension = 'ruam' | 'pdf' | 'csv' | 'xlsx';

export interface FileNameInput {
  readonly kind: FileNameKind;
  /** The workshop's title as typed; may be empty. */
  readonly title: string;
  /** The workshop's date, ISO (ค.ศ.) "2026-12-15"; empty or invalid leaves the date out. */
  readonly date: string;
  /** The language of the file's contents: Thai words and พ.ศ., or English words and ค.ศ. */
  readonly language: FileNameLanguage;
  /** Say whether people's names are inside: "(มีชื่อ)" or "(ไม่ระบุตัวตน)". Left out when undefined. */
  readonly privacy?: 'named' | 'anonymised';
  readonly extension: FileNameExtension;
}

/** Whole name, extension included, in UTF-16 units (Windows counts these). */
export const MAX_NAME_UNITS = 120;
/** Whole name, extension included, in UTF-8 bytes (ext4 and APFS allow 255; see above). */
export const MAX_NAME_BYTES = 230;

const WORDS: Record<FileNameLanguage, { kinds: Record<FileNameKind, string>; untitled: string; named: string; anonymised: string; joiner: string }> = {
  th: {
    kinds: { workshop: '', minutes: 'รายงานการประชุม', participants: 'รายชื่อผู้เข้าร่วม', stakeholders: 'ผู้มีส่วนได้ส่วนเสีย' },
    untitled: 'เวิร์กชอป',
    named: '(มีชื่อ)',
    anonymised: '(ไม่ระบุตัวตน)',
    joiner: ' ',
  },
  en: {
    kinds: { workshop: '', minutes: 'Minutes', participants: 'Participants', stakeholders: 'Stakeholders' },
    untitled: 'Workshop',
    named: '(named)',
    anonymised: '(anonymised)',
    joiner: ' - ',
  },
};

/**
 * The suggested name of a file Ruam writes, from the workshop's title and date (see the top of
 * this file). Always a non-empty, safe name ending in `.<extension>`.
 */
export function suggestedFileName(input: FileNameInput): string {
  const words = WORDS[input.language];
  const extension = `.${input.extension}`;
  const date = fileNameDate(input.date, input.language);
  const kind = words.kinds[input.kind];
  const privacy = input.privacy ? words[input.privacy] : '';
  const title = cleanPart(input.title);

  // Everything but the title, which gets what room is left.
  const head = [date, kind].filter(Boolean).join(' ');
  const build = (shortTitle: string) => {
    const named = [head, shortTitle].filter(Boolean).join(kind && shortTitle ? words.joiner : ' ');
    return `${[named, privacy].filter(Boolean).join(' ')}${extension}`;
  };

  if (!title) return finish(build(kind ? '' : words.untitled), extension);
  const whole = build(title);
  if (fits(whole)) return finish(whole, extension);
  return finish(build(shortenAtWord(title, (part) => fits(build(part))) || (kind ? '' : words.untitled)), extension);
}

/** "2026-12-15" → "2569-12-15" in Thai, "2026-12-15" in English; "" when not a real date. */
export function fileNameDate(iso: string, language: FileNameLanguage): string {
  const date = parseIsoDate(iso);
  if (!date) return '';
  const year = language === 'th' ? ceToBe(date.year) : date.year;
  return `${year}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
}

/**
 * A name given from outside (a request, a dialog), made safe the same way: illegal and invisible
 * characters out, no leading dots, no trailing dots or spaces, not a reserved name, capped at a
 * grapheme. May return "" when nothing usable is left.
 */
export function safeFileName(name: string): string {
  let safe = cleanPart(name).replace(/^[.\s]+/, '');
  if (!fits(safe)) safe = cutGraphemes(safe, fits);
  safe = safe.replace(/[.\s]+$/, '');
  return reserved(safe) ? `_${safe}` : safe;
}

// Windows and macOS: \ / : * ? " < > | and control characters. Invisible: zero-width characters
// (U+200B is common in Thai text copied from the web), direction marks and embeddings, BOM.
const ILLEGAL = /[\\/:*?"<>|\u0000-\u001F\u007F-\u009F]/g;
const INVISIBLE = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;

function cleanPart(text: string): string {
  return text.normalize('NFC').replace(INVISIBLE, '').replace(ILLEGAL, ' ').replace(/\s+/g, ' ').trim();
}

function reserved(name: string): boolean {
  return RESERVED.test(name.trim());
}

function utf8Length(text: string): number {
  let bytes = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

function fits(name: string): boolean {
  return name.length <= MAX_NAME_UNITS && utf8Length(name) <= MAX_NAME_BYTES;
}

function finish(name: string, extension: string): string {
  const stem = name.slice(0, name.length - extension.length).replace(/[.\s]+$/, '');
  return `${reserved(stem) ? `_${stem}` : stem}${extension}`;
}
