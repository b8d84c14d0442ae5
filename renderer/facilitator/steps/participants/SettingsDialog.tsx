import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Category } from '../../../../shared/domain/people';
import type { LocalizedText } from '../../../../shared/domain/text';
import type { Workshop, WorkshopSettings } from '../../../../shared/domain/workshop';
import { useAppStore } from '../../../store/app-store';
import { Icon } from '../../../ui/icons';
import { useDraft } from '../setup/use-draft';
import { Dialog } from './Dialog';
import { PeopleText } from './text';
import { FieldProblem } from '../../../ui/FieldProblem';

/**
 * The people side of the workshop's settings: the PDPA notice (Thai and English) shown on the
 * register and the phones' join page, the sector and social-group lists, and the minimum group
 * size below which no group-level number is shown anywhere. Each field is kept when left, as one
 * `settings.update` (one undo step); the host refuses to drop a sector or group still in use.
 */
export function SettingsDialog({ workshop, onClose }: { workshop: Workshop; onClose: () => void }) {
  const { t } = useTranslation();
  const dispatch = useAppStore((s) => s.dispatch);
  const settings = workshop.settings;
  const update = (patch: Partial<WorkshopSettings>) => dispatch({ type: 'settings.update', payload: patch });

  return (
    <Dialog
      title={t('people.settings.title')}
      onClose={onClose}
      testId="people-settings"
      size="wide"
      footer={
        <button type="button" className="button button-primary" onClick={onClose} data-testid="settings-close">
          {t('people.common.done')}
        </button>
      }
    >
      <div className="pp-settings-sections">
        <section className="pp-settings-section" aria-labelledby="settings-pdpa">
          <h3 id="settings-pdpa" className="pp-subtitle">
            {t('people.settings.pdpaTitle')}
          </h3>
          <p className="field-hint">
            <PeopleText text={t('people.settings.pdpaHint')} />
          </p>
          <div className="pp-pair">
            <NoticeField label={t('people.settings.pdpaThai')} lang="th" value={settings.pdpaNotice.th} testId="pdpa-th" onCommit={(th) => update({ pdpaNotice: { ...settings.pdpaNotice, th } })} />
            <NoticeField label={t('people.settings.pdpaEnglish')} lang="en" value={settings.pdpaNotice.en} testId="pdpa-en" onCommit={(en) => update({ pdpaNotice: { ...settings.pdpaNotice, en } })} />
          </div>
        </section>

        <section className="pp-settings-section" aria-labelledby="settings-min">
          <h3 id="settings-min" className="pp-subtitle">
            {t('people.settings.minTitle')}
          </h3>
          <MinGroupSizeField value={settings.minGroupSize} onCommit={(minGroupSize) => update({ minGroupSize })} />
        </section>

        <section className="pp-settings-section" aria-labelledby="settings-sectors">
          <h3 id="settings-sectors" className="pp-subtitle">
            {t('people.settings.sectorsTitle')}
          </h3>
          <CategoryEditor items={settings.sectors} prefix="sector" testId="sectors" onChange={(sectors) => update({ sectors })} />
        </section>

        <section className="pp-settings-section" aria-labelledby="settings-groups">
          <h3 id="settings-groups" className="pp-subtitle">
            {t('people.settings.groupsTitle')}
          </h3>
          <p className="field-hint">
            <PeopleText text={t('people.settings.groupsHint')} />
          </p>
          <CategoryEditor items={settings.socialGroups} prefix="group" testId="groups" onChange={(socialGroups) => update({ socialGroups })} />
        </section>
      </div>
    </Dialog>
  );
}

function NoticeField({ label, lang, value, testId, onCommit }: { label: string; lang: string; value: string; testId: string; onCommit: (text: string) => void }) {
  const id = useId();
  const draft = useDraft(value, (text) => {
    if (text.trim() !== value) onCommit(text.trim());
    return true;
  });
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <textarea
        id={id}
        className="input pp-notice-text"
        lang={lang}
        rows={5}
        maxLength={5000}
        value={draft.value}
        data-testid={testId}
        onChange={draft.onChange}
        onBlur={draft.onBlur}
        onKeyDown={(event) => {
          // Enter is a new line in a paragraph; Escape still goes back.
          if (event.key === 'Escape') draft.onKeyDown(event);
        }}
      />
    </div>
  );
}

