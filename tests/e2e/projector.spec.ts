import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from '@playwright/test';
import QRCode from 'qrcode';
import type { RunningApp } from '../../electron/cli/serve';
import type { Actor } from '../../shared/commands/define';
import type { Command } from '../../shared/commands/registry';
import type { ParticipantAccess } from '../../shared/contracts/facilitator';
import type { Language } from '../../shared/domain/text';
import type { PresenterCommand } from '../../shared/projector/presentation';
import type { ViewChoice } from '../../shared/projector/types';
import { expect, test } from './fixtures';

/**
 * The projector, end to end in web mode: the facilitator's presenter controls reach the audience
 * window through the host; the projector keeps its slide while the facilitator window reloads;
 * and every slide, in Thai and English, at 1024×768, 1920×1080 and 3840×2160, fits its screen
 * (an automated overflow check) — screenshots in test-results/projector/, a representative set
 * copied to /tmp/ruam-shots/projector-*.png.
 */

const SHOTS = path.resolve('test-results/projector');
const SHARED_SHOTS = '/tmp/ruam-shots';
const SIZES = [
  { name: '1024x768', width: 1024, height: 768 },
  { name: '1920x1080', width: 1920, height: 1080 },
  { name: '3840x2160', width: 3840, height: 2160 },
] as const;

const presentUrl = (app: RunningApp) => `${app.web.origin}/present#token=${app.web.token}`;

async function ask(app: RunningApp, method: string, args: unknown[], actor?: Actor): Promise<unknown> {
  const reply = await app.host.handle(method, args, actor);
  if (!reply.ok) throw new Error(`${method}: ${reply.error.message}`);
  return reply.value;
}
const dispatch = (app: RunningApp, command: Command, actor?: Actor) => ask(app, 'dispatch', [command], actor);
const phone = (n: number): Actor => ({ kind: 'participant', tokenHash: `phone-${String(n).padStart(3, '0')}` });
const lastId = (app: RunningApp, list: 'polls' | 'actions' | 'stakeholders' | 'ballots') => app.host.current![list].at(-1)!.id;

