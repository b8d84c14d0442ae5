import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PRIORITIES, type ActionItem } from '../../../../shared/domain/outcomes';
import type { Language } from '../../../../shared/domain/text';
import { Icon } from '../../../ui/icons';
import { ThaiText } from '../../../ui/ThaiText';
import { useAppStore } from '../../../store/app-store';
import type { DateFieldHandle } from '../../../ui/DateField';
import { DueDateField, SavedText, useRefusal } from './fields';
import { FieldProblem } from '../../../ui/FieldProblem';

// Limits mirror shared/domain/outcomes.ts, so the browser stops input the host would refuse.
const TITLE_MAX = 1000;
const OWNER_MAX = 300;
const INDICATOR_MAX = 1000;

export type Priority = (typeof PRIORITIES)[number];

interface ActionCardProps {
  action: ActionItem;
  language: Language;
  /** Workshop language, for the `lang` of what people type. */
  lang: string;
  /** data-testid prefix for this card's fields. */
  testId: string;
  /** Shown before the title, e.g. the dot-vote rank. */
  badge?: React.ReactNode;
  /** Shown under the title, e.g. the component the action belongs to. */
  context?: string | null;
}

/**
 * One action, editable in place: what, who, by when (พ.ศ. in Thai), how we will know (indicator),
 * priority, and whether it is in the action plan. Each field is its own command.
 */
export function ActionCard({ action, language, lang, testId, badge, context }: ActionCardProps) {
  const { t } = useTranslation();
  const dispatch = useAppStore((s) => s.dispatch);
  const update = (patch: { title?: string; owner?: string; due?: string; indicator?: string }) =>
    dispatch({ type: 'action.update', payload: { actionId: action.id, ...patch } });
  const priorityId = useId();
  const planId = useId();
  return (
    <article className={`action-card action-priority-${action.priority}`} data-testid={testId} data-action-id={action.id} aria-label={action.title}>
      <div className="action-head">
        {badge}
        <SavedText
          className="action-title"
          value={action.title}
          label={t('scoring.action.title')}
          testId={`${testId}-title`}
          maxLength={TITLE_MAX}
          lang={lang}
          check={(text) => (text.trim() === '' ? t('scoring.action.titleRequired') : null)}
          onSave={(title) => update({ title })}
        />
        <button
          type="button"
          className="icon-button icon-button-danger action-remove"
          data-testid={`${testId}-remove`}
          aria-label={t('scoring.action.remove', { title: action.title })}
          title={t('scoring.action.remove', { title: action.title })}
          onClick={() => void dispatch({ type: 'action.remove', payload: { actionId: action.id } })}
        >
          <Icon name="remove" />
        </button>
      </div>
      {context && (
        <p className="action-context">
          <ThaiText text={context} />
        </p>
      )}
      <div className="action-grid">
        <SavedText
          value={action.owner}
          label={t('scoring.action.owner')}
          testId={`${testId}-owner`}
          maxLength={OWNER_MAX}
          lang={lang}
          onSave={(owner) => update({ owner })}
        />
        <DueDateField value={action.due} language={language} label={t('scoring.action.due')} testId={`${testId}-due`} onSave={(due) => update({ due })} />
        <div className="field">
          <label className="field-label" htmlFor={priorityId}>
            {t('scoring.action.priority')}
          </label>
          <select
            id={priorityId}
            className="input"
            data-testid={`${testId}-priority`}
            value={action.priority}
            onChange={(event) => void dispatch({ type: 'action.setPriority', payload: { actionId: action.id, priority: event.target.value as Priority } })}
          >
            {PRIORITIES.map((priority) => (
              <option key={priority} value={priority}>
                {t(`scoring.priority.${priority}`)}
              </option>
            ))}
          </select>
        </div>
        <SavedText
          className="span-all"
          value={action.indicator}
          label={t('scoring.action.indicator')}
          testId={`${testId}-indicator`}
          maxLength={INDICATOR_MAX}
          placeholder={t('scoring.action.indicatorPlaceholder')}
          lang={lang}
          onSave={(indicator) => update({ indicator })}
        />
      </div>
      <label className="check-field" htmlFor={planId}>
        <input
          id={planId}
          type="checkbox"
          data-testid={`${testId}-in-plan`}
          checked={action.inPlan}
          onChange={(event) =>
            void dispatch({ type: event.target.checked ? 'action.includeInPlan' : 'action.removeFromPlan', payload: { actionId: action.id } })
          }
        />
        <span>
          <ThaiText text={t('scoring.action.inPlan')} />
        </span>
      </label>
    </article>
  );
}

interface NewActionProps {
  componentId: string | null;
  language: Language;
  lang: string;
  testId: string;
  /** New actions go straight into the plan (the priorities step adds them there). */
  inPlan?: boolean;
  /** Text to start the title with (from "make an action of this gap"); changes reset the title. */
  prefill?: { text: string; nonce: number } | null;
}

interface NewActionDraft {
  title: string;
  owner: string;
  /** ISO (CE) or "": the due field reads what is typed (ui/DateField.tsx). */
  due: string;
  indicator: string;
  priority: Priority;
}

const EMPTY: NewActionDraft = { title: '', owner: '', due: '', indicator: '', priority: 'medium' };

