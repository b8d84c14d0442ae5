// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PeopleService } from '../../../../electron/host/people-service';
import type { Command } from '../../../../shared/commands/registry';
import type { ParticipantFileInput, ParticipantImportInput } from '../../../../shared/contracts/facilitator';
import { participant, workshopWith } from '../../../../shared/people/test-support';
import { byTestId, cleanup, click, press, queryByTestId, renderApp, settle, textOf, type, type FakeHost } from '../../../test-utils';

afterEach(cleanup);

const register = () =>
  workshopWith([
    participant({ id: 'a', code: 'P001', name: 'นางสาวสมศรี ใจดี', organisation: 'สำนักงาน ก.พ.ร.', sector: 'government' }),
    participant({ id: 'b', code: 'P002', name: 'นายสมชาย รักชาติ', organisation: 'มูลนิธิเพื่อชุมชน', sector: 'civil-society' }),
    participant({ id: 'c', code: 'P003', name: 'Jane Doe', organisation: 'UNDP', sector: 'international' }),
    participant({ id: 'd', code: 'P004', name: 'สมศรี ใจดี', organisation: 'สำนักงาน ก.พ.ร.', sector: 'government' }),
  ]);

const lastCommand = (host: FakeHost): Command | undefined => host.commands.at(-1);

/** Let FileReader, the fake host's replies and React settle. */
async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (check()) return;
    await settle(20);
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('the check-in desk', () => {
  it('finds people by part of a Thai name, moves with ↓, and checks the chosen one in on Enter', async () => {
    const host = await renderApp({ step: 'participants', workshop: register() });
    const search = byTestId<HTMLInputElement>('checkin-search');
    await type(search, 'สมศ');
    // Both Somsris (the title นางสาว is ignored), in code order.
    expect(byTestId('checkin-results').querySelectorAll('[role="option"]')).toHaveLength(2);
    expect(byTestId('checkin-option-P001').getAttribute('aria-selected')).toBe('true');

    await press(search, 'ArrowDown');
    expect(byTestId('checkin-option-P004').getAttribute('aria-selected')).toBe('true');
    expect(search.getAttribute('aria-activedescendant')).toBe(byTestId('checkin-option-P004').id);

    await press(search, 'Enter');
    expect(lastCommand(host)).toEqual({ type: 'participant.checkIn', payload: { id: 'd' } });
    expect(host.snapshot().workshop!.participants.find((p) => p.id === 'd')!.checkedInAt).not.toBeNull();
    expect(byTestId('checkin-notice').textContent).toContain('ลงทะเบียนเข้างานแล้ว: สมศรี ใจดี (P004)');
    // Ready for the next person: the box is empty and still has the focus.
    expect(search.value).toBe('');
    expect(byTestId('count-checked-in').textContent).toBe('1');
  });

  it('checks in by code, says so when someone is already in, and takes a check-in back', async () => {
    const host = await renderApp({ step: 'participants', workshop: register() });
    const search = byTestId<HTMLInputElement>('checkin-search');
    await type(search, 'p3');
    await press(search, 'Enter');
    expect(lastCommand(host)).toEqual({ type: 'participant.checkIn', payload: { id: 'c' } });

    await type(search, 'Jane');
    await press(search, 'Enter');
    expect(host.commands).toHaveLength(1);
    expect(byTestId('checkin-notice').textContent).toContain('Jane Doe (P003) ลงทะเบียนเข้างานไว้แล้ว');

    await type(search, 'P003');
    await press(search, 'Escape');
    expect(search.value).toBe('');
  });

  it('undoes the check-in from the confirmation', async () => {
    const host = await renderApp({ step: 'participants', workshop: register() });
    const search = byTestId<HTMLInputElement>('checkin-search');
    await type(search, 'สมชาย');
    await press(search, 'Enter');
    await click(byTestId('checkin-undo'));
    expect(lastCommand(host)).toEqual({ type: 'participant.undoCheckIn', payload: { id: 'b' } });
    expect(host.snapshot().workshop!.participants.find((p) => p.id === 'b')!.checkedInAt).toBeNull();
    expect(byTestId('checkin-notice').textContent).toContain('ยกเลิกการลงทะเบียนเข้างานของ นายสมชาย รักชาติ (P002)');
  });

  it('registers and checks in a walk-in who is not on the list', async () => {
    const host = await renderApp({ step: 'participants', workshop: register() });
    await type(byTestId<HTMLInputElement>('checkin-search'), 'นางบุญมา มีสุข');
    expect(textOf(byTestId('checkin-desk'))).toContain('ไม่พบ “นางบุญมา มีสุข” ในทะเบียน');
    await click(byTestId('checkin-walk-in'));
    expect(lastCommand(host)).toEqual({ type: 'participant.add', payload: { name: 'นางบุญมา มีสุข', checkedIn: true } });
    expect(byTestId('checkin-notice').textContent).toContain('นางบุญมา มีสุข (P005)');
  });
});

