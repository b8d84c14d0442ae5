import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Participant } from '../../../../shared/domain/people';
import type { Language } from '../../../../shared/domain/text';
import { pick } from '../../../../shared/domain/text';
import type { Workshop } from '../../../../shared/domain/workshop';
import { checkInSearch } from '../../../../shared/people/check-in-search';
import { findDuplicates } from '../../../../shared/people/duplicates';
import { useAppStore } from '../../../store/app-store';
import { categoryLabel, checkInTime, formatCount } from './format';
import { CellText, NameText, PeopleText } from './text';

const PAGE = 100;

export type RegisterFilter = 'all' | 'in' | 'out' | 'duplicates';

interface RegisterTableProps {
  workshop: Workshop;
  language: Language;
  onEditDetails: (participant: Participant) => void;
  onRemove: (participant: Participant) => void;
}

/**
 * The register as a table: code, name, organisation, sector, checked in. Names, organisations and
 * sectors edit in place (Enter keeps, Escape goes back); the check-in box checks in or takes it
 * back; possible duplicates are flagged with the codes they may repeat, never merged.
 */
export function RegisterTable({ workshop, language, onEditDetails, onRemove }: RegisterTableProps) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<RegisterFilter>('all');
  const [find, setFind] = useState('');
  const [shown, setShown] = useState(PAGE);
  const [editing, setEditing] = useState<string | null>(null);
  const participants = workshop.participants;

  const duplicateOf = useMemo(() => {
    const byId = new Map(participants.map((p) => [p.id, p]));
    const others = new Map<string, string[]>();
    for (const group of findDuplicates(participants)) {
      for (const id of group.participantIds) {
        others.set(
          id,
          group.participantIds.filter((other) => other !== id).map((other) => byId.get(other)?.code ?? other),
        );
      }
    }
    return others;
  }, [participants]);

  const rows = useMemo(() => {
    const base = find.trim() ? checkInSearch(participants, find, { limit: participants.length }).map((m) => m.participant) : participants;
    return base.filter((p) => {
      if (filter === 'in') return p.checkedInAt !== null;
      if (filter === 'out') return p.checkedInAt === null;
      if (filter === 'duplicates') return duplicateOf.has(p.id);
      return true;
    });
  }, [participants, find, filter, duplicateOf]);

  const duplicateCount = duplicateOf.size;

  return (
    <div className="register">
      <div className="register-filters">
        <div className="field register-find">
          <label className="field-label" htmlFor="register-find">
            {t('people.register.findLabel')}
          </label>
          <input
            id="register-find"
            className="input"
            type="search"
            value={find}
            maxLength={200}
            data-testid="register-find"
            placeholder={t('people.register.findPlaceholder')}
            onChange={(event) => {
              setFind(event.target.value);
              setShown(PAGE);
            }}
          />
        </div>
        <fieldset className="field register-filter">
          <legend className="field-label">{t('people.register.filterLabel')}</legend>
          <div className="segmented pp-segmented-small">
            {(['all', 'in', 'out', 'duplicates'] as const).map((value) => (
              <label key={value} className="segment">
                <input
                  type="radio"
                  name="register-filter"
                  value={value}
                  checked={filter === value}
                  data-testid={`register-filter-${value}`}
                  onChange={() => {
                    setFilter(value);
                    setShown(PAGE);
                  }}
                />
                <span>
                  {t(`people.register.filter.${value}`)}
                  {value === 'duplicates' && duplicateCount > 0 ? ` (${formatCount(duplicateCount, language)})` : ''}
                </span>
              </label>
            ))}
          </div>
        </fieldset>
      </div>

      {participants.length === 0 ? (
        <p className="register-empty" data-testid="register-empty">
          <PeopleText text={t('people.register.empty')} />
        </p>
      ) : (
        <div className="pp-table-scroll">
          <table className="people-table register-table" data-testid="register-table">
            <caption className="visually-hidden">{t('people.register.caption', { count: rows.length })}</caption>
            <thead>
              <tr>
                <th scope="col" className="col-code">
                  {t('people.register.col.code')}
                </th>
                <th scope="col" className="col-name">
                  {t('people.register.col.name')}
                </th>
                <th scope="col" className="col-org">
                  {t('people.register.col.organisation')}
                </th>
                <th scope="col" className="col-sector">
                  {t('people.register.col.sector')}
                </th>
                <th scope="col" className="col-in">
                  {t('people.register.col.checkedIn')}
                </th>
                <th scope="col" className="col-actions">
                  <span className="visually-hidden">{t('people.register.col.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.slice(0, shown).map((p) =>
                editing === p.id ? (
                  <EditRow
                    key={p.id}
                    participant={p}
                    workshop={workshop}
                    language={language}
                    onDone={() => setEditing(null)}
                    onEditDetails={() => {
                      setEditing(null);
                      onEditDetails(p);
                    }}
                  />
                ) : (
                  <ViewRow
                    key={p.id}
                    participant={p}
                    workshop={workshop}
                    language={language}
                    duplicates={duplicateOf.get(p.id) ?? null}
                    onEdit={() => setEditing(p.id)}
                    onRemove={() => onRemove(p)}
                  />
                ),
              )}
            </tbody>
          </table>
          {rows.length === 0 && (
            <p className="register-empty">
              <PeopleText text={t('people.register.noneMatch')} />
            </p>
          )}
        </div>
      )}
      {rows.length > shown && (
        <div className="register-more">
          <span className="muted">{t('people.register.showing', { shown: formatCount(shown, language), total: formatCount(rows.length, language) })}</span>
          <button type="button" className="button" data-testid="register-more" onClick={() => setShown((n) => n + PAGE)}>
            {t('people.register.showMore', { count: Math.min(PAGE, rows.length - shown) })}
          </button>
        </div>
      )}
    </div>
  );
}

