/**
 * The Thai typography corpus, rendered to PDF and read back with poppler as a reader's
 * copy/paste or search would: text must come back exactly as written, and lines must end only
 * between words.
 */
import { describe, expect, it } from 'vitest';
import { breakOpportunities } from '../../../shared/text/thai-segment';
import { LONG_WORDS, MIXED, SARA_AM, SENTENCES, STACKED_MARKS, paragraph, seededRandom } from '../../../tests/fixtures/pdf/thai-corpus';
import { renderPdf, type PdfContent } from './render';
import { drawnGlyphIds, extractLines, extractText, haveTools, titleNeeding, wordBoxes } from './testing/poppler';

const withPoppler = (title: string, body: () => void) => describe.skipIf(!haveTools(['pdftotext']))(titleNeeding(['pdftotext'], title), body);

/** Renders each text as its own paragraph in a column `width` points wide. */
function paragraphs(texts: readonly string[], width = 515, extra: Record<string, unknown> = {}): Promise<Buffer> {
  const content: PdfContent[] = texts.map((text) => ({ text, margin: [0, 0, 515 - width, 6] }));
  return renderPdf({ content, defaultStyle: { fontSize: 14 }, ...extra });
}

/** Renders each text on one line of a page wide enough for it. */
function unwrapped(texts: readonly string[], style: Record<string, unknown> = {}): Promise<Buffer> {
  return renderPdf({ content: texts.map((text) => ({ text, noWrap: true, ...style })), pageSize: { width: 3000, height: 2000 }, defaultStyle: { fontSize: 14 } });
}

/**
 * Where the lines of `source` ended in the PDF, as positions in `source`, reading the lines of
 * -raw output that belong to it (each starts where the previous ended, after spaces).
 */
function lineEnds(source: string, lines: readonly string[]): number[] {
  const ends: number[] = [];
  let position = 0;
  for (const line of lines) {
    while (source[position] === ' ') position += 1;
    expect(source.startsWith(line, position), `line "${line}" continues "${source.slice(position, position + 20)}"`).toBe(true);
    position += line.length;
    ends.push(position);
  }
  expect(position).toBe(source.trimEnd().length);
  return ends.slice(0, -1);
}

