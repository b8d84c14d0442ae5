// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MinutesService } from '../../../../electron/export/minutes/service';
import { HostRequestError, type MinutesExportInput, type MinutesFile, type MinutesProgress } from '../../../../shared/contracts/facilitator';
import { smallWorkshop } from '../../../../shared/minutes/test-support';
import { byTestId, cleanup, click, renderApp, settle, textOf, type FakeHost } from '../../../test-utils';

afterEach(cleanup);

const service = new MinutesService({ useWorker: false });

/** The host's minutes verbs: the real preview; an export that resolves when the test says so. */
function withMinutes(host: FakeHost) {
  const previews: MinutesExportInput[] = [];
  const exports: MinutesExportInput[] = [];
  let finish: (file: MinutesFile) => void = () => undefined;
  let progress: MinutesProgress = { running: false, stage: null, startedAt: null, finishedAt: null, pages: null, error: null };
  host.api.previewMinutes = vi.fn(async (input: MinutesExportInput) => {
    previews.push(input);
    return service.preview(host.snapshot().workshop!, input);
  });
  host.api.exportMinutes = vi.fn(
    (input: MinutesExportInput) =>
      new Promise<MinutesFile>((resolve) => {
        exports.push(input);
        progress = { ...progress, running: true, stage: 'typesetting' };
        finish = resolve;
      }),
  );
  host.api.getMinutesProgress = vi.fn(async () => progress);
  return { previews, exports, finish: (file: MinutesFile) => finish(file) };
}

async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (check()) return;
    await settle(20);
  }
  throw new Error(`timed out waiting for ${what}`);
}

async function openStep() {
  const host = await renderApp({ step: 'setup', workshop: smallWorkshop() });
  const minutes = withMinutes(host);
  await click(byTestId('step-minutes'));
  await until(() => document.querySelector('[data-testid="minutes-preview"]') !== null, 'the preview');
  return { host, minutes };
}

const checkbox = (id: string) => byTestId<HTMLInputElement>(id);

describe('the Minutes step', () => {
  let created: string[];
  beforeEach(() => {
    created = [];
    URL.createObjectURL = vi.fn(() => {
      created.push('blob:minutes');
      return 'blob:minutes';
    });
    URL.revokeObjectURL = vi.fn();
  });

  it('previews the first page in the official form, with what to check before signing', async () => {
    const { minutes } = await openStep();
    const page = byTestId('minutes-preview');
    expect(textOf(page)).toContain('รายงานการประชุมเวทีทดสอบการมีส่วนร่วม');
    expect(textOf(page)).toContain('เมื่อวันพฤหัสบดีที่ 26 พฤศจิกายน พ.ศ. 2569 เวลา 09.00–12.00 น.');
    expect(textOf(page)).toContain('ผู้มาประชุม');
    expect(textOf(page)).toContain('P001, P002');
    expect(byTestId('minutes-preview-page-number').textContent).toBe('หน้า 1 / …');
    expect(textOf(byTestId('minutes-outline'))).toContain('แผนปฏิบัติการ');
    expect(textOf(byTestId('minutes-warnings'))).toContain('องค์ประกอบที่ 02 ยังไม่ได้ลงคะแนน');
    // Anonymised by default, as the workshop's setting says.
    expect(minutes.previews.at(-1)).toEqual({ language: 'th', thaiDigits: false, named: false, appendixRawDistributions: false });
    expect(checkbox('minutes-named').checked).toBe(false);
    expect(byTestId('minutes-pdpa-hint').textContent).toContain('น้อยกว่า 5 คน');
  });

  it('follows the options: Thai digits, names with a PDPA warning, English without Thai digits', async () => {
    const { minutes } = await openStep();
    await click(checkbox('minutes-thai-digits'));
    await until(() => minutes.previews.at(-1)?.thaiDigits === true, 'a preview in Thai digits');
    await until(() => textOf(byTestId('minutes-preview')).includes('พ.ศ. ๒๕๖๙'), 'Thai digits on the page');

    await click(checkbox('minutes-named'));
    expect(byTestId('minutes-pdpa-hint').textContent).toContain('พระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล');
    await until(() => textOf(byTestId('minutes-preview')).includes('ผู้เข้าร่วมลำดับ1'), 'names on the page');

    await click(byTestId('minutes-language-en'));
    expect(checkbox('minutes-thai-digits').disabled).toBe(true);
    await until(() => minutes.previews.at(-1)?.language === 'en', 'an English preview');
    expect(minutes.previews.at(-1)).toMatchObject({ language: 'en', thaiDigits: false, named: true });
    await until(() => textOf(byTestId('minutes-preview')).includes('Minutes of the meeting'), 'English on the page');
  });

  it('exports with progress, then downloads the PDF and says what was saved', async () => {
    const { host, minutes } = await openStep();
    await click(checkbox('minutes-appendix'));
    await click(byTestId('minutes-export'));
    expect(minutes.exports).toEqual([{ language: 'th', thaiDigits: false, named: false, appendixRawDistributions: true }]);
    expect(byTestId<HTMLButtonElement>('minutes-export').disabled).toBe(true);
    await until(() => byTestId('minutes-progress').querySelector('[data-stage="typesetting"]')?.getAttribute('data-state') === 'active', 'typesetting');
    expect(byTestId('minutes-progress').querySelector('[data-stage="collecting"]')?.getAttribute('data-state')).toBe('done');
    expect(host.api.getMinutesProgress).toHaveBeenCalled();

    minutes.finish({ fileName: 'รายงานการประชุม.pdf', mimeType: 'application/pdf', dataBase64: btoa('%PDF-1.7 test'), pages: 12, bytes: 204_800, named: false, language: 'th' });
    await until(() => byTestId('minutes-result').textContent !== '', 'the result');
    expect(byTestId('minutes-result').textContent).toBe('ส่งออกแล้ว: รายงานการประชุม.pdf (12 หน้า, 200 KB)');
    expect(created).toEqual(['blob:minutes']);
    expect(byTestId('minutes-preview-page-number').textContent).toBe('หน้า 1 / 12');
    expect([...byTestId('minutes-progress').querySelectorAll('[data-state="done"]')]).toHaveLength(3);
    expect(byTestId<HTMLButtonElement>('minutes-export').disabled).toBe(false);
  });

  it('says why an export failed', async () => {
    const { host } = await openStep();
    host.api.exportMinutes = vi.fn(async () => Promise.reject(new Error('ไม่มีเวทีที่เปิดอยู่')));
    await click(byTestId('minutes-export'));
    await until(() => document.querySelector('[data-testid="minutes-failure"]') !== null, 'the failure');
    expect(byTestId('minutes-failure').textContent).toContain('ไม่มีเวทีที่เปิดอยู่');
    expect(created).toEqual([]);
  });

  it('says the host’s reason in the UI language, not its English message', async () => {
    const { host } = await openStep();
    const reason = { th: 'ยังไม่มีเวิร์กชอปที่เปิดอยู่', en: 'No workshop is open.' };
    host.api.exportMinutes = vi.fn(async () => Promise.reject(new HostRequestError('NO_WORKSHOP', reason.en, undefined, reason)));
    await click(byTestId('minutes-export'));
    await until(() => document.querySelector('[data-testid="minutes-failure"]') !== null, 'the failure');
    expect(byTestId('minutes-failure').textContent).toContain(reason.th);
    expect(byTestId('minutes-failure').textContent).not.toContain(reason.en);
  });
});
