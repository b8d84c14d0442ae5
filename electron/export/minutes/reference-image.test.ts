/**
 * Reference images of the minutes: three pages of the realistic workshop's minutes (the first
 * page in the official form, component 01 with its histogram, the start of the action plan),
 * rendered at 70 dpi and compared with PNGs a person has looked at (tests/fixtures/minutes/).
 * The comparison tolerates rasterising differences (10% colour fuzz, a small share of pixels); a
 * moved mark, a box glyph, a cut table or a changed line break is far beyond it. After an
 * intended change, regenerate with RUAM_UPDATE_MINUTES_REFERENCE=1, look at the new images, and
 * keep them.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { realisticWorkshop } from '../../../tests/fixtures/minutes/realistic-workshop';
import { differingPixels, extractText, haveTools, pngSize, renderPage, titleNeeding } from '../pdf/testing/poppler';
import { exportMinutesPdf } from './export';

const REFERENCE_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../../tests/fixtures/minutes');
const UPDATE = process.env.RUAM_UPDATE_MINUTES_REFERENCE === '1';
/** Share of pixels allowed to differ by more than 10% in colour. */
const TOLERANCE = 0.004;
const DPI = 70;
const TOOLS = ['pdftoppm', 'pdftotext', 'compare'] as const;

/** Each reference page is found by what starts on it, so a reflow says what moved. */
const PAGES = [
  { name: 'first-page', marks: 'รายงานการประชุม' },
  { name: 'component-01', marks: '๕.๑ องค์ประกอบที่ ๐๑' },
  { name: 'action-plan', marks: '๙. แผนปฏิบัติการ' },
] as const;

describe.skipIf(!haveTools(TOOLS))(titleNeeding(TOOLS, 'reference images of the minutes'), () => {
  let pdf: Buffer;
  let pages: string[];

  beforeAll(async () => {
    pdf = await exportMinutesPdf(realisticWorkshop(), { thaiDigits: true });
    pages = extractText(pdf, 'raw').split('\f');
  }, 60_000);

  for (const reference of PAGES) {
    it(`${reference.name} looks as reviewed`, () => {
      const page = pages.findIndex((text) => text.includes(reference.marks)) + 1;
      expect(page, `no page has "${reference.marks}"`).toBeGreaterThan(0);
      const png = renderPage(pdf, page, DPI);
      const file = join(REFERENCE_DIR, `${reference.name}.png`);
      if (UPDATE) {
        mkdirSync(REFERENCE_DIR, { recursive: true });
        writeFileSync(file, png);
      }
      expect(existsSync(file), `${file} is missing: run with RUAM_UPDATE_MINUTES_REFERENCE=1 and review it`).toBe(true);
      const expected = readFileSync(file);
      expect(pngSize(png)).toEqual(pngSize(expected));
      const { width, height } = pngSize(png);
      expect(differingPixels(png, expected, 10) / (width * height)).toBeLessThan(TOLERANCE);
    });
  }
});
