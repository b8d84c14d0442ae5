import { describe, expect, it } from 'vitest';
import {
  addYears,
  ceToBe,
  beToCe,
  daysInMonth,
  dueDateWarning,
  formatDateLong,
  formatDateNumeric,
  isLeapYear,
  localIsoDate,
  parseDateInput,
  parseIsoDate,
  toThaiDigits,
  workshopDateWarning,
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

  it('reads a year only possible in the other era in that era, and says so', () => {
    // 2026 as พ.ศ. would be 1483 CE: it can only be ค.ศ. 2026, shown as พ.ศ. 2569.
    expect(parseDateInput('26/11/2026', 'BE')).toEqual({ ok: true, iso: '2026-11-26', otherEra: { typedYear: 2026, year: 2569 } });
    expect(parseDateInput('26 พ.ย. 2026', 'BE')).toEqual({ ok: true, iso: '2026-11-26', otherEra: { typedYear: 2026, year: 2569 } });
    expect(parseDateInput('26/11/2569', 'CE')).toEqual({ ok: true, iso: '2026-11-26', otherEra: { typedYear: 2569, year: 2026 } });
    // The day is still checked in the year it was read as: 2028 is a leap year, 2027 is not.
    expect(parseDateInput('29/02/2028', 'BE')).toEqual({ ok: true, iso: '2028-02-29', otherEra: { typedYear: 2028, year: 2571 } });
    expect(parseDateInput('29/02/2027', 'BE')).toEqual({ ok: false, problem: 'day' });
  });

  it('does not switch the era against an explicit marker, or for a year impossible in both', () => {
    expect(parseDateInput('26/11/2026 พ.ศ.', 'BE')).toEqual({ ok: false, problem: 'year' });
    expect(parseDateInput('26/11/ค.ศ. 2569', 'BE')).toEqual({ ok: false, problem: 'year' });
    expect(parseDateInput('26/11/2350', 'BE')).toEqual({ ok: false, problem: 'year' });
    expect(parseDateInput('26/11/3000', 'CE')).toEqual({ ok: false, problem: 'year' });
  });

  it('refuses 45/13/2570 and 31/02/2570, in both eras', () => {
    expect(parseDateInput('45/13/2570', 'BE')).toEqual({ ok: false, problem: 'month' });
    expect(parseDateInput('31/02/2570', 'BE')).toEqual({ ok: false, problem: 'day' });
    expect(parseDateInput('45/12/2570', 'BE')).toEqual({ ok: false, problem: 'day' });
    expect(parseDateInput('45/13/2027', 'CE')).toEqual({ ok: false, problem: 'month' });
    expect(parseDateInput('0/12/2570', 'BE')).toEqual({ ok: false, problem: 'day' });
  });
});

describe('plausibility of a workshop date', () => {
  const today = '2026-11-26';

  it('says nothing about a date from a year ago to two years ahead', () => {
    for (const iso of ['2025-11-26', '2026-01-01', today, '2027-06-30', '2028-11-26']) expect(workshopDateWarning(iso, today)).toBeNull();
  });

  it('warns about 01/01/2500 (1957) and anything more than a year ago', () => {
    expect(workshopDateWarning(parsed('01/01/2500'), today)).toEqual({ code: 'workshopLongAgo', reference: today });
    expect(workshopDateWarning('2025-11-25', today)).toEqual({ code: 'workshopLongAgo', reference: today });
  });

  it('warns about a date more than two years ahead', () => {
    expect(workshopDateWarning('2028-11-27', today)).toEqual({ code: 'workshopFarAhead', reference: today });
    expect(workshopDateWarning(parsed('26/11/2579'), today)).toEqual({ code: 'workshopFarAhead', reference: today });
  });

  it('says nothing about an empty or impossible date (parsing reports those)', () => {
    expect(workshopDateWarning('', today)).toBeNull();
    expect(workshopDateWarning('2026-02-30', today)).toBeNull();
  });
});

describe('plausibility of an action due date', () => {
  const workshopDate = '2026-11-26';
  const today = '2026-11-26';

  it('says nothing about a date from the workshop day to five years after it', () => {
    for (const iso of [workshopDate, '2026-12-31', '2027-03-31', '2031-11-26']) expect(dueDateWarning(iso, { workshopDate, today })).toBeNull();
  });

  it('warns about 01/01/2560, nine years before the workshop', () => {
    expect(dueDateWarning(parsed('01/01/2560'), { workshopDate, today })).toEqual({ code: 'dueBeforeWorkshop', reference: workshopDate });
    expect(dueDateWarning('2026-11-25', { workshopDate, today })).toEqual({ code: 'dueBeforeWorkshop', reference: workshopDate });
  });

  it('warns about a date more than five years after the workshop', () => {
    expect(dueDateWarning('2031-11-27', { workshopDate, today })).toEqual({ code: 'dueFarAfterWorkshop', reference: workshopDate });
  });

  it('measures against the workshop date, not today, once the workshop has one', () => {
    // Minutes written up a month later: an action due in between is still plausible.
    expect(dueDateWarning('2026-12-15', { workshopDate, today: '2027-01-10' })).toBeNull();
    expect(dueDateWarning('2026-12-15', { workshopDate: '2027-01-10', today })).toEqual({ code: 'dueBeforeWorkshop', reference: '2027-01-10' });
  });

  it('measures against today while the workshop has no date', () => {
    expect(dueDateWarning('2026-11-01', { workshopDate: '', today })).toEqual({ code: 'duePast', reference: today });
    expect(dueDateWarning('2032-01-01', { workshopDate: '', today })).toEqual({ code: 'dueFarAhead', reference: today });
    expect(dueDateWarning('2027-03-31', { workshopDate: '', today })).toBeNull();
  });

  it('says nothing about an empty due date', () => {
    expect(dueDateWarning('', { workshopDate, today })).toBeNull();
  });
});

describe('calendar arithmetic', () => {
  it('adds years keeping the day, or the last day of a shorter February', () => {
    expect(addYears('2026-11-26', 5)).toBe('2031-11-26');
    expect(addYears('2028-02-29', 1)).toBe('2029-02-28');
    expect(addYears('2026-11-26', -1)).toBe('2025-11-26');
    expect(addYears('', 1)).toBe('');
  });

  it("takes today's date where the facilitator is", () => {
    expect(localIsoDate(new Date(2026, 10, 26, 23, 59))).toBe('2026-11-26');
    expect(localIsoDate(new Date(2026, 0, 5, 0, 0))).toBe('2026-01-05');
  });
});

function parsed(text: string): string {
  const result = parseDateInput(text, 'BE');
  if (!result.ok) throw new Error(`${text}: ${result.problem}`);
  return result.iso;
}
