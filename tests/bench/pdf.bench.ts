import { renderPdf, type PdfDocDefinition } from '../../electron/export/pdf/render';
import { sarabunFiles } from '../../electron/export/pdf/fonts';
import { Printer, URLResolver, type PdfmakeDocument } from '../../electron/export/pdf/pdfmake-internals';
import { minutesDocument } from '../fixtures/pdf/thai-corpus';

/**
 * Thai PDF figures, for a ~30-page Thai minutes document (median of 5 runs after a warm-up).
 * Target: thai_line_breaking_cost_ratio ≤ 1.3 — rendering with Thai line breaking costs at most
 * 1.3× the same document without it (a naive one-text-object-per-word approach measured 4.5×).
 * The `stock_*` figures are plain pdfmake 0.3.11 (no hooks at all), for reference.
 */
export default async function bench(): Promise<Record<string, number>> {
  const document = minutesDocument(30);
  const thai = await measure(() => renderPdf(document));
  const plain = await measure(() => renderPdf(document, { thaiLineBreaking: false }));
  const stock = await measure(() => renderStock(document));
  return {
    pages: pageCount(thai.bytes),
    thai_line_breaking_ms: round(thai.ms),
    without_thai_line_breaking_ms: round(plain.ms),
    stock_pdfmake_ms: round(stock.ms),
    thai_line_breaking_cost_ratio: round(thai.ms / plain.ms, 2),
    ratio_to_stock_pdfmake: round(thai.ms / stock.ms, 2),
    thai_line_breaking_kb: round(thai.bytes.length / 1024),
    without_thai_line_breaking_kb: round(plain.bytes.length / 1024),
    stock_pdfmake_kb: round(stock.bytes.length / 1024),
  };
}

async function measure(render: () => Promise<Buffer>): Promise<{ ms: number; bytes: Buffer }> {
  let bytes = await render();
  const times: number[] = [];
  for (let i = 0; i < 5; i += 1) {
    const started = performance.now();
    bytes = await render();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)]!, bytes };
}

/** The same document through pdfmake as shipped: no Thai hooks act on it. */
async function renderStock(definition: PdfDocDefinition): Promise<Buffer> {
  const fonts = { Sarabun: sarabunFiles() };
  const resolver = new URLResolver({ existsSync: () => false });
  resolver.setUrlAccessPolicy(() => false);
  const printer = new Printer(fonts, null, resolver, () => true);
  const copy = structuredClone(definition);
  copy.defaultStyle = { font: 'Sarabun', ...copy.defaultStyle };
  const pdf = await printer.createPdfKitDocument(copy, { tableLayouts: {} });
  return collect(pdf);
}

function collect(pdf: PdfmakeDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    pdf.on('data', (chunk) => chunks.push(chunk));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', (error) => reject(error));
    pdf.end();
  });
}

function pageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type \/Page\b/g)?.length ?? 0;
}

function round(value: number, digits = 0): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