describe('the register', () => {
  it('flags possible duplicates without merging them, and edits a row in place', async () => {
    const host = await renderApp({ step: 'participants', workshop: register() });
    expect(byTestId('duplicate-P001').textContent).toBe('อาจซ้ำกับ P004');
    expect(byTestId('duplicate-P004').textContent).toBe('อาจซ้ำกับ P001');

    await click(byTestId('edit-P004'));
    await type(byTestId<HTMLInputElement>('edit-org-P004'), 'กรมบัญชีกลาง');
    await press(byTestId('edit-org-P004'), 'Enter');
    expect(lastCommand(host)).toEqual({ type: 'participant.update', payload: { id: 'd', patch: { organisation: 'กรมบัญชีกลาง' } } });
    expect(queryByTestId('duplicate-P001')).toBeNull();
  });

  it('removes someone only after a confirmation', async () => {
    const host = await renderApp({ step: 'participants', workshop: register() });
    await click(byTestId('remove-P003'));
    expect(host.commands).toEqual([]);
    expect(byTestId('remove-dialog').textContent).toContain('ลบ Jane Doe (P003) ออกจากทะเบียนใช่หรือไม่');
    await click(byTestId('remove-confirm'));
    expect(lastCommand(host)).toEqual({ type: 'participant.remove', payload: { ids: ['c'] } });
    expect(queryByTestId('register-row-P003')).toBeNull();
  });

  it('erases personal data only once the word is typed', async () => {
    const host = await renderApp({ step: 'participants', workshop: register() });
    await click(byTestId('erase-open'));
    const confirm = byTestId<HTMLButtonElement>('erase-confirm');
    expect(confirm.disabled).toBe(true);
    expect(textOf(byTestId('erase-dialog'))).toContain('รหัสผู้เข้าร่วม');
    await type(byTestId<HTMLInputElement>('erase-word'), 'ลบ');
    expect(confirm.disabled).toBe(false);
    await click(confirm);
    expect(lastCommand(host)).toEqual({ type: 'people.erasePersonalData', payload: {} });
    expect(byTestId('register-row-P001').textContent).toContain('(ลบข้อมูลส่วนบุคคลแล้ว)');
  });

  it('shows where else the person appears before erasing one person, and takes the name out of those places', async () => {
    const w = register();
    const workshop = {
      ...w,
      participants: w.participants.filter((p) => p.id !== 'd'),
      actions: [{ id: 'x1', title: 'จัดทำบัญชีข้อมูล', owner: 'นางสาวสมศรี ใจดี', due: '', indicator: '', priority: 'high' as const, componentId: 'C01', inPlan: true }],
      componentNotes: [{ componentId: 'C02', notes: 'คุณสมศรีเสนอให้มีคำสั่งแต่งตั้ง', evidence: [], strengths: [], gaps: [], ideas: [] }],
    };
    const host = await renderApp({ step: 'participants', workshop });
    await click(byTestId('edit-P001'));
    await click(byTestId('details-P001'));
    await click(byTestId('participant-erase'));
    const dialog = byTestId('erase-dialog');
    const places = [...dialog.querySelectorAll('[data-testid="erase-place"]')].map((li) => textOf(li as HTMLElement));
    expect(places).toEqual([
      expect.stringContaining('องค์ประกอบ 02'),
      expect.stringContaining('แผนปฏิบัติการ “จัดทำบัญชีข้อมูล”: ผู้รับผิดชอบ'),
    ]);
    expect(textOf(byTestId('erase-places-count'))).toContain('พบ 2 แห่ง ข้อความในแต่ละแห่งจะถูกแทนด้วย “[ลบข้อมูลตามคำขอ]”');
    await type(byTestId<HTMLInputElement>('erase-word'), 'ลบ');
    await click(byTestId('erase-confirm'));
    expect(lastCommand(host)).toEqual({ type: 'people.erasePersonalData', payload: { participantId: 'a' } });
    const after = host.snapshot().workshop!;
    expect(after.actions[0]!.owner).toBe('[ลบข้อมูลตามคำขอ]');
    expect(after.componentNotes[0]!.notes).toBe('[ลบข้อมูลตามคำขอ]เสนอให้มีคำสั่งแต่งตั้ง');
  });

  it('says when the person appears nowhere else, and points at someone registered under the same name', async () => {
    await renderApp({ step: 'participants', workshop: register() });
    await click(byTestId('edit-P004'));
    await click(byTestId('details-P004'));
    await click(byTestId('participant-erase'));
    expect(textOf(byTestId('erase-places-none'))).toContain('ไม่พบชื่อหรือข้อมูลติดต่อนี้ในส่วนอื่นของเวที');
    expect(textOf(byTestId('erase-same-name'))).toContain('P001');
  });
});

