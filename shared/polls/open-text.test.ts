import { describe, expect, it } from 'vitest';
import { cleanOpenText } from './open-text';

describe('cleaning an open-text answer', () => {
  it('removes bidi overrides and isolates so an answer cannot reorder itself on the projector', () => {
    expect(cleanOpenText('invoice\u202Egnp.exe')).toBe('invoicegnp.exe');
    expect(cleanOpenText('\u2067ก\u2069 \u200Fข\u200E \u061Cค')).toBe('ก ข ค');
    expect(cleanOpenText('\u202A\u202B\u202C\u202D\u2066\u2068')).toBe('');
  });

  it('keeps Thai text, its tone marks and zero-width word breaks as typed', () => {
    expect(cleanOpenText('เปิดเผย\u200Bข้อมูล ให้ประชาชนเข้าถึงได้')).toBe('เปิดเผย\u200Bข้อมูล ให้ประชาชนเข้าถึงได้');
  });

  it('turns line breaks and tabs into single spaces and trims the ends', () => {
    expect(cleanOpenText('  one\r\ntwo\tthree\u2028four  ')).toBe('one two three four');
  });

  it('drops other control characters and the byte-order mark', () => {
    expect(cleanOpenText('\uFEFFa\u0000b\u0007c\u007Fd\u009Be')).toBe('abcde');
  });

  it('composes characters (NFC) so the same answer is stored the same way', () => {
    expect(cleanOpenText('cafe\u0301')).toBe('caf\u00e9');
  });
});
