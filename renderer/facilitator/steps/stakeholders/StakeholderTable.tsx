import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QUADRANTS, quadrantOf } from '../../../../shared/charts/stakeholder-grid';
import { IAP2_LABELS, IAP2_LEVELS, type Iap2Level, type Stakeholder } from '../../../../shared/domain/stakeholders';
import { pick, type Language } from '../../../../shared/domain/text';
import type { Workshop } from '../../../../shared/domain/workshop';
import { QUADRANT_LABELS } from '../../../../shared/people/quadrant-labels';
import { useAppStore } from '../../../store/app-store';
import { categoryLabel } from '../participants/format';
import { CellText } from '../participants/text';

type Column = 'name' | 'sector' | 'influence' | 'interest' | 'quadrant' | 'currentLevel' | 'desiredLevel';
type Sort = { column: Column; direction: 'ascending' | 'descending' };

const COLUMNS: readonly Column[] = ['name', 'sector', 'influence', 'interest', 'quadrant', 'currentLevel', 'desiredLevel'];
const QUADRANT_ORDER = new Map(QUADRANTS.map((q, i) => [q.id, i]));
const LEVEL_ORDER = new Map(IAP2_LEVELS.map((l, i) => [l, i]));

/**
 * The stakeholder register as a table: the same records as the grid, sortable by any column
 * (click a heading, again to reverse), edited in place — name on Enter or leaving the field,
 * sector, ratings and IAP2 levels as soon as they are chosen (each one undo step).
 */
