import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateLong, formatDateNumeric, parseDateInput, toIsoDate } from '../../../ui/thai-date';
import { formatTime, parseTimeInput } from '../../../ui/time-of-day';
import type { Language } from '../../../../shared/domain/text';
import { Icon } from '../../../ui/icons';
import { useDraft } from './use-draft';
import { ThaiText } from '../../../ui/ThaiText';

interface FieldFrameProps {
  id: string;
  label: string;
  hint?: string | undefined;
  problem?: string | null | undefined;
  note?: ReactNode;
  className?: string | undefined;
  children: ReactNode;
}

/** Label above, control, then hint and problem, wired for screen readers by id. */
export function FieldFrame({ id, label, hint, problem, note, className, children }: FieldFrameProps) {
  return (
    <div className={`field ${className ?? ''}`}>
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      {children}
      {hint && (
        <p className="field-hint" id={`${id}-hint`}>
          <ThaiText text={hint} />
        </p>
      )}
      {note}
      {problem && (
        <p className="field-problem" id={`${id}-problem`} role="alert">
          <Icon name="alert" size={18} />
          <span>
            <ThaiText text={problem} />
          </span>
        </p>
      )}
    </div>
  );
}

function describedBy(id: string, hint: unknown, problem: unknown): string | undefined {
  return [hint ? `${id}-hint` : '', problem ? `${id}-problem` : ''].filter(Boolean).join(' ') || undefined;
}

interface TextFieldProps {
  label: string;
  value: string;
  onCommit: (value: string) => void;
  testId: string;
  hint?: string;
  placeholder?: string;
  maxLength: number;
  lang?: string;
  className?: string;
  autoComplete?: string;
}

/** A one-line text field that sends its value when the user leaves it or presses Enter. */
export function TextField({ label, value, onCommit, testId, hint, placeholder, maxLength, lang, className, autoComplete = 'off' }: TextFieldProps) {
  const id = useId();
  const draft = useDraft(value, (text) => {
    const next = text.trim();
    if (next !== value) onCommit(next);
    return true;
  });
  return (
    <FieldFrame id={id} label={label} hint={hint} className={className}>
      <input
        id={id}
        className="input"
        type="text"
        data-testid={testId}
        value={draft.value}
        placeholder={placeholder}
        maxLength={maxLength}
        lang={lang}
        autoComplete={autoComplete}
        aria-describedby={describedBy(id, hint, null)}
        onChange={draft.onChange}
        onBlur={draft.onBlur}
        onKeyDown={draft.onKeyDown}
      />
    </FieldFrame>
  );
}

interface DateFieldProps {
  value: string;
  onCommit: (iso: string) => void;
  /** The UI language decides the era: Thai reads and shows พ.ศ., English CE. */
  language: Language;
  testId: string;
  /** Injected for tests; today's date otherwise. */
  today?: () => Date;
}

/**
 * The meeting date, stored as ISO (CE) and typed and shown in the UI's era: "26/11/2569" in Thai,
 * "26/11/2026" in English (names, Thai digits and two-digit years are read too; see thai-date.ts).
 * Below it, the date in words, so a slip in the day or the era shows at once.
 */
export function DateField({ value, onCommit, language, testId, today = () => new Date() }: DateFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const era = language === 'th' ? 'BE' : 'CE';
  const [problem, setProblem] = useState<string | null>(null);
  const draft = useDraft(formatDateNumeric(value, era), (text) => {
    const parsed = parseDateInput(text, era);
    if (!parsed.ok) {
      setProblem(t(`date.problem.${parsed.problem}`, { suggested: String(parsed.suggestedYear ?? '') }));
      return false;
    }
    setProblem(null);
    if (parsed.iso !== value) onCommit(parsed.iso);
    return formatDateNumeric(parsed.iso, era);
  });
  // The era stays with its year on one line: "พ.ศ. 2569", never "พ.ศ." at a line's end.
  const words = formatDateLong(value, language, { weekday: true, eraLabel: true }).replace('พ.ศ. ', 'พ.ศ.\u00a0');

  const setToday = () => {
    const now = today();
    draft.setDraft(null);
    setProblem(null);
    const iso = toIsoDate({ year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() });
    if (iso !== value) onCommit(iso);
  };

  return (
    <FieldFrame
      id={id}
      label={t('setup.date.label')}
      hint={t('setup.date.hint')}
      problem={problem}
      className="field-date"
      note={
        <p className="field-readback" aria-live="polite" data-testid={`${testId}-readback`}>
          {words && draft.value === formatDateNumeric(value, era) ? words : ' '}
        </p>
      }
    >
      <div className="input-with-button">
        <input
          id={id}
          className="input"
          type="text"
          inputMode="numeric"
          data-testid={testId}
          value={draft.value}
          placeholder={t('setup.date.placeholder')}
          maxLength={60}
          autoComplete="off"
          aria-invalid={problem ? true : undefined}
          aria-describedby={describedBy(id, true, problem)}
          onChange={(event) => {
            draft.onChange(event);
            if (problem) setProblem(null);
          }}
          onBlur={draft.onBlur}
          onKeyDown={(event) => {
            if (event.key === 'Escape') setProblem(null);
            draft.onKeyDown(event);
          }}
        />
        <button type="button" className="button button-quiet" data-testid={`${testId}-today`} onClick={setToday}>
          <Icon name="calendar" size={18} />
          {t('setup.date.today')}
        </button>
      </div>
    </FieldFrame>
  );
}

interface TimeFieldProps {
  label: string;
  value: string;
  onCommit: (value: string) => void;
  language: Language;
  testId: string;
  warning?: string | null;
}

/** A time of day, typed as "9", "09.00", "09:00" or "0900"; shown as 09.00 (Thai) or 09:00 (English). */
export function TimeField({ label, value, onCommit, language, testId, warning }: TimeFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const [problem, setProblem] = useState<string | null>(null);
  const draft = useDraft(formatTime(value, language), (text) => {
    const parsed = parseTimeInput(text);
    if (!parsed.ok) {
      setProblem(t(`time.problem.${parsed.problem}`));
      return false;
    }
    setProblem(null);
    if (parsed.value !== value) onCommit(parsed.value);
    return formatTime(parsed.value, language);
  });
  const shown = problem ?? warning ?? null;
  return (
    <FieldFrame id={id} label={label} hint={t('setup.time.hint')} problem={shown} className="field-time">
      <input
        id={id}
        className="input"
        type="text"
        inputMode="numeric"
        data-testid={testId}
        value={draft.value}
        placeholder={t('setup.time.placeholder')}
        maxLength={20}
        autoComplete="off"
        aria-invalid={problem ? true : undefined}
        aria-describedby={describedBy(id, true, shown)}
        onChange={(event) => {
          draft.onChange(event);
          if (problem) setProblem(null);
        }}
        onBlur={draft.onBlur}
        onKeyDown={(event) => {
          if (event.key === 'Escape') setProblem(null);
          draft.onKeyDown(event);
        }}
      />
    </FieldFrame>
  );
}
