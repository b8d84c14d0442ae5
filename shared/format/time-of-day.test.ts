import { describe, expect, it } from 'vitest';
import { formatTimeRange, parseTimeInput } from './time-of-day';

describe('reading a typed time', () => {
  it('reads the ways people write times in Thai and English', () => {
    expect(parseTimeInput('9')).toEqual({ ok: true, value: '09:00' });
    expect(parseTimeInput('9:30')).toEqual({ ok: true, value: '09:30' });
    expect(parseTimeInput('09.30 น.')).toEqual({ ok: true, value: '09:30' });
    expect(parseTimeInput('1330')).toEqual({ ok: true, value: '13:30' });
    expect(parseTimeInput('๑๓.๓๐')).toEqual({ ok: true, value: '13:30' });
    expect(parseTimeInput('')).toEqual({ ok: true, value: '' });
  });

  it('rejects times that do not exist or cannot be read', () => {
    expect(parseTimeInput('24:00')).toEqual({ ok: false, problem: 'range' });
    expect(parseTimeInput('9:75')).toEqual({ ok: false, problem: 'range' });
    expect(parseTimeInput('morning')).toEqual({ ok: false, problem: 'format' });
  });
});

describe('showing a time range', () => {
  it('uses a full stop and น. in Thai, a colon in English', () => {
    expect(formatTimeRange('09:00', '12:00', 'th')).toBe('09.00–12.00 น.');
    expect(formatTimeRange('09:00', '12:00', 'en')).toBe('09:00–12:00');
    expect(formatTimeRange('09:00', '', 'th')).toBe('09.00 น.');
    expect(formatTimeRange('', '', 'en')).toBe('');
  });
});