/** The words a workshop in each language is made of (the facilitator's and the room's own text). */
const CONTENT = {
  th: {
    meta: {
      title: 'เวทีรับฟังความคิดเห็นการส่งเสริมภาครัฐระบบเปิดและการมีส่วนร่วมอย่างมีความหมาย ประจำปีงบประมาณ พ.ศ. 2570',
      organisation: 'สำนักงานคณะกรรมการพัฒนาระบบราชการ (สำนักงาน ก.พ.ร.)',
      meetingNumber: '1/2569',
      venue: 'ห้องประชุมชั้น 5 อาคารสำนักงาน ก.พ.ร. ถนนพิษณุโลก กรุงเทพมหานคร',
    },
    stakeholders: [
      ['สภาองค์กรชุมชนตำบล', 2, 5],
      ['กรมบัญชีกลาง', 5, 3],
      ['สมาคมผู้สื่อข่าว', 2, 4],
      ['มหาวิทยาลัยในพื้นที่', 3, 4],
      ['หอการค้าจังหวัด', 4, 2],
      ['เครือข่ายเยาวชน', 1, 5],
      ['สำนักงานคณะกรรมการป้องกันและปราบปรามการทุจริตแห่งชาติ', 5, 5],
      ['องค์กรปกครองส่วนท้องถิ่น', 4, 4],
      ['ผู้พิการในชุมชน', 1, 3],
      ['ประชาชนทั่วไป', 1, 2],
    ] as const,
    textQuestion: 'อะไรจะช่วยให้ประชาชนมีส่วนร่วมได้มากขึ้น',
    answers: [
      'เปิดเผยข้อมูลงบประมาณให้ประชาชนตรวจสอบได้ง่าย',
      'จัดเวทีรับฟังความคิดเห็นในชุมชนบ่อยขึ้น ไม่ใช่เฉพาะในเมือง',
      'ใช้ภาษาที่เข้าใจง่าย ไม่ใช้ศัพท์ราชการ',
      'แจ้งผลว่าความคิดเห็นของประชาชนถูกนำไปใช้อย่างไร',
      'เปิดช่องทางออนไลน์ให้ส่งความคิดเห็นได้ตลอดเวลา',
      'สร้างภาคีเครือข่ายกับภาคประชาสังคมและสถาบันการศึกษา',
      'ให้ผู้มีส่วนได้ส่วนเสียมีส่วนร่วมตั้งแต่เริ่มคิดนโยบาย',
      'เปิดเผยข้อมูลในรูปแบบที่นำไปใช้ต่อได้',
      'อบรมเจ้าหน้าที่เรื่องการรับฟังความคิดเห็น',
      'มีงบประมาณสนับสนุนการมีส่วนร่วมของชุมชน',
      'ติดตามความคืบหน้าของนโยบายร่วมกับประชาชน',
      'เปิดเผยข้อมูลงบประมาณรายโครงการ',
      'ให้เยาวชนและผู้สูงอายุได้ร่วมแสดงความคิดเห็นด้วย',
      'รับฟังความคิดเห็นก่อนตัดสินใจ ไม่ใช่หลังตัดสินใจแล้ว',
      'ข้อมูลต้องเข้าถึงง่ายสำหรับคนพิการ',
      'ประชาชนต้องได้รับข้อมูลที่ถูกต้องและทันเวลา',
      'ลดขั้นตอนที่ซับซ้อนในการขอข้อมูลจากหน่วยงาน',
      'เปิดเผยข้อมูลการจัดซื้อจัดจ้างทุกโครงการ',
    ],
    hiddenAnswers: ['ข้อความไม่สุภาพที่ถูกซ่อน', 'โฆษณาขายของที่ถูกซ่อน'],
    pendingAnswers: ['ความเห็นที่ยังรอการคัดกรอง'],
    actions: [
      ['จัดทำบัญชีข้อมูลและเปิดเผยชุดข้อมูลงบประมาณในรูปแบบที่เครื่องอ่านได้', 'กองยุทธศาสตร์และแผนงาน', '2027-03-31', 'จำนวนชุดข้อมูลที่เปิดเผย 20 ชุด', 'high', 'C01'],
      ['จัดเวทีรับฟังความคิดเห็นในพื้นที่อย่างน้อยไตรมาสละครั้ง', 'กลุ่มพัฒนาระบบบริหาร', '2027-09-30', 'จำนวนเวทีและผู้เข้าร่วม', 'high', 'C03'],
      ['ออกคำสั่งแต่งตั้งคณะทำงานส่งเสริมการมีส่วนร่วม', 'สำนักงานเลขานุการกรม', '2027-01-15', '', 'medium', 'C02'],
      ['อบรมเจ้าหน้าที่เรื่องการออกแบบกระบวนการมีส่วนร่วม', 'สถาบันพัฒนาบุคลากร', '2027-06-30', 'เจ้าหน้าที่ผ่านการอบรมร้อยละ 80', 'medium', 'C05'],
      ['พัฒนาช่องทางออนไลน์สำหรับรับฟังความคิดเห็นและแจ้งผลการนำไปใช้', 'ศูนย์เทคโนโลยีสารสนเทศ', '2027-08-31', 'ระบบเปิดใช้งานได้จริง', 'medium', 'C06'],
      ['รายงานความคืบหน้าการดำเนินงานต่อสาธารณะทุกหกเดือน', 'กองยุทธศาสตร์และแผนงาน', '2027-10-31', 'รายงานเผยแพร่ 2 ฉบับ', 'low', 'C07'],
    ] as const,
  },
  en: {
    meta: {
      title: 'Open Government and Meaningful Participation: listening session for the 2027 budget year',
      organisation: 'Office of the Public Sector Development Commission (OPDC)',
      meetingNumber: '1/2026',
      venue: 'Meeting room, 5th floor, OPDC building, Phitsanulok Road, Bangkok',
    },
    stakeholders: [
      ['Subdistrict community council', 2, 5],
      ['Comptroller General’s Department', 5, 3],
      ['Press association', 2, 4],
      ['Local university', 3, 4],
      ['Provincial chamber of commerce', 4, 2],
      ['Youth network', 1, 5],
      ['National Anti-Corruption Commission', 5, 5],
      ['Local administrative organisations', 4, 4],
      ['People with disabilities in the community', 1, 3],
      ['General public', 1, 2],
    ] as const,
    textQuestion: 'What would help more people take part?',
    answers: [
      'Publish budget data so citizens can check it easily',
      'Hold listening sessions in communities, not only in the city',
      'Use plain language instead of official jargon',
      'Tell people how their comments were used',
      'An online channel to send comments at any time',
      'Build partnerships with civil society and universities',
      'Involve stakeholders from the start of policy design',
      'Publish data in formats people can reuse',
      'Train officials in listening to citizens',
      'A budget to support community participation',
      'Monitor policy progress together with citizens',
      'Publish budget data for every project',
      'Include youth and older people too',
      'Listen before deciding, not after',
      'Make data accessible for people with disabilities',
      'Publish procurement data for every project',
    ],
    hiddenAnswers: ['An offensive comment that was hidden'],
    pendingAnswers: ['A comment still waiting for moderation'],
    actions: [
      ['Build a data inventory and publish budget datasets in machine-readable form', 'Strategy and Planning Division', '2027-03-31', '20 datasets published', 'high', 'C01'],
      ['Hold a local listening session at least once a quarter', 'Public Sector Development Group', '2027-09-30', 'Sessions held and people taking part', 'high', 'C03'],
      ['Appoint a working group to promote participation', 'Office of the Secretary', '2027-01-15', '', 'medium', 'C02'],
      ['Train officials in designing participation', 'Staff Development Institute', '2027-06-30', '80% of officials trained', 'medium', 'C05'],
      ['Build an online channel for comments that reports back how they were used', 'IT Centre', '2027-08-31', 'The channel is in use', 'medium', 'C06'],
      ['Report progress to the public every six months', 'Strategy and Planning Division', '2027-10-31', 'Two reports published', 'low', 'C07'],
    ] as const,
  },
} as const;

