import { describe, expect, it } from 'vitest';
import { columnCalculator, type Column } from './pdfmake-internals';
import { THAI_CUTS, keepColumnsWithinWidth, splitWords } from './thai-line-breaking';

/** The words as they may be split into pieces at line ends. */
const texts = (text: string, thai = true) =>
  splitWords(text, false, false, { thai }).flatMap((word) => {
    const cuts = (word[THAI_CUTS] as number[] | undefined) ?? [];
    return [0, ...cuts].map((start, i) => word.text.slice(start, [...cuts, word.text.length][i]));
  });

describe('splitWords', () => {
  it('marks Thai word boundaries inside words, keeping spaces with the word before them', () => {
    expect(texts('ภาครัฐและประชาชน ทำงาน')).toEqual(['ภาครัฐ', 'และ', 'ประชาชน ', 'ทำงาน']);
  });

  it('splits like stock pdfmake when Thai breaking is off', () => {
    expect(texts('ภาครัฐและประชาชน ทำงาน', false)).toEqual(['ภาครัฐและประชาชน ', 'ทำงาน']);
  });

  it('leaves English to the UAX #14 breaker', () => {
    expect(texts('Open Government Data, e-mail')).toEqual(['Open ', 'Government ', 'Data, ', 'e-', 'mail']);
  });

  it('ends a line at a newline', () => {
    const words = splitWords('ภาครัฐ\nประชาชน', false, false, { thai: true });
    expect(words).toEqual([{ text: 'ภาครัฐ', lineEnd: true }, { text: 'ประชาชน' }]);
  });

  it('removes U+200B and breaks there', () => {
    expect(splitWords('ประชาชน\u200Bประชาชน', false, false, { thai: true }).map((word) => word.text)).toEqual(['ประชาชน', 'ประชาชน']);
    expect(texts('\u200B')).toEqual(['']);
  });

  it('keeps no-wrap text whole', () => {
    expect(splitWords('ภาครัฐและประชาชน', true, false, { thai: true })).toEqual([{ text: 'ภาครัฐและประชาชน' }]);
  });
});

describe('keepColumnsWithinWidth', () => {
  const column = (width: unknown, calc: number): Column => ({ width, _minWidth: calc, _maxWidth: calc, _calcWidth: calc });

  it('shrinks star and auto columns that together overflow, in proportion', () => {
    const columns = [column(50, 50), column('*', 300), column('auto', 150)];
    keepColumnsWithinWidth(columnCalculator, columns, 350);
    expect(columns.map((c) => Math.round(c._calcWidth))).toEqual([50, 200, 100]);
  });

  it('leaves columns that fit alone', () => {
    const columns = [column('*', 100), column('*', 100)];
    keepColumnsWithinWidth(columnCalculator, columns, 300);
    expect(columns.map((c) => c._calcWidth)).toEqual([100, 100]);
  });
});
