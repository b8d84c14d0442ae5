import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Participant } from '../../../../shared/domain/people';
import type { Language } from '../../../../shared/domain/text';
import { pick } from '../../../../shared/domain/text';
import type { Workshop } from '../../../../shared/domain/workshop';
import { phoneMatches } from '../../../../shared/people/attendance';
import { checkInSearch } from '../../../../shared/people/check-in-search';
import { findDuplicates } from '../../../../shared/people/duplicates';
import { useAppStore } from '../../../store/app-store';
import { ClampText } from './ClampText';
import { categoryLabel, checkInTime, formatCount } from './format';
import { PeopleText } from './text';

const PAGE = 100;

export type RegisterFilter = 'all' | 'in' | 'out' | 'duplicates';

interface RegisterTableProps {
  workshop: Workshop;
  language: Language;
  onEditDetails: (participant: Participant) => void;
  onRemove: (participant: Participant) => void;
}

/** A phone and a register entry that may be one person: the pair "เป็นคนเดียวกัน" links. */
interface LinkOffer {
  phone: Participant;
  person: Participant;
}

/**
 * What the register says about phones on each row: a phone whose name matches register entries
 * (offered for linking, both ways), a phone linked to an entry, an entry with linked phones.
 */
interface PhoneNotes {
  offers: Map<string, LinkOffer[]>;
  linkedTo: Map<string, Participant>;
  phones: Map<string, Participant[]>;
}

function phoneNotes(participants: readonly Participant[], matches: ReturnType<typeof phoneMatches>): PhoneNotes {
  const offers = new Map<string, LinkOffer[]>();
  const add = (id: string, offer: LinkOffer) => offers.set(id, [...(offers.get(id) ?? []), offer]);
  for (const { phone, candidates } of matches) {
    for (const person of candidates) {
      add(phone.id, { phone, person });
      add(person.id, { phone, person });
    }
  }
  const byId = new Map(participants.map((p) => [p.id, p]));
  const linkedTo = new Map<string, Participant>();
  const phones = new Map<string, Participant[]>();
  for (const p of participants) {
    const person = p.linkedTo !== undefined ? byId.get(p.linkedTo) : undefined;
    if (!person) continue;
    linkedTo.set(p.id, person);
    phones.set(person.id, [...(phones.get(person.id) ?? []), p]);
  }
  return { offers, linkedTo, phones };
}

/**
 * The register as a table: code, name, organisation, sector, checked in. Names, organisations and
 * sectors edit in place (Enter keeps, Escape goes back); the check-in box checks in or takes it
 * back; possible duplicates are flagged with the codes they may repeat, never merged. A phone
 * whose name matches someone on the register is flagged on both rows with one click to say they
 * are the same person (`participant.link`) — never linked without the facilitator — and a linked
 * phone says whose it is, with a way back. Long text stays within two lines (the whole in a tooltip).
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
  const notes = useMemo(() => phoneNotes(participants, phoneMatches({ participants })), [participants]);

  const rows = useMemo(() => {
    const base = find.trim() ? checkInSearch(participants, find, { limit: participants.length }).map((m) => m.participant) : participants;
    return base.filter((p) => {
      if (filter === 'in') return p.checkedInAt !== null;
      if (filter === 'out') return p.checkedInAt === null;
      if (filter === 'duplicates') return duplicateOf.has(p.id) || notes.offers.has(p.id);
      return true;
    });
  }, [participants, find, filter, duplicateOf, notes]);

  const duplicateCount = new Set([...duplicateOf.keys(), ...notes.offers.keys()]).size;

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
                    offers={notes.offers.get(p.id) ?? []}
                    linkedTo={notes.linkedTo.get(p.id) ?? null}
                    phones={notes.phones.get(p.id) ?? []}
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
  /** Phone ↔ register pairs this row is part of that may be one person. */
  offers: LinkOffer[];
  /** A phone's row: the register entry it is linked to. */
  linkedTo: Participant | null;
  /** A register entry's row: the phones linked to it. */
  phones: Participant[];
  onEdit: () => void;
  onRemove: () => void;
}