/** Sectors of the people in the room, as a register would have them (40 people). */
const ROOM: [sector: string, count: number][] = [
  ['government', 14],
  ['private', 6],
  ['civil-society', 7],
  ['community', 3],
  ['academia', 6],
  ['media', 2],
  ['public', 2],
];

export interface SeededWorkshop {
  /** Component 03: two revealed rounds (a shift), answers from every sector. */
  revealed: string;
  /** Component 01: voting open, a few answers in. */
  open: string;
  text: string;
  dots: string;
}

/** A workshop as it stands late in the day: people in the room, a map, two rounds of voting, answers, a plan. */
async function seedWorkshop(app: RunningApp, language: Language): Promise<SeededWorkshop> {
  const content = CONTENT[language];
  await ask(app, 'newWorkshop', [{ meta: { ...content.meta, date: '2026-11-26', startTime: '09:00', endTime: '12:00', language } }]);

  let n = 0;
  for (const [sector, count] of ROOM) {
    for (let i = 0; i < count; i++) {
      n++;
      const groups = n % 5 === 0 ? ['women'] : n % 7 === 0 ? ['youth', 'rural'] : [];
      // A third joined from their phones, the rest at the desk.
      const source = n % 3 === 0 ? 'phone' : 'register';
      await dispatch(app, { type: 'participant.add', payload: { name: `P${n}`, sector, checkedIn: true, groupsConsent: groups.length > 0, socialGroups: groups, source } });
    }
  }
  for (const [name, influence, interest] of content.stakeholders) {
    await dispatch(app, { type: 'stakeholder.add', payload: { name, influence, interest } });
  }

  // Component 03, voted twice: before and after discussion.
  await dispatch(app, { type: 'poll.create', payload: { kind: 'maturity', componentId: 'C03' } });
  const revealed = lastId(app, 'polls');
  await dispatch(app, { type: 'round.open', payload: { pollId: revealed } });
  const rate = async (voter: number, current: number, target: number | null, sector: string, pollId = revealed) =>
    dispatch(app, { type: 'ballot.cast', payload: { pollId, answer: { kind: 'maturity', current, target }, sector } }, phone(voter));
  const firstRound: [string, number[]][] = [
    ['government', [2, 2, 3, 2, 1, 2, 3, 2, 2, 3, 2, 2]],
    ['civil-society', [1, 1, 2, 1, 2, 1]],
    ['academia', [2, 3, 2, 2, 1]],
    ['community', [1, 1]],
    ['private', [3, 2, 2, 3, 2]],
  ];
  let voter = 0;
  for (const [sector, levels] of firstRound) for (const level of levels) await rate(++voter, level, Math.min(5, level + 2), sector);
  await dispatch(app, { type: 'round.reveal', payload: { pollId: revealed } });
  await dispatch(app, { type: 'round.revote', payload: { pollId: revealed } });
  voter = 0;
  for (const [sector, levels] of firstRound) for (const level of levels) await rate(++voter, Math.min(5, level + (voter % 3 === 0 ? 0 : 1)), 4, sector);
  await dispatch(app, { type: 'round.reveal', payload: { pollId: revealed } });

  // Component 01: open now.
  await dispatch(app, { type: 'poll.create', payload: { kind: 'maturity', componentId: 'C01' } });
  const open = lastId(app, 'polls');
  await dispatch(app, { type: 'round.open', payload: { pollId: open } });
  for (let v = 1; v <= 17; v++) await rate(100 + v, 1 + (v % 4), null, 'government', open);

  // Open text, moderated.
  await dispatch(app, { type: 'poll.create', payload: { kind: 'text', question: { th: content.textQuestion, en: content.textQuestion } } });
  const text = lastId(app, 'polls');
  await dispatch(app, { type: 'round.open', payload: { pollId: text } });
  const answer = async (voter: number, words: string, moderation: 'approved' | 'hidden' | 'pending') => {
    await dispatch(app, { type: 'ballot.cast', payload: { pollId: text, answer: { kind: 'text', text: words } } }, phone(200 + voter));
    if (moderation !== 'pending') await dispatch(app, { type: 'ballot.moderate', payload: { ballotId: lastId(app, 'ballots'), moderation } });
  };
  let a = 0;
  for (const words of content.answers) await answer(++a, words, 'approved');
  for (const words of content.hiddenAnswers) await answer(++a, words, 'hidden');
  for (const words of content.pendingAnswers) await answer(++a, words, 'pending');

  // The plan, and a dot vote on it.
  for (const [title, owner, due, indicator, priority, componentId] of content.actions) {
    await dispatch(app, { type: 'action.add', payload: { title, owner, due, indicator, priority, componentId, inPlan: true } });
  }
  await dispatch(app, { type: 'priorities.createDotPoll', payload: { include: 'actions', dotsPerPerson: 3 } });
  const dots = lastId(app, 'polls');
  await dispatch(app, { type: 'round.open', payload: { pollId: dots } });
  const options = app.host.current!.polls.at(-1)!.options.map((o) => o.id);
  for (let v = 1; v <= 24; v++) {
    // Two dots on one of the first two actions, one on another: a clear ranking with ties below.
    const spread = { [options[v % 2]!]: 2, [options[2 + (v % 4)]!]: 1 };
    await dispatch(app, { type: 'ballot.cast', payload: { pollId: dots, answer: { kind: 'dots', dots: spread } } }, phone(300 + v));
  }
  await dispatch(app, { type: 'round.reveal', payload: { pollId: dots } });
  return { revealed, open, text, dots };
}