describe('the register: phones that may be someone on it', () => {
  const JOINED = '2026-11-26T02:40:00.000Z';
  /** The register above, Somsri (P001) checked in at the desk; her phone joined as "สมศรี ใจดี" (P005), another phone anonymously (P006). */
  const withPhones = () => {
    const w = register();
    return {
      ...w,
      participants: [
        ...w.participants.filter((p) => p.id !== 'd').map((p) => (p.id === 'a' ? { ...p, checkedInAt: '2026-11-26T02:30:00.000Z' } : p)),
        participant({ id: 'phone-somsri', code: 'P005', name: 'สมศรี ใจดี', source: 'phone', checkedInAt: JOINED, socialGroups: ['women'], groupsConsent: true }),
        participant({ id: 'phone-anon', code: 'P006', source: 'phone', checkedInAt: JOINED }),
      ],
    };
  };

  it('counts people, not devices, at the desk', async () => {
    await renderApp({ step: 'participants', workshop: withPhones() });
    // Somsri at the desk and on her phone is one person; the anonymous phone cannot be her (her phone is P005): two.
    expect(byTestId('count-checked-in').textContent).toBe('2');
    expect(byTestId('count-registered').textContent).toBe('3');
    expect(byTestId('count-phones').textContent).toBe('2');
  });

  it('flags the phone and the register entry "อาจซ้ำ" with one click to link them, and a way back', async () => {
    const host = await renderApp({ step: 'participants', workshop: withPhones() });
    expect(textOf(byTestId('phone-match-P005'))).toContain('อาจซ้ำกับ P001');
    expect(textOf(byTestId('phone-match-P001'))).toContain('อาจซ้ำกับ P005');
    expect(byTestId('link-P005-P001').textContent).toBe('เป็นคนเดียวกับ P001');
    expect(queryByTestId('phone-match-P006')).toBeNull();
    // The "อาจซ้ำ" filter shows both.
    await click(byTestId('register-filter-duplicates'));
    expect([...byTestId('register-table').querySelectorAll('tbody tr')].map((tr) => tr.getAttribute('data-testid'))).toEqual(['register-row-P001', 'register-row-P005']);
    await click(byTestId('register-filter-all'));

    await click(byTestId('link-P005-P001'));
    expect(lastCommand(host)).toEqual({ type: 'participant.link', payload: { phoneId: 'phone-somsri', participantId: 'a' } });
    expect(host.snapshot().workshop!.participants.find((p) => p.id === 'phone-somsri')!.linkedTo).toBe('a');
    expect(queryByTestId('phone-match-P005')).toBeNull();
    expect(textOf(byTestId('linked-P005'))).toContain('มือถือของ P001');
    expect(textOf(byTestId('has-phone-P001'))).toContain('มือถือ P005');
    expect(byTestId('count-checked-in').textContent).toBe('2');

    await click(byTestId('unlink-P005'));
    expect(lastCommand(host)).toEqual({ type: 'participant.unlink', payload: { phoneId: 'phone-somsri' } });
    expect(queryByTestId('linked-P005')).toBeNull();
    expect(queryByTestId('phone-match-P005')).not.toBeNull();
  });

  it('links from the register entry’s row too, checking them in', async () => {
    const w = withPhones();
    const notIn = { ...w, participants: w.participants.map((p) => (p.id === 'a' ? { ...p, checkedInAt: null } : p)) };
    const host = await renderApp({ step: 'participants', workshop: notIn });
    // Not checked in at the desk: the named phone is a person of its own until linked (and the anonymous one another).
    expect(byTestId('count-checked-in').textContent).toBe('2');
    expect(byTestId('link-P001-P005').textContent).toBe('เป็นคนเดียวกับ P005');
    await click(byTestId('link-P001-P005'));
    expect(lastCommand(host)).toEqual({ type: 'participant.link', payload: { phoneId: 'phone-somsri', participantId: 'a' } });
    expect(host.snapshot().workshop!.participants.find((p) => p.id === 'a')!.checkedInAt).toBe(JOINED);
    // Somsri, now checked in, and the anonymous phone: still two, never three.
    expect(byTestId('count-checked-in').textContent).toBe('2');
  });
});

