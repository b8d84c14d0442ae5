/**
 * How the minutes write numbers, dates and times: one place, so Thai digits and พ.ศ. cannot be
 * forgotten in a corner of the document. Pure.
 */
import type { Language } from '../domain/text';
import { formatDateLong, formatDateShort, toThaiDigits } from '../format/thai-date';
import { formatTime, formatTimeRange } from '../format/time-of-day';
import { formatGroupCount, type GroupCount } from '../people/group-count';

export interface MinutesFormat {
  readonly language: Language;
  readonly thaiDigits: boolean;
  /** Any text with digits in it: converted to Thai digits when chosen. */
  digits(text: string): string;
  /** A whole number: "120" / "๑๒๐" (no thousands separator below 10 000, as Thai documents write). */
  int(value: number): string;
  /** A level, median or quartile: "3", "3.5"; "—" when there is none. */
  level(value: number | null | undefined): string;
  /** A change in levels, signed: "+1", "−0.5", "0"; "—" when there is none. */
  signed(value: number | null | undefined): string;
  /** Consensus 0…1 to two decimals: "0.82". */
  consensus(value: number | null | undefined): string;
  /** A share 0…1 as a percentage: "ร้อยละ 90" / "90%". */
  percent(value: number | null | undefined): string;
  /** A count of people in a group, suppressed below the minimum: "12", "น้อยกว่า 5", "ไม่แสดง". */
  groupCount(count: GroupCount): string;
  /** "วันพฤหัสบดีที่ 26 พฤศจิกายน พ.ศ. 2569" / "Thursday, 26 November 2026"; "" when unset. */
  dateLong(iso: string): string;
  /** "31 มี.ค. 2570" / "31 Mar 2027"; "" when unset. */
  dateShort(iso: string): string;
  /** "09.00 น." / "09:00"; "" when unset. */
  time(hhmm: string): string;
  /** "09.00–16.30 น." / "09:00–16:30"; one end alone when only one is set; "" when neither. */
  timeRange(start: string, end: string): string;
}

const MINUS = '\u2212';

export function minutesFormat(language: Language, thaiDigits: boolean): MinutesFormat {
  const digits = (text: string) => (thaiDigits ? toThaiDigits(text) : text);
  const format: MinutesFormat = {
    language,
    thaiDigits,
    digits,
    int: (value) => digits(Math.abs(value) >= 10_000 ? value.toLocaleString('en-US') : String(value)),
    level: (value) => (value === null || value === undefined ? '—' : digits(Number.isInteger(value) ? String(value) : value.toFixed(1))),
    signed(value) {
      if (value === null || value === undefined) return '—';
      const rounded = Number(value.toFixed(2));
      if (rounded === 0) return digits('0');
      const magnitude = Math.abs(rounded);
      const text = Number.isInteger(magnitude) ? String(magnitude) : String(Number(magnitude.toFixed(2)));
      // U+2212 MINUS SIGN: a hyphen is easy to misread as a dash in a table.
      return `${rounded > 0 ? '+' : MINUS}${digits(text)}`;
    },
    consensus: (value) => (value === null || value === undefined ? '—' : digits(value.toFixed(2))),
    percent(value) {
      if (value === null || value === undefined) return '—';
      const text = digits(String(Math.round(value * 100)));
      return language === 'th' ? `ร้อยละ ${text}` : `${text}%`;
    },
    groupCount: (count) => digits(formatGroupCount(count, language)),
    dateLong: (iso) =>
      language === 'th' ? formatDateLong(iso, 'th', { weekday: true, eraLabel: true, thaiDigits }) : formatDateLong(iso, 'en', { weekday: true }),
    dateShort: (iso) => formatDateShort(iso, language, { thaiDigits }),
    time(hhmm) {
      const text = formatTime(hhmm, language);
      return language === 'th' && text !== '' ? `${digits(text)} น.` : text;
    },
    timeRange: (start, end) => digits(formatTimeRange(start, end, language)),
  };
  return format;
}
