import { useId, useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../shared/domain/text';
import { dueDateWarning } from '../../../../shared/format/thai-date';
import { DateField, type DateFieldHandle } from '../../../ui/DateField';
import { ThaiText } from '../../../ui/ThaiText';
import { errorText, useAppStore } from '../../../store/app-store';
import { useSavedDraft } from './use-saved-draft';
import { FieldProblem } from '../../../ui/FieldProblem';

/**
 * What to say under a field the host refused: its reason (live.lastError, the host's own words)
 * beside the field, as well as in the app's notice at the top, so the facilitator sees why where
 * they are typing. Read when the refusal comes back.
 */
export function useRefusal(): () => string {
  const { t } = useTranslation();
  return () => {
    // The host's reason in the UI language when it gave one (errorText), else its message.
    const reason = errorText(useAppStore.getState());
    return reason ? t('scoring.field.refusedBecause', { reason }) : t('scoring.field.refused');
  };
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
  /** Keep the date: a command (false when the host refused it), or a form's own state. */
  onSave: (iso: string) => unknown;
  /** Thai: typed and shown in พ.ศ.; English: CE. */
  language: Language;
  label: string;
  testId: string;
  className?: string;
  /** For a form where Enter in any field submits (the new-action form). */
  onEnter?: (iso: string) => void;
  ref?: Ref<DateFieldHandle>;
}

/**
 * An action's due date: the app's one date field (ui/DateField.tsx), read back in words, with a
 * warning for a date before the workshop or more than five years after it (before the workshop
 * has a date, today stands in for it).
 */
export function DueDateField({ value, onSave, language, label, testId, className, onEnter, ref }: DueDateProps) {
  const { t } = useTranslation();
  const refusal = useRefusal();
  const workshopDate = useAppStore((s) => s.host?.workshop?.meta.date ?? '');
  return (
    <DateField
      className={`field-due ${className ?? ''}`}
      label={label}
      placeholder={t('scoring.action.duePlaceholder')}
      value={value}
      onCommit={onSave}
      language={language}
      testId={testId}
      warningFor={(iso, today) => dueDateWarning(iso, { workshopDate, today })}
      refusal={refusal}
      {...(onEnter ? { onEnter } : {})}
      {...(ref ? { ref } : {})}
    />
  );
}