/** Every slide of the deck worth a picture, with the revision-bearing command that shows it. */
function slides(seeded: SeededWorkshop): { name: string; view?: ViewChoice; command?: PresenterCommand; before?: PresenterCommand[] }[] {
  return [
    { name: 'welcome', view: { kind: 'welcome' } },
    { name: 'framework', view: { kind: 'framework' } },
    { name: 'join', view: { kind: 'join' } },
    { name: 'question', view: { kind: 'question', componentId: 'C01' } },
    { name: 'results-hidden', view: { kind: 'results', componentId: 'C01' } },
    { name: 'results', view: { kind: 'results', componentId: 'C03' } },
    { name: 'stakeholders', view: { kind: 'stakeholders' } },
    { name: 'representation', view: { kind: 'representation' } },
    { name: 'open-text', view: { kind: 'openText', pollId: seeded.text } },
    { name: 'word-cloud', view: { kind: 'wordCloud', pollId: seeded.text } },
    { name: 'priorities', view: { kind: 'priorities', pollId: seeded.dots } },
    { name: 'action-plan', view: { kind: 'actionPlan' } },
    { name: 'timer', view: { kind: 'timer' }, before: [{ kind: 'timer', action: 'set', seconds: 300 }] },
    { name: 'results-high-contrast', view: { kind: 'results', componentId: 'C03' }, before: [{ kind: 'contrast', contrast: 'high' }] },
    { name: 'blank', command: { kind: 'blank', on: true } },
  ];
}

/** Wait until a projector page shows `revision` or later, with the fonts in and the slide fitted. */
async function shows(page: Page, revision: number): Promise<void> {
  await page.waitForFunction((r) => Number(document.querySelector('[data-testid="projector-screen"]')?.getAttribute('data-revision') ?? -1) >= r, revision);
  await page.evaluate(async () => {
    await document.fonts.ready;
    // Two frames: the fit loop and the charts settle after the fonts' layout.
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  });
}

