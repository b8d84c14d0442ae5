import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { workshopDateWarning } from '../../../../shared/format/thai-date';
import { DateField } from '../../../ui/DateField';
import { formatTime, parseTimeInput } from '../../../ui/time-of-day';
import type { Language } from '../../../../shared/domain/text';
import { useDraft } from './use-draft';
import { ThaiText } from '../../../ui/ThaiText';
import { FieldProblem } from '../../../ui/FieldProblem';

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
        <FieldProblem id={`${id}-problem`}>
          <ThaiText text={problem} />
        </FieldProblem>
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

interface WorkshopDateFieldProps {
  value: string;
  onCommit: (iso: string) => unknown;
  /** The UI language decides the era: Thai reads and shows พ.ศ., English CE. */
  language: Language;
  testId: string;
  /** Injected for tests; today's date otherwise. */
  today?: () => Date;
}

/**
 * The meeting date: the app's one date field (ui/DateField.tsx) with a "today" button, the date
 * read back with its weekday, and a warning for a date more than a year ago or two years ahead.
 */
export function WorkshopDateField({ value, onCommit, language, testId, today }: WorkshopDateFieldProps) {
  const { t } = useTranslation();
  return (
    <DateField
      label={t('setup.date.label')}
      hint={t('setup.date.hint')}
      placeholder={t('setup.date.placeholder')}
      todayLabel={t('setup.date.today')}
      value={value}
      onCommit={onCommit}
      language={language}
      testId={testId}
      weekday
      warningFor={workshopDateWarning}
      {...(today ? { today } : {})}
    />
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
