import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

/**
 * The people side as a facilitator meets it, in Thai: import a register from a Thai CSV (column
 * mapping, problems by line), check someone in at the desk by typing part of a name, map two
 * stakeholders and move one by keyboard, then read the equality check. Screenshots of each view go
 * to /tmp/ruam-shots/people-*.png (at 1280×800, and 1024×768 for the register and the grid).
 */

const SHOTS = process.env.RUAM_SHOTS_DIR ?? '/tmp/ruam-shots';

const REGISTER = [
  'รายชื่อผู้เข้าร่วมเวทีรับฟังความคิดเห็น การเปิดเผยข้อมูลภาครัฐ ครั้งที่ 1/2569',
  'ลำดับ,ชื่อ-นามสกุล,หน่วยงาน,ภาคส่วน,อีเมล,กลุ่มทางสังคม,ยินยอมให้ระบุกลุ่ม',
  '1,นางสาวสมศรี ใจดี,สำนักงาน ก.พ.ร.,ภาครัฐ,somsri@example.go.th,ผู้หญิง,ยินยอม',
  '2,นายสมชาย รักชาติ,"มูลนิธิ ""เพื่อชุมชน""",ภาคประชาสังคม,,,',
  '3,นางบุญมา มีสุข,ชุมชนบ้านหนองบัว หมู่ 5,ชุมชน,,"ผู้สูงอายุ, ผู้หญิง",ยินยอม',
  '4,ผศ.ดร.วิชัย ปัญญาดี,มหาวิทยาลัยขอนแก่น,วิชาการ,,,',
  '5,นายธนากร ศรีสุข,บริษัท ไทยดิจิทัล จำกัด,ภาคเอกชน,thanakorn@example.co.th,เยาวชน,ยินยอม',
  '6,นางสาวกัลยา พรหมมา,สำนักงานจังหวัดขอนแก่น,ภาครัฐ,,,',
  '7,,ไม่มีชื่อ,ภาครัฐ,,,',
  '8,นายประเสริฐ ทองดี,องค์การบริหารส่วนตำบลบ้านเป็ด,ภาครัฐ,,,',
  '9,นางสาวสมศรี ใจดี,สำนักงาน ก.พ.ร.,ภาครัฐ,,,',
  '10,Ms. Jane Doe,UNDP Thailand,International,jane@example.org,,',
  '11,นายอนุชา แก้วมณี,สมาคมผู้สื่อข่าวภาคอีสาน,สื่อมวลชน,,,',
  '12,นางวันเพ็ญ สายทอง,กลุ่มวิสาหกิจชุมชนทอผ้า,ภาคดาวอังคาร,,"ผู้มีรายได้น้อย",ยินยอม',
].join('\r\n');

/** The presenter dock (the projector's controls) sits over a corner of every step: folded for the screenshots. */
async function collapsePresenter(page: Page) {
  const toggle = page.getByTestId('presenter-toggle');
  await toggle.waitFor({ timeout: 3000 }).catch(() => {});
  if ((await toggle.count()) > 0 && (await toggle.getAttribute('aria-expanded')) === 'true') await toggle.click();
}

async function shot(page: Page, name: string) {
  mkdirSync(SHOTS, { recursive: true });
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: path.join(SHOTS, `people-${name}.png`) });
}

