import { useEffect, useId, useImperativeHandle, useRef, useState, type KeyboardEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../shared/domain/text';
import {
  formatDateLong,
  formatDateNumeric,
  formatDateShort,
  localIsoDate,
  parseDateInput,
  type DateParseResult,
  type DateWarning,
  type Era,
} from '../../shared/format/thai-date';
import { FieldProblem } from './FieldProblem';
import { Icon } from './icons';
import { ThaiText } from './ThaiText';
import './date-field.css';

/** What a form that sends several fields at once asks the field before it sends. */
export interface DateFieldHandle {
  /** Read what is typed (committing it if it changed): the ISO date, or null when it cannot be read (the field then shows why). */
  settle(): Promise<string | null>;
  focus(): void;
}

export interface DateFieldProps {
  label: string;
  /** ISO date (Common Era) or "" for none. */
  value: string;
  /**
   * Keep a date the facilitator typed (ISO, or "" to clear it). Return false (or a promise of
   * false) when it was refused: the text then stays in the field, marked.
   */
  onCommit: (iso: string) => unknown;
  /** The UI language decides the era: Thai reads and shows พ.ศ., English CE. */
  language: Language;
  testId: string;
  hint?: string | undefined;
  placeholder?: string | undefined;
  /** Read the date back with its weekday: "วันพฤหัสบดีที่ 26 พฤศจิกายน พ.ศ. 2569". */
  weekday?: boolean;
  /** A real date that looks wrong for this field (shared/format/thai-date: workshopDateWarning, dueDateWarning). */
  warningFor?: (iso: string, today: string) => DateWarning | null;
  /** Show a button that sets today's date, with this label. */
  todayLabel?: string | undefined;
  /** Injected for tests; the clock otherwise. */
  today?: () => Date;
  /** Enter was pressed and the date read (and committed): for forms where Enter submits. */
  onEnter?: (iso: string) => void;
  /** What to say when onCommit refused the date (the host's reason, say). */
  refusal?: () => string;
  className?: string | undefined;
  ref?: Ref<DateFieldHandle>;
}

const NBSP = '\u00a0';

/**
 * The one field where a date is typed (the workshop date in Setup, action due dates). It is
 * typed and shown in the UI's era, "26/11/2569" in Thai and "26/11/2026" in English, and kept as
 * an ISO date in the Common Era; month names, Thai digits and two-digit years are read too
 * (shared/format/thai-date.ts). It commits when left or on Enter; Escape goes back.
 *
 * Below it: the date in words, so a slip shows at once; a problem (a date that cannot be, which
 * is not sent: aria-invalid, role="alert"); a note when a year was read in the other era; and a
 * warning for a real date that looks wrong for the field (kept, but the facilitator is asked to
 * look again, in a polite live region). All of them describe the input (aria-describedby).
 */
export function DateField({
  label,
  value,
  onCommit,
  language,
  testId,
  hint,
  placeholder,
  weekday = false,
  warningFor,
  todayLabel,
  today = () => new Date(),
  onEnter,
  refusal,
  className,
  ref,
}: DateFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const era: Era = language === 'th' ? 'BE' : 'CE';
  const shown = formatDateNumeric(value, era);
  const [draft, setDraftState] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  // The era note belongs to the date it was read for; another value (undo, a reset) drops it.
  const [note, setNote] = useState<{ iso: string; text: string } | null>(null);

  const draftRef = useRef(draft);
  const setDraft = (next: string | null) => {
    draftRef.current = next;
    setDraftState(next);
  };
  const latest = useRef({ value, shown, onCommit, era });
  latest.current = { value, shown, onCommit, era };

  const problemFor = (parsed: Extract<DateParseResult, { ok: false }>) => t(`date.problem.${parsed.problem}`);

  /** Read `text`, and commit it if it is a date that differs from the value. */
  const commit = async (text: string): Promise<string | null> => {
    const parsed = parseDateInput(text, latest.current.era);
    if (!parsed.ok) {
      setProblem(problemFor(parsed));
      return null;
    }
    setProblem(null);
    setNote(parsed.otherEra ? { iso: parsed.iso, text: t('date.note.otherEra', { typed: parsed.otherEra.typedYear, year: parsed.otherEra.year }) } : null);
    if (parsed.iso !== latest.current.value) {
      const taken = (await latest.current.onCommit(parsed.iso)) !== false;
      if (!taken) {
        setProblem(refusal?.() ?? t('scoring.field.refused'));
        return null;
      }
    }
    // Typing may have gone on while the host answered: keep anything newer.
    if (draftRef.current === text) setDraft(null);
    return parsed.iso;
  };

  const finish = async (): Promise<string | null> => {
    const text = draftRef.current;
    if (text === null) return latest.current.value;
    if (text === latest.current.shown) {
      setDraft(null);
      setProblem(null);
      return latest.current.value;
    }
    return commit(text);
  };

  useImperativeHandle(ref, () => ({ settle: finish, focus: () => input.current?.focus() }));

  // Leaving the step mid-edit must not lose a readable date.
  useEffect(
    () => () => {
      const text = draftRef.current;
      if (text === null || text === latest.current.shown) return;
      const parsed = parseDateInput(text, latest.current.era);
      if (parsed.ok && parsed.iso !== latest.current.value) void latest.current.onCommit(parsed.iso);
    },
    [],
  );

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.nativeEvent.isComposing) return;
    if (event.key === 'Enter') {
      event.preventDefault();
      void finish().then((iso) => {
        if (iso !== null) onEnter?.(iso);
      });
    } else if (event.key === 'Escape' && (draftRef.current !== null || problem)) {
      event.preventDefault();
      setDraft(null);
      setProblem(null);
    }
  };

  const setToday = () => {
    setDraft(null);
    setProblem(null);
    setNote(null);
    const iso = localIsoDate(today());
    if (iso !== value) void onCommit(iso);
  };

  const editing = draft !== null;
  // While typing, the words say how the text reads so far; otherwise what is kept.
  const typed = editing ? parseDateInput(draft, era) : null;
  const wordsOf = editing ? (typed?.ok ? typed.iso : '') : value;
  const words = formatDateLong(wordsOf, language, { weekday, eraLabel: true }).replace('พ.ศ. ', `พ.ศ.${NBSP}`);
  const noteText = !editing && !problem && note && note.iso === value ? note.text : null;
  const warning = !editing && !problem && value && warningFor ? warningFor(value, localIsoDate(today())) : null;
  const warningText = warning
    ? // The date it is measured against, short and on one line: "26 พ.ย. 2569".
      t(`date.warning.${warning.code}`, { date: formatDateShort(warning.reference, language).replaceAll(' ', NBSP) })
    : null;

  const describedBy = [
    hint ? `${id}-hint` : '',
    `${id}-readback`,
    noteText ? `${id}-note` : '',
    warningText ? `${id}-warning` : '',
    problem ? `${id}-problem` : '',
  ]
    .filter(Boolean)
    .join(' ');

  const field = (
    <input
      ref={input}
      id={id}
      className="input"
      type="text"
      inputMode="numeric"
      data-testid={testId}
      value={draft ?? shown}
      placeholder={placeholder}
      maxLength={60}
      autoComplete="off"
      aria-invalid={problem ? true : undefined}
      aria-describedby={describedBy}
      onChange={(event) => {
        setDraft(event.target.value);
        if (problem) setProblem(null);
      }}
      onBlur={() => void finish()}
      onKeyDown={onKeyDown}
    />
  );

  return (
    <div className={`field field-date ${className ?? ''}`} data-testid={`${testId}-field`}>
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      {todayLabel ? (
        <div className="input-with-button">
          {field}
          <button type="button" className="button button-quiet" data-testid={`${testId}-today`} onClick={setToday}>
            <Icon name="calendar" size={18} />
            {todayLabel}
          </button>
        </div>
      ) : (
        field
      )}
      {hint && (
        <p className="field-hint" id={`${id}-hint`}>
          <ThaiText text={hint} />
        </p>
      )}
      <p className="field-readback" id={`${id}-readback`} data-testid={`${testId}-readback`}>
        {words || NBSP}
      </p>
      {/* Polite: a note or a warning never stops the facilitator, so it does not interrupt them either. */}
      <div className="field-date-messages" aria-live="polite">
        {noteText && (
          <p className="field-note" id={`${id}-note`} data-testid={`${testId}-note`}>
            <ThaiText text={noteText} />
          </p>
        )}
        {warningText && (
          <p className="field-warning" id={`${id}-warning`} data-testid={`${testId}-warning`} data-warning={warning!.code}>
            <Icon name="alert" size={18} />
            <span>
              <ThaiText text={warningText} />
            </span>
          </p>
        )}
      </div>
      {problem && (
        <FieldProblem id={`${id}-problem`} testId={`${testId}-problem`}>
          <ThaiText text={problem} />
        </FieldProblem>
      )}
    </div>
  );
}
