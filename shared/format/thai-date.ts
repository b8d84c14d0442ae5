/**
 * Calendar dates for Thai readers. The document stores dates as ISO yyyy-mm-dd in the Common Era
 * (shared/domain/workshop.ts); Thai official writing shows the Buddhist Era (พ.ศ. = ค.ศ. + 543).
 * These helpers convert and format only: pure, no DOM, no i18next, so the facilitator window and
 * the PDF minutes (shared/minutes) write dates the same way. Month and weekday names are calendar
 * data, kept here. renderer/ui/thai-date.ts re-exports this module.
 *
 * Parsing returns a reason code, not a sentence: the UI turns it into a message in its own
 * language (renderer/i18n `date.problem.*`); so do the plausibility checks (`date.warning.*`),
 * which never refuse a date, only ask the facilitator to look again. renderer/ui/DateField.tsx
 * is the one field that uses them.
 */

export type Era = 'BE' | 'CE';
export type DateLanguage = 'th' | 'en';

/** พ.ศ. = ค.ศ. + 543. */
export const BE_OFFSET = 543;

/** Years a workshop date may have (CE). Wide enough for any real meeting, narrow enough to catch a mistyped era. */
export const MIN_CE_YEAR = 1900;
export const MAX_CE_YEAR = 2299;

export const THAI_MONTHS = [
  'มกราคม',
  'กุมภาพันธ์',
  'มีนาคม',
  'เมษายน',
  'พฤษภาคม',
  'มิถุนายน',
  'กรกฎาคม',
  'สิงหาคม',
  'กันยายน',
  'ตุลาคม',
  'พฤศจิกายน',
  'ธันวาคม',
] as const;

export const THAI_MONTHS_SHORT = ['ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.', 'ต.ค.', 'พ.ย.', 'ธ.ค.'] as const;

export const ENGLISH_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** Sunday first, as `Date.getUTCDay()` counts. */
export const THAI_WEEKDAYS = ['อาทิตย์', 'จันทร์', 'อังคาร', 'พุธ', 'พฤหัสบดี', 'ศุกร์', 'เสาร์'] as const;
export const ENGLISH_WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

/** A calendar day in the Common Era; month and day count from 1. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

export const ceToBe = (ceYear: number): number => ceYear + BE_OFFSET;
export const beToCe = (beYear: number): number => beYear - BE_OFFSET;

/** Gregorian rule (the Thai civil calendar uses Gregorian months and leap days). */
export function isLeapYear(ceYear: number): boolean {
  return (ceYear % 4 === 0 && ceYear % 100 !== 0) || ceYear % 400 === 0;
}