interface ViewRowProps {
  participant: Participant;
  workshop: Workshop;
  language: Language;
  duplicates: string[] | null;
  onEdit: () => void;
  onRemove: () => void;
}

function ViewRow({ participant: p, workshop, language, duplicates, onEdit, onRemove }: ViewRowProps) {
  const { t } = useTranslation();
  const dispatch = useAppStore((s) => s.dispatch);
  const name = p.erased ? t('people.register.erasedName') : p.name;
  const toggle = () => dispatch({ type: p.checkedInAt ? 'participant.undoCheckIn' : 'participant.checkIn', payload: { id: p.id } });
  const sector = categoryLabel(workshop.settings.sectors, p.sector, language);
  return (
    <tr data-testid={`register-row-${p.code}`} className={duplicates ? 'pp-row-duplicate' : undefined}>
      <td className="col-code">{p.code}</td>
      <td className="col-name">
        <span className={p.erased ? 'muted' : undefined}>{name ? <NameText text={name} /> : <span className="muted">{t('people.register.noName')}</span>}</span>
        {duplicates && (
          <span className="pp-flag pp-flag-duplicate" data-testid={`duplicate-${p.code}`} title={t('people.register.duplicateTitle', { codes: duplicates.join(', ') })}>
            {t('people.register.duplicate', { codes: duplicates.join(', ') })}
          </span>
        )}
      </td>
      <td className="col-org">
        <CellText text={p.organisation} />
        {/* Narrow windows have no sector column: the sector goes under the organisation. */}
        {sector && (
          <span className="pp-sector-under">
            <CellText text={sector} />
          </span>
        )}
      </td>
      <td className="col-sector">
        <CellText text={sector} />
      </td>
      <td className="col-in">
        <label className="checkin-toggle">
          <input
            type="checkbox"
            checked={p.checkedInAt !== null}
            data-testid={`checkin-toggle-${p.code}`}
            aria-label={t(p.checkedInAt ? 'people.register.undoCheckInOf' : 'people.register.checkInOf', { who: name || p.code })}
            onChange={() => void toggle()}
          />
          {p.checkedInAt ? <span>{checkInTime(p.checkedInAt, language)}</span> : <span className="pp-not-yet">{t('people.register.notYet')}</span>}
        </label>
      </td>
      <td className="col-actions">
        <span className="pp-row-actions">
          <button type="button" className="button pp-small" data-testid={`edit-${p.code}`} onClick={onEdit} aria-label={t('people.register.editOf', { who: name || p.code })}>
            {t('people.register.edit')}
          </button>
          <button type="button" className="button pp-small pp-danger-quiet" data-testid={`remove-${p.code}`} onClick={onRemove} aria-label={t('people.register.removeOf', { who: name || p.code })}>
            {t('people.register.remove')}
          </button>
        </span>
      </td>
    </tr>
  );
}

