import { test, expect } from './fixtures';

test.describe('the facilitator window in web mode', () => {
  test('creates a workshop, edits its details in Thai, undoes, redoes, and survives a reload', async ({ facilitator: page, app }) => {
    await page.getByTestId('new-workshop').click();
    await expect(page.getByTestId('step-setup')).toBeVisible();
    await page.getByTestId('step-setup').click();

    const title = page.getByTestId('meta-title');
    await title.fill('เวทีรับฟังความคิดเห็นการเปิดเผยข้อมูลภาครัฐ');
    await title.press('Enter');
    await page.getByTestId('meta-organisation').fill('สำนักงานคณะกรรมการพัฒนาระบบราชการ');
    await page.getByTestId('meta-organisation').press('Enter');
    await expect.poll(() => app.host.current?.meta.organisation).toBe('สำนักงานคณะกรรมการพัฒนาระบบราชการ');
    expect(app.host.current?.meta.title).toBe('เวทีรับฟังความคิดเห็นการเปิดเผยข้อมูลภาครัฐ');

    await page.getByTestId('undo').click();
    await expect.poll(() => app.host.current?.meta.organisation).toBe('');
    await expect(page.getByTestId('meta-organisation')).toHaveValue('');
    await page.getByTestId('redo').click();
    await expect.poll(() => app.host.current?.meta.organisation).toBe('สำนักงานคณะกรรมการพัฒนาระบบราชการ');

    await page.reload();
    await page.getByTestId('step-setup').click();
    await expect(page.getByTestId('meta-title')).toHaveValue('เวทีรับฟังความคิดเห็นการเปิดเผยข้อมูลภาครัฐ');
    await expect(page.getByTestId('meta-organisation')).toHaveValue('สำนักงานคณะกรรมการพัฒนาระบบราชการ');
  });

  test('switches between Thai and English', async ({ facilitator: page }) => {
    await page.getByTestId('new-workshop').click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'th');
    await expect(page.getByText('การเปิดเผยข้อมูลของภาครัฐ').first()).toBeVisible();
    await page.getByTestId('lang-en').click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByText('Open Government Data').first()).toBeVisible();
    await page.getByTestId('lang-th').click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'th');
  });

  test('enforces the Content-Security-Policy: an injected inline script does not run', async ({ page, app }) => {
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    await page.goto(app.web.url);
    // page.evaluate itself bypasses CSP, so probe with a script element inserted into the DOM.
    const ran = await page.evaluate(async () => {
      (window as unknown as { cspProbe: boolean }).cspProbe = false;
      const script = document.createElement('script');
      script.textContent = 'window.cspProbe = true';
      document.body.appendChild(script);
      await new Promise((r) => setTimeout(r, 50));
      return (window as unknown as { cspProbe: boolean }).cspProbe;
    });
    expect(ran).toBe(false);
    expect(violations.length).toBeGreaterThan(0);
  });

  test('refuses to connect without the session token', async ({ page, app }) => {
    await page.goto(app.web.origin + '/');
    await expect(page.getByTestId('missing-token')).toContainText('รหัสเข้าใช้งาน');
    await expect(page.getByTestId('new-workshop')).toHaveCount(0);
    expect(app.host.current).toBeNull();
  });
});

test.describe('workshop files in web mode', () => {
  test('lists, opens and closes workshop files, and shows the history of changes', async ({ facilitator: page, app }) => {
    await page.getByTestId('new-workshop').click();
    await page.getByTestId('step-setup').click();
    await page.getByTestId('meta-title').fill('เวทีทดสอบไฟล์');
    await page.getByTestId('meta-title').press('Enter');
    await expect.poll(() => app.host.current?.meta.title).toBe('เวทีทดสอบไฟล์');

    await page.getByTestId('file-menu').click();
    await page.getByTestId('file-history').click();
    await expect(page.getByTestId('history-dialog')).toContainText('แก้ไขข้อมูลการประชุม');
    await expect(page.getByTestId('history-dialog')).toContainText('วิทยากร');
    await page.keyboard.press('Escape');

    await page.getByTestId('file-menu').click();
    await page.getByTestId('file-close').click();
    await expect(page.getByTestId('workshop-list')).toContainText('เวทีทดสอบไฟล์');
    expect(app.host.current).toBeNull();

    await page.getByRole('button', { name: 'เปิด เวทีทดสอบไฟล์' }).click();
    await expect(page.getByTestId('workshop-title')).toContainText('เวทีทดสอบไฟล์');
  });

  test('says what is wrong with a damaged file and where', async ({ facilitator: page, app }) => {
    const { writeFile } = await import('node:fs/promises');
    const path = await import('node:path');
    await writeFile(path.join(app.workspace.folder, 'เสียหาย.ruam'), '{"format":"ruam-workshop","formatVersion":2,"savedAt":"x","writtenBy":"y","workshop":{"id":"w"}}');
    await page.reload();
    await page.getByTestId('open-file-เสียหาย.ruam').click();
    await expect(page.getByTestId('file-problem')).toContainText('$.workshop');
    await expect(page.getByTestId('error-alert')).toBeVisible();
    expect(app.host.current).toBeNull();
  });
});