withPoppler('Thai text read back from the PDF', () => {
  it('extracts stacked marks, ำ words and long words exactly as written, in both reading modes', async () => {
    const texts = [STACKED_MARKS.join(' '), SARA_AM.join(' '), LONG_WORDS.join(' ')];
    const pdf = await unwrapped(texts);
    for (const mode of ['raw', 'layout'] as const) expect(extractLines(pdf, mode), mode).toEqual(texts);
  });

  it('extracts ทำงาน as ทำงาน, not ทำางาน', async () => {
    const pdf = await paragraphs(['ทำงาน']);
    expect(extractText(pdf, 'raw').trim()).toBe('ทำงาน');
  });

  it('keeps every า after a document has used ำ first (pdfkit alone loses them)', async () => {
    const pdf = await paragraphs(['กำ', 'กา มา ทา']);
    expect(extractLines(pdf, 'raw')).toEqual(['กำ', 'กา มา ทา']);
  });

  it('extracts every consonant with every vowel and tone mark in written order', async () => {
    const consonants = [...'กขคงจฉชซญฎฏฐณดตถทธนบปผฝพฟภมยรลวศษสหฬอฮ'];
    const lines = ['', ...'ัิีึืุู'].map((vowel) =>
      consonants.flatMap((consonant) => ['', ...'่้๊๋์'].map((tone) => `${consonant}${vowel}${tone}`)).join(''),
    );
    // ำ after every consonant, with and without a tone mark, followed by า (ฬ takes a short form).
    lines.push(consonants.map((consonant) => `${consonant}ำา${consonant}่ำ${consonant}้ำา`).join(''));
    const pdf = await renderPdf({
      content: lines.map((text) => ({ text, noWrap: true })),
      pageSize: { width: 4000, height: 600 },
      defaultStyle: { fontSize: 12 },
    });
    for (const mode of ['raw', 'layout'] as const) expect(extractLines(pdf, mode), mode).toEqual(lines);
  });

  it('uses ActualText only where a tone mark sits well left of the vowel before it (เพื่อ, ปู่), not for other stacks', async () => {
    const actualTexts = async (text: string) => (await renderPdf({ content: text, compress: false })).toString('latin1').match(/\/ActualText/g)?.length ?? 0;
    expect(await actualTexts('ที่ ขึ้น ผู้ น้ำ ทำงาน ตั้ง สู่ ส่วน')).toBe(0);
    expect(await actualTexts('เพื่อ ชื่อ ปู่ ปั้น')).toBe(4);
  });

  it('extracts mixed Thai, English, Arabic and Thai digits exactly', async () => {
    // Sarabun has fi/fl ligatures: one glyph for two letters must still read as both.
    const texts = [MIXED, 'เลขไทย ๐๑๒๓๔๕๖๗๘๙ และ 0123456789', 'พ.ศ. ๒๕๖๙ (ค.ศ. 2026) ก.พ.ร.', 'office affirm flow ﬁ — ทำ office'];
    const pdf = await unwrapped(texts);
    for (const mode of ['raw', 'layout'] as const) expect(extractLines(pdf, mode), mode).toEqual(texts);
  });

  it('extracts the framework sentences exactly at several sizes, bold and italic', async () => {
    for (const style of [{ fontSize: 9 }, { fontSize: 16, bold: true }, { fontSize: 22, italics: true }]) {
      const pdf = await unwrapped(SENTENCES, style);
      for (const mode of ['raw', 'layout'] as const) expect(extractLines(pdf, mode), `${mode} ${JSON.stringify(style)}`).toEqual(SENTENCES);
    }
  });

  it('draws no replacement glyph and lets no U+200B through, even when the input has one', async () => {
    const pdf = await renderPdf({ content: ['ภาค\u200Bรัฐ และ\u200Bประชาชน ทำงาน ๆ', MIXED], compress: false });
    const text = extractText(pdf, 'raw');
    expect(text).not.toMatch(/[\u200B\uFFFD]/u);
    expect(text).toContain('ภาครัฐ และประชาชน ทำงาน ๆ');
    expect(drawnGlyphIds(pdf)).not.toContain(0);
  });

  it('treats a U+200B in the input as a place the line may break', async () => {
    const word = 'ประชาชน'.repeat(3);
    const pdf = await paragraphs([`${word}\u200B${word}`], 170);
    expect(extractLines(pdf, 'raw')).toEqual([word, word]);
  });
});