test.describe('participants, stakeholders and the equality check (Thai)', () => {
  test('imports a Thai CSV, checks someone in, maps stakeholders by keyboard, and reads the equality check', async ({ facilitator: page, app }) => {
    test.setTimeout(90_000);
    if (process.env.RUAM_DEBUG) page.on('console', (m) => console.log('[page]', m.type(), m.text()));
    await page.getByTestId('new-workshop').click();
    await collapsePresenter(page);
    await page.getByTestId('step-participants').click();
    await expect(page.getByTestId('step-title')).toHaveText('ผู้เข้าร่วม');
    // The desk's search box has the focus as the step opens.
    await expect(page.getByTestId('checkin-search')).toBeFocused();

    // ── Import ──
    const dir = mkdtempSync(path.join(os.tmpdir(), 'ruam-register-'));
    const file = path.join(dir, 'รายชื่อผู้เข้าร่วม.csv');
    writeFileSync(file, '\ufeff' + REGISTER + '\r\n', 'utf8');
    await page.getByTestId('import-open').click();
    await page.getByTestId('import-file').setInputFiles(file);
    await expect(page.getByTestId('import-mapping')).toBeVisible();
    await expect(page.getByTestId('mapping-1')).toHaveValue('name');
    await expect(page.getByTestId('mapping-3')).toHaveValue('sector');
    await expect(page.getByTestId('mapping-6')).toHaveValue('groupsConsent');
    await expect(page.getByTestId('import-verdict')).toContainText('จะนำเข้า 11 คน จาก 12 แถว');
    await expect(page.getByTestId('problem-9')).toContainText('ไม่มีชื่อ จึงไม่ได้นำเข้า');
    await expect(page.getByTestId('problem-14')).toContainText('ไม่รู้จักภาคส่วน "ภาคดาวอังคาร"');
    await shot(page, 'import-mapping');
    await page.getByTestId('import-run').click();
    await expect(page.getByTestId('import-done')).toContainText('นำเข้าแล้ว 11 คน (รหัส P001–P011)');
    await expect(page.getByTestId('import-duplicates')).toBeVisible();
    await shot(page, 'import-done');
    await page.getByTestId('import-close').click();
    await expect.poll(() => app.host.current?.participants.length).toBe(11);
    expect(app.host.current!.participants.find((p) => p.code === 'P003')!.socialGroups).toEqual(['older', 'women']);
    await expect(page.getByTestId('duplicate-P001')).toHaveText('อาจซ้ำกับ P008');

    // ── Check-in: part of a name, Enter ──
    const search = page.getByTestId('checkin-search');
    await search.click();
    await search.pressSequentially('บุญมา');
    await expect(page.getByTestId('checkin-option-P003')).toHaveAttribute('aria-selected', 'true');
    await search.press('Enter');
    await expect(page.getByTestId('checkin-notice')).toContainText('ลงทะเบียนเข้างานแล้ว: นางบุญมา มีสุข (P003)');
    await expect(search).toHaveValue('');
    await expect(search).toBeFocused();
    await expect.poll(() => app.host.current?.participants.find((p) => p.code === 'P003')?.checkedInAt).not.toBeNull();
    // Two more at the door, by code and by an English name.
    await search.fill('P5');
    await search.press('Enter');
    await search.fill('jane');
    await search.press('Enter');
    await expect(page.getByTestId('count-checked-in')).toHaveText('3');
    await shot(page, 'desk');
    await search.fill('สม');
    await shot(page, 'desk-search');
    await search.fill('');
    await page.getByTestId('register-table').scrollIntoViewIfNeeded();
    await page.locator('#main').evaluate((main) => main.scrollBy(0, 160));
    await shot(page, 'register');
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.getByTestId('register-table').scrollIntoViewIfNeeded();
    await shot(page, 'register-1024');
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.getByTestId('edit-P004').click();
    await shot(page, 'register-edit');
    await page.keyboard.press('Escape');
    await page.getByTestId('settings-open').click();
    await shot(page, 'settings');
    await page.getByTestId('sectors').scrollIntoViewIfNeeded();
    await shot(page, 'settings-lists');
    await page.getByTestId('settings-close').click();
    await page.getByTestId('erase-open').click();
    await shot(page, 'erase');
    await page.keyboard.press('Escape');
    await page.getByTestId('export-open').click();
    await page.getByTestId('export-named').check();
    await shot(page, 'export');
    await page.keyboard.press('Escape');

    // ── Stakeholders ──
    await page.getByTestId('step-stakeholders').click();
    await expect(page.getByTestId('stakeholder-grid')).toBeVisible();
    for (const [name, sector] of [
      ['สภาองค์กรชุมชนตำบลบ้านเป็ด', 'community'],
      ['กรมบัญชีกลาง', 'government'],
    ] as const) {
      await page.getByTestId('stakeholder-add').click();
      await page.getByTestId('stakeholder-name').fill(name);
      await page.getByTestId('stakeholder-sector').selectOption(sector);
      await page.getByTestId('stakeholder-save').click();
      await expect(page.getByTestId('stakeholder-panel')).toHaveCount(0);
    }
    await expect.poll(() => app.host.current?.stakeholders.length).toBe(2);
    const community = app.host.current!.stakeholders[0]!;
    const card = page.getByTestId(`grid-card-${community.id}`);
    // Added stakeholders start in the middle (3, 3); the room says this one has little influence but great interest.
    await card.focus();
    await card.press('ArrowDown');
    await card.press('ArrowRight');
    await card.press('ArrowRight');
    await expect(page.getByTestId('grid-announcement')).toContainText('อิทธิพล 2 ความสนใจ 5 อยู่ในกลุ่มแจ้งให้ทราบอย่างสม่ำเสมอ');
    await card.press('Enter');
    await expect.poll(() => app.host.current?.stakeholders[0]).toMatchObject({ influence: 2, interest: 5 });
    await expect(card).toBeFocused();
    await expect(card).toHaveAttribute('data-influence', '2');
    await expect(page.getByTestId('grid-announcement')).toContainText('ย้าย สภาองค์กรชุมชนตำบลบ้านเป็ด ไปที่อิทธิพล 2 ความสนใจ 5 แล้ว');
    // Drag the other one by pointer to high influence, low interest.
    const other = app.host.current!.stakeholders[1]!;
    const otherCard = page.getByTestId(`grid-card-${other.id}`);
    const box = (await otherCard.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x - 120, box.y - 60, { steps: 8 });
    await page.mouse.move(box.x - 250, box.y - 120, { steps: 8 });
    await page.mouse.up();
    await expect.poll(() => app.host.current?.stakeholders[1]?.interest).toBeLessThan(3);
    expect(app.host.current!.stakeholders[1]!.influence).toBeGreaterThanOrEqual(3);
    await page.getByTestId('step-title').hover();
    // Thai mode: the quadrants in Thai only, no "(Keep satisfied)".
    await expect(page.getByTestId('stakeholder-grid-svg')).toContainText('ทำให้พึงพอใจ');
    await expect(page.getByTestId('stakeholder-grid-svg')).not.toContainText('Keep satisfied');
    await shot(page, 'grid');
    await page.setViewportSize({ width: 1024, height: 768 });
    await shot(page, 'grid-1024');
    await page.setViewportSize({ width: 1280, height: 800 });

    await page.getByTestId(`grid-card-${community.id}`).press('Enter');
    await page.getByTestId('stakeholder-current').selectOption('inform');
    await page.getByTestId('stakeholder-desired').selectOption('collaborate');
    await page.getByTestId('stakeholder-component-01').check();
    await shot(page, 'panel');
    await page.setViewportSize({ width: 1024, height: 768 });
    await shot(page, 'panel-1024');
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.getByTestId('stakeholder-save').click();
    await expect.poll(() => app.host.current?.stakeholders[0]?.desiredLevel).toBe('collaborate');

    await page.getByTestId('view-table').check();
    await expect(page.getByTestId('stakeholder-table')).toBeVisible();
    await page.getByTestId('sort-interest').click();
    await shot(page, 'table');
    await page.setViewportSize({ width: 1024, height: 768 });
    await shot(page, 'table-1024');
    await page.setViewportSize({ width: 1280, height: 800 });

    // ── Equality ──
    await page.getByTestId('step-equality').click();
    await expect(page.getByTestId('equality-view')).toBeVisible();
    await expect(page.getByTestId('equality-sentences')).toContainText('ยังไม่มีผู้แทนจากภาคสื่อมวลชนในห้อง');
    // Three people checked in, each from a different sector: every count reads "fewer than 5".
    await expect(page.getByTestId('equality-sectors-count-community')).toHaveText('น้อยกว่า 5');
    await shot(page, 'equality');
    await page.getByTestId('equality-sectors').scrollIntoViewIfNeeded();
    await shot(page, 'equality-sectors');
    await page.getByTestId('equality-suppression-note').scrollIntoViewIfNeeded();
    await shot(page, 'equality-groups');
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.getByTestId('equality-sectors').scrollIntoViewIfNeeded();
    await shot(page, 'equality-1024');
    await page.setViewportSize({ width: 1280, height: 800 });

    // The same pages in English, for the wording and the fit.
    await page.getByTestId('lang-en').click();
    await shot(page, 'equality-en');
    await page.getByTestId('step-participants').click();
    await shot(page, 'desk-en');
    await page.getByTestId('step-stakeholders').click();
    await page.getByTestId('view-grid').check();
    await shot(page, 'grid-en');
  });

  test('imports a 10,000-person register (about 2 MB) with progress, and finds people in it at once', async ({ facilitator: page, app }) => {
    test.setTimeout(90_000);
    await page.getByTestId('new-workshop').click();
    await collapsePresenter(page);
    await page.getByTestId('step-participants').click();
    const sectors = ['ภาครัฐ', 'ภาคเอกชน', 'ภาคประชาสังคม', 'ชุมชน', 'วิชาการ', 'สื่อมวลชน'];
    const lines = ['ลำดับ,ชื่อ-นามสกุล,หน่วยงาน,ภาคส่วน,อีเมล'];
    for (let i = 1; i <= 10_000; i++) {
      lines.push(`${i},นางสาวผู้เข้าร่วม ทดสอบที่${i},"สำนักงานพัฒนาระบบราชการ เขต ${i % 40}, จังหวัดขอนแก่น",${sectors[i % sectors.length]},p${i}@example.go.th`);
    }
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'ruam-register-')), 'ทะเบียนใหญ่.csv');
    writeFileSync(file, '\ufeff' + lines.join('\r\n') + '\r\n', 'utf8');

    await page.getByTestId('import-open').click();
    await page.getByTestId('import-file').setInputFiles(file);
    await expect(page.getByTestId('import-verdict')).toContainText('จะนำเข้า 10,000 คน', { timeout: 30_000 });
    await page.getByTestId('import-run').click();
    await expect(page.getByTestId('import-progress').or(page.getByTestId('import-done'))).toBeVisible();
    await shot(page, 'import-large');
    await expect(page.getByTestId('import-done')).toContainText('นำเข้าแล้ว 10,000 คน (รหัส P001–P10000)', { timeout: 30_000 });
    await page.getByTestId('import-close').click();
    expect(app.host.current!.participants).toHaveLength(10_000);

    const search = page.getByTestId('checkin-search');
    await search.fill('ทดสอบที่9876');
    await expect(page.getByTestId('checkin-option-P9876')).toHaveAttribute('aria-selected', 'true');
    await search.press('Enter');
    await expect(page.getByTestId('checkin-notice')).toContainText('(P9876)');
    await expect(page.getByTestId('register-more')).toContainText('แสดงอีก 100 คน');
  });

  test('erases one person who asked: shows where else the name appears, then nothing of it is left on disk', async ({ facilitator: page, app }) => {
    await page.getByTestId('new-workshop').click();
    await collapsePresenter(page);
    await expect.poll(() => app.host.current !== null).toBe(true);
    const run = async (type: string, payload: unknown) => {
      const reply = await app.host.handle('dispatch', [{ type, payload }]);
      if (!reply.ok) throw new Error(`${type}: ${reply.error.message}`);
    };
    await run('participant.add', { name: 'นางสาวสมศรี ใจดี', organisation: 'ชุมชนบ้านหนองบัว', sector: 'community', contact: 'somsri@example.go.th' });
    await run('participant.add', { name: 'นายสมชาย รักชาติ', sector: 'civil-society' });
    const somsri = app.host.current!.participants[0]!.id;
    await run('action.add', { title: 'จัดทำบัญชีข้อมูลของหน่วยงาน', owner: 'นางสาวสมศรี ใจดี', componentId: 'C01', inPlan: true });
    await run('notes.set', { componentId: 'C01', notes: 'คุณสมศรีเล่าว่าชุมชนไม่ทราบช่องทางขอข้อมูล' });
    await run('gap.add', { componentId: 'C02', text: 'ยังไม่มีคำสั่งแต่งตั้งผู้รับผิดชอบ (ข้อสังเกตของสมศรี ใจดี)' });
    await run('stakeholder.add', { name: 'กลุ่มแม่บ้านบ้านหนองบัว', notes: 'ติดต่อผ่าน somsri@example.go.th' });
    await run('poll.create', { kind: 'text', question: { th: 'ข้อเสนอเพื่อการเปิดเผยข้อมูล', en: '' } });
    const pollId = app.host.current!.polls[0]!.id;
    await run('round.open', { pollId });
    await run('ballot.cast', { pollId, participantId: somsri, answer: { kind: 'text', text: 'ควรประกาศบัญชีข้อมูลทุกไตรมาส' } });
    await app.workspace.save();
    const folder = app.workspace.folder;
    expect(filesContaining(folder, 'สมศรี').length).toBeGreaterThan(0);

    await page.getByTestId('step-participants').click();
    await page.getByTestId('edit-P001').click();
    await page.getByTestId('details-P001').click();
    await page.getByTestId('participant-erase').click();
    const dialog = page.getByTestId('erase-dialog');
    await expect(dialog.getByTestId('erase-place')).toHaveCount(4);
    await expect(dialog.getByTestId('erase-places-count')).toContainText('พบ 4 แห่ง ข้อความในแต่ละแห่งจะถูกแทนด้วย “[ลบข้อมูลตามคำขอ]”');
    await expect(dialog.getByTestId('erase-places')).toContainText('แผนปฏิบัติการ “จัดทำบัญชีข้อมูลของหน่วยงาน”: ผู้รับผิดชอบ');
    await expect(dialog.getByTestId('erase-places-votes')).toContainText('การลงคะแนน 1 ครั้ง');
    await shot(page, 'erase-one');
    await dialog.locator('.people-dialog-body').evaluate((body) => body.scrollTo(0, 0));
    await shot(page, 'erase-one-top');
    await page.getByTestId('erase-word').fill('ลบ');
    await page.getByTestId('erase-confirm').click();
    await expect(dialog).toHaveCount(0);

    // Saved at once: nothing under the workshops folder (file, journal, backups) holds her name or contact.
    await expect.poll(() => filesContaining(folder, 'สมศรี')).toEqual([]);
    expect(filesContaining(folder, 'somsri')).toEqual([]);
    const after = app.host.current!;
    expect(after.actions[0]!.owner).toBe('[ลบข้อมูลตามคำขอ]');
    expect(after.ballots).toHaveLength(1);
    expect(after.ballots[0]!.voter).not.toBe(somsri);
    expect(after.participants[1]!.name).toBe('นายสมชาย รักชาติ');
    await expect(page.getByTestId('register-row-P001')).toContainText('(ลบข้อมูลส่วนบุคคลแล้ว)');

    // And after closing and opening the file again.
    const file = app.host.snapshot().file.path!;
    await app.workspace.close();
    await app.workspace.openPath(file);
    expect(app.host.current!.actions[0]!.owner).toBe('[ลบข้อมูลตามคำขอ]');
    expect(filesContaining(folder, 'สมศรี')).toEqual([]);
  });

  test('a phone joining with a name on the register is flagged "อาจซ้ำ", linked in one click and counted once; a 200-letter name stays in its column', async ({ facilitator: page, app }) => {
    test.setTimeout(60_000);
    await page.getByTestId('new-workshop').click();
    await collapsePresenter(page);
    await expect.poll(() => app.host.current !== null).toBe(true);
    const run = async (type: string, payload: unknown, actor?: { kind: 'participant'; tokenHash: string }) => {
      const reply = await app.host.handle('dispatch', [{ type, payload }], actor);
      if (!reply.ok) throw new Error(`${type}: ${reply.error.message}`);
    };
    const LONG = 'นางสาวประภัสสรศิริวัฒนาโชติกุลเจริญรุ่งเรือง'.repeat(5).slice(0, 200);
    await run('participant.import', {
      participants: [
        { name: 'นางสาวสมศรี ใจดี', organisation: 'สำนักงาน ก.พ.ร.', sector: 'government', socialGroups: ['women'], groupsConsent: true },
        { name: 'นายสมชาย รักชาติ', organisation: 'มูลนิธิเพื่อชุมชน', sector: 'civil-society' },
        { name: 'นางบุญมา มีสุข', organisation: 'ชุมชนบ้านหนองบัว หมู่ 5', sector: 'community' },
        { name: 'ผศ.ดร.วิชัย ปัญญาดี', organisation: 'มหาวิทยาลัยขอนแก่น', sector: 'academia' },
        { name: LONG, organisation: `องค์การบริหารส่วนตำบล${LONG}`, sector: 'government' },
        { name: 'นางสาววิไลวรรณ เกื้อกูลสงเคราะห์ราษฎร์', organisation: 'สำนักงานจังหวัดขอนแก่น', sector: 'government' },
      ],
    });
    await page.getByTestId('step-participants').click();

    // Somsri checks in at the desk; her phone joins as "สมศรี ใจดี" (no title), another phone anonymously.
    const search = page.getByTestId('checkin-search');
    await search.fill('สมศรี');
    await search.press('Enter');
    await expect(page.getByTestId('count-checked-in')).toHaveText('1');
    const somsriPhone = { kind: 'participant' as const, tokenHash: 's'.repeat(43) };
    await run('participant.join', { name: 'สมศรี ใจดี', sector: 'government', socialGroups: ['women'], groupsConsent: true }, somsriPhone);
    await run('participant.join', {}, { kind: 'participant', tokenHash: 'a'.repeat(43) });
    const phone = app.host.current!.participants.find((p) => p.source === 'phone' && p.name === 'สมศรี ใจดี')!;
    expect(phone.code).toBe('P007');

    // People, not devices: Somsri and her phone are one person (flagged, not yet linked); the anonymous phone cannot
    // be her (she has one) and no one else checked in at the desk, so it is one more person: two, not three.
    await expect(page.getByTestId('count-checked-in')).toHaveText('2');
    await expect(page.getByTestId('count-phones')).toHaveText('2');
    await expect(page.getByTestId('phone-match-P007')).toContainText('อาจซ้ำกับ P001');
    await expect(page.getByTestId('phone-match-P001')).toContainText('อาจซ้ำกับ P007');
    await expect(page.getByTestId('link-P007-P001')).toHaveText('เป็นคนเดียวกับ P001');
    await page.getByTestId('register-filter-duplicates').check();
    await expect(page.getByTestId('register-table').locator('tbody tr')).toHaveCount(2);
    await page.getByTestId('register-table').scrollIntoViewIfNeeded();
    await shot(page, 'phone-duplicate');

    await page.getByTestId('link-P007-P001').click();
    // Linked: no longer a possible duplicate, so the "อาจซ้ำ" filter is empty.
    await expect(page.getByTestId('register-table').locator('tbody tr')).toHaveCount(0);
    await page.getByTestId('register-filter-all').check();
    await expect(page.getByTestId('linked-P007')).toContainText('มือถือของ P001');
    await expect(page.getByTestId('has-phone-P001')).toContainText('มือถือ P007');
    await expect.poll(() => app.host.current!.participants.find((p) => p.id === phone.id)!.linkedTo).toBe(app.host.current!.participants[0]!.id);
    await expect(page.getByTestId('count-checked-in')).toHaveText('2');
    await page.getByTestId('register-table').scrollIntoViewIfNeeded();
    await shot(page, 'phone-linked');
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.getByTestId('register-row-P007').scrollIntoViewIfNeeded();
    await shot(page, 'phone-linked-1024');
    await page.setViewportSize({ width: 1280, height: 800 });
    // The phone keeps working after the link: its vote counts, for one person.
    await run('poll.create', { kind: 'maturity', componentId: 'C01' });
    const pollId = app.host.current!.polls[0]!.id;
    await run('round.open', { pollId });
    await run('ballot.cast', { pollId, answer: { kind: 'maturity', current: 3, target: null } }, somsriPhone);
    expect(app.host.current!.ballots).toHaveLength(1);

    // The register at 1024×768 with the 200-letter name: no sideways scrolling, rows at most two lines of text.
    await page.setViewportSize({ width: 1024, height: 768 });
    const table = page.getByTestId('register-table');
    await page.getByTestId('register-row-P005').scrollIntoViewIfNeeded();
    await shot(page, 'register-long-name-1024');
    const fit = await table.evaluate((el) => ({ table: el.getBoundingClientRect().width, scroll: el.parentElement!.scrollWidth, box: el.parentElement!.clientWidth }));
    expect(fit.scroll).toBeLessThanOrEqual(fit.box + 1);
    const row = (await page.getByTestId('register-row-P005').boundingBox())!;
    expect(row.height).toBeLessThan(120);
    const name = (await page.getByTestId('register-row-P005').locator('.col-name').boundingBox())!;
    expect(name.width).toBeLessThan(fit.table / 2);
    await expect(page.getByTestId('register-row-P005').locator('.col-name .pp-clamp')).toHaveAttribute('title', LONG);
    for (const code of ['P005', 'P006']) await expect(page.getByTestId(`edit-${code}`)).toBeInViewport();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.getByTestId('register-row-P005').scrollIntoViewIfNeeded();
    await shot(page, 'register-long-name');

    // The equality check: a group named in Latin letters reads with a space in Thai.
    await page.getByTestId('step-equality').click();
    await expect(page.getByTestId('equality-sentences')).toContainText('ยังไม่มีผู้ใดในห้องระบุว่าอยู่ในกลุ่ม LGBTQ+');
    await expect(page.getByTestId('equality-sentences')).not.toContainText('กลุ่มLGBTQ+');
    await page.getByTestId('equality-sentences').getByText('กลุ่ม LGBTQ+').first().scrollIntoViewIfNeeded();
    await page.locator('#main').evaluate((main) => main.scrollBy(0, 200));
    await shot(page, 'equality-latin-space');
  });

  test('the register shows every column at 1024×768 and 1280×800, in English and in Thai: Remove is never clipped', async ({ facilitator: page, app }) => {
    test.setTimeout(60_000);
    await page.getByTestId('new-workshop').click();
    await collapsePresenter(page);
    await expect.poll(() => app.host.current !== null).toBe(true);
    const reply = await app.host.handle('dispatch', [
      {
        type: 'participant.import',
        payload: {
          participants: [
            { name: 'นางสาวสมศรี ใจดี', organisation: 'สำนักงาน ก.พ.ร.', sector: 'government' },
            { name: 'นายสมชาย รักชาติ', organisation: 'มูลนิธิเพื่อชุมชน', sector: 'civil-society' },
            { name: 'ผศ.ดร.วิชัย ปัญญาดี', organisation: 'มหาวิทยาลัยขอนแก่น', sector: 'academia' },
            { name: 'นายสมชาย รักชาติ', organisation: 'มูลนิธิเพื่อชุมชน', sector: 'civil-society' },
          ],
        },
      },
    ]);
    expect(reply.ok).toBe(true);
    // A phone with Wichai's name: his row and the phone's get a flag and a "Same person as…" button.
    const joined = await app.host.handle('dispatch', [{ type: 'participant.join', payload: { name: 'วิชัย ปัญญาดี' } }], { kind: 'participant', tokenHash: 'w'.repeat(43) });
    expect(joined.ok).toBe(true);
    await page.getByTestId('step-participants').click();
    await page.getByTestId('checkin-toggle-P001').click();
    await expect(page.getByTestId('checkin-toggle-P001')).toBeChecked();

    for (const language of ['en', 'th'] as const) {
      await page.getByTestId(`lang-${language}`).click();
      await expect(page.getByTestId('duplicate-P002')).toHaveText(language === 'en' ? 'Possible duplicate of P004' : 'อาจซ้ำกับ P004');
      for (const [width, height] of [
        [1024, 768],
        [1280, 800],
      ] as const) {
        await page.setViewportSize({ width, height });
        await page.getByTestId('register-table').scrollIntoViewIfNeeded();
        await shot(page, `register-columns-${language}-${width}`);
        // No flag, button or check-in time is cut by its cell.
        const cut = await page.getByTestId('register-table').evaluate((table) =>
          [...table.querySelectorAll('tbody td button, tbody td .pp-flag, tbody td .checkin-toggle')]
            .filter((el) => {
              const box = el.getBoundingClientRect();
              const cell = el.closest('td')!.getBoundingClientRect();
              return box.left < cell.left - 0.5 || box.right > cell.right + 0.5;
            })
            .map((el) => el.textContent),
        );
        expect(cut, `cut in ${language} at ${width}`).toEqual([]);
        for (const code of ['P001', 'P002']) {
          const remove = page.getByTestId(`remove-${code}`);
          // Not cut by its cell, and inside what the table's box scrolls to (never past the page's edge).
          const fit = await remove.evaluate((button) => {
            const cell = button.closest('td')!.getBoundingClientRect();
            const box = button.closest('.pp-table-scroll')!;
            const b = button.getBoundingClientRect();
            const frame = box.getBoundingClientRect();
            return {
              inCell: b.left >= cell.left - 0.5 && b.right <= cell.right + 0.5,
              reachable: b.right - frame.left + box.scrollLeft <= box.scrollWidth + 0.5,
              boxInPage: frame.right <= document.documentElement.clientWidth + 0.5,
            };
          });
          expect(fit, `${code} in ${language} at ${width}`).toEqual({ inCell: true, reachable: true, boxInPage: true });
          await remove.scrollIntoViewIfNeeded();
          await expect(remove).toBeInViewport({ ratio: 1 });
          // Nothing (the sticky name column, the dock) lies over it.
          const hit = await remove.evaluate((button) => {
            const b = button.getBoundingClientRect();
            return [b.left + 3, b.right - 3].every((x) => button.contains(document.elementFromPoint(x, b.top + b.height / 2)));
          });
          expect(hit, `${code} in ${language} at ${width}: nothing covers Remove`).toBe(true);
        }
      }
    }
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  test('exports the register anonymised unless names are ticked', async ({ facilitator: page, app }) => {
    await page.getByTestId('new-workshop').click();
    await page.getByTestId('step-participants').click();
    await page.getByTestId('participant-add').click();
    await page.getByTestId('participant-name').fill('นางสาวสมศรี ใจดี');
    await page.getByTestId('participant-sector').selectOption('government');
    await page.getByTestId('participant-save').click();
    await expect.poll(() => app.host.current?.participants.length).toBe(1);

    await page.getByTestId('export-open').click();
    await page.getByTestId('export-format-csv').check();
    const [anonymous] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-run').click()]);
    expect(anonymous.suggestedFilename()).toBe('รายชื่อผู้เข้าร่วม (ไม่ระบุตัวตน).csv');
    const text = await streamText(anonymous);
    expect(text).toContain('P001,ภาครัฐ');
    expect(text).not.toContain('สมศรี');

    await page.getByTestId('export-named').check();
    await expect(page.getByTestId('export-named-warning')).toBeVisible();
    const [named] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-run').click()]);
    expect(await streamText(named)).toContain('นางสาวสมศรี ใจดี');
  });
});

/** Files under `folder` (snapshots, journals, backups) whose text contains `needle`. */
function filesContaining(folder: string, needle: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => readFileSync(file, 'utf8').includes(needle))
    .map((file) => path.relative(folder, file));
}

async function streamText(download: { createReadStream(): Promise<NodeJS.ReadableStream> }): Promise<string> {
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}