/** What does not fit: text boxes that overflow, fitted regions that overflow, anything off the screen. */
function overflowProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const describe = (el: Element) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
    for (const el of document.querySelectorAll<HTMLElement>('[data-textbox], [data-fit-region], .pj-slide')) {
      if (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1) {
        problems.push(`${describe(el)} overflows: ${el.scrollWidth}×${el.scrollHeight} in ${el.clientWidth}×${el.clientHeight}`);
      }
    }
    const width = window.innerWidth;
    const height = window.innerHeight;
    // A chart squeezed to nothing overflows nothing, but shows nothing either.
    for (const chart of document.querySelectorAll<HTMLElement>('.pj-chart')) {
      if (chart.clientHeight < height * 0.3 || chart.clientWidth < width * 0.25) problems.push(`${describe(chart)} is too small: ${chart.clientWidth}×${chart.clientHeight}`);
      if (!chart.querySelector('svg')) problems.push(`${describe(chart)} drew nothing`);
    }
    for (const el of document.querySelectorAll('.pj-screen, .pj-screen *')) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      if (box.left < -1 || box.top < -1 || box.right > width + 1 || box.bottom > height + 1) {
        problems.push(`${describe(el)} leaves the screen: ${Math.round(box.left)},${Math.round(box.top)}–${Math.round(box.right)},${Math.round(box.bottom)}`);
      }
    }
    return problems;
  });
}

async function openProjector(browser: Browser, app: RunningApp, size: { width: number; height: number }, errors: string[]): Promise<Page> {
  const context = await browser.newContext({ viewport: size, locale: 'th-TH' });
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(presentUrl(app));
  return page;
}

