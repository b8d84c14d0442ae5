import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FrameworkComponent } from '../../../../shared/domain/framework';
import type { Poll, Tally } from '../../../../shared/domain/polls';
import { pick, type Language } from '../../../../shared/domain/text';
import { MATURITY_LEVEL_COUNT } from '../../../../shared/polls';
import { useAppStore } from '../../../store/app-store';
import { Icon } from '../../../ui/icons';
import { ThaiText } from '../../../ui/ThaiText';
import { useRefusal } from './fields';
import { FieldProblem } from '../../../ui/FieldProblem';
import { parseCount } from './figures';

const LEVELS = Array.from({ length: MATURITY_LEVEL_COUNT }, (_, i) => i + 1);

/** The counts as typed: text, so a half-typed or mistyped number stays on screen until fixed. */
export interface TallyDraft {
  counts: string[];
  abstain: string;
  target: string[];
}

export function draftOf(tally: Tally | undefined): TallyDraft {
  return {
    counts: LEVELS.map((_, i) => String(tally?.counts[i] ?? 0)),
    abstain: String(tally?.abstain ?? 0),
    target: LEVELS.map((_, i) => String(tally?.targetCounts?.[i] ?? 0)),
  };
}

export type ReadTally = { ok: true; counts: number[]; abstain: number; target: number[] } | { ok: false };

export function readDraft(draft: TallyDraft): ReadTally {
  const counts = draft.counts.map((text) => parseCount(text));
  const abstain = parseCount(draft.abstain);
  const target = draft.target.map((text) => parseCount(text));
  if (abstain === null || counts.some((c) => c === null) || target.some((c) => c === null)) return { ok: false };
  return { ok: true, counts: counts as number[], abstain, target: target as number[] };
}

const sum = (values: readonly number[]) => values.reduce((total, v) => total + v, 0);
const sameDraft = (a: TallyDraft, b: TallyDraft) => JSON.stringify(readDraft(a)) === JSON.stringify(readDraft(b));

interface TallyEntryProps {
  poll: Poll;
  round: number;
  stored: Tally | undefined;
  component: FrameworkComponent;
  language: Language;
}

type PadKey = { row: 'counts' | 'target'; index: number } | { row: 'abstain' };

/**
 * A show of hands (or coloured cards) typed in by the facilitator for the current round: how many
 * people at each level 1–5, how many "don't know", and, if the poll asks, the target levels. The
 * running total shows as it is typed; Save sends one `tally.set`. For counting one card at a time,
 * the counting pad takes number keys: 1–5 add one at that level (Shift+1–5 a target), 0 a "don't
 * know", Backspace takes the last one back, Enter saves.
 */
