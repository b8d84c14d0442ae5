import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { quadrantOf } from '../../../../shared/charts/stakeholder-grid';
import { IAP2_LABELS, IAP2_LEVELS, type Iap2Level, type Stakeholder } from '../../../../shared/domain/stakeholders';
import { pick, type Language } from '../../../../shared/domain/text';
import type { Workshop } from '../../../../shared/domain/workshop';
import { QUADRANT_LABELS } from '../../../../shared/people/quadrant-labels';
import { useAppStore } from '../../../store/app-store';
import { Icon } from '../../../ui/icons';
import { ErrorAlert } from '../../Notices';
import { PeopleText } from '../participants/text';

type Draft = Omit<Stakeholder, 'id'>;

const EMPTY: Draft = {
  name: '',
  sector: '',
  description: '',
  influence: 3,
  interest: 3,
  currentLevel: null,
  desiredLevel: null,
  socialGroups: [],
  components: [],
  notes: '',
};

/** "ให้ข้อมูลข่าวสาร (Inform)": the IAP2 level in both languages, the UI's first. */
export function iap2Label(level: Iap2Level, language: Language): string {
  const label = IAP2_LABELS[level];
  return language === 'th' ? `${label.th} (${label.en})` : `${label.en} (${label.th})`;
}

interface StakeholderPanelProps {
  workshop: Workshop;
  language: Language;
  /** Null: a new stakeholder. */
  stakeholder: Stakeholder | null;
  onClose: () => void;
  /** After adding: the new stakeholder's id, so the grid can select it. */
  onSaved: (id: string | null) => void;
}

/**
 * The side panel to add or edit a stakeholder: name, sector, description, influence and interest
 * (with the quadrant they give), the current and desired IAP2 levels, the social groups it speaks
 * for, the related components 01–08 and notes. Saved as one command; on a refusal everything
 * typed stays.
 */
