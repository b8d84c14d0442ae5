/**
 * The minutes of a realistic Thai workshop (120 people, 8 components × 2 rounds, 60 actions,
 * built through the commands), rendered to PDF and read back with poppler the way a reader's
 * copy/paste or search would: every section and key figure is there, ทำงาน reads as ทำงาน, no
 * line ends inside a Thai word, and nothing runs off the page.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { componentStatistics } from '../../../shared/polls/results';
import { icuWordBoundaries, wordBoundaries } from '../../../shared/text/thai-segment';
import { pageNumberText, plainText, type MinutesDocument, type RichText, type TableCell } from '../../../shared/minutes';
import { realisticWorkshop } from '../../../tests/fixtures/minutes/realistic-workshop';
import type { Workshop } from '../../../shared/domain/workshop';
import { extractLines, extractText, haveTools, titleNeeding, wordBoxes } from '../pdf/testing/poppler';
import { CONTENT_WIDTH, PAGE, minutesToPdfDefinition, tableWidths } from './definition';
import { countPages, exportMinutes, type MinutesPdf } from './export';

const TOOLS = ['pdftotext'] as const;
const digits = (n: number | string) => String(n).replace(/[0-9]/g, (d) => '๐๑๒๓๔๕๖๗๘๙'[Number(d)]!);
const squash = (text: string) => text.replace(/\s+/g, '');

/** The first words of every separately laid-out piece of text in the document. */
function unitStarts(model: MinutesDocument): string[] {
  const units: string[] = [];
  const add = (value: RichText | TableCell) => {
    const text = plainText(value).trim();
    if (text) units.push(...text.split('\n').map((part) => part.trim()).filter(Boolean));
  };
  for (const block of model.blocks) {
    if (block.kind === 'heading' || block.kind === 'paragraph') add(block.text);
    else if (block.kind === 'list') for (const item of block.items) add(`${item.marker} ${plainText(item.text)}`), add(item.text);
    else if (block.kind === 'keyValue') for (const item of block.items) add(item.key), add(item.value);
    else if (block.kind === 'table') {
      if (block.caption) add(block.caption);
      if (block.note) add(block.note);
      for (const column of block.columns) add(column.header);
      for (const row of block.rows) for (const cell of row) add(cell);
    } else if (block.kind === 'figure') add(block.caption);
    else if (block.kind === 'signatures') for (const signer of block.signers) add(signer.role), add(signer.name);
  }
  return units;
}

describe('minutesToPdfDefinition', () => {
  it('lays out A4 with 2.5 cm left and 2 cm other margins, Sarabun-sized body and page numbers', async () => {
    const { buildMinutes } = await import('../../../shared/minutes');
    const { smallWorkshop } = await import('../../../shared/minutes/test-support');
    const model = buildMinutes(smallWorkshop(), { thaiDigits: true });
    const definition = minutesToPdfDefinition(model);
    expect(definition.pageSize).toBe('A4');
    expect(definition.pageMargins).toEqual([PAGE.margins.left, PAGE.margins.top, PAGE.margins.right, PAGE.margins.bottom]);
    expect(PAGE.margins.left).toBeCloseTo(70.87, 1);
    expect(PAGE.margins.top).toBeCloseTo(56.69, 1);
    expect(definition.defaultStyle).toMatchObject({ fontSize: 14 });
    const footer = (definition.footer as (page: number, pages: number) => { text: string })(2, 12);
    expect(footer.text).toBe('หน้า ๒ / ๑๒');
  });

  it('gives fixed columns widths that, with the stretching column, fill exactly the content width', () => {
    const widths = tableWidths({
      columns: [
        { header: 'ที่', width: { fraction: 0.06 } },
        { header: 'กิจกรรม', width: 'fill' },
        { header: 'ผู้รับผิดชอบ', width: { fraction: 0.17 } },
        { header: 'กำหนดเสร็จ', width: { fraction: 0.17 } },
      ],
    });
    expect(widths[1]).toBe('*');
    const fixed = widths.filter((w): w is number => w !== '*');
    // Each fixed column's share less its padding and rule: what is left is the star column's.
    expect(fixed.reduce((a, b) => a + b, 0) + 3 * 8.6).toBeLessThanOrEqual(CONTENT_WIDTH * 0.4 + 0.1);
  });

  it('widens a column to its longest heading word and to a date that must not wrap', () => {
    const [narrow] = tableWidths({ columns: [{ header: 'มัธยฐาน', width: { fraction: 0.02 } }, { header: 'x', width: 'fill' }] });
    expect(narrow).toBeGreaterThan(CONTENT_WIDTH * 0.02);
    const [date] = tableWidths({
      columns: [{ header: 'ก', width: { fraction: 0.05 } }, { header: 'x', width: 'fill' }],
      rows: [[{ text: [{ text: '๓๑ มี.ค. ๒๕๗๐', keepTogether: true }] }, 'x']],
    });
    expect(date).toBeGreaterThan(60);
  });

  it('refuses fixed columns that leave the wide column no room', () => {
    expect(() => tableWidths({ columns: [{ header: 'a', width: { fraction: 0.6 } }, { header: 'b', width: { fraction: 0.5 } }, { header: 'c', width: 'fill' }] })).toThrow(/room/);
  });
});