export function TallyEntry({ poll, round, stored, component, language }: TallyEntryProps) {
  const { t } = useTranslation();
  const dispatch = useAppStore((s) => s.dispatch);
  const id = useId();
  const refusal = useRefusal();
  const [draft, setDraft] = useState<TallyDraft | null>(null);
  const [refused, setRefused] = useState<string | null>(null);
  const [padLog, setPadLog] = useState<PadKey[]>([]);
  const [padNote, setPadNote] = useState('');
  const shown = draft ?? draftOf(stored);
  const read = readDraft(shown);
  const dirty = draft !== null && !sameDraft(draft, draftOf(stored));

  // Counts typed but not saved are saved when the focus leaves the show of hands (to reveal the
  // round, say) or the step goes away, rather than lost; Save (or Enter) saves at once.
  const pending = useRef<(() => void) | null>(null);
  pending.current = dirty && read.ok ? () => void save() : null;
  useEffect(() => () => pending.current?.(), []);

  const edit = (change: (d: TallyDraft) => TallyDraft) => {
    setDraft((current) => change(current ?? draftOf(stored)));
    setRefused(null);
  };
  const setField = (row: 'counts' | 'target', index: number, text: string) =>
    edit((d) => ({ ...d, [row]: d[row].map((v, i) => (i === index ? text : v)) }));
  const bump = (key: PadKey, by: number) =>
    edit((d) => {
      const next = (text: string) => String(Math.max(0, (parseCount(text) ?? 0) + by));
      if (key.row === 'abstain') return { ...d, abstain: next(d.abstain) };
      return { ...d, [key.row]: d[key.row].map((v, i) => (i === key.index ? next(v) : v)) };
    });

  async function save(): Promise<void> {
    const current = readDraft(draft ?? draftOf(stored));
    if (!current.ok) return;
    const targetCounts = poll.askTarget ? (sum(current.target) > 0 ? current.target : null) : undefined;
    const ok = await dispatch({
      type: 'tally.set',
      payload: { pollId: poll.id, round, counts: current.counts, abstain: current.abstain, ...(targetCounts !== undefined ? { targetCounts } : {}) },
    });
    if (ok) {
      setDraft(null);
      setPadLog([]);
    } else setRefused(refusal());
  }

  const clear = async () => {
    if (await dispatch({ type: 'tally.clear', payload: { pollId: poll.id, round } })) {
      setDraft(null);
      setPadLog([]);
    }
  };

  const levelName = (level: number) => pick(component.levels[level - 1]!.name, language);
  const describeKey = (key: PadKey) =>
    key.row === 'abstain'
      ? t('scoring.tally.dontKnow')
      : t(key.row === 'target' ? 'scoring.tally.padTarget' : 'scoring.tally.padCurrent', { level: key.index + 1, name: levelName(key.index + 1) });

  const onPadKey = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    // event.code, so Shift+3 is still "3" whatever the keyboard layout prints (Thai Kedmanee too).
    const digit = /^(Digit|Numpad)([0-9])$/.exec(event.code)?.[2] ?? (/^[0-9]$/.test(event.key) ? event.key : null);
    let key: PadKey | null = null;
    if (digit === '0') key = { row: 'abstain' };
    else if (digit !== null && Number(digit) >= 1 && Number(digit) <= MATURITY_LEVEL_COUNT) {
      key = { row: event.shiftKey && poll.askTarget ? 'target' : 'counts', index: Number(digit) - 1 };
    }
    if (key) {
      event.preventDefault();
      bump(key, 1);
      setPadLog((log) => [...log, key]);
      setPadNote(t('scoring.tally.padAdded', { what: describeKey(key) }));
    } else if (event.key === 'Backspace' && padLog.length > 0) {
      event.preventDefault();
      const last = padLog.at(-1)!;
      bump(last, -1);
      setPadLog((log) => log.slice(0, -1));
      setPadNote(t('scoring.tally.padRemoved', { what: describeKey(last) }));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      void save();
    }
  };

  const inputKeys = (row: 'counts' | 'target' | 'abstain', index: number) => (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
      event.preventDefault();
      bump(row === 'abstain' ? { row } : { row, index }, event.key === 'ArrowUp' ? 1 : -1);
    } else if (event.key === 'Enter' && !event.nativeEvent.isComposing) {
      event.preventDefault();
      void save();
    }
  };

  const countInput = (row: 'counts' | 'target' | 'abstain', index: number, label: string) => {
    const value = row === 'abstain' ? shown.abstain : shown[row][index]!;
    const bad = parseCount(value) === null;
    const testId = row === 'abstain' ? 'tally-abstain' : `tally-${row === 'counts' ? 'level' : 'target'}-${index + 1}`;
    return (
      <input
        className="input tally-input"
        type="text"
        inputMode="numeric"
        data-testid={testId}
        aria-label={label}
        value={value}
        maxLength={6}
        autoComplete="off"
        aria-invalid={bad || undefined}
        onFocus={(event) => event.target.select()}
        onChange={(event) => (row === 'abstain' ? edit((d) => ({ ...d, abstain: event.target.value })) : setField(row, index, event.target.value))}
        onKeyDown={inputKeys(row, index)}
      />
    );
  };

  const counted = read.ok ? sum(read.counts) : null;
  const total = read.ok ? sum(read.counts) + read.abstain : null;
  const targetTotal = read.ok ? sum(read.target) : null;

  return (
    <section
      className="tally"
      aria-labelledby={`${id}-title`}
      data-testid="tally"
      onBlur={(event) => {
        const next = event.relatedTarget as Node | null;
        if (next && !event.currentTarget.contains(next)) pending.current?.();
      }}
    >
      <div className="tally-head">
        <h3 id={`${id}-title`} className="subsection-title">
          <ThaiText text={t('scoring.tally.title', { round })} />
        </h3>
        <span className="badge badge-typed">{t('scoring.tally.typedBadge')}</span>
      </div>
      <p className="field-hint">
        <ThaiText text={t('scoring.tally.hint')} />
      </p>

      <div className="tally-table" role="group" aria-label={t('scoring.tally.title', { round })}>
        <span className="tally-corner" aria-hidden="true" />
        {LEVELS.map((level) => (
          <span key={level} className="tally-col-head" aria-hidden="true">
            <strong>{level}</strong>
            <small>
              <ThaiText text={levelName(level)} />
            </small>
          </span>
        ))}
        <span className="tally-col-head tally-col-abstain" aria-hidden="true">
          <strong>?</strong>
          <small>
            <ThaiText text={t('scoring.tally.dontKnow')} />
          </small>
        </span>
        <span className="tally-col-head tally-col-total" aria-hidden="true">
          <small>{t('scoring.tally.total')}</small>
        </span>

        <span className="tally-row-head">
          <ThaiText text={t('scoring.tally.current')} />
        </span>
        {LEVELS.map((level, i) => (
          <span key={level} className="tally-cell">
            {countInput('counts', i, t('scoring.tally.levelLabel', { level, name: levelName(level) }))}
          </span>
        ))}
        <span className="tally-cell tally-col-abstain">{countInput('abstain', 0, t('scoring.tally.dontKnow'))}</span>
        <span className="tally-cell tally-total" data-testid="tally-total" aria-live="polite">
          {total ?? '—'}
        </span>

        {poll.askTarget && (
          <>
            <span className="tally-row-head">
              <ThaiText text={t('scoring.tally.target')} />
            </span>
            {LEVELS.map((level, i) => (
              <span key={level} className="tally-cell">
                {countInput('target', i, t('scoring.tally.targetLabel', { level, name: levelName(level) }))}
              </span>
            ))}
            <span className="tally-cell tally-col-abstain" aria-hidden="true">
              –
            </span>
            <span className="tally-cell tally-total" data-testid="tally-target-total">
              {targetTotal ?? '—'}
            </span>
          </>
        )}
      </div>

      <p className="tally-summary" data-testid="tally-summary">
        {read.ok ? (
          <ThaiText text={t('scoring.tally.summary', { total: total ?? 0, counted: counted ?? 0, abstain: read.abstain })} />
        ) : (
          <span className="text-problem">
            <ThaiText text={t('scoring.tally.notANumber')} />
          </span>
        )}
      </p>

      <div
        className="tally-pad"
        tabIndex={0}
        role="group"
        data-testid="tally-pad"
        aria-label={t('scoring.tally.padLabel')}
        aria-describedby={`${id}-pad-help`}
        onKeyDown={onPadKey}
      >
        <p id={`${id}-pad-help`} className="tally-pad-help">
          <ThaiText text={t(poll.askTarget ? 'scoring.tally.padHelpTarget' : 'scoring.tally.padHelp')} />
        </p>
        <p className="tally-pad-note" aria-live="polite">
          {padNote || '\u00a0'}
        </p>
      </div>

      <div className="tally-footer">
        <button type="button" className="button button-primary" data-testid="tally-save" disabled={!read.ok || !dirty} onClick={() => void save()}>
          {t('scoring.tally.save', { round })}
        </button>
        {stored && (
          <button type="button" className="button button-quiet" data-testid="tally-clear" onClick={() => void clear()}>
            <Icon name="remove" size={18} />
            {t('scoring.tally.clear')}
          </button>
        )}
        <span className="tally-state" data-testid="tally-state" data-dirty={dirty || undefined}>
          <ThaiText text={dirty ? t('scoring.tally.unsaved') : stored ? t('scoring.tally.saved') : t('scoring.tally.none')} />
        </span>
      </div>
      {refused && (
        <FieldProblem id={`${id}-problem`}>
          <ThaiText text={refused} />
        </FieldProblem>
      )}
    </section>
  );
}
