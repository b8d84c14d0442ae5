import { mkdirSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test, expect, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { serveWebMode, type RunningApp } from '../../electron/cli/serve';
import type { Command } from '../../shared/commands/registry';

/**
 * Live voting from phones, end to end: web-mode Ruam (host, facilitator server, participant
 * server in its own process — all on loopback), the facilitator window, the projector, and
 * several phones (mobile viewport, touch) joining and voting on a maturity poll together.
 * Screenshots of the phone page go to /tmp/ruam-shots/phone-*.png (Thai and English).
 */

const SHOTS = '/tmp/ruam-shots';
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'th-TH' };

let app: RunningApp;

test.beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  const folder = mkdtempSync(path.join(os.tmpdir(), 'ruam-e2e-phones-'));
  app = await serveWebMode({ port: 0, folder, participants: { address: '127.0.0.1', port: 0 } });
});

test.afterAll(async () => {
  await app?.close();
});

async function dispatch(command: Command): Promise<void> {
  const reply = await app.host.handle('dispatch', [command]);
  if (!reply.ok) throw new Error(reply.error.message);
}

interface Phone {
  context: BrowserContext;
  page: Page;
  errors: string[];
}

async function openPhone(browser: Browser): Promise<Phone> {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(app.participants!.url()!);
  return { context, page, errors };
}

async function shot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: path.join(SHOTS, `phone-${name}.png`), fullPage: true });
}