/** Add an action: Enter in any field (or the button) adds it when it has a title and a readable (or no) due date. */
export function NewActionForm({ componentId, language, lang, testId, inPlan, prefill }: NewActionProps) {
  const { t } = useTranslation();
  const dispatch = useAppStore((s) => s.dispatch);
  const refusal = useRefusal();
  const id = useId();
  const [draft, setDraft] = useState<NewActionDraft>(EMPTY);
  const [problem, setProblem] = useState<string | null>(null);
  const title = useRef<HTMLInputElement>(null);
  const dueField = useRef<DateFieldHandle>(null);
  const seen = useRef<number | null>(null);
  if (prefill && seen.current !== prefill.nonce) {
    seen.current = prefill.nonce;
    // Render-time adjustment (React's "storing information from previous renders"): no effect flash.
    setDraft((d) => ({ ...d, title: prefill.text }));
  }
  const nonce = prefill?.nonce;
  useEffect(() => {
    if (nonce !== undefined) title.current?.focus();
  }, [nonce]);

  const set = <K extends keyof NewActionDraft>(key: K) => (value: NewActionDraft[K]) => {
    setDraft((d) => ({ ...d, [key]: value }));
    setProblem(null);
  };

  /** `typedDue`: the date Enter in the due field just read (the state has not caught up yet). */
  const add = async (typedDue?: string) => {
    // A due date still being typed is read first; one that cannot be read says why, under it.
    const due = typedDue ?? (dueField.current ? await dueField.current.settle() : draft.due);
    if (draft.title.trim() === '') {
      setProblem(t('scoring.action.titleRequired'));
      title.current?.focus();
      return;
    }
    if (due === null) {
      dueField.current?.focus();
      return;
    }
    const ok = await dispatch({
      type: 'action.add',
      payload: {
        title: draft.title.trim(),
        owner: draft.owner.trim(),
        due,
        indicator: draft.indicator.trim(),
        priority: draft.priority,
        componentId,
        ...(inPlan ? { inPlan: true } : {}),
      },
    });
    if (ok) {
      setDraft(EMPTY);
      setProblem(null);
      title.current?.focus();
    } else {
      setProblem(refusal());
    }
  };
  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.key === 'Enter' && !event.nativeEvent.isComposing) {
      event.preventDefault();
      void add();
    }
  };

  return (
    <fieldset className="action-new" data-testid={testId}>
      <legend className="field-label">{t('scoring.action.new')}</legend>
      <div className="action-grid">
        <div className="field span-all">
          <label className="field-label" htmlFor={`${id}-title`}>
            {t('scoring.action.title')}
          </label>
          <input
            ref={title}
            id={`${id}-title`}
            className="input input-new"
            type="text"
            data-testid={`${testId}-title`}
            value={draft.title}
            maxLength={TITLE_MAX}
            lang={lang}
            autoComplete="off"
            placeholder={t('scoring.action.titlePlaceholder')}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? `${id}-problem` : undefined}
            onChange={(event) => set('title')(event.target.value)}
            onKeyDown={onKeyDown}
          />
        </div>
        <div className="field">
          <label className="field-label" htmlFor={`${id}-owner`}>
            {t('scoring.action.owner')}
          </label>
          <input
            id={`${id}-owner`}
            className="input"
            type="text"
            data-testid={`${testId}-owner`}
            value={draft.owner}
            maxLength={OWNER_MAX}
            lang={lang}
            autoComplete="off"
            onChange={(event) => set('owner')(event.target.value)}
            onKeyDown={onKeyDown}
          />
        </div>
        <DueDateField
          ref={dueField}
          value={draft.due}
          language={language}
          label={t('scoring.action.due')}
          testId={`${testId}-due`}
          onSave={set('due')}
          onEnter={(due) => void add(due)}
        />
        <div className="field">
          <label className="field-label" htmlFor={`${id}-priority`}>
            {t('scoring.action.priority')}
          </label>
          <select
            id={`${id}-priority`}
            className="input"
            data-testid={`${testId}-priority`}
            value={draft.priority}
            onChange={(event) => set('priority')(event.target.value as Priority)}
          >
            {PRIORITIES.map((priority) => (
              <option key={priority} value={priority}>
                {t(`scoring.priority.${priority}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field span-all">
          <label className="field-label" htmlFor={`${id}-indicator`}>
            {t('scoring.action.indicator')}
          </label>
          <input
            id={`${id}-indicator`}
            className="input"
            type="text"
            data-testid={`${testId}-indicator`}
            value={draft.indicator}
            maxLength={INDICATOR_MAX}
            lang={lang}
            autoComplete="off"
            placeholder={t('scoring.action.indicatorPlaceholder')}
            onChange={(event) => set('indicator')(event.target.value)}
            onKeyDown={onKeyDown}
          />
        </div>
      </div>
      <div className="action-new-footer">
        <button type="button" className="button button-primary" data-testid={`${testId}-add`} onClick={() => void add()}>
          <Icon name="plus" size={18} />
          {t('scoring.action.add')}
        </button>
        {problem && (
          <FieldProblem id={`${id}-problem`}>
            <ThaiText text={problem} />
          </FieldProblem>
        )}
      </div>
    </fieldset>
  );
}
