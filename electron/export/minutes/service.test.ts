import { afterAll, describe, expect, it } from 'vitest';
import type { MinutesFile, MinutesPreview, MinutesProgress } from '../../../shared/contracts/facilitator';
import { smallWorkshop } from '../../../shared/minutes/test-support';
import { realisticWorkshop } from '../../../tests/fixtures/minutes/realistic-workshop';
import { WorkshopHost } from '../../host/workshop-host';
import { MinutesService } from './service';

const services: MinutesService[] = [];
afterAll(async () => {
  for (const service of services) await service.close();
});

function service(options: ConstructorParameters<typeof MinutesService>[0] = {}): MinutesService {
  const created = new MinutesService(options);
  services.push(created);
  return created;
}

describe('MinutesService', () => {
  it('typesets the PDF in a worker thread: this thread keeps answering meanwhile', async () => {
    const minutes = service();
    const workshop = realisticWorkshop();
    // Warm up first (the worker's first job compiles the code and parses the fonts).
    await minutes.export(smallWorkshop(), {});
    let longestPause = 0;
    let last = performance.now();
    const ticker = setInterval(() => {
      const now = performance.now();
      longestPause = Math.max(longestPause, now - last);
      last = now;
    }, 5);
    const stages: (string | null)[] = [];
    const poller = setInterval(() => stages.push(minutes.progress().stage), 5);
    const file = await minutes.export(workshop, { thaiDigits: true });
    clearInterval(ticker);
    clearInterval(poller);
    expect(Buffer.from(file.dataBase64, 'base64').subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(file.pages).toBeGreaterThan(15);
    expect(file.fileName).toMatch(/^2569-11-26 รายงานการประชุม .+ \(ไม่ระบุตัวตน\)\.pdf$/);
    expect(file.named).toBe(false);
    // Typesetting takes hundreds of milliseconds; this thread never stopped for that long.
    expect(longestPause).toBeLessThan(150);
    expect(stages).toContain('typesetting');
    expect(minutes.progress()).toMatchObject({ running: false, stage: 'done', pages: file.pages, error: null });
  }, 60_000);

  it('builds on this thread when asked to (or when no worker can start)', async () => {
    const minutes = service({ useWorker: false });
    const file = await minutes.export(smallWorkshop(), { language: 'en' });
    expect(file.language).toBe('en');
    expect(file.bytes).toBe(Buffer.from(file.dataBase64, 'base64').byteLength);
  }, 60_000);

  it('runs exports one after the other', async () => {
    const minutes = service({ useWorker: false });
    const [a, b] = await Promise.all([minutes.export(smallWorkshop(), { named: true }), minutes.export(smallWorkshop(), { named: false })]);
    expect([a.named, b.named]).toEqual([true, false]);
  }, 60_000);

  it('previews the first page, the outline and the warnings without making a PDF', () => {
    const w = smallWorkshop();
    w.meta = { ...w.meta, noteTaker: '' };
    const preview = service({ useWorker: false }).preview(w, { thaiDigits: true });
    expect(preview.firstPage[0]).toMatchObject({ kind: 'heading', level: 1, text: 'รายงานการประชุมเวทีทดสอบการมีส่วนร่วม' });
    expect(preview.firstPage.length).toBeLessThan(30);
    expect(preview.outline.map((entry) => entry.section)).toContain('component-01');
    expect(preview.warnings.map((warning) => warning.code)).toContain('no-note-taker');
    expect(preview.fileName.endsWith('.pdf')).toBe(true);
  });
});

describe('the host’s minutes requests', () => {
  it('previews, exports and reports progress for the facilitator', async () => {
    const host = new WorkshopHost({ minutes: { useWorker: false } });
    host.load(smallWorkshop());
    const preview = await host.handle('previewMinutes', [{ language: 'th', thaiDigits: true }]);
    expect(preview.ok).toBe(true);
    expect((preview as { value: MinutesPreview }).value.thaiDigits).toBe(true);
    const exported = await host.handle('exportMinutes', [{ named: false, appendixRawDistributions: true }]);
    expect(exported.ok).toBe(true);
    const file = (exported as { value: MinutesFile }).value;
    expect(file.mimeType).toBe('application/pdf');
    expect(file.bytes).toBeGreaterThan(10_000);
    const progress = await host.handle('getMinutesProgress', []);
    expect((progress as { value: MinutesProgress }).value).toMatchObject({ running: false, stage: 'done', pages: file.pages });
  }, 60_000);

  it('refuses bad options, a phone, and a host with nothing open', async () => {
    const host = new WorkshopHost({ minutes: { useWorker: false } });
    expect(await host.handle('exportMinutes', [{}])).toMatchObject({ ok: false, error: { code: 'NO_WORKSHOP' } });
    host.load(smallWorkshop());
    expect(await host.handle('exportMinutes', [{ language: 'fr' }])).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
    expect(await host.handle('exportMinutes', [{ named: true, extra: 1 }])).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
    expect(await host.handle('exportMinutes', [{}], { kind: 'participant', tokenHash: 'x'.repeat(43) })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});