export function StakeholderPanel({ workshop, language, stakeholder, onClose, onSaved }: StakeholderPanelProps) {
  const { t } = useTranslation();
  const dispatch = useAppStore((s) => s.dispatch);
  const id = useId();
  const [draft, setDraft] = useState<Draft>(() => (stakeholder ? { ...stakeholder } : { ...EMPTY }));
  const [problem, setProblem] = useState<string | null>(null);
  const [confirmRemove, setConfirmRemove] = useState(false);
  const nameInput = useRef<HTMLInputElement>(null);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  // A card moved on the grid while the panel is open: follow its new place, keep the rest typed.
  useEffect(() => {
    if (stakeholder) setDraft((d) => ({ ...d, influence: stakeholder.influence, interest: stakeholder.interest }));
  }, [stakeholder?.influence, stakeholder?.interest]);

  useEffect(() => {
    nameInput.current?.focus();
  }, [stakeholder?.id]);

  const save = async () => {
    if (draft.name.trim() === '') {
      setProblem(t('people.stakeholder.nameRequired'));
      nameInput.current?.focus();
      return;
    }
    setProblem(null);
    const clean = { ...draft, name: draft.name.trim() };
    if (!stakeholder) {
      const before = new Set(workshop.stakeholders.map((s) => s.id));
      if (await dispatch({ type: 'stakeholder.add', payload: clean })) {
        const added = useAppStore.getState().host?.workshop?.stakeholders.find((s) => !before.has(s.id));
        onSaved(added?.id ?? null);
      }
      return;
    }
    const patch = Object.fromEntries(
      (Object.keys(clean) as (keyof Draft)[]).filter((key) => JSON.stringify(clean[key]) !== JSON.stringify(stakeholder[key])).map((key) => [key, clean[key]]),
    );
    if (Object.keys(patch).length === 0 || (await dispatch({ type: 'stakeholder.update', payload: { id: stakeholder.id, patch } }))) onSaved(stakeholder.id);
  };

  const remove = async () => {
    if (!stakeholder) return;
    if (await dispatch({ type: 'stakeholder.remove', payload: { id: stakeholder.id } })) onClose();
  };

  const toggle = (list: string[], value: string, on: boolean) => (on ? [...list, value] : list.filter((x) => x !== value));
  const quadrant = quadrantOf(draft.influence, draft.interest);

  return (
    <aside className="stakeholder-panel" aria-labelledby={`${id}-title`} data-testid="stakeholder-panel">
      <div className="pp-panel-header">
        <h2 id={`${id}-title`} className="section-title">
          {stakeholder ? t('people.stakeholder.editTitle') : t('people.stakeholder.addTitle')}
        </h2>
        <button type="button" className="icon-button" onClick={onClose} aria-label={t('people.common.close')} title={t('people.common.close')} data-testid="panel-close">
          <Icon name="remove" />
        </button>
      </div>
      <form
        className="people-form pp-panel-form"
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.preventDefault();
            onClose();
          }
        }}
      >
        <ErrorAlert />
        <div className="field">
          <label className="field-label" htmlFor={`${id}-name`}>
            {t('people.stakeholder.name')}
          </label>
          <input
            ref={nameInput}
            id={`${id}-name`}
            className="input"
            value={draft.name}
            maxLength={300}
            data-testid="stakeholder-name"
            aria-invalid={problem ? true : undefined}
            onChange={(event) => set('name', event.target.value)}
          />
          {problem && (
            <p className="field-problem" role="alert">
              {problem}
            </p>
          )}
        </div>
        <div className="field">
          <label className="field-label" htmlFor={`${id}-sector`}>
            {t('people.stakeholder.sector')}
          </label>
          <select id={`${id}-sector`} className="input" value={draft.sector} data-testid="stakeholder-sector" onChange={(event) => set('sector', event.target.value)}>
            <option value="">{t('people.common.noSector')}</option>
            {workshop.settings.sectors.map((s) => (
              <option key={s.id} value={s.id}>
                {pick(s.label, language)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field-label" htmlFor={`${id}-description`}>
            {t('people.stakeholder.description')}
          </label>
          <textarea
            id={`${id}-description`}
            className="input"
            rows={2}
            maxLength={2000}
            value={draft.description}
            data-testid="stakeholder-description"
            onChange={(event) => set('description', event.target.value)}
          />
        </div>
        <div className="pp-pair">
          <RatingField label={t('people.stakeholder.influence')} hint={t('people.stakeholder.influenceHint')} value={draft.influence} testId="stakeholder-influence" onChange={(v) => set('influence', v)} />
          <RatingField label={t('people.stakeholder.interest')} hint={t('people.stakeholder.interestHint')} value={draft.interest} testId="stakeholder-interest" onChange={(v) => set('interest', v)} />
        </div>
        <p className="pp-quadrant-readback" data-testid="stakeholder-quadrant">
          <PeopleText text={t('people.stakeholder.quadrant', { quadrant: pick(QUADRANT_LABELS[quadrant], language) })} />
        </p>
        <div className="pp-levels">
          <LevelField label={t('people.stakeholder.currentLevel')} value={draft.currentLevel} language={language} testId="stakeholder-current" onChange={(v) => set('currentLevel', v)} />
          <LevelField label={t('people.stakeholder.desiredLevel')} value={draft.desiredLevel} language={language} testId="stakeholder-desired" onChange={(v) => set('desiredLevel', v)} />
        </div>
        <fieldset className="field">
          <legend className="field-label">{t('people.stakeholder.socialGroups')}</legend>
          <div className="pp-check-grid">
            {workshop.settings.socialGroups.map((g) => (
              <label key={g.id} className="pp-check">
                <input type="checkbox" checked={draft.socialGroups.includes(g.id)} onChange={(event) => set('socialGroups', toggle(draft.socialGroups, g.id, event.target.checked))} />
                <span>{pick(g.label, language)}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset className="field">
          <legend className="field-label">{t('people.stakeholder.components')}</legend>
          <div className="pp-components">
            {workshop.framework.components.map((c) => (
              <label key={c.id} className="pp-check">
                <input
                  type="checkbox"
                  checked={draft.components.includes(c.id)}
                  data-testid={`stakeholder-component-${c.code}`}
                  onChange={(event) => set('components', toggle(draft.components, c.id, event.target.checked))}
                />
                <span>
                  <span className="pp-component-chip">{c.code}</span> <PeopleText text={pick(c.name, language)} />
                </span>
              </label>
            ))}
          </div>
        </fieldset>
        <div className="field">
          <label className="field-label" htmlFor={`${id}-notes`}>
            {t('people.stakeholder.notes')}
          </label>
          <textarea id={`${id}-notes`} className="input" rows={2} maxLength={5000} value={draft.notes} data-testid="stakeholder-notes" onChange={(event) => set('notes', event.target.value)} />
        </div>
        <div className="pp-panel-actions">
          {stakeholder &&
            (confirmRemove ? (
              <span className="pp-confirm-inline">
                <span>{t('people.stakeholder.removeQuestion')}</span>
                <button type="button" className="button pp-small pp-danger" data-testid="stakeholder-remove-confirm" onClick={() => void remove()}>
                  {t('people.stakeholder.removeConfirm')}
                </button>
                <button type="button" className="button pp-small button-quiet" onClick={() => setConfirmRemove(false)}>
                  {t('people.common.cancel')}
                </button>
              </span>
            ) : (
              <button type="button" className="button button-quiet pp-danger-quiet" data-testid="stakeholder-remove" onClick={() => setConfirmRemove(true)}>
                {t('people.stakeholder.remove')}
              </button>
            ))}
          <span className="pp-panel-actions-main">
            <button type="button" className="button button-quiet" onClick={onClose}>
              {t('people.common.cancel')}
            </button>
            <button type="submit" className="button button-primary" data-testid="stakeholder-save">
              {stakeholder ? t('people.common.save') : t('people.stakeholder.add')}
            </button>
          </span>
        </div>
      </form>
    </aside>
  );
}

function RatingField({ label, hint, value, testId, onChange }: { label: string; hint: string; value: number; testId: string; onChange: (v: number) => void }) {
  const id = useId();
  return (
    <fieldset className="field">
      <legend className="field-label">{label}</legend>
      <div className="segmented pp-segmented-small pp-rating" data-testid={testId} aria-describedby={`${id}-hint`}>
        {[1, 2, 3, 4, 5].map((n) => (
          <label key={n} className="segment">
            <input type="radio" name={id} value={n} checked={value === n} data-testid={`${testId}-${n}`} onChange={() => onChange(n)} />
            <span>{n}</span>
          </label>
        ))}
      </div>
      <p className="field-hint" id={`${id}-hint`}>
        {hint}
      </p>
    </fieldset>
  );
}

function LevelField({ label, value, language, testId, onChange }: { label: string; value: Iap2Level | null; language: Language; testId: string; onChange: (v: Iap2Level | null) => void }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <select id={id} className="input" value={value ?? ''} data-testid={testId} onChange={(event) => onChange((event.target.value || null) as Iap2Level | null)}>
        <option value="">{t('people.stakeholder.noLevel')}</option>
        {IAP2_LEVELS.map((level) => (
          <option key={level} value={level}>
            {iap2Label(level, language)}
          </option>
        ))}
      </select>
    </div>
  );
}