function ViewRow({ participant: p, workshop, language, duplicates, offers, linkedTo, phones, onEdit, onRemove }: ViewRowProps) {
  const { t } = useTranslation();
  const dispatch = useAppStore((s) => s.dispatch);
  const name = p.erased ? t('people.register.erasedName') : p.name;
  const who = (x: Participant) => (x.erased || x.name.trim() === '' ? x.code : `${x.name} (${x.code})`);
  const toggle = () => dispatch({ type: p.checkedInAt ? 'participant.undoCheckIn' : 'participant.checkIn', payload: { id: p.id } });
  const sector = categoryLabel(workshop.settings.sectors, p.sector, language);
  // The other side of each offer: on a phone's row the register entries, on an entry's row the phones.
  const others = offers.map((offer) => (offer.phone.id === p.id ? offer.person : offer.phone));
  const flagged = duplicates !== null || offers.length > 0;
  return (
    <tr data-testid={`register-row-${p.code}`} className={[flagged ? 'pp-row-duplicate' : '', linkedTo ? 'pp-row-linked' : ''].filter(Boolean).join(' ') || undefined}>
      <td className="col-code">{p.code}</td>
      <td className="col-name">
        <span className={p.erased ? 'muted' : undefined}>{name ? <ClampText text={name} kind="name" /> : <span className="muted">{t('people.register.noName')}</span>}</span>
        {duplicates && (
          <span className="pp-flag pp-flag-duplicate" data-testid={`duplicate-${p.code}`} title={t('people.register.duplicateTitle', { codes: duplicates.join(', ') })}>
            {t('people.register.duplicate', { codes: duplicates.join(', ') })}
          </span>
        )}
        {offers.length > 0 && (
          <span className="pp-phone-match" data-testid={`phone-match-${p.code}`}>
            <span className="pp-flag pp-flag-duplicate" title={t('people.register.phoneMatchTitle', { codes: others.map((x) => x.code).join(', ') })}>
              {t('people.register.duplicate', { codes: others.map((x) => x.code).join(', ') })}
            </span>
            {offers.map((offer) => {
              const other = offer.phone.id === p.id ? offer.person : offer.phone;
              return (
                <button
                  key={other.id}
                  type="button"
                  className="button pp-small pp-link-button"
                  data-testid={`link-${p.code}-${other.code}`}
                  aria-label={t('people.register.linkOf', { phone: who(offer.phone), who: who(offer.person) })}
                  onClick={() => void dispatch({ type: 'participant.link', payload: { phoneId: offer.phone.id, participantId: offer.person.id } })}
                >
                  {t('people.register.link', { code: other.code })}
                </button>
              );
            })}
          </span>
        )}
        {linkedTo && (
          <span className="pp-phone-match" data-testid={`linked-${p.code}`}>
            <span className="pp-flag pp-flag-linked" title={t('people.register.linkedTitle', { code: linkedTo.code })}>
              {t('people.register.linkedPhone', { code: linkedTo.code })}
            </span>
            <button
              type="button"
              className="button button-quiet pp-small"
              data-testid={`unlink-${p.code}`}
              aria-label={t('people.register.unlinkOf', { phone: who(p), who: who(linkedTo) })}
              onClick={() => void dispatch({ type: 'participant.unlink', payload: { phoneId: p.id } })}
            >
              {t('people.register.unlink')}
            </button>
          </span>
        )}
        {phones.length > 0 && (
          <span className="pp-flag pp-flag-linked" data-testid={`has-phone-${p.code}`} title={t('people.register.linkedTitle', { code: p.code })}>
            {t('people.register.hasPhone', { codes: phones.map((x) => x.code).join(', ') })}
          </span>
        )}
      </td>
      <td className="col-org">
        <ClampText text={p.organisation} kind="cell" />
        {/* Narrow windows have no sector column: the sector goes under the organisation. */}
        {sector && (
          <span className="pp-sector-under">
            <ClampText text={sector} kind="cell" />
          </span>
        )}
      </td>
      <td className="col-sector">
        <ClampText text={sector} kind="cell" />
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