test.describe('the projector', () => {
  test('follows the facilitator: reveal shows the histogram, keys and the clicker move it, a facilitator reload changes nothing', async ({ facilitator, app, browser }) => {
    const seeded = await seedWorkshop(app, 'th');
    // The seeding's last move revealed the dot vote, and the projector followed it.
    expect(app.host.snapshot().presentation!.state.choice).toEqual({ kind: 'priorities', pollId: seeded.dots });
    await ask(app, 'present', [{ view: { kind: 'welcome' } }]);
    const errors: string[] = [];
    const projector = await openProjector(browser, app, { width: 1280, height: 720 }, errors);
    await expect(projector.getByTestId('projector-view-welcome')).toBeVisible();

    // The facilitator chooses the open question from the menu; the room sees it, with the live count.
    await facilitator.reload();
    const dock = facilitator.getByTestId('presenter');
    await expect(dock).toBeVisible();
    if ((await facilitator.getByTestId('presenter-toggle').getAttribute('aria-expanded')) !== 'true') await facilitator.getByTestId('presenter-toggle').click();
    await facilitator.getByTestId('presenter-menu').selectOption('question:C01');
    await expect(projector.getByTestId('projector-view-question')).toBeVisible();
    await expect(projector.getByTestId('projector-responses')).toContainText('17');
    await expect(projector.getByTestId('projector-histogram')).toHaveCount(0);

    // A phone votes: the count moves on the projector by itself.
    await dispatch(app, { type: 'ballot.cast', payload: { pollId: seeded.open, answer: { kind: 'maturity', current: 3, target: null }, sector: 'media' } }, phone(999));
    await expect(projector.getByTestId('projector-responses')).toContainText('18');

    // Reveal, from the presenter bar: round.reveal in the document, the histogram on the projector.
    await facilitator.getByTestId('presenter-reveal').click();
    await expect(projector.getByTestId('projector-view-results')).toBeVisible();
    await expect(projector.getByTestId('projector-histogram').locator('svg')).toBeVisible();
    await expect(projector.getByTestId('projector-histogram').locator('[data-highlight="median"]').first()).toBeAttached();
    expect(app.host.current!.polls.find((p) => p.id === seeded.open)!.rounds.at(-1)!.state).toBe('revealed');
    // The thumbnail in the facilitator window shows the same slide.
    await expect(facilitator.getByTestId('presenter-thumbnail').getByTestId('projector-view-results')).toBeAttached();
    mkdirSync(SHARED_SHOTS, { recursive: true });
    await facilitator.evaluate(() => document.fonts.ready);
    await facilitator.screenshot({ path: path.join(SHARED_SHOTS, 'projector-presenter-th-1280x800.png') });

    // Hide: round.hide, back to the question; nothing of the results on the projector.
    await facilitator.getByTestId('presenter-hide').click();
    await expect(projector.getByTestId('projector-view-question')).toBeVisible();
    expect(app.host.current!.polls.find((p) => p.id === seeded.open)!.rounds.at(-1)!.state).toBe('closed');

    // The clicker: PageDown / PageUp. B blanks, but not while typing in a field.
    await facilitator.locator('body').click({ position: { x: 5, y: 300 } });
    await facilitator.keyboard.press('PageDown');
    await expect(projector.getByTestId('projector-view-results')).toBeVisible();
    await facilitator.keyboard.press('PageUp');
    await expect(projector.getByTestId('projector-view-question')).toBeVisible();
    await facilitator.keyboard.press('b');
    await expect(projector.getByTestId('projector-view-blank')).toBeVisible();
    await facilitator.keyboard.press('b');
    await expect(projector.getByTestId('projector-view-question')).toBeVisible();
    await facilitator.getByTestId('step-setup').click();
    const title = facilitator.getByTestId('meta-title');
    await title.click();
    await title.press('End');
    await title.pressSequentially(' bf');
    await facilitator.keyboard.press('PageDown');
    await expect(projector.getByTestId('projector-view-question')).toBeVisible();
    expect(app.host.snapshot().presentation!.state).toMatchObject({ blank: false, frozen: null });
    await title.press('Escape');

    // Lock voting on the projector's question: round.close.
    await ask(app, 'present', [{ view: { kind: 'question', componentId: 'C01' } }]);
    await ask(app, 'presenterCommand', [{ kind: 'revote' }]);
    await expect(facilitator.getByTestId('presenter-lock')).toBeVisible();
    await facilitator.getByTestId('presenter-lock').click();
    await expect.poll(() => app.host.current!.polls.find((p) => p.id === seeded.open)!.rounds.at(-1)!.state).toBe('closed');

    // The facilitator window reloads: the projector keeps its slide, the presenter comes back to it.
    await ask(app, 'present', [{ view: { kind: 'wordCloud', pollId: seeded.text } }]);
    await expect(projector.getByTestId('projector-word-cloud')).toBeVisible();
    const revision = Number(await projector.getByTestId('projector-screen').getAttribute('data-revision'));
    await facilitator.reload();
    await expect(facilitator.getByTestId('presenter-now')).toHaveAttribute('data-key', `wordCloud:poll:${seeded.text}`);
    await expect(projector.getByTestId('projector-word-cloud')).toBeVisible();
    expect(Number(await projector.getByTestId('projector-screen').getAttribute('data-revision'))).toBe(revision);
    // A reloaded projector comes straight back to it too.
    await projector.reload();
    await expect(projector.getByTestId('projector-word-cloud')).toBeVisible();

    // Only approved answers reach the wall.
    await ask(app, 'present', [{ view: { kind: 'openText', pollId: seeded.text } }]);
    await expect(projector.getByTestId('projector-wall')).toContainText(CONTENT.th.answers.at(-1)!);
    await expect(projector.getByTestId('projector-screen')).not.toContainText('ถูกซ่อน');
    await expect(projector.getByTestId('projector-screen')).not.toContainText('รอการคัดกรอง');

    // Freeze: the room keeps the slide while the facilitator moves on.
    await facilitator.getByTestId('presenter-freeze').click();
    await facilitator.getByTestId('presenter-next').click();
    await expect(facilitator.getByTestId('presenter-frozen')).toBeVisible();
    await expect(projector.getByTestId('projector-wall')).toBeVisible();
    await facilitator.getByTestId('presenter-freeze').click();
    await expect(projector.getByTestId('projector-word-cloud')).toBeVisible();

    expect(errors, 'no console errors in the projector').toEqual([]);
  });

  test('follows the round bar of a component step: open → the question, reveal → the results, a round on 02 → 02 (screenshots)', async ({ facilitator, app, browser }) => {
    test.setTimeout(120_000);
    mkdirSync(SHARED_SHOTS, { recursive: true });
    await ask(app, 'newWorkshop', [{ meta: { ...CONTENT.th.meta, date: '2026-11-26', language: 'th' } }]);
    for (let n = 1; n <= 19; n++) await dispatch(app, { type: 'participant.add', payload: { name: `P${n}`, sector: 'government', checkedIn: true } });
    // A room on a LAN (this machine may have no Wi-Fi): the question slide says where to answer.
    const url = 'http://192.168.1.23:8787/j/K7M4QX';
    const qrSvg = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
    const access = (): ParticipantAccess => ({
      running: true,
      url,
      sessionCode: 'K7M4QX',
      qrSvg,
      interfaces: [],
      interface: '192.168.1.23',
      loopbackOnly: false,
      notice: null,
      port: 8787,
      joinOpen: true,
      connected: 19,
    });
    app.host.attachParticipantAccess({ get: async () => access(), set: async () => access() });

    const errors: string[] = [];
    const projector = await openProjector(browser, app, { width: 1920, height: 1080 }, errors);
    await expect(projector.getByTestId('projector-view-welcome')).toBeVisible();
    await facilitator.reload();
    await facilitator.evaluate(() => document.fonts.ready);
    const heading = projector.getByTestId('projector-heading');
    const pollOf = (componentId: string) => app.host.current!.polls.find((p) => p.componentId === componentId)!.id;
    const snap = async (name: string) => {
      await projector.evaluate(() => document.fonts.ready);
      await projector.screenshot({ path: path.join(SHARED_SHOTS, `projector-follows-${name}.png`) });
    };

    // Component 01: opening a round from the step puts its question up, with how to join.
    await facilitator.getByTestId('step-component-01').click();
    await facilitator.getByTestId('poll-create').click();
    await facilitator.getByTestId('round-open').click();
    await expect(projector.getByTestId('projector-view-question')).toBeVisible();
    await expect(heading).toHaveText('การเปิดเผยข้อมูลของภาครัฐ');
    await expect(projector.getByTestId('projector-voting')).toHaveAttribute('data-voting', 'open');
    await expect(projector.getByTestId('projector-question-join-url')).toHaveText('192.168.1.23:8787/j/K7M4QX');
    await expect(facilitator.getByTestId('round-screen')).toHaveAttribute('data-screen', 'question');
    for (let v = 1; v <= 5; v++) {
      await dispatch(app, { type: 'ballot.cast', payload: { pollId: pollOf('C01'), answer: { kind: 'maturity', current: 1 + (v % 3), target: 4 }, sector: 'government' } }, phone(v));
    }
    await expect(projector.getByTestId('projector-responses')).toHaveText('ตอบแล้ว 5 จาก 19 คน');
    expect(await overflowProblems(projector)).toEqual([]);
    await snap('01-question');

    // Reveal from the step (the walkthrough's button): the results, not the question with a badge.
    await expect(facilitator.getByTestId('round-reveal')).toHaveText('ปิดการลงคะแนนและแสดงผลรอบที่ 1');
    await facilitator.getByTestId('round-reveal').click();
    await expect(projector.getByTestId('projector-view-results')).toBeVisible();
    await expect(heading).toHaveText('การเปิดเผยข้อมูลของภาครัฐ');
    await expect(projector.getByTestId('projector-histogram').locator('svg')).toBeVisible();
    await expect(projector.getByTestId('projector-voting')).toHaveAttribute('data-voting', 'revealed');
    await expect(facilitator.getByTestId('round-status')).toContainText('แสดงผลบนจอภาพแล้ว');
    await expect(facilitator.getByTestId('round-screen')).toHaveAttribute('data-screen', 'results');
    await expect(facilitator.getByTestId('presenter-thumbnail').getByTestId('projector-view-results')).toBeAttached();
    await snap('01-results');
    await facilitator.screenshot({ path: path.join(SHARED_SHOTS, 'projector-follows-facilitator-01-revealed.png') });

    // Component 02: opening its round takes 01's results down and puts 02's question up.
    await facilitator.getByTestId('step-component-02').click();
    await facilitator.getByTestId('poll-create').click();
    await expect(projector.getByTestId('projector-view-results')).toBeVisible();
    await facilitator.getByTestId('round-open').click();
    await expect(projector.getByTestId('projector-view-question')).toBeVisible();
    await expect(heading).toHaveText('การมีนโยบายและกฎหมายที่เอื้อต่อการเปิดระบบราชการ');
    await expect(projector.getByTestId('projector-voting')).toHaveAttribute('data-voting', 'open');
    await expect(projector.getByTestId('projector-responses')).toHaveText('ตอบแล้ว 0 จาก 19 คน');
    expect(app.host.snapshot().presentation!.view).toMatchObject({ kind: 'question', pollId: pollOf('C02') });
    await snap('02-question');

    // The facilitator blanks the screen: it stays blank through a reveal, and the bar says so.
    for (let v = 1; v <= 4; v++) {
      await dispatch(app, { type: 'ballot.cast', payload: { pollId: pollOf('C02'), answer: { kind: 'maturity', current: 2 + (v % 2), target: 4 }, sector: 'government' } }, phone(v));
    }
    await facilitator.keyboard.press('b');
    await expect(projector.getByTestId('projector-view-blank')).toBeVisible();
    await expect(facilitator.getByTestId('round-screen')).toHaveAttribute('data-screen', 'blank');
    await expect(facilitator.getByTestId('round-reveal')).toHaveText('ปิดการลงคะแนนและเปิดเผยผลรอบที่ 1');
    await facilitator.getByTestId('round-reveal').click();
    await expect(facilitator.getByTestId('round-status')).toContainText('เปิดเผยผลแล้ว แต่จอภาพยังไม่แสดง');
    await expect(projector.getByTestId('projector-view-blank')).toBeVisible();
    // Revealed, but the room has not seen it: nothing recorded for the minutes yet.
    const shownAt = () => app.host.current!.polls.find((p) => p.id === pollOf('C02'))!.rounds.at(-1)!.shownAt;
    expect(shownAt()).toBeUndefined();
    await facilitator.screenshot({ path: path.join(SHARED_SHOTS, 'projector-follows-facilitator-02-blank.png') });
    // Back from blank: 02's results, where the vote now stands.
    await facilitator.locator('body').click({ position: { x: 5, y: 300 } });
    await facilitator.keyboard.press('b');
    await expect(projector.getByTestId('projector-view-results')).toBeVisible();
    await expect(heading).toHaveText('การมีนโยบายและกฎหมายที่เอื้อต่อการเปิดระบบราชการ');
    await expect(facilitator.getByTestId('round-status')).toContainText('แสดงผลบนจอภาพแล้ว');
    await expect.poll(shownAt).toBeDefined();
    await snap('02-results');

    // A re-vote puts the question up again, for round 2.
    await facilitator.getByTestId('round-revote').click();
    await expect(projector.getByTestId('projector-view-question')).toBeVisible();
    await expect(projector.getByTestId('projector-voting')).toContainText('รอบที่ 2');
    await expect(heading).toHaveText('การมีนโยบายและกฎหมายที่เอื้อต่อการเปิดระบบราชการ');
    await snap('02-revote');

    expect(errors, 'no console errors in the projector').toEqual([]);
  });

  test('every slide fits its screen, in Thai and English, from 1024×768 to 3840×2160 (screenshots)', async ({ app, browser }) => {
    test.setTimeout(300_000);
    mkdirSync(SHOTS, { recursive: true });
    mkdirSync(SHARED_SHOTS, { recursive: true });
    const errors: string[] = [];
    const pages = await Promise.all(SIZES.map((size) => openProjector(browser, app, size, errors)));
    const problems: string[] = [];
    const taken: string[] = [];

    // This machine may have no Wi-Fi, in which case the join slide rightly shows a problem instead
    // of a QR code nobody could use; the pictures show the slide as a room on a LAN sees it.
    const url = 'http://192.168.1.23:8787/j/K7M4QX';
    const qrSvg = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
    const access = (): ParticipantAccess => ({
      running: true,
      url,
      sessionCode: 'K7M4QX',
      qrSvg,
      interfaces: [],
      interface: '192.168.1.23',
      loopbackOnly: false,
      notice: null,
      port: 8787,
      joinOpen: true,
      connected: 23,
    });
    app.host.attachParticipantAccess({ get: async () => access(), set: async () => access() });

    for (const language of ['th', 'en'] as const) {
      const seeded = await seedWorkshop(app, language);
      for (const slide of slides(seeded)) {
        await ask(app, 'presenterCommand', [{ kind: 'contrast', contrast: 'standard' }]);
        await ask(app, 'presenterCommand', [{ kind: 'blank', on: false }]);
        for (const command of slide.before ?? []) await ask(app, 'presenterCommand', [command]);
        if (slide.view) await ask(app, 'present', [{ view: slide.view }]);
        if (slide.command) await ask(app, 'presenterCommand', [slide.command]);
        const revision = app.host.snapshot().revision;
        for (const [i, page] of pages.entries()) {
          const size = SIZES[i]!;
          await shows(page, revision);
          for (const problem of await overflowProblems(page)) problems.push(`${language} ${slide.name} ${size.name}: ${problem}`);
          const file = path.join(SHOTS, `${slide.name}-${language}-${size.name}.png`);
          await page.screenshot({ path: file });
          taken.push(file);
        }
      }
    }

    // A representative set for people to look at: every slide in Thai at 1920×1080, all at 1024×768.
    for (const file of taken) {
      const name = path.basename(file);
      if (/-th-1920x1080\.png$/.test(name) || /-1024x768\.png$/.test(name) || /^(results|word-cloud)-en-1920x1080/.test(name) || /^results-th-3840x2160/.test(name)) {
        copyFileSync(file, path.join(SHARED_SHOTS, `projector-${name}`));
      }
    }
    expect(problems, 'nothing overflows its box or leaves the screen').toEqual([]);
    expect(errors, 'no console errors in the projector').toEqual([]);
  });
});
