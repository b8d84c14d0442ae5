import { describe, expect, it } from 'vitest';
import {
  ceToBe,
  beToCe,
  daysInMonth,
  formatDateLong,
  formatDateNumeric,
  isLeapYear,
  parseDateInput,
  parseIsoDate,
  toThaiDigits,
} from './thai-date';

describe('Buddhist Era conversion', () => {
  it('adds 543 to a CE year and takes it back', () => {
    expect(ceToBe(2026)).toBe(2569);
    expect(beToCe(2569)).toBe(2026);
  });
});

describe('leap years', () => {
  it('follows the Gregorian rule', () => {
    expect(isLeapYear(2024)).toBe(true);
    expect(isLeapYear(2026)).toBe(false);
    expect(isLeapYear(1900)).toBe(false);
    expect(isLeapYear(2000)).toBe(true);
    expect(daysInMonth(2028, 2)).toBe(29);
    expect(daysInMonth(2026, 2)).toBe(28);
    expect(daysInMonth(2026, 4)).toBe(30);
  });

  it('accepts 29 February only in a leap year, whatever era it was typed in', () => {
    // 2571 BE = 2028 CE, a leap year; 2570 BE = 2027 CE is not.
    expect(parseDateInput('29/02/2571', 'BE')).toEqual({ ok: true, iso: '2028-02-29' });
    expect(parseDateInput('29/02/2570', 'BE')).toEqual({ ok: false, problem: 'day' });
    expect(parseDateInput('29/02/2028', 'CE')).toEqual({ ok: true, iso: '2028-02-29' });
    expect(parseIsoDate('2027-02-29')).toBeNull();
  });
});

describe('formatting', () => {
  it('shows 2026-11-26 as 26 พฤศจิกายน 2569 in Thai and 26 November 2026 in English', () => {
    expect(formatDateLong('2026-11-26', 'th')).toBe('26 พฤศจิกายน 2569');
    expect(formatDateLong('2026-11-26', 'en')).toBe('26 November 2026');
  });

  it('writes the weekday and era the way an official letter does', () => {
    expect(formatDateLong('2026-11-26', 'th', { weekday: true, eraLabel: true })).toBe('วันพฤหัสบดีที่ 26 พฤศจิกายน พ.ศ. 2569');
    expect(formatDateLong('2026-11-26', 'en', { weekday: true })).toBe('Thursday, 26 November 2026');
    expect(formatDateLong('2026-11-26', 'th', { thaiDigits: true })).toBe('๒๖ พฤศจิกายน ๒๕๖๙');
  });

  it('shows the numeric form in the era of the UI', () => {
    expect(formatDateNumeric('2026-11-26', 'BE')).toBe('26/11/2569');
    expect(formatDateNumeric('2026-01-05', 'CE')).toBe('05/01/2026');
  });

  it('shows nothing for an empty or impossible date', () => {
    expect(formatDateLong('', 'th')).toBe('');
    expect(formatDateLong('2026-02-30', 'th')).toBe('');
    expect(formatDateNumeric('not a date', 'BE')).toBe('');
  });

  it('converts digits to Thai digits', () => {
    expect(toThaiDigits('26/11/2569')).toBe('๒๖/๑๑/๒๕๖๙');
  });
});

describe('reading a typed date', () => {
  it('reads 26/11/2569 in Thai mode as 2026-11-26', () => {
    expect(parseDateInput('26/11/2569', 'BE')).toEqual({ ok: true, iso: '2026-11-26' });
  });

  it('reads 26/11/2026 in English mode as 2026-11-26', () => {
    expect(parseDateInput('26/11/2026', 'CE')).toEqual({ ok: true, iso: '2026-11-26' });
  });

  it('round-trips through the numeric display in both eras', () => {
    for (const iso of ['2026-11-26', '2024-02-29', '2030-01-01', '1999-12-31']) {
      expect(parseDateInput(formatDateNumeric(iso, 'BE'), 'BE')).toEqual({ ok: true, iso });
      expect(parseDateInput(formatDateNumeric(iso, 'CE'), 'CE')).toEqual({ ok: true, iso });
    }
  });

  it('reads Thai month names, short forms, two-digit years, Thai digits and an explicit era', () => {
    expect(parseDateInput('26 พฤศจิกายน 2569', 'BE')).toEqual({ ok: true, iso: '2026-11-26' });
    expect(parseDateInput('26 พ.ย. 69', 'BE')).toEqual({ ok: true, iso: '2026-11-26' });
    expect(parseDateInput('๒๖/๑๑/๒๕๖๙', 'BE')).toEqual({ ok: true, iso: '2026-11-26' });
    expect(parseDateInput('วันพฤหัสบดีที่ 26 พฤศจิกายน พ.ศ. 2569', 'BE')).toEqual({ ok: true, iso: '2026-11-26' });
    expect(parseDateInput('26 Nov 2026', 'CE')).toEqual({ ok: true, iso: '2026-11-26' });
    expect(parseDateInput('26 พ.ย. ค.ศ. 2026', 'BE')).toEqual({ ok: true, iso: '2026-11-26' });
    expect(parseDateInput('26/11/2569 BE', 'CE')).toEqual({ ok: true, iso: '2026-11-26' });
    expect(parseDateInput('26.11.2569', 'BE')).toEqual({ ok: true, iso: '2026-11-26' });
  });

  it('reads ISO input as CE in either mode', () => {
    expect(parseDateInput('2026-11-26', 'BE')).toEqual({ ok: true, iso: '2026-11-26' });
  });

  it('treats empty input as clearing the date', () => {
    expect(parseDateInput('   ', 'BE')).toEqual({ ok: true, iso: '' });
  });

  it('rejects impossible dates and unreadable input with a reason', () => {
    expect(parseDateInput('31/04/2569', 'BE')).toEqual({ ok: false, problem: 'day' });
    expect(parseDateInput('26/13/2569', 'BE')).toEqual({ ok: false, problem: 'month' });
    expect(parseDateInput('26 Brumaire 2569', 'BE')).toEqual({ ok: false, problem: 'month' });
    expect(parseDateInput('next Thursday', 'CE')).toEqual({ ok: false, problem: 'format' });
    expect(parseDateInput('26/11/0012', 'CE')).toEqual({ ok: false, problem: 'year' });
  });

  it('spots a year typed in the other era and suggests the right one', () => {
    expect(parseDateInput('26/11/2026', 'BE')).toEqual({ ok: false, problem: 'era', suggestedYear: 2569 });
    expect(parseDateInput('26/11/2569', 'CE')).toEqual({ ok: false, problem: 'era', suggestedYear: 2026 });
  });
});
