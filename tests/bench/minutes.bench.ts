import { buildMinutes } from '../../shared/minutes';
import { MINUTES_TABLE_LAYOUTS, minutesToPdfDefinition } from '../../electron/export/minutes/definition';
import { countPages, exportMinutes } from '../../electron/export/minutes/export';
import { MinutesService } from '../../electron/export/minutes/service';
import { renderPdf } from '../../electron/export/pdf/render';
import { realisticWorkshop } from '../fixtures/minutes/realistic-workshop';

/**
 * The minutes of a full workshop (8 components × 2 rounds, 120 participants, 60 actions; Thai,
 * Thai digits, appendix) to PDF.
 * Targets: minutes_pdf_cpu_ms ≤ 1000 (warm; the first export of a process is given apart as
 * first_export_ms), minutes_pdf_kb ≤ 400, thai_line_breaking_cost_ratio ≤ 1.3 (the same
 * definition rendered with and without Thai line breaking, renderPdf's `thaiLineBreaking`).
 * Renderings run interleaved, 7 rounds after a warm-up; figures are medians of CPU time (this
 * process's user + system, steadier than wall time on a shared machine), wall medians beside.
 * host_longest_pause_ms: the longest the host's thread stopped while the worker typeset the PDF
 * (the reason the export runs off that thread).
 */
export default async function bench(): Promise<Record<string, number>> {
  const workshop = realisticWorkshop();
  const options = { thaiDigits: true, appendixRawDistributions: true } as const;

  const first = await timed(async () => (await exportMinutes(workshop, options)).pdf);

  const model = buildMinutes(workshop, options);
  const definition = minutesToPdfDefinition(model);
  const renderings = {
    full: async () => (await exportMinutes(workshop, options)).pdf,
    thai: () => renderPdf(definition, { tableLayouts: MINUTES_TABLE_LAYOUTS }),
    plain: () => renderPdf(definition, { tableLayouts: MINUTES_TABLE_LAYOUTS, thaiLineBreaking: false }),
  };
  const samples = { full: [] as Sample[], thai: [] as Sample[], plain: [] as Sample[] };
  for (const render of Object.values(renderings)) await render();
  for (let round = 0; round < 7; round += 1) {
    for (const [name, render] of Object.entries(renderings)) samples[name as keyof typeof samples].push(await timed(render));
  }
  const models: number[] = [];
  for (let round = 0; round < 7; round += 1) {
    const before = process.cpuUsage();
    buildMinutes(workshop, options);
    const used = process.cpuUsage(before);
    models.push((used.user + used.system) / 1000);
  }
  const full = summary(samples.full);
  const thai = summary(samples.thai);
  const plain = summary(samples.plain);

  return {
    pages: countPages(full.bytes),
    minutes_pdf_cpu_ms: round(full.cpu),
    minutes_pdf_wall_ms: round(full.wall),
    first_export_ms: round(first.wall),
    minutes_pdf_kb: round(full.bytes.length / 1024),
    build_minutes_model_cpu_ms: round(median(models), 1),
    thai_line_breaking_cpu_ms: round(thai.cpu),
    without_thai_line_breaking_cpu_ms: round(plain.cpu),
    thai_line_breaking_cost_ratio: round(thai.cpu / plain.cpu, 2),
    without_thai_line_breaking_kb: round(plain.bytes.length / 1024),
    host_longest_pause_ms: round(await longestPauseDuringWorkerExport(workshop, options), 1),
  };
}

interface Sample {
  cpu: number;
  wall: number;
  bytes: Buffer;
}

async function timed(render: () => Promise<Buffer>): Promise<Sample> {
  const cpuBefore = process.cpuUsage();
  const wallBefore = performance.now();
  const bytes = await render();
  const cpu = process.cpuUsage(cpuBefore);
  return { cpu: (cpu.user + cpu.system) / 1000, wall: performance.now() - wallBefore, bytes };
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

function summary(samples: Sample[]): Sample {
  return { cpu: median(samples.map((s) => s.cpu)), wall: median(samples.map((s) => s.wall)), bytes: samples.at(-1)!.bytes };
}

/** Exports through the host's MinutesService (a worker thread) while timing this thread's pauses. */
async function longestPauseDuringWorkerExport(workshop: ReturnType<typeof realisticWorkshop>, options: { thaiDigits: boolean; appendixRawDistributions: boolean }): Promise<number> {
  const service = new MinutesService();
  try {
    await service.export(workshop, options);
    let longest = 0;
    let last = performance.now();
    const ticker = setInterval(() => {
      const now = performance.now();
      longest = Math.max(longest, now - last);
      last = now;
    }, 2);
    await service.export(workshop, options);
    clearInterval(ticker);
    return longest;
  } finally {
    await service.close();
  }
}

function round(value: number, digits = 0): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
