import { describe, expect, it } from 'vitest';
import { withActualText } from './actual-text';

const hexOf = (text: string): string =>
  `<FEFF${[...text].map((char) => char.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()).join('')}>`;

describe('withActualText', () => {
  it('leaves the operators alone when there is no span', () => {
    const operators = ['BT', '[<00010002> 10 <0003>] TJ', 'ET'];
    expect(withActualText(operators, [])).toEqual(operators);
  });

  it('wraps exactly the glyphs of a span, splitting the TJ array around them', () => {
    const operators = ['BT', '[<000100020003> -5 <0004>] TJ', 'ET'];
    expect(withActualText(operators, [{ start: 1, end: 3, text: 'ชื่' }])).toEqual([
      'BT',
      '[<0001>] TJ',
      `/Span <</ActualText ${hexOf('ชื่')}>> BDC`,
      '[<00020003>] TJ',
      'EMC',
      '[-5 <0004>] TJ',
      'ET',
    ]);
  });

  it('keeps a span open across a text-matrix change inside it', () => {
    const operators = ['BT', '[<0001>] TJ', '1 0 0 1 10 20 Tm', '[<0002>] TJ', '[<0003>] TJ', 'ET'];
    expect(withActualText(operators, [{ start: 0, end: 2, text: 'ปั้' }])).toEqual([
      'BT',
      `/Span <</ActualText ${hexOf('ปั้')}>> BDC`,
      '[<0001>] TJ',
      '1 0 0 1 10 20 Tm',
      '[<0002>] TJ',
      'EMC',
      '[<0003>] TJ',
      'ET',
    ]);
  });

  it('never lets a span cross the end of the text object', () => {
    const out = withActualText(['BT', '[<0001>] TJ', 'ET'], [{ start: 0, end: 5, text: 'x' }]);
    expect(out.indexOf('EMC')).toBeLessThan(out.indexOf('ET'));
  });
});