describe.skipIf(!haveTools(TOOLS))(titleNeeding(TOOLS, 'the minutes of a full workshop, read back from the PDF'), () => {
  let workshop: Workshop;
  let result: MinutesPdf;
  let text: string;
  let lines: string[];

  beforeAll(async () => {
    workshop = realisticWorkshop();
    result = await exportMinutes(workshop, { thaiDigits: true, appendixRawDistributions: true });
    text = extractText(result.pdf, 'raw');
    lines = extractLines(result.pdf, 'raw');
  }, 60_000);

  it('is a full workshop: 120 people, 8 components in 2 rounds, 60 actions, and a PDF of many pages', () => {
    expect(workshop.participants).toHaveLength(120);
    expect(workshop.actions).toHaveLength(60);
    expect(componentStatistics(workshop).every((c) => c.rounds.length === 2)).toBe(true);
    expect(result.pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(result.pages).toBe(countPages(result.pdf));
    expect(result.pages).toBeGreaterThan(15);
  });

  it('has every section heading of the model, and the parts of the official form', () => {
    // Long headings wrap; each starts a line and reads whole once the line breaks are taken out.
    const flat = squash(text);
    for (const entry of result.model.outline) {
      expect(flat, entry.text).toContain(squash(entry.text));
      expect(lines.some((line) => entry.text.startsWith(line)), entry.text).toBe(true);
    }
    for (const part of ['ผู้มาประชุม', 'ผู้ไม่มาประชุม', 'เริ่มประชุมเวลา ๐๙.๐๐ น.', 'เลิกประชุมเวลา ๑๖.๓๐ น.', 'ผู้จดรายงานการประชุม', 'ผู้ตรวจรายงานการประชุม', 'ภาคผนวก การกระจายของคะแนนดิบ']) {
      expect(lines, part).toContain(part);
    }
    expect(text).toContain('เมื่อวันพฤหัสบดีที่ ๒๖ พฤศจิกายน พ.ศ. ๒๕๖๙ เวลา ๐๙.๐๐–๑๖.๓๐ น.');
    expect(text).toContain('ครั้งที่ ๑/๒๕๖๙');
    expect(text).toContain('(นางสาวพิมพ์ชนก ทำงานดี)');
    expect(text).toContain('(นางสาวกมลวรรณ ใจดี)');
  });

  it('numbers every page "หน้า n / total" in Thai digits', () => {
    const pages = text.split('\f').filter((page) => page.trim() !== '');
    expect(pages).toHaveLength(result.pages);
    pages.forEach((page, i) => expect(page).toContain(pageNumberText(result.model, i + 1, result.pages)));
    expect(text).toContain(`หน้า ๑ / ${digits(result.pages)}`);
  });

  it('reports each component’s figures as componentStatistics computes them', () => {
    const format = (value: number | null) => (value === null ? '—' : digits(Number.isInteger(value) ? String(value) : value.toFixed(1)));
    const signed = (value: number | null) => (value === null ? '—' : value === 0 ? '๐' : `${value > 0 ? '+' : '−'}${format(Math.abs(value))}`);
    for (const component of componentStatistics(workshop)) {
      const [before, after] = component.rounds;
      const consensus = digits(after!.current.consensus!.toFixed(2));
      // The overview row: responses, median, target, gap, consensus, change of median.
      expect(text, `overview ${component.code}`).toContain(
        [digits(after!.current.n), format(after!.current.median), format(after!.targetMedian), signed(after!.gap), consensus, signed(after!.shift!.median)].join(' '),
      );
      expect(text, `histogram ${component.code}`).toContain(`การกระจายของระดับปัจจุบัน องค์ประกอบที่ ${digits(component.code)} (รอบที่ ๒ ผู้ตอบ ${digits(after!.current.n)} คน)`);
      expect(text, `consensus ${component.code}`).toContain(`ความเห็นพ้อง ${consensus} (`);
      expect(text, `rounds ${component.code}`).toContain(`รอบที่ ๑ ${digits(before!.current.n)} ${format(before!.current.median)} ${format(before!.targetMedian)} ${digits(before!.current.consensus!.toFixed(2))}`);
      // The histogram's bar counts and abstentions, drawn as SVG text, read back in order.
      const counts = [...after!.current.counts, after!.current.abstentions].map(digits).join(' ');
      expect(` ${text.split(/\s+/).join(' ')} `, `histogram counts ${component.code}`).toContain(` ${counts} `);
    }
  });

  it('lists the 108 present and 12 absent by code, withholding small sectors', () => {
    expect(text).toContain('จำนวน ๑๐๘ คน (แสดงเป็นรหัสผู้เข้าร่วม)');
    expect(text).toContain('จำนวน ๑๒ คน (แสดงเป็นรหัสผู้เข้าร่วม)');
    expect(text).toContain('P010, P020, P030');
    expect(text).toMatch(/สื่อมวลชน น้อยกว่า ๕/);
    for (const p of workshop.participants) expect(text).not.toContain(p.name);
  });

  it('has the whole action plan: all 60 actions with owners, dates in พ.ศ. and indicators', () => {
    const flat = squash(text);
    for (const action of workshop.actions) expect(flat, action.title).toContain(squash(action.title));
    expect(text).toContain('ที่ประชุมเห็นชอบแผนปฏิบัติการ ๓๖ รายการ');
    expect(text).toContain('ข้อเสนออีก ๒๔ รายการ');
    expect(text).toContain('๓๐ มิ.ย. ๒๕๗๐');
    expect(text).toContain('๒๘ ก.พ. ๒๕๗๐');
    expect(text).not.toMatch(/2570|2027/);
  });

  it('reads ำ words as written: ทำงาน, never ทำางาน', () => {
    for (const word of ['ทำงาน', 'สำนักงาน', 'กำหนด', 'จำนวน', 'ดำเนินการ', 'คำสั่ง']) expect(text, word).toContain(word);
    expect(text).not.toContain('ำา');
    expect(text).not.toMatch(/[\u200B\uFFFD]/u);
  });

  it('keeps the stakeholder map’s and the charts’ Thai labels whole (SVG text keeps its marks)', () => {
    for (const label of ['บริหารจัดการอย่างใกล้ชิด', 'แจ้งให้ทราบอย่างสม่ำเสมอ', 'ติดตามดู', 'ทำให้พึงพอใจ', '๑ ไม่มี/เริ่มต้น', 'ระดับปัจจุบัน ระดับเป้าหมาย', 'ภาคประชาสังคม / องค์กรพัฒนา']) {
      expect(text, label).toContain(label);
    }
  });

  it('ends no line inside a Thai word', () => {
    const thai = /[\u0E01-\u0E4E]/u;
    // A line that starts a heading, paragraph, cell, caption… is not the continuation of the one before.
    const starts = unitStarts(result.model);
    const problems: string[] = [];
    let checked = 0;
    for (let i = 0; i + 1 < lines.length; i++) {
      const [a, b] = [lines[i]!, lines[i + 1]!];
      if (!thai.test(a.at(-1)!) || !thai.test(b[0]!)) continue;
      // (A short piece, a column heading such as "ที่", must be the line's whole first word.)
      const firstWord = b.split(/\s/)[0]!;
      if (starts.some((start) => start.startsWith(b.slice(0, 16)) || start === firstWord || (start.length >= 8 && b.startsWith(start)))) continue;
      checked += 1;
      const left = a.slice(-24);
      const joined = left + b.slice(0, 24);
      const boundaries = new Set([...wordBoundaries(joined), ...icuWordBoundaries(joined)]);
      if (!boundaries.has(left.length)) problems.push(`${left}|${b.slice(0, 24)}`);
    }
    expect(problems).toEqual([]);
    // Wrapped Thai lines are common in these minutes: the check above is not vacuous.
    expect(checked).toBeGreaterThan(40);
  });

  it('keeps every word within the page margins: no table runs off the page', () => {
    for (const [index, page] of wordBoxes(result.pdf).entries()) {
      for (const word of page.words) {
        expect(word.xMin, `page ${index + 1}: ${word.text}`).toBeGreaterThanOrEqual(PAGE.margins.left - 6);
        expect(word.xMax, `page ${index + 1}: ${word.text}`).toBeLessThanOrEqual(page.width - PAGE.margins.right + 1);
      }
    }
  });

  it('names people only in named minutes', async () => {
    const named = await exportMinutes(workshop, { named: true });
    const namedText = extractText(named.pdf, 'raw');
    const present = workshop.participants.filter((p) => p.checkedInAt !== null);
    for (const p of present.slice(0, 10)) expect(namedText).toContain(p.name);
    expect(namedText).toContain('ชื่อ – สกุล');
  }, 60_000);
});