export function StakeholderTable({ workshop, language, selectedId, onOpen }: { workshop: Workshop; language: Language; selectedId: string | null; onOpen: (id: string) => void }) {
  const { t } = useTranslation();
  const [sort, setSort] = useState<Sort | null>(null);
  const collator = useMemo(() => new Intl.Collator(language === 'th' ? 'th' : 'en', { sensitivity: 'base', numeric: true }), [language]);

  const rows = useMemo(() => {
    const list = [...workshop.stakeholders];
    if (!sort) return list;
    const key = (s: Stakeholder): string | number => {
      switch (sort.column) {
        case 'name':
          return s.name;
        case 'sector':
          return categoryLabel(workshop.settings.sectors, s.sector, language);
        case 'influence':
          return s.influence;
        case 'interest':
          return s.interest;
        case 'quadrant':
          return QUADRANT_ORDER.get(quadrantOf(s.influence, s.interest)) ?? 0;
        case 'currentLevel':
          return s.currentLevel ? (LEVEL_ORDER.get(s.currentLevel) ?? -1) : -1;
        case 'desiredLevel':
          return s.desiredLevel ? (LEVEL_ORDER.get(s.desiredLevel) ?? -1) : -1;
      }
    };
    const sign = sort.direction === 'ascending' ? 1 : -1;
    return list.sort((a, b) => {
      const ka = key(a);
      const kb = key(b);
      const order = typeof ka === 'number' && typeof kb === 'number' ? ka - kb : collator.compare(String(ka), String(kb));
      return sign * order || collator.compare(a.name, b.name);
    });
  }, [workshop.stakeholders, workshop.settings.sectors, sort, collator, language]);

  const sortBy = (column: Column) =>
    setSort((s) => (s?.column === column ? { column, direction: s.direction === 'ascending' ? 'descending' : 'ascending' } : { column, direction: column === 'influence' || column === 'interest' ? 'descending' : 'ascending' }));

  if (workshop.stakeholders.length === 0) return null;
  return (
    <div className="pp-table-scroll">
      <table className="people-table stakeholder-table" data-testid="stakeholder-table">
        <caption className="visually-hidden">{t('people.stakeholders.tableCaption')}</caption>
        <thead>
          <tr>
            {COLUMNS.map((column) => (
              <th key={column} scope="col" className={`col-${column}`} aria-sort={sort?.column === column ? sort.direction : undefined}>
                <button type="button" className="pp-sort" data-testid={`sort-${column}`} onClick={() => sortBy(column)}>
                  {t(`people.stakeholders.col.${column}`)}
                  <span className="pp-sort-mark" aria-hidden="true">
                    {sort?.column === column ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
                  </span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((s) => (
            <StakeholderRow key={s.id} stakeholder={s} workshop={workshop} language={language} selected={s.id === selectedId} onOpen={() => onOpen(s.id)} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function StakeholderRow({ stakeholder: s, workshop, language, selected, onOpen }: { stakeholder: Stakeholder; workshop: Workshop; language: Language; selected: boolean; onOpen: () => void }) {
  const { t } = useTranslation();
  const dispatch = useAppStore((st) => st.dispatch);
  const update = (patch: Partial<Omit<Stakeholder, 'id'>>) => dispatch({ type: 'stakeholder.update', payload: { id: s.id, patch } });
  const move = (influence: number, interest: number) => dispatch({ type: 'stakeholder.move', payload: { id: s.id, influence, interest } });
  const quadrant = quadrantOf(s.influence, s.interest);
  const rating = (value: number, label: string, testId: string, onChange: (n: number) => void) => (
    <select className="input pp-compact input-rating" value={value} aria-label={`${label}: ${s.name}`} data-testid={testId} onChange={(event) => void onChange(Number(event.target.value))}>
      {[1, 2, 3, 4, 5].map((n) => (
        <option key={n} value={n}>
          {n}
        </option>
      ))}
    </select>
  );
  const level = (value: Iap2Level | null, label: string, testId: string, onChange: (v: Iap2Level | null) => void) => (
    <select className="input pp-compact" value={value ?? ''} aria-label={`${label}: ${s.name}`} data-testid={testId} onChange={(event) => onChange((event.target.value || null) as Iap2Level | null)}>
      <option value="">{t('people.stakeholder.noLevel')}</option>
      {IAP2_LEVELS.map((l) => (
        <option key={l} value={l} title={IAP2_LABELS[l][language === 'th' ? 'en' : 'th']}>
          {IAP2_LABELS[l][language]}
        </option>
      ))}
    </select>
  );
  return (
    <tr className={selected ? 'pp-row-selected' : undefined} data-testid={`stakeholder-row-${s.id}`}>
      <th scope="row" className="col-name">
        {/* The name opens the side panel (everything else about the stakeholder is edited there). */}
        <button type="button" className="pp-link" data-testid={`table-open-${s.id}`} onClick={onOpen} title={t('people.stakeholders.openOf', { name: s.name })}>
          <CellText text={s.name} />
        </button>
      </th>
      <td className="col-sector">
        <select className="input pp-compact" value={s.sector} aria-label={`${t('people.stakeholders.col.sector')}: ${s.name}`} data-testid={`table-sector-${s.id}`} onChange={(event) => void update({ sector: event.target.value })}>
          <option value="">{t('people.common.noSector')}</option>
          {workshop.settings.sectors.map((c) => (
            <option key={c.id} value={c.id}>
              {pick(c.label, language)}
            </option>
          ))}
        </select>
      </td>
      <td className="col-influence">{rating(s.influence, t('people.stakeholders.col.influence'), `table-influence-${s.id}`, (n) => void move(n, s.interest))}</td>
      <td className="col-interest">{rating(s.interest, t('people.stakeholders.col.interest'), `table-interest-${s.id}`, (n) => void move(s.influence, n))}</td>
      <td className="col-quadrant">
        <span className={`quadrant-chip quadrant-${quadrant}`}>
          <CellText text={pick(QUADRANT_LABELS[quadrant], language)} />
        </span>
      </td>
      <td className="col-currentLevel">{level(s.currentLevel, t('people.stakeholders.col.currentLevel'), `table-current-${s.id}`, (v) => void update({ currentLevel: v }))}</td>
      <td className="col-desiredLevel">{level(s.desiredLevel, t('people.stakeholders.col.desiredLevel'), `table-desired-${s.id}`, (v) => void update({ desiredLevel: v }))}</td>
    </tr>
  );
}