test('phones join, vote on a maturity poll together, see the live count and the revealed results', async ({ browser, page: facilitator }) => {
  test.setTimeout(90_000);
  await app.host.handle('newWorkshop', [{ meta: { title: 'เวทีรับฟังความคิดเห็น การเปิดเผยข้อมูลภาครัฐ', organisation: 'สำนักงาน ก.พ.ร.' } }]);
  const access = await app.host.handle('getParticipantAccess', []);
  expect(access).toMatchObject({ ok: true, value: { running: true, joinOpen: true } });

  // The facilitator window and the projector, as in the room.
  await facilitator.goto(app.web.url);
  const projector = await browser.newPage();
  await projector.goto(`${app.web.origin}/present#token=${app.web.token}`);
  await expect(projector.getByTestId('projector-title')).toContainText('เวทีรับฟังความคิดเห็น');

  const phones = [await openPhone(browser), await openPhone(browser), await openPhone(browser), await openPhone(browser)];
  const [somsri, second, third, english] = phones as [Phone, Phone, Phone, Phone];

  // Joining: Thai by default, everything optional, groups only with consent.
  await expect(somsri.page.locator('html')).toHaveAttribute('lang', 'th');
  await expect(somsri.page.getByRole('heading', { name: 'เข้าร่วมเวที' })).toBeVisible();
  await expect(somsri.page.getByText('เราเก็บชื่อ หน่วยงาน ภาคส่วน')).toBeVisible();
  await expect(somsri.page.getByRole('checkbox', { name: 'ผู้สูงอายุ' })).toBeDisabled();
  await somsri.page.getByLabel('ชื่อ (ไม่บังคับ)').fill('สมศรี ใจดี');
  await somsri.page.getByLabel('ภาคส่วน (ไม่บังคับ)').selectOption('community');
  await somsri.page.getByRole('checkbox', { name: /ข้าพเจ้ายินยอม/ }).check();
  await somsri.page.getByRole('checkbox', { name: 'ผู้สูงอายุ' }).check();
  await shot(somsri.page, 'join-th');
  await somsri.page.getByRole('button', { name: 'เข้าร่วม' }).click();
  await expect(somsri.page.getByRole('heading', { name: 'รอคำถามจากวิทยากร' })).toBeVisible();

  await english.page.getByRole('button', { name: 'Switch to English' }).click();
  await expect(english.page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(english.page.getByRole('heading', { name: 'Join the workshop' })).toBeVisible();
  await shot(english.page, 'join-en');
  for (const p of [second, third, english]) await p.page.locator('button[type=submit]').click();
  await expect(english.page.getByRole('heading', { name: 'Waiting for the next question' })).toBeVisible();

  const participants = app.host.current!.participants.filter((p) => p.source === 'phone');
  expect(participants).toHaveLength(4);
  expect(participants.find((p) => p.name === 'สมศรี ใจดี')).toMatchObject({ sector: 'community', socialGroups: ['older'], groupsConsent: true });
  expect(participants.filter((p) => p.name === '')).toHaveLength(3);

  // The facilitator opens a maturity poll on component 01: every phone shows it by itself.
  await dispatch({ type: 'poll.create', payload: { kind: 'maturity', componentId: 'C01' } });
  const pollId = app.host.current!.polls[0]!.id;
  await dispatch({ type: 'round.open', payload: { pollId } });
  await expect(somsri.page.getByRole('heading', { name: /^01 การเปิดเผยข้อมูลของภาครัฐ/ })).toBeVisible();
  await expect(somsri.page.getByRole('radio', { name: /ระดับ 3/ }).first()).toBeVisible();
  await shot(somsri.page, 'vote-th');
  await expect(english.page.getByRole('radio', { name: /Level 3/ }).first()).toBeVisible();
  await shot(english.page, 'vote-en');

  const votes: Array<[Phone, RegExp, RegExp | null]> = [
    [somsri, /^ระดับ 2/, /^ระดับ 4/],
    [second, /^ระดับ 3/, null],
    [third, /^ระดับ 3/, /^ระดับ 5/],
    [english, /^Level 4/, /^Level 5/],
  ];
  for (const [p, current, target] of votes) {
    await p.page.getByRole('group', { name: /ปัจจุบัน|today/ }).getByRole('radio', { name: current }).check();
    if (target) await p.page.getByRole('group', { name: /เป้าหมาย|Target/ }).getByRole('radio', { name: target }).check();
  }
  await Promise.all(votes.map(([p]) => p.page.locator('form button[type=submit]').click()));
  await expect(somsri.page.getByRole('heading', { name: /ส่งคำตอบแล้ว/ })).toBeVisible();
  await expect(english.page.getByRole('heading', { name: /Answer sent/ })).toBeVisible();

  // The live count, on every phone, from committed ballots.
  await expect(somsri.page.getByText('มีผู้ตอบแล้ว 4 คน')).toBeVisible();
  await expect(english.page.getByText('4 people have answered')).toBeVisible();
  expect(app.host.current!.ballots.filter((b) => b.pollId === pollId)).toHaveLength(4);
  expect(app.host.current!.ballots.find((b) => b.sector === 'community')?.answer).toEqual({ kind: 'maturity', current: 2, target: 4 });
  await shot(somsri.page, 'voted-th');
  await shot(english.page, 'voted-en');

  // "You voted" survives a reload; changing the answer is allowed while the round is open.
  await second.page.reload();
  await expect(second.page.getByRole('heading', { name: /ส่งคำตอบแล้ว/ })).toBeVisible();
  await expect(second.page.getByText(/ระดับ 3/).first()).toBeVisible();
  await second.page.getByRole('button', { name: 'เปลี่ยนคำตอบ' }).click();
  await second.page.getByRole('group', { name: /ปัจจุบัน/ }).getByRole('radio', { name: /^ระดับ 4/ }).check();
  await second.page.locator('form button[type=submit]').click();
  await expect(second.page.getByRole('heading', { name: /ส่งคำตอบแล้ว/ })).toBeVisible();
  await expect(somsri.page.getByText('มีผู้ตอบแล้ว 4 คน')).toBeVisible();
  expect(app.host.current!.ballots.filter((b) => b.pollId === pollId)).toHaveLength(4);

  // Closing: every phone says answers are closed (not "waiting for a question") and keeps its own
  // answer in view until the results are revealed; a phone that sent nothing says so.
  const late = await openPhone(browser);
  await late.page.locator('button[type=submit]').click();
  await expect(late.page.getByRole('radio', { name: /ระดับ 3/ }).first()).toBeVisible();
  await dispatch({ type: 'round.close', payload: { pollId } });
  await expect(somsri.page.getByRole('heading', { name: 'ปิดรับคำตอบแล้ว' })).toBeVisible();
  await expect(somsri.page.getByRole('heading', { name: 'รอคำถามจากวิทยากร' })).toHaveCount(0);
  await expect(somsri.page.getByTestId('phone-closed')).toContainText('คำตอบของท่าน');
  await expect(somsri.page.getByTestId('phone-closed')).toContainText('ระดับ 2 · มีบางส่วน · เป้าหมาย: ระดับ 4');
  await expect(somsri.page.getByText('มีผู้ตอบแล้ว 4 คน')).toBeVisible();
  await expect(english.page.getByRole('heading', { name: 'Answers are closed' })).toBeVisible();
  await expect(english.page.getByTestId('phone-closed')).toContainText('Your answer');
  await expect(late.page.getByTestId('phone-closed')).toContainText('ท่านไม่ได้ส่งคำตอบในรอบนี้');
  await expect(late.page.getByRole('radio')).toHaveCount(0);
  // A reload keeps it: the phone asks for its own ballot of the closed round.
  await somsri.page.reload();
  await expect(somsri.page.getByTestId('phone-closed')).toContainText('ระดับ 2 · มีบางส่วน');
  await shot(somsri.page, 'closed-th');
  await shot(english.page, 'closed-en');
  await shot(late.page, 'closed-no-answer-th');

  // Reveal: now, and only now, the phones see the distribution.
  await expect(somsri.page.getByRole('heading', { name: 'ผลคะแนน' })).toHaveCount(0);
  await dispatch({ type: 'round.reveal', payload: { pollId } });
  await expect(somsri.page.getByRole('heading', { name: 'ผลคะแนน' })).toBeVisible();
  await expect(somsri.page.getByText('ผู้ตอบ 4 คน')).toBeVisible();
  const rows = somsri.page.locator('.bars').first().locator('.bar-count');
  await expect(rows).toHaveText(['0 คน', '1 คน', '1 คน', '2 คน', '0 คน']);
  await expect(english.page.getByRole('heading', { name: 'Results' })).toBeVisible();
  await expect(english.page.getByText('4 respondents')).toBeVisible();
  await shot(somsri.page, 'results-th');
  await shot(english.page, 'results-en');

  // The page refuses inline script (CSP), and no phone logged an error.
  const ran = await somsri.page.evaluate(async () => {
    (window as unknown as { cspProbe: boolean }).cspProbe = false;
    const script = document.createElement('script');
    script.textContent = 'window.cspProbe = true';
    document.body.appendChild(script);
    await new Promise((r) => setTimeout(r, 50));
    return (window as unknown as { cspProbe: boolean }).cspProbe;
  });
  expect(ran).toBe(false);
  for (const p of [...phones, late]) {
    expect(p.errors.filter((e) => !/Content Security Policy/.test(e))).toEqual([]);
    await p.context.close();
  }
  await projector.close();
});

test('a phone without the code asks for it; a wrong code is refused', async ({ browser }) => {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  const { origin } = new URL(app.participants!.url()!);
  await page.goto(`${origin}/`);
  await expect(page.getByRole('heading', { name: 'ใส่รหัสเวที' })).toBeVisible();
  await page.getByLabel('รหัสเวที').fill(app.participants!.sessionCode.toLowerCase());
  await page.getByRole('button', { name: 'ไปต่อ' }).click();
  await expect(page).toHaveURL(`${origin}/j/${app.participants!.sessionCode}`);
  await expect(page.getByRole('heading', { name: /เข้าร่วมเวที|รอคำถาม|ผลคะแนน/ })).toBeVisible();
  const wrong = await page.goto(`${origin}/j/ABCDEF`);
  expect(wrong?.status()).toBe(404);
  await context.close();
});

test('a phone never breaks a Thai word across lines: long options, the question and the results', async ({ browser }) => {
  test.setTimeout(60_000);
  await app.host.handle('newWorkshop', [{ meta: { title: 'เวทีรับฟังความคิดเห็นการส่งเสริมภาครัฐระบบเปิดและการมีส่วนร่วมอย่างมีความหมาย จังหวัดขอนแก่น ประจำปีงบประมาณ พ.ศ. 2570', organisation: 'สำนักงาน ก.พ.ร.' } }]);
  const options = [
    'จัดทำบัญชีข้อมูลและเปิดเผยชุดข้อมูลงบประมาณในรูปแบบที่เครื่องอ่านได้',
    'แต่งตั้งคณะทำงานด้านข้อมูลเปิดร่วมกับผู้มีส่วนได้ส่วนเสียและภาคีเครือข่ายภาคประชาสังคม',
    'จัดเวิร์กชอปพัฒนาศักยภาพเจ้าหน้าที่เรื่องการจัดชั้นข้อมูลและธรรมาภิบาลข้อมูลภาครัฐ',
    'ยกร่างประกาศนโยบายการเปิดเผยข้อมูลของจังหวัด',
  ];
  await dispatch({
    type: 'poll.create',
    payload: {
      kind: 'dots',
      question: { th: 'เรื่องใดควรทำก่อนเพื่อให้การเปิดเผยข้อมูลงบประมาณเกิดผลจริงต่อผู้มีส่วนได้ส่วนเสีย (วางได้คนละ 3 จุด)', en: '' },
      options: options.map((th) => ({ th, en: '' })),
      maxChoices: 3,
    },
  });
  const pollId = app.host.current!.polls.at(-1)!.id;
  await dispatch({ type: 'round.open', payload: { pollId } });

  const phone = await openPhone(browser);
  await phone.page.locator('button[type=submit]').click();
  await expect(phone.page.locator('.dot-row')).toHaveCount(options.length);
  const plus = phone.page.getByRole('button', { name: /^เพิ่ม/ });
  await plus.nth(0).click();
  await plus.nth(0).click();
  await plus.nth(1).click();
  await expectNoWordBroken(phone.page);
  await shot(phone.page, 'dots-vote-th');
  await phone.page.locator('form button[type=submit]').click();
  await expect(phone.page.getByRole('heading', { name: /ส่งคำตอบแล้ว/ })).toBeVisible();
  await dispatch({ type: 'round.close', payload: { pollId } });
  await dispatch({ type: 'round.reveal', payload: { pollId } });
  await expect(phone.page.getByRole('heading', { name: 'ผลคะแนน' })).toBeVisible();
  await expectNoWordBroken(phone.page);
  // งบประมาณ is one run, never split by the browser's own Thai line breaking (งบ|ประมาณ).
  const runs = await phone.page.locator('.bar-label .thai-run').allTextContents();
  expect(runs).toContain('งบประมาณ');
  await shot(phone.page, 'dots-results-th');
  expect(phone.errors).toEqual([]);
  await phone.context.close();
});

/** Every word run on the page sits on one line (a run broken across lines has two client rects). */
async function expectNoWordBroken(page: Page): Promise<void> {
  const broken = await page.evaluate(() =>
    [...document.querySelectorAll('.thai-run')].filter((run) => run.getClientRects().length > 1).map((run) => run.textContent),
  );
  expect(broken).toEqual([]);
  expect(await page.locator('.thai-run').count()).toBeGreaterThan(10);
}
