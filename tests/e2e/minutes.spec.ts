import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { serializeRuamFile } from '../../shared/format/ruam-file';
import { realisticWorkshop } from '../fixtures/minutes/realistic-workshop';
import { test, expect } from './fixtures';

test.describe('the Minutes step', () => {
  test('previews the first page, exports the PDF with progress, and the browser receives it', async ({ facilitator: page, app }) => {
    // A realistic workshop on disk (120 people, 8 components × 2 rounds, 60 actions), opened as a facilitator would.
    const file = path.join(app.workspace.folder, 'เวทีเชียงใหม่.ruam');
    await writeFile(file, serializeRuamFile(realisticWorkshop(), '2026-11-26T09:30:00.000Z', 'e2e'));
    await app.workspace.openPath(file);

    await page.getByTestId('step-minutes').click();
    const preview = page.getByTestId('minutes-preview');
    await expect(preview).toBeVisible();
    await expect(preview).toContainText('รายงานการประชุมเวทีรับฟังความคิดเห็น');
    await expect(preview).toContainText('เมื่อวันพฤหัสบดีที่ 26 พฤศจิกายน พ.ศ. 2569 เวลา 09.00–16.30 น.');
    await expect(preview).toContainText('ผู้มาประชุม');
    await expect(page.getByTestId('minutes-preview-page-number')).toHaveText('หน้า 1 / …');
    await expect(page.getByTestId('minutes-outline')).toContainText('แผนปฏิบัติการ');
    // Anonymised by default: codes on the page, the PDPA note beside the option.
    await expect(preview).toContainText('P001, P002');
    await expect(page.getByTestId('minutes-named')).not.toBeChecked();

    await page.getByTestId('minutes-thai-digits').check();
    await expect(preview).toContainText('พ.ศ. ๒๕๖๙');

    const downloading = page.waitForEvent('download', { timeout: 60_000 });
    await page.getByTestId('minutes-export').click();
    await expect(page.getByTestId('minutes-progress')).toBeVisible();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^2569-11-26 รายงานการประชุม เวทีรับฟังความคิดเห็น.* \(ไม่ระบุตัวตน\)\.pdf$/);
    const pdf = await readFile((await download.path())!);
    expect(pdf.subarray(0, 4).toString('latin1')).toBe('%PDF');
    expect(pdf.byteLength).toBeGreaterThan(10 * 1024);

    await expect(page.getByTestId('minutes-result')).toContainText('ส่งออกแล้ว');
    await expect(page.getByTestId('minutes-progress').locator('[data-state="done"]')).toHaveCount(3);
    // Once the PDF is made, the preview knows how many pages it has.
    await expect(page.getByTestId('minutes-preview-page-number')).toHaveText(/^หน้า ๑ \/ [๐-๙]+$/);
  });
});