interface EditRowProps {
  participant: Participant;
  workshop: Workshop;
  language: Language;
  onDone: () => void;
  onEditDetails: () => void;
}

function EditRow({ participant: p, workshop, language, onDone, onEditDetails }: EditRowProps) {
  const { t } = useTranslation();
  const dispatch = useAppStore((s) => s.dispatch);
  const [name, setName] = useState(p.name);
  const [organisation, setOrganisation] = useState(p.organisation);
  const [sector, setSector] = useState(p.sector);

  const save = async () => {
    const patch: Record<string, string> = {};
    if (!p.erased && name.trim() !== p.name) patch.name = name.trim();
    if (!p.erased && organisation.trim() !== p.organisation) patch.organisation = organisation.trim();
    if (sector !== p.sector) patch.sector = sector;
    if (Object.keys(patch).length === 0) return onDone();
    // Kept open when the host refuses: what was typed is not lost.
    if (await dispatch({ type: 'participant.update', payload: { id: p.id, patch } })) onDone();
  };
  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.key === 'Enter' && !(event.nativeEvent as KeyboardEvent).isComposing) {
      event.preventDefault();
      void save();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      onDone();
    }
  };

  return (
    <tr className="pp-row-editing" data-testid={`register-row-${p.code}`} onKeyDown={onKeyDown}>
      <td className="col-code">{p.code}</td>
      <td colSpan={5} className="pp-edit-cell">
        <div className="pp-edit-grid">
          <label className="pp-edit-field">
            <span className="pp-edit-label">{t('people.register.col.name')}</span>
            <input
              className="input pp-compact"
              value={name}
              maxLength={200}
              disabled={p.erased}
              autoFocus
              data-testid={`edit-name-${p.code}`}
              onChange={(event) => setName(event.target.value)}
            />
          </label>
          <label className="pp-edit-field">
            <span className="pp-edit-label">{t('people.register.col.organisation')}</span>
            <input
              className="input pp-compact"
              value={organisation}
              maxLength={300}
              disabled={p.erased}
              data-testid={`edit-org-${p.code}`}
              onChange={(event) => setOrganisation(event.target.value)}
            />
          </label>
          <label className="pp-edit-field">
            <span className="pp-edit-label">{t('people.register.col.sector')}</span>
            <select className="input pp-compact" value={sector} data-testid={`edit-sector-${p.code}`} onChange={(event) => setSector(event.target.value)}>
              <option value="">{t('people.common.noSector')}</option>
              {workshop.settings.sectors.map((s) => (
                <option key={s.id} value={s.id}>
                  {pick(s.label, language)}
                </option>
              ))}
              {sector !== '' && !workshop.settings.sectors.some((s) => s.id === sector) && <option value={sector}>{sector}</option>}
            </select>
          </label>
        </div>
        <div className="pp-edit-actions">
          <span className="muted pp-edit-hint">{t('people.register.editHint')}</span>
          <button type="button" className="button pp-small button-quiet" data-testid={`details-${p.code}`} onClick={onEditDetails}>
            {t('people.register.details')}
          </button>
          <button type="button" className="button pp-small button-quiet" onClick={onDone}>
            {t('people.common.cancel')}
          </button>
          <button type="button" className="button pp-small button-primary" data-testid={`save-${p.code}`} onClick={() => void save()}>
            {t('people.common.save')}
          </button>
        </div>
      </td>
    </tr>
  );
}
