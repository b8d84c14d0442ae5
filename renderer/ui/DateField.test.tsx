// @vitest-environment happy-dom
import { useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dueDateWarning, workshopDateWarning } from '../../shared/format/thai-date';
import type { Language } from '../../shared/domain/text';
import { createI18n } from '../i18n';
import { blur, byTestId, cleanup, click, press, queryByTestId, render, type } from '../test-utils';
import { DateField, type DateFieldProps } from './DateField';

afterEach(cleanup);

const TODAY = () => new Date(2026, 10, 26, 10, 0);
const input = () => byTestId<HTMLInputElement>('d');

/** The field as a step holds it: the value is what was last committed. */
function Harness({ initial = '', onCommit, language = 'th', ...rest }: Partial<DateFieldProps> & { initial?: string; language?: Language }) {
  const [value, setValue] = useState(initial);
  return (
    <DateField
      label="วันที่"
      testId="d"
      language={language}
      today={TODAY}
      {...rest}
      value={value}
      onCommit={async (iso) => {
        const taken = (await onCommit?.(iso)) !== false;
        if (taken) setValue(iso);
        return taken;
      }}
    />
  );
}

async function mount(props: Partial<DateFieldProps> & { initial?: string; language?: Language } = {}) {
  return render(
    <I18nextProvider i18n={createI18n(props.language ?? 'th')}>
      <Harness {...props} />
    </I18nextProvider>,
  );
}

/** Every id the input is described by, and that each one is in the page. */
function describedBy(): HTMLElement[] {
  const ids = (input().getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
  return ids.map((id) => {
    const element = document.getElementById(id);
    expect(element, `#${id} is in the page`).not.toBeNull();
    return element!;
  });
}

describe('the date field', () => {
  it('is labelled, hinted and read back in words, each tied to the input', async () => {
    await mount({ initial: '2026-11-26', hint: 'วัน/เดือน/ปี พ.ศ.', weekday: true });
    expect(input().value).toBe('26/11/2569');
    expect(document.querySelector(`label[for="${input().id}"]`)?.textContent).toBe('วันที่');
    expect(describedBy().map((el) => el.textContent)).toEqual(['วัน/เดือน/ปี พ.ศ.', 'วันพฤหัสบดีที่ 26 พฤศจิกายน พ.ศ.\u00a02569']);
    expect(input().getAttribute('aria-invalid')).toBeNull();
  });

  it('reads the date back as it is typed, before it is committed', async () => {
    const onCommit = vi.fn();
    await mount({ onCommit });
    await type(input(), '1/3/2570');
    expect(byTestId('d-readback').textContent).toBe('1 มีนาคม พ.ศ.\u00a02570');
    expect(onCommit).not.toHaveBeenCalled();
    await type(input(), '1/3/25x');
    expect(byTestId('d-readback').textContent).toBe('\u00a0');
  });

  it('commits on blur and on Enter, once per change, and sends "" when the text is cleared', async () => {
    const onCommit = vi.fn();
    await mount({ onCommit, initial: '2026-11-26' });
    await type(input(), '27/11/2569');
    await press(input(), 'Enter');
    await blur(input());
    await type(input(), ' ');
    await blur(input());
    expect(onCommit.mock.calls).toEqual([['2026-11-27'], ['']]);
    expect(input().value).toBe('');
  });

  it('refuses an impossible date on blur: alert, aria-invalid, describedby; typing again clears it', async () => {
    const onCommit = vi.fn();
    await mount({ onCommit });
    await type(input(), '45/13/2570');
    await blur(input());
    expect(onCommit).not.toHaveBeenCalled();
    expect(input().value).toBe('45/13/2570');
    expect(input().getAttribute('aria-invalid')).toBe('true');
    const problem = byTestId('d-problem');
    expect(problem.getAttribute('role')).toBe('alert');
    expect(describedBy()).toContain(problem);
    await type(input(), '4');
    expect(queryByTestId('d-problem')).toBeNull();
    expect(input().getAttribute('aria-invalid')).toBeNull();
  });

  it('shows a warning for an unlikely date, tied to the input and announced politely, without refusing it', async () => {
    const onCommit = vi.fn();
    await mount({ onCommit, warningFor: workshopDateWarning });
    await type(input(), '01/01/2500');
    await blur(input());
    expect(onCommit).toHaveBeenCalledWith('1957-01-01');
    const warning = byTestId('d-warning');
    expect(warning.dataset.warning).toBe('workshopLongAgo');
    expect(describedBy()).toContain(warning);
    expect(warning.parentElement?.getAttribute('aria-live')).toBe('polite');
    expect(input().getAttribute('aria-invalid')).toBeNull();
    // Not while the date is being retyped: only for what is kept.
    await type(input(), '01/01/25');
    expect(queryByTestId('d-warning')).toBeNull();
  });

  it('names the workshop date in a due-date warning', async () => {
    await mount({ warningFor: (iso, today) => dueDateWarning(iso, { workshopDate: '2026-11-26', today }) });
    await type(input(), '01/01/2560');
    await press(input(), 'Enter');
    expect(byTestId('d-warning').textContent).toBe('กำหนดเสร็จก่อนวันจัดเวิร์กชอป (26\u00a0พ.ย.\u00a02569) กรุณาตรวจสอบ');
  });

  it('keeps the text, marked, when the date is refused, with the reason given', async () => {
    await mount({ onCommit: async () => false, refusal: () => 'ระบบไม่รับ' });
    await type(input(), '31/3/2570');
    await blur(input());
    expect(input().value).toBe('31/3/2570');
    expect(input().getAttribute('aria-invalid')).toBe('true');
    expect(byTestId('d-problem').textContent).toBe('ระบบไม่รับ');
  });

  it('calls onEnter with the date only when it reads', async () => {
    const onEnter = vi.fn();
    await mount({ onEnter });
    await type(input(), '31/02/2570');
    await press(input(), 'Enter');
    expect(onEnter).not.toHaveBeenCalled();
    await type(input(), '28/02/2570');
    await press(input(), 'Enter');
    expect(onEnter).toHaveBeenCalledWith('2027-02-28');
  });

  it('commits a readable date when it goes away mid-edit (a step change), and not an unreadable one', async () => {
    const onCommit = vi.fn();
    const first = await mount({ onCommit });
    await type(input(), '31/3/2570');
    await first.unmount();
    expect(onCommit).toHaveBeenCalledWith('2027-03-31');

    onCommit.mockClear();
    const second = await mount({ onCommit });
    await type(input(), '31/13/2570');
    await second.unmount();
    expect(onCommit).not.toHaveBeenCalled();
  });

  it("sets today's date with its button", async () => {
    const onCommit = vi.fn();
    await mount({ onCommit, todayLabel: 'วันนี้' });
    await click(byTestId('d-today'));
    expect(onCommit).toHaveBeenCalledWith('2026-11-26');
  });

  it('reads and shows CE in English, and notes a Buddhist Era year it read', async () => {
    await mount({ language: 'en' });
    await type(input(), '26/11/2569');
    await blur(input());
    expect(input().value).toBe('26/11/2026');
    expect(byTestId('d-note').textContent).toBe('2569 is a Buddhist Era year, so it was read as 2026.');
    expect(describedBy()).toContain(byTestId('d-note'));
  });
});