function MinGroupSizeField({ value, onCommit }: { value: number; onCommit: (n: number) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [problem, setProblem] = useState<string | null>(null);
  const draft = useDraft(String(value), (text) => {
    const n = Number(text.trim());
    if (!Number.isInteger(n) || n < 1 || n > 1000) {
      setProblem(t('people.settings.minProblem'));
      return false;
    }
    setProblem(null);
    if (n !== value) onCommit(n);
    return String(n);
  });
  return (
    <div className="field pp-field-narrow">
      <label className="field-label" htmlFor={id}>
        {t('people.settings.minLabel')}
      </label>
      <input
        id={id}
        className="input"
        type="text"
        inputMode="numeric"
        value={draft.value}
        maxLength={4}
        data-testid="min-group-size"
        aria-invalid={problem ? true : undefined}
        aria-describedby={`${id}-hint${problem ? ` ${id}-problem` : ''}`}
        onChange={(event) => {
          draft.onChange(event);
          if (problem) setProblem(null);
        }}
        onBlur={draft.onBlur}
        onKeyDown={draft.onKeyDown}
      />
      <p className="field-hint" id={`${id}-hint`}>
        <PeopleText text={t('people.settings.minHint')} />
      </p>
      {problem && (
        <FieldProblem id={`${id}-problem`}>{problem}</FieldProblem>
      )}
    </div>
  );
}

/** A new id that is not taken: "sector-1", "sector-2"… (ids are data, never shown). */
function freshId(prefix: string, items: readonly Category[]): string {
  const taken = new Set(items.map((c) => c.id));
  let n = items.length + 1;
  while (taken.has(`${prefix}-${n}`)) n++;
  return `${prefix}-${n}`;
}

function CategoryEditor({ items, prefix, testId, onChange }: { items: readonly Category[]; prefix: string; testId: string; onChange: (items: Category[]) => Promise<boolean> }) {
  const { t } = useTranslation();
  const [th, setTh] = useState('');
  const [en, setEn] = useState('');
  const edit = (index: number, label: LocalizedText) => onChange(items.map((c, i) => (i === index ? { ...c, label } : c)));
  const add = async () => {
    if (!th.trim() && !en.trim()) return;
    if (await onChange([...items, { id: freshId(prefix, items), label: { th: th.trim(), en: en.trim() } }])) {
      setTh('');
      setEn('');
    }
  };
  return (
    <div className="pp-category-editor" data-testid={testId}>
      <div className="pp-category-row pp-category-head" aria-hidden="true">
        <span>{t('people.settings.thaiName')}</span>
        <span>{t('people.settings.englishName')}</span>
        <span />
      </div>
      <ul className="pp-plain-list pp-category-list">
        {items.map((c, index) => (
          <CategoryRow key={c.id} category={c} testId={`${testId}-${index}`} onCommit={(label) => edit(index, label)} onRemove={() => onChange(items.filter((_, i) => i !== index))} />
        ))}
      </ul>
      <div className="pp-category-row pp-category-new">
        <input className="input pp-compact" lang="th" value={th} maxLength={200} placeholder={t('people.settings.newThai')} aria-label={t('people.settings.newThai')} data-testid={`${testId}-new-th`} onChange={(event) => setTh(event.target.value)} onKeyDown={(event) => event.key === 'Enter' && void add()} />
        <input className="input pp-compact" lang="en" value={en} maxLength={200} placeholder={t('people.settings.newEnglish')} aria-label={t('people.settings.newEnglish')} data-testid={`${testId}-new-en`} onChange={(event) => setEn(event.target.value)} onKeyDown={(event) => event.key === 'Enter' && void add()} />
        <button type="button" className="button pp-small" data-testid={`${testId}-add`} onClick={() => void add()} disabled={!th.trim() && !en.trim()}>
          <Icon name="plus" size={18} />
          {t('people.settings.add')}
        </button>
      </div>
    </div>
  );
}

function CategoryRow({ category, testId, onCommit, onRemove }: { category: Category; testId: string; onCommit: (label: LocalizedText) => void; onRemove: () => void }) {
  const { t } = useTranslation();
  const label = category.label;
  const th = useDraft(label.th, (text) => {
    if (text.trim() !== label.th) onCommit({ ...label, th: text.trim() });
    return true;
  });
  const en = useDraft(label.en, (text) => {
    if (text.trim() !== label.en) onCommit({ ...label, en: text.trim() });
    return true;
  });
  const name = label.th || label.en;
  return (
    <li className="pp-category-row">
      <input className="input pp-compact" lang="th" value={th.value} maxLength={200} aria-label={t('people.settings.thaiNameOf', { name })} data-testid={`${testId}-th`} onChange={th.onChange} onBlur={th.onBlur} onKeyDown={th.onKeyDown} />
      <input className="input pp-compact" lang="en" value={en.value} maxLength={200} aria-label={t('people.settings.englishNameOf', { name })} data-testid={`${testId}-en`} onChange={en.onChange} onBlur={en.onBlur} onKeyDown={en.onKeyDown} />
      <button type="button" className="icon-button icon-button-danger" data-testid={`${testId}-remove`} onClick={onRemove} aria-label={t('people.settings.removeItem', { name })} title={t('people.settings.removeItem', { name })}>
        <Icon name="remove" />
      </button>
    </li>
  );
}