export function daysInMonth(ceYear: number, month: number): number {
  if (month === 2) return isLeapYear(ceYear) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function isRealDate(date: CalendarDate): boolean {
  const { year, month, day } = date;
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/** "2026-11-26" → { 2026, 11, 26 }; null for anything that is not a real ISO calendar date. */
export function parseIsoDate(iso: string): CalendarDate | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return null;
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return isRealDate(date) ? date : null;
}

export function toIsoDate(date: CalendarDate): string {
  return `${String(date.year).padStart(4, '0')}-${pad2(date.month)}-${pad2(date.day)}`;
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(date: CalendarDate): number {
  return new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
}

const THAI_DIGITS = '๐๑๒๓๔๕๖๗๘๙';

/** "2569" → "๒๕๖๙": official documents often print Thai digits. */
export function toThaiDigits(text: string): string {
  return text.replace(/[0-9]/g, (d) => THAI_DIGITS[Number(d)]!);
}

export function fromThaiDigits(text: string): string {
  return text.replace(/[๐-๙]/g, (d) => String(THAI_DIGITS.indexOf(d)));
}

/** "2026-11-26" → "26/11/2569" (BE) or "26/11/2026" (CE); "" for an empty or invalid date. */
export function formatDateNumeric(iso: string, era: Era): string {
  const date = parseIsoDate(iso);
  if (!date) return '';
  const year = era === 'BE' ? ceToBe(date.year) : date.year;
  return `${pad2(date.day)}/${pad2(date.month)}/${year}`;
}

export interface LongDateOptions {
  /** "วันพฤหัสบดีที่ 26 …" / "Thursday 26 …". */
  weekday?: boolean;
  /** Thai only: write the era, "พ.ศ. 2569", as official letters do. */
  eraLabel?: boolean;
  /** Thai only: Thai digits. */
  thaiDigits?: boolean;
}

/**
 * "2026-11-26" → "26 พฤศจิกายน 2569" (Thai, Buddhist Era) or "26 November 2026" (English, CE).
 * With `weekday` and `eraLabel`: "วันพฤหัสบดีที่ 26 พฤศจิกายน พ.ศ. 2569". "" for an invalid date.
 */
export function formatDateLong(iso: string, language: DateLanguage, options: LongDateOptions = {}): string {
  const date = parseIsoDate(iso);
  if (!date) return '';
  const weekday = weekdayOf(date);
  if (language === 'en') {
    const text = `${date.day} ${ENGLISH_MONTHS[date.month - 1]} ${date.year}`;
    return options.weekday ? `${ENGLISH_WEEKDAYS[weekday]}, ${text}` : text;
  }
  const year = `${options.eraLabel ? 'พ.ศ. ' : ''}${ceToBe(date.year)}`;
  let text = `${date.day} ${THAI_MONTHS[date.month - 1]} ${year}`;
  if (options.weekday) text = `วัน${THAI_WEEKDAYS[weekday]}ที่ ${text}`;
  return options.thaiDigits ? toThaiDigits(text) : text;
}

/**
 * "2027-03-31" → "31 มี.ค. 2570" (Thai, Buddhist Era, abbreviated month, as dates in the tables of
 * official documents are written) or "31 Mar 2027" (English). "" for an empty or invalid date.
 */
export function formatDateShort(iso: string, language: DateLanguage, options: { thaiDigits?: boolean } = {}): string {
  const date = parseIsoDate(iso);
  if (!date) return '';
  if (language === 'en') return `${date.day} ${ENGLISH_MONTHS[date.month - 1]!.slice(0, 3)} ${date.year}`;
  const text = `${date.day} ${THAI_MONTHS_SHORT[date.month - 1]} ${ceToBe(date.year)}`;
  return options.thaiDigits ? toThaiDigits(text) : text;
}

/** Why a typed date was refused. The UI words each reason (i18n `date.problem.<reason>`). */
export type DateProblem =
  /** Not a shape we read: "26/11/2569", "26 พ.ย. 2569", "2026-11-26". */
  | 'format'
  /** Month number or name not recognised. */
  | 'month'
  /** That day does not exist in that month (31 April, 29 February in a common year, 45/13). */
  | 'day'
  /** A year no meeting could have, in either era. */
  | 'year';

export type DateParseResult =
  | {
      ok: true;
      iso: string;
      /**
       * Set when the four-digit year was only possible in the other era and was read in that
       * one: "26/11/2026" in Thai mode is ค.ศ. 2026, shown as พ.ศ. 2569 ({ typedYear: 2026,
       * year: 2569 }). The UI says so (i18n `date.note.otherEra`) but does not refuse the date.
       */
      otherEra?: { typedYear: number; year: number };
    }
  | { ok: false; problem: DateProblem };

const MONTH_NAMES: ReadonlyMap<string, number> = (() => {
  const names = new Map<string, number>();
  const add = (name: string, month: number) => names.set(normaliseMonthName(name), month);
  THAI_MONTHS.forEach((name, i) => add(name, i + 1));
  THAI_MONTHS_SHORT.forEach((name, i) => add(name, i + 1));
  ENGLISH_MONTHS.forEach((name, i) => {
    add(name, i + 1);
    add(name.slice(0, 3), i + 1);
  });
  add('Sept', 9);
  return names;
})();

/**
 * Read a date a person typed, in the era their UI uses: in Thai mode years are พ.ศ. ("26/11/2569"),
 * in English mode CE ("26/11/2026"). Also read: two-digit years ("26/11/69"), Thai digits,
 * month names ("26 พ.ย. 2569", "26 พฤศจิกายน 2569", "26 Nov 2026"), an explicit era marker
 * ("พ.ศ."/"ค.ศ."/"BE"/"CE"/"AD") that overrides the mode, a leading weekday ("วันพฤหัสบดีที่ …"),
 * and ISO "2026-11-26", which is always CE. Empty input means "no date" and is accepted as "".
 *
 * A four-digit year that no meeting could have in the UI's era but can in the other is read in
 * the other, and flagged `otherEra`: "2026" in Thai mode would be 1483 CE, so it can only mean
 * ค.ศ. 2026 (= พ.ศ. 2569). The two readings never overlap (พ.ศ. 2443–2842 is ค.ศ. 1900–2299),
 * so nothing is guessed. With an explicit era marker nothing is switched: "พ.ศ. 2026" is refused.
 */
export function parseDateInput(input: string, era: Era): DateParseResult {
  let text = fromThaiDigits(input).trim().replace(/\s+/g, ' ');
  if (text === '') return { ok: true, iso: '' };

  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (iso) return checkParts(Number(iso[1]), Number(iso[2]), Number(iso[3]), 'CE', 4, false);

  // An explicit era wins over the UI's, before the year ("พ.ศ. 2569") or after it ("2026 CE").
  let yearEra = era;
  let explicit = false;
  const mark = '(พ\\.?\\s?ศ\\.?|ค\\.?\\s?ศ\\.?|B\\.?E\\.?|C\\.?E\\.?|A\\.?D\\.?)';
  const eraMark = new RegExp(`${mark}\\s*(?=\\d{2,4}$)`, 'i').exec(text) ?? new RegExp(`(?<=\\d)\\s*${mark}$`, 'i').exec(text);
  if (eraMark) {
    yearEra = /^(พ|B)/i.test(eraMark[1]!) ? 'BE' : 'CE';
    explicit = true;
    text = (text.slice(0, eraMark.index) + text.slice(eraMark.index + eraMark[0].length)).trim();
  }
  // A leading weekday, as in "วันพฤหัสบดีที่ 26 …" or "Thursday, 26 …".
  text = text
    .replace(new RegExp(`^(วัน)?(${THAI_WEEKDAYS.join('|')})(ที่)?\\s*`), '')
    .replace(new RegExp(`^(${ENGLISH_WEEKDAYS.join('|')}|${ENGLISH_WEEKDAYS.map((d) => d.slice(0, 3)).join('|')}),?\\s*`, 'i'), '')
    .replace(/^ที่\s*/, '');

  const numeric = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{2}|\d{4})$/.exec(text);
  if (numeric) return checkParts(Number(numeric[3]), Number(numeric[2]), Number(numeric[1]), yearEra, numeric[3]!.length, !explicit);

  const named = /^(\d{1,2})\s*([^\d\s][^\d]*?)\s*(\d{2}|\d{4})$/.exec(text);
  if (named) {
    const month = MONTH_NAMES.get(normaliseMonthName(named[2]!));
    if (!month) return { ok: false, problem: 'month' };
    return checkParts(Number(named[3]), month, Number(named[1]), yearEra, named[3]!.length, !explicit);
  }
  return { ok: false, problem: 'format' };
}

function checkParts(year: number, month: number, day: number, era: Era, yearDigits: number, maySwitchEra: boolean): DateParseResult {
  let ceYear: number;
  let otherEra: { typedYear: number; year: number } | undefined;
  if (yearDigits === 2) {
    // "69" in a Thai document means 2569; in an English one, 2069 is as unlikely as 1969, so 20xx.
    ceYear = era === 'BE' ? beToCe(2500 + year) : 2000 + year;
  } else {
    ceYear = era === 'BE' ? beToCe(year) : year;
    if (!inYearRange(ceYear)) {
      // A CE year typed in Thai mode (or a BE year in English mode) is the usual slip; the other
      // reading is the only possible one, so take it and say so.
      const other = era === 'BE' ? year : beToCe(year);
      if (!maySwitchEra || !inYearRange(other)) return { ok: false, problem: 'year' };
      ceYear = other;
      otherEra = { typedYear: year, year: era === 'BE' ? ceToBe(other) : other };
    }
  }
  if (month < 1 || month > 12) return { ok: false, problem: 'month' };
  const date = { year: ceYear, month, day };
  if (!isRealDate(date)) return { ok: false, problem: 'day' };
  return otherEra ? { ok: true, iso: toIsoDate(date), otherEra } : { ok: true, iso: toIsoDate(date) };
}

function inYearRange(ceYear: number): boolean {
  return ceYear >= MIN_CE_YEAR && ceYear <= MAX_CE_YEAR;
}

// ── Plausibility ─────────────────────────────────────────────────────────────────────────────

/**
 * How far from the reference a date may be before the field asks the facilitator to look again.
 * A workshop is being prepared (up to two years ahead) or written up (up to a year after); an
 * action is due after the workshop, within a plan's usual horizon. A date outside is kept, with a
 * warning: a slip of the era or the year ("2560" for "2570") is the usual cause.
 */
export const DATE_PLAUSIBILITY = {
  workshopYearsPast: 1,
  workshopYearsAhead: 2,
  dueYearsAfterWorkshop: 5,
} as const;

/** Why a real date looks wrong for its field. The UI words each one (i18n `date.warning.<code>`). */
export type DateWarningCode =
  /** The workshop date is more than a year before today. */
  | 'workshopLongAgo'
  /** The workshop date is more than two years after today. */
  | 'workshopFarAhead'
  /** The action is due before the workshop takes place. */
  | 'dueBeforeWorkshop'
  /** The action is due more than five years after the workshop. */
  | 'dueFarAfterWorkshop'
  /** No workshop date yet: the action is due before today. */
  | 'duePast'
  /** No workshop date yet: the action is due more than five years after today. */
  | 'dueFarAhead';

/** A warning and the date it was measured against (ISO), for the message to name. */
export interface DateWarning {
  code: DateWarningCode;
  reference: string;
}

/** "2028-02-29" + 1 year → "2029-02-28": the same day of the month, or the month's last. */
export function addYears(iso: string, years: number): string {
  const date = parseIsoDate(iso);
  if (!date) return '';
  const year = date.year + years;
  return toIsoDate({ year, month: date.month, day: Math.min(date.day, daysInMonth(year, date.month)) });
}

/** The calendar day of a clock reading, where the reader is (the facilitator's own day). */
export function localIsoDate(now: Date): string {
  return toIsoDate({ year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() });
}

/**
 * A workshop date more than a year ago or more than two years ahead of `today` (both ISO).
 * null for a plausible date, an empty one or an invalid one (parsing reports those).
 */
export function workshopDateWarning(iso: string, today: string): DateWarning | null {
  if (!parseIsoDate(iso) || !parseIsoDate(today)) return null;
  if (iso < addYears(today, -DATE_PLAUSIBILITY.workshopYearsPast)) return { code: 'workshopLongAgo', reference: today };
  if (iso > addYears(today, DATE_PLAUSIBILITY.workshopYearsAhead)) return { code: 'workshopFarAhead', reference: today };
  return null;
}

/**
 * An action due before the workshop date or more than five years after it. Before the workshop
 * has a date, today stands in for it (a due date already past, or more than five years ahead).
 * null for a plausible, empty or invalid date. ISO dates throughout.
 */
export function dueDateWarning(iso: string, context: { workshopDate: string; today: string }): DateWarning | null {
  if (!parseIsoDate(iso)) return null;
  const workshop = parseIsoDate(context.workshopDate) ? context.workshopDate : null;
  const reference = workshop ?? (parseIsoDate(context.today) ? context.today : null);
  if (!reference) return null;
  if (iso < reference) return { code: workshop ? 'dueBeforeWorkshop' : 'duePast', reference };
  if (iso > addYears(reference, DATE_PLAUSIBILITY.dueYearsAfterWorkshop)) return { code: workshop ? 'dueFarAfterWorkshop' : 'dueFarAhead', reference };
  return null;
}

function normaliseMonthName(name: string): string {
  return name.toLowerCase().replace(/[.,\s]/g, '');
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}
