/**
 * Test helpers that read PDFs back with poppler (pdftotext, pdftoppm) and ImageMagick (compare),
 * the way a facilitator's copy/paste or a search would. Tests that need a tool skip when it is
 * not installed (`hasTool`).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const available = new Map<string, boolean>();

type Tool = 'pdftotext' | 'pdftoppm' | 'compare' | 'convert';

/** Whether a command-line tool can be run here. */
export function hasTool(command: Tool): boolean {
  let found = available.get(command);
  if (found === undefined) {
    const probe = spawnSync(command, ['-v'], { stdio: 'ignore' });
    found = !probe.error;
    available.set(command, found);
  }
  return found;
}

/**
 * A describe title that says why its tests are skipped when a tool is missing:
 * `describe.skipIf(!haveTools(t))(titleNeeding(t, 'title'), …)`.
 */
export function titleNeeding(tools: readonly Tool[], title: string): string {
  const missing = tools.filter((tool) => !hasTool(tool));
  return missing.length === 0 ? title : `${title} (skipped: needs ${missing.join(', ')} — poppler-utils / ImageMagick)`;
}

export function haveTools(tools: readonly Tool[]): boolean {
  return tools.every((tool) => hasTool(tool));
}

function withTempDir<T>(work: (dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'ruam-pdf-'));
  try {
    return work(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The text of a PDF as pdftotext gives it (`raw`: content order; `layout`: as laid out). */
export function extractText(pdf: Buffer, mode: 'raw' | 'layout'): string {
  return withTempDir((dir) => {
    const file = join(dir, 'doc.pdf');
    writeFileSync(file, pdf);
    return execFileSync('pdftotext', [`-${mode}`, '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  });
}

/** The non-empty lines of the extracted text, trimmed, page breaks removed. */
export function extractLines(pdf: Buffer, mode: 'raw' | 'layout'): string[] {
  return extractText(pdf, mode)
    .replaceAll('\f', '\n')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

export interface WordBox {
  readonly text: string;
  readonly xMin: number;
  readonly xMax: number;
  readonly yMin: number;
  readonly yMax: number;
}

/** Every word pdftotext finds, with its box in points (origin top left), per page. */
export function wordBoxes(pdf: Buffer): { width: number; height: number; words: WordBox[] }[] {
  const html = withTempDir((dir) => {
    const file = join(dir, 'doc.pdf');
    writeFileSync(file, pdf);
    return execFileSync('pdftotext', ['-bbox', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  });
  const pages: { width: number; height: number; words: WordBox[] }[] = [];
  for (const page of html.split('<page ').slice(1)) {
    const size = /width="([\d.]+)" height="([\d.]+)"/.exec(page);
    const words = [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
      xMin: Number(m[1]),
      yMin: Number(m[2]),
      xMax: Number(m[3]),
      yMax: Number(m[4]),
      text: m[5]!,
    }));
    pages.push({ width: Number(size?.[1] ?? 0), height: Number(size?.[2] ?? 0), words });
  }
  return pages;
}

/** Page `page` (1-based) as a PNG at `dpi`, via pdftoppm. */
export function renderPage(pdf: Buffer, page: number, dpi: number): Buffer {
  return withTempDir((dir) => {
    const file = join(dir, 'doc.pdf');
    writeFileSync(file, pdf);
    execFileSync('pdftoppm', ['-r', String(dpi), '-png', '-f', String(page), '-l', String(page), '-singlefile', file, join(dir, 'page')]);
    return readFileSync(join(dir, 'page.png'));
  });
}

/**
 * How many pixels differ between two images by more than `fuzzPercent` (ImageMagick
 * `compare -metric AE -fuzz`). Images of different sizes count as entirely different.
 */
export function differingPixels(a: Buffer, b: Buffer, fuzzPercent: number): number {
  return withTempDir((dir) => {
    writeFileSync(join(dir, 'a.png'), a);
    writeFileSync(join(dir, 'b.png'), b);
    const result = spawnSync('compare', ['-metric', 'AE', '-fuzz', `${fuzzPercent}%`, join(dir, 'a.png'), join(dir, 'b.png'), 'null:'], { encoding: 'utf8' });
    // compare prints the count on stderr and exits 1 when images differ, 2 on error.
    if (result.status === 2 || result.error) return Number.POSITIVE_INFINITY;
    const count = Number.parseFloat(result.stderr.trim().split(/\s+/)[0] ?? '');
    return Number.isFinite(count) ? count : Number.POSITIVE_INFINITY;
  });
}

/** Width × height of a PNG, read from its header. */
export function pngSize(png: Buffer): { width: number; height: number } {
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** The glyph ids drawn by TJ/Tj operators in an uncompressed PDF (for checking .notdef, id 0). */
export function drawnGlyphIds(uncompressedPdf: Buffer): number[] {
  const content = uncompressedPdf.toString('latin1');
  const ids: number[] = [];
  for (const array of content.matchAll(/\[([^\]]*)\]\s*TJ/g)) {
    for (const hex of array[1]!.matchAll(/<([0-9a-fA-F]+)>/g)) {
      for (let i = 0; i + 4 <= hex[1]!.length; i += 4) ids.push(Number.parseInt(hex[1]!.slice(i, i + 4), 16));
    }
  }
  return ids;
}

/** The image cropped to its ink (ImageMagick `convert -trim`), so drawings can be compared wherever they sit. */
export function trimmed(png: Buffer): Buffer {
  return withTempDir((dir) => {
    writeFileSync(join(dir, 'in.png'), png);
    execFileSync('convert', [join(dir, 'in.png'), '-trim', '+repage', join(dir, 'out.png')]);
    return readFileSync(join(dir, 'out.png'));
  });
}

/**
 * The share of pixels (0..1) that differ by more than `fuzzPercent` between two drawings, after
 * cropping both to their common size from the top left: one pixel of rasterising difference in
 * size should not count as a different drawing.
 */
export function drawingDifference(a: Buffer, b: Buffer, fuzzPercent: number): number {
  const width = Math.min(pngSize(a).width, pngSize(b).width);
  const height = Math.min(pngSize(a).height, pngSize(b).height);
  const crop = (png: Buffer): Buffer =>
    withTempDir((dir) => {
      writeFileSync(join(dir, 'in.png'), png);
      execFileSync('convert', [join(dir, 'in.png'), '-crop', `${width}x${height}+0+0`, '+repage', join(dir, 'out.png')]);
      return readFileSync(join(dir, 'out.png'));
    });
  return differingPixels(crop(a), crop(b), fuzzPercent) / (width * height);
}
