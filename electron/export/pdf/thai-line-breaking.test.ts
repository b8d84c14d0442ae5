import { describe, expect, it } from 'vitest';
import { columnCalculator, type Column } from './pdfmake-internals';
import { renderPdf, type PdfContent } from './render';
import { extractText, haveTools, titleNeeding, wordBoxes } from './testing/poppler';
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

describe.skipIf(!haveTools(['pdftotext']))(titleNeeding(['pdftotext'], 'lines of a cut phrase in a narrow column'), () => {
  // The default civil-society sector: "ภาคประชาสังคม / " is one UAX #14 word (no break before "/"),
  // so where even that does not fit the column it is cut as a last resort, and that cut must not
  // fall before the space (a line " / องค์กร…") nor before the slash.
  const label = 'ภาคประชาสังคม / องค์กรพัฒนาเอกชน';
  const widths = Array.from({ length: 33 }, (_, i) => 40 + i * 5);

  it.each([
    ['a table cell', (width: number): PdfContent => ({ table: { widths: [width], body: [[label]] }, margin: [0, 0, 0, 8] })],
    ['a paragraph', (width: number): PdfContent => ({ text: label, margin: [0, 0, 515 - width, 8] })],
  ] as const)('never starts a line with a space or a slash, in %s of any width', async (_, block) => {
    const pdf = await renderPdf({ content: widths.map(block), defaultStyle: { fontSize: 11 } });
    const lines = extractText(pdf, 'raw').replaceAll('\f', '\n').split('\n').filter((line) => line.trim() !== '');
    expect(lines.length).toBeGreaterThan(widths.length);
    for (const line of lines) expect(line, JSON.stringify(line)).not.toMatch(/^\s|^\//u);
    expect(lines.join('').replace(/\s/g, '')).toBe(widths.map(() => label.replace(/\s/g, '')).join(''));
    // A leading space would also show as a line starting further right than the others.
    const words = wordBoxes(pdf).flatMap((page) => page.words);
    const starts = new Map<number, number>();
    for (const word of words) {
      const line = Math.round(word.yMin);
      starts.set(line, Math.min(starts.get(line) ?? Number.POSITIVE_INFINITY, word.xMin));
    }
    const left = Math.min(...starts.values());
    for (const x of starts.values()) expect(x - left).toBeLessThan(0.5);
  });
});
