/**
 * Reference images: a corpus page rendered at 60 dpi and compared with PNGs that a person has
 * looked at (tests/fixtures/pdf/reference/). The comparison tolerates rasterising differences
 * (10% colour fuzz, a small share of pixels); a moved mark, a box glyph or a changed line break
 * is far beyond it. After an intended change, regenerate with RUAM_UPDATE_PDF_REFERENCE=1, look
 * at the new images, and keep them.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { referencePages } from '../../../tests/fixtures/pdf/reference-pages';
import { renderPdf } from './render';
import { differingPixels, haveTools, pngSize, renderPage, titleNeeding } from './testing/poppler';

const REFERENCE_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../../tests/fixtures/pdf/reference');
const UPDATE = process.env.RUAM_UPDATE_PDF_REFERENCE === '1';
/** Share of pixels allowed to differ by more than 10% in colour. */
const TOLERANCE = 0.004;

const TOOLS = ['pdftoppm', 'compare'] as const;

describe.skipIf(!haveTools(TOOLS))(titleNeeding(TOOLS, 'reference images of Thai pages'), () => {
  for (const [name, definition] of Object.entries(referencePages())) {
    it(`${name} looks as reviewed`, async () => {
      const png = renderPage(await renderPdf(definition), 1, 60);
      const file = join(REFERENCE_DIR, `${name}.png`);
      if (UPDATE) {
        mkdirSync(REFERENCE_DIR, { recursive: true });
        writeFileSync(file, png);
      }
      expect(existsSync(file), `${file} is missing: run with RUAM_UPDATE_PDF_REFERENCE=1 and review it`).toBe(true);
      const reference = readFileSync(file);
      expect(pngSize(png)).toEqual(pngSize(reference));
      const { width, height } = pngSize(png);
      expect(differingPixels(png, reference, 10) / (width * height)).toBeLessThan(TOLERANCE);
    });
  }
});
