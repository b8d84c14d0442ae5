/**
 * Text normalisation for matching people: the same person typed twice ("นางสาว สมศรี  ใจดี",
 * "สมศรี ใจดี") must compare equal, and a check-in search must find "สมศรี" whichever way the
 * register spelled the title. Used only for comparing; what the facilitator typed is kept as typed.
 */

const THAI_DIGITS = '๐๑๒๓๔๕๖๗๘๙';

/** Spaces of every kind, and the zero-width characters Thai text often carries from Word or LINE. */
const SPACES = /[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+/g;
const INVISIBLE = /[\u200c\u200d\u2060\u00ad]/g;

/** ๐–๙ → 0–9, so "พ.๑" and "P1" style codes and phone numbers compare. */
export function thaiDigitsToArabic(text: string): string {
  return text.replace(/[๐-๙]/g, (digit) => String(THAI_DIGITS.indexOf(digit)));
}

/** NFC, Thai digits as Arabic, spaces collapsed and trimmed, lower case (for the Latin part). */
export function normaliseText(text: string): string {
  return thaiDigitsToArabic(text.normalize('NFC').replace(INVISIBLE, ''))
    .replace(SPACES, ' ')
    .trim()
    .toLowerCase();
}

/**
 * Titles and ranks that are not part of a person's name. Longest first, so "นางสาว" is taken
 * before "นาง" and "ผศ.ดร." before "ผศ.". Abbreviations are matched with or without their dots.
 */
export const THAI_TITLES: readonly string[] = [
  'ว่าที่ร้อยตรีหญิง',
  'ว่าที่ร้อยตรี',
  'ว่าที่ ร.ต.หญิง',
  'ว่าที่ ร.ต.',
  'ว่าที่ร.ต.',
  'ศาสตราจารย์',
  'รองศาสตราจารย์',
  'ผู้ช่วยศาสตราจารย์',
  'นางสาว',
  'เด็กชาย',
  'เด็กหญิง',
  'ด.ช.',
  'ด.ญ.',
  'น.ส.',
  'นาย',
  'นาง',
  'ดร.',
  'ศ.',
  'รศ.',
  'ผศ.',
  'นพ.',
  'พญ.',
  'ทพ.',
  'ทพญ.',
  'ภก.',
  'ภญ.',
  'พระครู',
  'พระมหา',
  'พระ',
  'คุณ',
].sort((a, b) => b.length - a.length);

export const LATIN_TITLES: readonly string[] = ['assoc. prof', 'asst. prof', 'assoc prof', 'asst prof', 'prof', 'miss', 'khun', 'mrs', 'mr', 'ms', 'mx', 'dr'];

/** A Thai title runs straight into the name ("นายสมชาย"): only strip it before a consonant or a leading vowel. */
const THAI_NAME_START = /^[ก-ฮเ-ไ]/;

function stripOneTitle(name: string): string | null {
  for (const title of THAI_TITLES) {
    if (!name.startsWith(title)) continue;
    const rest = name.slice(title.length);
    const trimmed = rest.trimStart();
    if (trimmed.length === 0) return null;
    // "นายิกา" is a name, not นาย + ิกา: the character after an undotted title must start a word.
    if (rest.length !== trimmed.length || title.endsWith('.') || THAI_NAME_START.test(rest)) {
      if (!title.endsWith('.') && rest.length === trimmed.length && trimmed.length < 2) return null;
      return trimmed;
    }
  }
  for (const title of LATIN_TITLES) {
    if (!name.startsWith(title)) continue;
    const rest = /^\.? *|^ +/.exec(name.slice(title.length));
    // "Mr. X", "Mr X", "Dr.X" — but never the start of a word ("Drew", "Misha").
    if (rest && rest[0].length > 0 && name.length > title.length + rest[0].length) return name.slice(title.length + rest[0].length);
  }
  return null;
}

/** Remove leading titles ("ผศ.ดร.", "Mr", "นางสาว"), repeatedly. Expects normalised text. */
export function stripTitles(normalised: string): string {
  let name = normalised;
  for (let i = 0; i < 4; i++) {
    const next = stripOneTitle(name);
    if (next === null || next === name) break;
    name = next;
  }
  return name;
}

/** A person's name as compared: normalised, titles stripped. */
export function normaliseName(name: string): string {
  return stripTitles(normaliseText(name));
}

/** An organisation as compared: normalised, with punctuation that varies between lists removed. */
export function normaliseOrganisation(organisation: string): string {
  return normaliseText(organisation).replace(/["'“”‘’()[\]]/g, '').replace(/ ?([,./-]) ?/g, '$1');
}
