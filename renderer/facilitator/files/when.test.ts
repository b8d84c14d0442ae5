import { describe, expect, it } from 'vitest';
import { formatMoment } from './when';

describe('a moment in the file lists', () => {
  it('reads in พ.ศ. in Thai and in the Common Era in English, local time', () => {
    const iso = new Date(2026, 10, 26, 14, 5).toISOString();
    expect(formatMoment(iso, 'th')).toBe('26 พ.ย. 2569 14:05');
    expect(formatMoment(iso, 'en')).toBe('26 Nov 2026 14:05');
    expect(formatMoment('not a time', 'th')).toBe('not a time');
  });
});