withPoppler('Thai line breaking in the PDF', () => {
  it('ends lines only between words in long paragraphs, in wide and narrow columns', async () => {
    const random = seededRandom(7);
    const sources = [paragraph(random, 6), paragraph(random, 6), SENTENCES.join('')];
    for (const width of [515, 260, 150]) {
      const pdf = await paragraphs(sources, width);
      const lines = extractLines(pdf, 'raw');
      let next = 0;
      for (const source of sources) {
        // The lines of this paragraph are those whose text, joined, makes it up.
        const own: string[] = [];
        let joined = '';
        while (joined.replaceAll(' ', '').length < source.replaceAll(' ', '').length) {
          own.push(lines[next]!);
          joined += lines[next];
          next += 1;
        }
        const allowed = new Set(breakOpportunities(source));
        const ends = lineEnds(source, own);
        expect(ends.length, `wraps at ${width}pt`).toBeGreaterThan(0);
        for (const end of ends) {
          let after = end;
          while (source[after] === ' ') after += 1;
          expect(allowed.has(after), `line ends at "${source.slice(end - 8, end)}|${source.slice(after, after + 8)}"`).toBe(true);
        }
      }
    }
  });

  it('never starts a line with ำ, a following vowel or a tone mark', async () => {
    const text = 'ทำงานร่วมกับประชาชนในภาครัฐ'.repeat(8);
    const pdf = await paragraphs([text], 120);
    for (const line of extractLines(pdf, 'raw')) expect(line).not.toMatch(/^[\u0E30-\u0E3A\u0E45\u0E47-\u0E4E]/u);
  });

  it('keeps protected words on one line when they fit', async () => {
    const text = 'ที่ประชุมเห็นว่าผู้มีส่วนได้ส่วนเสียต้องมีส่วนร่วมในการบูรณาการข้อมูลภาครัฐเพื่อธรรมาภิบาล'.repeat(3);
    const pdf = await paragraphs([text], 200);
    const lines = extractLines(pdf, 'raw');
    expect(lines.length).toBeGreaterThan(3);
    const ends = lineEnds(text, lines);
    for (const word of ['ผู้มีส่วนได้ส่วนเสีย', 'การบูรณาการ', 'ภาครัฐ', 'ธรรมาภิบาล']) {
      for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
        for (const end of ends) expect(end <= at || end >= at + word.length, `${word} cut`).toBe(true);
      }
    }
  });

  it('keeps a table of star columns with long Thai words within the page', async () => {
    const cells = ['ผู้มีส่วนได้ส่วนเสีย', 'ธรรมาภิบาล', 'การบูรณาการ', 'ประชาชน', 'ภาครัฐ', 'แดชบอร์ด', 'ผลกระทบ', 'ราชกิจจานุเบกษา', 'ความโปร่งใส', 'ฉันทามติ'];
    const pdf = await renderPdf({
      content: [{ table: { widths: cells.map(() => '*'), body: [cells, cells.map((c) => `${c}${c}`)] } }],
      pageMargins: 40,
      defaultStyle: { fontSize: 14 },
    });
    const [page] = wordBoxes(pdf);
    expect(page!.words.length).toBeGreaterThan(0);
    for (const word of page!.words) expect(word.xMax, word.text).toBeLessThanOrEqual(page!.width - 40 + 0.5);
    // Every character is still there, in order.
    expect(extractText(pdf, 'raw').replace(/\s/g, '')).toBe([...cells, ...cells.map((c) => `${c}${c}`)].join(''));
  });

  it('sizes auto columns by their widest Thai word, not their longest unspaced phrase', async () => {
    // Two columns of the same short words; column A opens with a long phrase without spaces.
    const phrase = 'การส่งเสริมภาครัฐระบบเปิดและการมีส่วนร่วมอย่างมีความหมาย';
    const words = 'ภาครัฐ ประชาชน '.repeat(30);
    const pdf = await renderPdf({
      content: [{ columns: [{ width: 'auto', text: `${phrase} ${words}` }, { width: 'auto', text: `ZZ ${words}` }], columnGap: 10 }],
      pageMargins: 40,
      defaultStyle: { fontSize: 14 },
    });
    const [page] = wordBoxes(pdf);
    const columnB = page!.words.find((word) => word.text === 'ZZ')!;
    const widthA = columnB.xMin - 10 - 40;
    const widthB = page!.width - 40 - columnB.xMin;
    // Measured: 263 : 242. pdfmake gives column A at least the whole phrase (404 : 101).
    expect(widthA / widthB).toBeLessThan(1.3);
  });

  it('cuts a word wider than its column at a word or syllable edge, never before ำ, า or a mark', async () => {
    const widths = Array.from({ length: 27 }, (_, i) => 18 + i);
    const pdf = await renderPdf({
      content: widths.map((width) => ({ table: { widths: [width, '*'], body: [['ประชาชนทำงานกำกับ', `${width}`]] }, margin: [0, 0, 0, 4] })),
      defaultStyle: { fontSize: 14 },
    });
    const lines = extractLines(pdf, 'raw').filter((line) => !/^\d+$/.test(line));
    expect(lines.join('')).toBe('ประชาชนทำงานกำกับ'.repeat(widths.length));
    for (const line of lines) expect(line).not.toMatch(/^[\u0E30-\u0E3A\u0E45\u0E47-\u0E4E]/u);
  });
});
