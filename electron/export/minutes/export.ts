/**
 * Workshop → minutes PDF: buildMinutes (shared/minutes), then the definition (definition.ts),
 * then the colleague's renderPdf, which does the Thai typesetting. Plain Node.
 */
import type { MinutesExportStage } from '../../../shared/contracts/facilitator';
import type { Workshop } from '../../../shared/domain/workshop';
import { buildMinutes, type MinutesDocument, type MinutesOptions } from '../../../shared/minutes';
import { renderPdf, type RenderPdfOptions } from '../pdf/render';
import { MINUTES_TABLE_LAYOUTS, minutesToPdfDefinition } from './definition';

export type { MinutesExportStage };

export interface MinutesPdfExportOptions extends MinutesOptions {
  /** Font directory for renderPdf (a packaged app passes its resources folder). */
  fontsDir?: string;
  /** Off only for measuring what Thai line breaking costs (the bench). */
  thaiLineBreaking?: boolean;
  compress?: boolean;
  /** Told when each stage starts. */
  onStage?: (stage: MinutesExportStage) => void;
}

export interface MinutesPdf {
  pdf: Buffer;
  model: MinutesDocument;
  pages: number;
}

/** Lets other work (votes, a progress poll) run between stages: renderPdf itself is one long synchronous layout. */
const breathe = () => new Promise<void>((resolve) => setImmediate(resolve));

export async function exportMinutes(workshop: Workshop, options: MinutesPdfExportOptions = {}): Promise<MinutesPdf> {
  const { fontsDir, thaiLineBreaking, compress, onStage, ...minutesOptions } = options;
  onStage?.('collecting');
  const model = buildMinutes(workshop, minutesOptions);
  await breathe();
  onStage?.('typesetting');
  const definition = minutesToPdfDefinition(model, { compress });
  const renderOptions: RenderPdfOptions = { tableLayouts: MINUTES_TABLE_LAYOUTS };
  if (fontsDir !== undefined) renderOptions.fontsDir = fontsDir;
  if (thaiLineBreaking !== undefined) renderOptions.thaiLineBreaking = thaiLineBreaking;
  const pdf = await renderPdf(definition, renderOptions);
  onStage?.('done');
  return { pdf, model, pages: countPages(pdf) };
}

/** The minutes of `workshop` as PDF bytes. */
export async function exportMinutesPdf(workshop: Workshop, options: MinutesPdfExportOptions = {}): Promise<Buffer> {
  return (await exportMinutes(workshop, options)).pdf;
}

/** Page objects in a PDF written by pdfkit (their dictionaries are never compressed). */
export function countPages(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length ?? 0;
}
