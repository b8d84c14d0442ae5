import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QUADRANTS } from '../../../../shared/charts/stakeholder-grid';
import { pick } from '../../../../shared/domain/text';
import { QUADRANT_LABELS } from '../../../../shared/people/quadrant-labels';
import { Icon } from '../../../ui/icons';
import type { StepProps } from '../define-step';
import { ExportDialog } from '../participants/ExportDialog';
import { StakeholderGrid } from './StakeholderGrid';
import { StakeholderPanel } from './StakeholderPanel';
import { StakeholderTable } from './StakeholderTable';
import '../participants/people.css';
import { PeopleText } from '../participants/text';

type View = 'grid' | 'table';
type Panel = { kind: 'closed' } | { kind: 'add' } | { kind: 'edit'; id: string };

/**
 * The stakeholder map: Mendelow's influence × interest grid, or the same register as a table,
 * with a side panel to add or edit a stakeholder.
 */
export function StakeholdersStep({ workshop, language }: StepProps) {
  const { t } = useTranslation();
  const [view, setView] = useState<View>('grid');
  const [panel, setPanel] = useState<Panel>({ kind: 'closed' });
  const [exporting, setExporting] = useState(false);
  const editing = panel.kind === 'edit' ? (workshop.stakeholders.find((s) => s.id === panel.id) ?? null) : null;
  const selectedId = editing?.id ?? null;

  // Back to the card (or row) the panel was about, so the keyboard carries on from there.
  const focusCard = (id: string) =>
    requestAnimationFrame(() => {
      const wanted = new Set([`grid-card-${id}`, `table-open-${id}`]);
      [...document.querySelectorAll<HTMLElement>('[data-testid]')].find((element) => wanted.has(element.dataset.testid ?? ''))?.focus();
    });

  return (
    <div className={`people-step stakeholders-step${panel.kind !== 'closed' ? ' pp-with-panel' : ''}`}>
      <p className="lead">
        <PeopleText text={t('people.stakeholders.intro')} />
      </p>
      <div className="stakeholders-toolbar">
        <div className="segmented" role="group" aria-label={t('people.stakeholders.viewLabel')}>
          {(['grid', 'table'] as const).map((value) => (
            <label key={value} className="segment">
              <input type="radio" name="stakeholder-view" checked={view === value} data-testid={`view-${value}`} onChange={() => setView(value)} />
              <span>{t(`people.stakeholders.view.${value}`)}</span>
            </label>
          ))}
        </div>
        <span className="pp-toolbar-count" data-testid="stakeholder-count">
          {t('people.stakeholders.count', { count: workshop.stakeholders.length })}
        </span>
        <span className="pp-toolbar-spacer" />
        <button type="button" className="button" data-testid="stakeholders-export" onClick={() => setExporting(true)} disabled={workshop.stakeholders.length === 0}>
          {t('people.register.export')}
        </button>
        <button type="button" className="button button-primary" data-testid="stakeholder-add" onClick={() => setPanel({ kind: 'add' })}>
          <Icon name="plus" size={18} />
          {t('people.stakeholders.add')}
        </button>
      </div>

      {workshop.stakeholders.length === 0 && (
        <p className="pp-empty" data-testid="stakeholders-empty">
          <PeopleText text={t('people.stakeholders.empty')} />
        </p>
      )}

      {view === 'grid' ? (
        <>
          <StakeholderGrid
            stakeholders={workshop.stakeholders}
            language={language}
            selectedId={selectedId}
            onOpen={(id) => setPanel({ kind: 'edit', id })}
          />
          <dl className="pp-quadrant-legend">
            {QUADRANTS.map((q) => (
              <div key={q.id} className={`pp-legend-item quadrant-${q.id}`}>
                <dt>
                  <span className="pp-legend-swatch" aria-hidden="true" />
                  {pick(QUADRANT_LABELS[q.id], language)}
                </dt>
                <dd>
                  <PeopleText text={t(`people.stakeholders.quadrantHelp.${q.id}`)} />
                </dd>
              </div>
            ))}
          </dl>
        </>
      ) : (
        <StakeholderTable workshop={workshop} language={language} selectedId={selectedId} onOpen={(id) => setPanel({ kind: 'edit', id })} />
      )}

      {panel.kind !== 'closed' && (panel.kind === 'add' || editing) && (
        <StakeholderPanel
          key={panel.kind === 'edit' ? panel.id : 'new'}
          workshop={workshop}
          language={language}
          stakeholder={editing}
          onClose={() => {
            const id = panel.kind === 'edit' ? panel.id : null;
            setPanel({ kind: 'closed' });
            if (id) focusCard(id);
          }}
          onSaved={(id) => {
            setPanel({ kind: 'closed' });
            if (id) focusCard(id);
          }}
        />
      )}
      {exporting && <ExportDialog language={language} initialTable="stakeholders" onClose={() => setExporting(false)} />}
    </div>
  );
}