describe('the register: long text', () => {
  const LONG = 'นางสาวประภัสสรศิริวัฒนาโชติกุลเจริญรุ่งเรือง'.repeat(4).slice(0, 200);

  it('clamps a 200-letter name and organisation to two lines with the whole text in a tooltip, letting the long word break', async () => {
    const w = register();
    const workshop = { ...w, participants: [...w.participants, participant({ id: 'e', code: 'P005', name: LONG, organisation: `องค์การ ${LONG}` })] };
    await renderApp({ step: 'participants', workshop });
    expect(byTestId('register-table').classList.contains('register-table')).toBe(true);
    const name = byTestId('register-row-P005').querySelector('.col-name .pp-clamp')!;
    expect(name.getAttribute('title')).toBe(LONG);
    expect(name.classList.contains('pp-clamp-anywhere')).toBe(true);
    const org = byTestId('register-row-P005').querySelector('.col-org .pp-clamp')!;
    expect(org.getAttribute('title')).toBe(`องค์การ ${LONG}`);
    // An ordinary name keeps the people pages' line breaking: only at its spaces.
    const ordinary = byTestId('register-row-P001').querySelector('.col-name .pp-clamp')!;
    expect(ordinary.classList.contains('pp-clamp-anywhere')).toBe(false);
    expect(ordinary.querySelectorAll('.thai-run')).toHaveLength(2);
  });

  it('sets the register’s column widths in its CSS, not from the content', () => {
    const css = readFileSync(path.resolve(import.meta.dirname, 'people.css'), 'utf8');
    expect(css).toMatch(/\.register-table \{\s*table-layout: fixed;/);
    expect(css).toMatch(/\.pp-clamp \{[^}]*-webkit-line-clamp: 2;/);
    expect(css).toMatch(/\.pp-clamp-anywhere \{[^}]*overflow-wrap: anywhere;/);
  });
});

describe('importing a register: the mapping step', () => {
  /** The fake host's import requests, answered by the real people service against its workshop. */
  function withPeopleService(host: FakeHost) {
    const service = new PeopleService();
    const preview = vi.fn((input: ParticipantFileInput) => service.preview(host.snapshot().workshop!, input));
    const importFile = vi.fn((input: ParticipantImportInput) =>
      service.import(host.snapshot().workshop!, input, async (command) => {
        await host.api.dispatch(command);
        return host.snapshot().workshop!;
      }),
    );
    Object.assign(host.api, { previewParticipantImport: preview, importParticipants: importFile });
    return { preview, importFile };
  }

  async function chooseFile(name: string, bytes: Uint8Array) {
    const input = byTestId<HTMLInputElement>('import-file');
    const file = new File([bytes as Uint8Array<ArrayBuffer>], name, { type: 'text/csv' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    await act(async () => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
  }

  const csv = readFileSync(path.resolve(import.meta.dirname, '../../../../tests/fixtures/people/register-utf8-bom-crlf.csv'));

  it('shows the recognised mapping over the first rows, re-checks a changed column, and imports with that mapping', async () => {
    const host = await renderApp({ step: 'participants' });
    const service = withPeopleService(host);
    await click(byTestId('import-open'));
    await chooseFile('รายชื่อ.csv', csv);
    await until(() => queryByTestId('import-mapping') !== null, 'the mapping step');

    const select = (column: number) => byTestId<HTMLSelectElement>(`mapping-${column}`);
    expect([0, 1, 2, 3, 4, 5].map((c) => select(c).value)).toEqual(['', 'name', 'organisation', 'sector', 'contact', 'contact']);
    expect(byTestId('mapping-table').textContent).toContain('นางสาวสมศรี ใจดี');
    expect(byTestId('import-verdict').textContent).toContain('จะนำเข้า 7 คน จาก 8 แถว');
    expect(byTestId('problem-9').textContent).toContain('บรรทัด 9');
    expect(byTestId('problem-10').textContent).toContain('ไม่รู้จักภาคส่วน "ภาคดาวอังคาร"');

    // No name column: nobody to import, and the button says so by being unavailable.
    await act(async () => {
      select(1).value = '';
      select(1).dispatchEvent(new Event('change', { bubbles: true }));
    });
    await until(() => byTestId('import-verdict').textContent!.includes('จะนำเข้า 0 คน'), 'the re-check');
    expect(byTestId('problem-file').textContent).toContain('ไม่พบคอลัมน์ชื่อ');
    expect(byTestId<HTMLButtonElement>('import-run').disabled).toBe(true);

    // Back to names, and leave the phone numbers out.
    await act(async () => {
      select(1).value = 'name';
      select(1).dispatchEvent(new Event('change', { bubbles: true }));
      select(5).value = '';
      select(5).dispatchEvent(new Event('change', { bubbles: true }));
    });
    await until(() => byTestId('import-verdict').textContent!.includes('จะนำเข้า 7 คน'), 'the second re-check');
    expect(host.commands).toEqual([]);

    await click(byTestId('import-run'));
    await until(() => queryByTestId('import-done') !== null, 'the import');
    expect(service.importFile).toHaveBeenCalledTimes(1);
    expect(service.importFile.mock.calls[0]![0]).toMatchObject({ fileName: 'รายชื่อ.csv', mapping: [null, 'name', 'organisation', 'sector', 'contact', null], checkedIn: false });
    expect(host.commands.map((c) => c.type)).toEqual(['participant.import']);
    expect(byTestId('import-done').textContent).toContain('นำเข้าแล้ว 7 คน (รหัส P001–P007)');
    expect(byTestId('import-duplicates').textContent).toContain('1 กลุ่ม');
    expect(host.snapshot().workshop!.participants.find((p) => p.code === 'P001')!.contact).toBe('somsri@example.go.th');

    // One undo step takes the whole import back.
    await click(byTestId('import-undo'));
    expect(host.snapshot().workshop!.participants).toEqual([]);
    expect(queryByTestId('import-dialog')).toBeNull();
  });

  it('says in Thai why a file cannot be read, and lets another be chosen', async () => {
    const host = await renderApp({ step: 'participants' });
    withPeopleService(host);
    await click(byTestId('import-open'));
    await chooseFile('old.xls', readFileSync(path.resolve(import.meta.dirname, '../../../../tests/fixtures/people/old-excel.xls')));
    await until(() => queryByTestId('import-error') !== null, 'the refusal');
    expect(byTestId('import-error').textContent).toContain('Excel รุ่นเก่า (.xls)');
    expect(byTestId('import-file')).toBeTruthy();
  });
});
