import { describe, expect, it } from 'vitest';
import { minutesFormat } from './format';

describe('minutesFormat', () => {
  const th = minutesFormat('th', true);
  const plain = minutesFormat('th', false);
  const en = minutesFormat('en', false);

  it('writes levels as whole or half levels, and a dash when there is none', () => {
    expect(plain.level(3)).toBe('3');
    expect(plain.level(3.5)).toBe('3.5');
    expect(th.level(3.5)).toBe('๓.๕');
    expect(th.level(null)).toBe('—');
  });

  it('signs changes with a real minus sign, and "0" for no change', () => {
    expect(plain.signed(1)).toBe('+1');
    expect(plain.signed(-0.5)).toBe('\u22120.5');
    expect(plain.signed(0.004)).toBe('0');
    expect(th.signed(0.12)).toBe('+๐.๑๒');
    expect(plain.signed(null)).toBe('—');
  });

  it('writes shares as ร้อยละ in Thai and % in English, consensus to two decimals', () => {
    expect(th.percent(0.926)).toBe('ร้อยละ ๙๓');
    expect(en.percent(0.926)).toBe('93%');
    expect(plain.consensus(0.8)).toBe('0.80');
  });

  it('writes times the Thai way (09.00 น.) or the English way (09:00), and ranges with one or both ends', () => {
    expect(th.time('09:00')).toBe('๐๙.๐๐ น.');
    expect(plain.timeRange('09:00', '16:30')).toBe('09.00–16.30 น.');
    expect(plain.timeRange('', '16:30')).toBe('16.30 น.');
    expect(en.timeRange('09:00', '16:30')).toBe('09:00–16:30');
    expect(en.time('')).toBe('');
  });

  it('writes dates in พ.ศ. with the weekday, long and short', () => {
    expect(th.dateLong('2026-11-26')).toBe('วันพฤหัสบดีที่ ๒๖ พฤศจิกายน พ.ศ. ๒๕๖๙');
    expect(plain.dateShort('2027-03-31')).toBe('31 มี.ค. 2570');
    expect(en.dateLong('2026-11-26')).toBe('Thursday, 26 November 2026');
    expect(en.dateShort('2027-03-31')).toBe('31 Mar 2027');
    expect(th.dateLong('')).toBe('');
  });

  it('writes a withheld group count the way the people pages do', () => {
    expect(th.groupCount({ kind: 'fewerThan', limit: 5 })).toBe('น้อยกว่า ๕');
    expect(en.groupCount({ kind: 'withheld' })).toBe('not shown');
    expect(plain.groupCount({ kind: 'exact', value: 12 })).toBe('12');
  });
});
