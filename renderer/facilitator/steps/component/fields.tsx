import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../shared/domain/text';
import { Icon } from '../../../ui/icons';
import { formatDateLong, formatDateNumeric, parseDateInput, type DateProblem } from '../../../ui/thai-date';
import { ThaiText } from '../../../ui/ThaiText';
import { useAppStore } from '../../../store/app-store';
import { useSavedDraft } from './use-saved-draft';

/**
 * What to say under a field the host refused: its reason (live.lastError, the host's own words)
 * beside the field, as well as in the app's notice at the top, so the facilitator sees why where
 * they are typing. Read when the refusal comes back.
 */
export function useRefusal(): () => string {
  const { t } = useTranslation();
  return () => {
    const reason = useAppStore.getState().live.lastError;
    return reason ? t('scoring.field.refusedBecause', { reason }) : t('scoring.field.refused');
  };
}

/** A message under a field, tied to it by id; `alert` for a problem the user just caused. */
export function FieldProblem({ id, children }: { id: string; children: ReactNode }) {
  return (
    <p className="field-problem" id={id} role="alert">
      <Icon name="alert" size={18} />
      <span>{children}</span>
    </p>
  );
}

interface SavedTextProps {
  value: string;
  /** Send the text to the host; false when it was refused (the text stays in the field). */
  onSave: (text: string) => Promise<boolean>;
  label: string;
  /** Show the label above the field (default) or only to screen readers. */
  labelHidden?: boolean;
  testId: string;
  maxLength: number;
  placeholder?: string;
  multiline?: boolean;
  /** One entry that may be long: shown whole (a growing text box), but Enter still saves it. */
  wrap?: boolean;
  lang?: string;
  className?: string;
  /** Checked before anything is sent: a message keeps the text in the field, unsent. */
  check?: (text: string) => string | null;
}

/**
 * A field saved as one command when it is left or Enter is pressed (Ctrl+Enter in a multi-line
 * field, where Enter starts a new line). Escape goes back to the saved text.
 */
export function SavedText({ value, onSave, label, labelHidden, testId, maxLength, placeholder, multiline, wrap, lang, className, check }: SavedTextProps) {
  const { t } = useTranslation();
  const id = useId();
  const refusal = useRefusal();
  const [problem, setProblem] = useState<string | null>(null);
  const draft = useSavedDraft(
    value,
    async (text) => {
      const found = check?.(text) ?? null;
      setProblem(found);
      if (found) return false;
      const saved = await onSave(text);
      if (!saved) setProblem(refusal());
      return saved;
    },
    { multiline },
  );
  const invalid = problem !== null || draft.refused;
  const common = {
    id,
    className: 'input',
    'data-testid': testId,
    value: draft.value,
    maxLength,
    placeholder,
    lang,
    autoComplete: 'off',
    'aria-invalid': invalid || undefined,
    'aria-describedby': invalid ? `${id}-problem` : undefined,
    onChange: (event: { target: { value: string } }) => {
      draft.onChange(event);
      setProblem(null);
    },
    onBlur: draft.onBlur,
    onKeyDown: draft.onKeyDown,
  };
  return (
    <div className={`field ${className ?? ''}`}>
      <label className={labelHidden ? 'visually-hidden' : 'field-label'} htmlFor={id}>
        {label}
      </label>
      {multiline ? <textarea rows={3} {...common} /> : wrap ? <textarea rows={1} {...common} className="input input-wrap" /> : <input type="text" {...common} />}
      {invalid && (
        <FieldProblem id={`${id}-problem`}>
          <ThaiText text={problem ?? t('scoring.field.refused')} />
        </FieldProblem>
      )}
    </div>
  );
}

interface DueDateProps {
  /** ISO date (CE) or "". */
  value: string;
  onSave: (iso: string) => Promise<boolean>;
  /** Thai: typed and shown in พ.ศ.; English: CE. */
  language: Language;
  label: string;
  testId: string;
  className?: string;
}

/**
 * A due date typed as the UI's era writes it ("31/12/2569" in Thai) and stored as an ISO date in
 * the Common Era, with the date read back in words so a slip in the day or the era shows at once.
 * Reads what the Setup step's date field reads (ui/thai-date.ts), and words problems the same way.
 */
export function DueDateField({ value, onSave, language, label, testId, className }: DueDateProps) {
  const { t } = useTranslation();
  const id = useId();
  const era = language === 'th' ? 'BE' : 'CE';
  const refusal = useRefusal();
  const [problem, setProblem] = useState<string | null>(null);
  const shown = formatDateNumeric(value, era);
  const draft = useSavedDraft(shown, async (text) => {
    const parsed = parseDateInput(text, era);
    if (!parsed.ok) {
      setProblem(t(`date.problem.${parsed.problem}`, { suggested: String(parsed.suggestedYear ?? '') }));
      return false;
    }
    setProblem(null);
    if (parsed.iso === value) return true;
    const saved = await onSave(parsed.iso);
    if (!saved) setProblem(refusal());
    return saved;
  });
  const invalid = problem !== null || draft.refused;
  const words = formatDateLong(value, language, { eraLabel: true }).replace('พ.ศ. ', 'พ.ศ.\u00a0');
  return (
    <div className={`field field-due ${className ?? ''}`}>
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        className="input"
        type="text"
        inputMode="numeric"
        data-testid={testId}
        value={draft.value}
        placeholder={t('scoring.action.duePlaceholder')}
        maxLength={60}
        autoComplete="off"
        aria-invalid={invalid || undefined}
        aria-describedby={`${id}-readback${invalid ? ` ${id}-problem` : ''}`}
        onChange={(event) => {
          draft.onChange(event);
          setProblem(null);
        }}
        onBlur={draft.onBlur}
        onKeyDown={draft.onKeyDown}
      />
      <p className="field-readback" id={`${id}-readback`} data-testid={`${testId}-readback`}>
        {words && !draft.editing ? words : '\u00a0'}
      </p>
      {invalid && (
        <FieldProblem id={`${id}-problem`}>
          <ThaiText text={problem ?? t('scoring.field.refused')} />
        </FieldProblem>
      )}
    </div>
  );
}

/** Parse a due date typed in the UI's era; for forms that send several fields at once. */
export function readDueDate(text: string, language: Language): { ok: true; iso: string } | { ok: false; problem: DateProblem; suggested: string } {
  const parsed = parseDateInput(text, language === 'th' ? 'BE' : 'CE');
  return parsed.ok ? parsed : { ok: false, problem: parsed.problem, suggested: String(parsed.suggestedYear ?? '') };
}
