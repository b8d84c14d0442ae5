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

test.describe('the presenter dock at 1024×768', () => {
  type Box = { x: number; y: number; width: number; height: number };
  const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
  const boxOf = async (locator: import('@playwright/test').Locator): Promise<Box> => {
    const box = await locator.boundingBox();
    if (!box) throw new Error('not on screen');
    return box;
  };

  test('starts folded and never covers the focused field or the "ถัดไป" button, folded or unfolded', async ({ facilitator: page, app }) => {
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.getByTestId('new-workshop').click();
    const dock = page.getByTestId('presenter');
    const toggle = page.getByTestId('presenter-toggle');
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    // A new workshop's file is named in Thai with a พ.ศ. date, not "2026-11-26 workshop.ruam".
    expect(app.host.snapshot().file.path?.split(/[\\/]/).pop()).toMatch(/^25\d\d-\d\d-\d\d เวิร์กชอป\.ruam$/);

    const title = page.getByTestId('meta-title');
    const next = page.getByTestId('step-next');
    for (const state of ['folded', 'unfolded'] as const) {
      if (state === 'unfolded') await toggle.click();
      await expect(toggle).toHaveAttribute('aria-expanded', state === 'unfolded' ? 'true' : 'false');
      await title.focus();
      await page.evaluate(() => document.querySelector('.main')!.scrollTo(0, 0));
      expect(overlaps(await boxOf(dock), await boxOf(title)), `the dock (${state}) covers the title field`).toBe(false);
      await next.scrollIntoViewIfNeeded();
      await next.focus();
      expect(overlaps(await boxOf(dock), await boxOf(next)), `the dock (${state}) covers "ถัดไป"`).toBe(false);
      // Nothing lies over the button: a click at its centre reaches it.
      const box = await boxOf(next);
      expect(await page.evaluate(([x, y]) => document.elementFromPoint(x!, y!)?.closest('[data-testid="step-next"]') !== null, [box.x + box.width / 2, box.y + box.height / 2])).toBe(true);
    }
    // The window itself never scrolls (only the rail and the page do), so the header stays put.
    expect(await page.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight)).toBe(true);
    // The choice is remembered.
    await page.reload();
    await expect(page.getByTestId('presenter-toggle')).toHaveAttribute('aria-expanded', 'true');
  });

  test('folded, stays narrow with a long slide name, shortened at a word', async ({ facilitator: page, app }) => {
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.getByTestId('new-workshop').click();
    await expect(page.getByTestId('presenter-toggle')).toHaveAttribute('aria-expanded', 'false');
    const reply = await app.host.handle('present', [{ view: { kind: 'results', componentId: 'C06' } }]);
    expect(reply.ok).toBe(true);
    const name = page.getByTestId('presenter-now');
    await expect(name).toHaveText(/…$/);
    await expect(name).toHaveAttribute('title', /โดยมีประชาชนเป็นศูนย์กลาง$/);
    expect((await boxOf(page.getByTestId('presenter'))).width).toBeLessThanOrEqual(600);
  });

  test('in a component step, headings scrolled to and fields reached by the keyboard land below the sticky round bar', async ({ facilitator: page }) => {
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.getByTestId('new-workshop').click();
    await page.getByTestId('step-component-01').click();
    await page.getByTestId('poll-create').click();
    await page.getByTestId('round-open').click();
    const bar = page.getByTestId('round-bar');
    await expect(bar).toBeVisible();
    await page.evaluate(() => document.querySelector('.main')!.scrollTo(0, 1e6));
    const field = page.getByTestId('evidence-new-text');
    await field.focus();
    const barBox = await boxOf(bar);
    const fieldBox = await boxOf(field);
    expect(fieldBox.y, 'the focused field is not under the round bar').toBeGreaterThanOrEqual(barBox.y + barBox.height);
    expect(overlaps(await boxOf(page.getByTestId('presenter')), fieldBox)).toBe(false);
    // Scrolled to as a link would (block: start): the "หลักฐาน" heading shows whole below the bar.
    const heading = page.getByTestId('evidence').locator('h2, h3').first();
    await page.evaluate(() => document.querySelector('.main')!.scrollTo(0, 0));
    await heading.evaluate((element) => element.scrollIntoView({ block: 'start' }));
    const after = await boxOf(bar);
    expect((await boxOf(heading)).y, '"หลักฐาน" is not half under the round bar').toBeGreaterThanOrEqual(after.y + after.height);
  });
});
