import { test } from './fixtures';
test('debug', async ({ app, browser }) => {
  test.setTimeout(120_000);
  await app.host.handle('newWorkshop', [{ meta: { title: 'x' } }]);
  await app.host.handle('present', [{ view: { kind: 'representation' } }]);
  const ctx = await browser.newContext({ viewport: { width: 1024, height: 768 } });
  const page = await ctx.newPage();
  await page.goto(`${app.web.origin}/present#token=${app.web.token}`);
  await page.waitForSelector('.pj-representation');
  console.log(await page.evaluate(() => {
    const el = document.querySelector('.pj-representation')!;
    const cs = getComputedStyle(el);
    const links = [...document.querySelectorAll('link[rel=stylesheet]')].map((l) => (l as HTMLLinkElement).href);
    return { cols: cs.gridTemplateColumns, links };
  }));
});
