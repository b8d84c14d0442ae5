import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Participant } from '../../../../shared/domain/people';
import type { Language } from '../../../../shared/domain/text';
import type { Workshop } from '../../../../shared/domain/workshop';
import { attendance } from '../../../../shared/people/attendance';
import { checkInSearch } from '../../../../shared/people/check-in-search';
import { useAppStore } from '../../../store/app-store';
import { Icon } from '../../../ui/icons';
import { categoryLabel, checkInTime, formatCount } from './format';
import { PeopleText } from './text';

const SHOWN = 8;

type Notice =
  | { kind: 'checkedIn'; id: string; code: string; name: string; at: string | null }
  | { kind: 'already'; code: string; name: string; at: string | null }
  | { kind: 'undone'; code: string; name: string }
  | { kind: 'walkIn'; code: string; name: string };

/**
 * The check-in desk: one search box that keeps the focus. Type part of a Thai or English name, a
 * code or an organisation; ↑/↓ pick; Enter checks the person in and clears the box for the next
 * one. The confirmation says who, and can be taken back. Someone not on the list can be registered
 * and checked in from the same box.
 */
export function CheckInDesk({ workshop, language }: { workshop: Workshop; language: Language }) {
  const { t } = useTranslation();
  const dispatch = useAppStore((s) => s.dispatch);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [notice, setNotice] = useState<Notice | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const listId = useId();
  const participants = workshop.participants;

  const matches = useMemo(() => checkInSearch(participants, query, { limit: SHOWN }), [participants, query]);
  // People, not devices (shared/people/attendance.ts): the same numbers as the projector and the minutes.
  const counts = attendance(workshop);
  const phones = counts.linkedPhones + counts.possibleDuplicates + counts.phonesOnly + counts.anonymousPhones;
  const activeIndex = Math.min(active, Math.max(0, matches.length - 1));

  // The desk's box has the focus when the step opens (after the step heading took it, for screen readers).
  useEffect(() => {
    const frame = requestAnimationFrame(() => input.current?.focus());
    return () => cancelAnimationFrame(frame);
  }, []);

  const refocus = () => requestAnimationFrame(() => input.current?.focus());
  const nameOf = (p: Participant) => (p.erased ? t('people.register.erasedName') : p.name);

  const checkIn = async (p: Participant) => {
    if (p.checkedInAt !== null) {
      setNotice({ kind: 'already', code: p.code, name: nameOf(p), at: p.checkedInAt });
      return;
    }
    const typed = query;
    const ok = await dispatch({ type: 'participant.checkIn', payload: { id: p.id } });
    if (!ok) return;
    const after = useAppStore.getState().host?.workshop?.participants.find((x) => x.id === p.id);
    setNotice({ kind: 'checkedIn', id: p.id, code: p.code, name: nameOf(p), at: after?.checkedInAt ?? null });
    // Cleared for the next person, unless they are already being typed (the host took a moment).
    setQuery((current) => (current === typed ? '' : current));
    setActive(0);
    refocus();
  };

  const undoCheckIn = async (id: string, code: string, name: string) => {
    const ok = await dispatch({ type: 'participant.undoCheckIn', payload: { id } });
    if (ok) setNotice({ kind: 'undone', code, name });
    refocus();
  };

  const walkIn = async () => {
    const name = query.trim();
    if (!name) return;
    const before = new Set(participants.map((p) => p.id));
    const typed = query;
    const ok = await dispatch({ type: 'participant.add', payload: { name, checkedIn: true } });
    if (!ok) return;
    const added = useAppStore.getState().host?.workshop?.participants.find((p) => !before.has(p.id));
    setNotice({ kind: 'walkIn', code: added?.code ?? '', name });
    setQuery((current) => (current === typed ? '' : current));
    refocus();
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (event.nativeEvent.isComposing) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (matches.length === 0) return;
      event.preventDefault();
      const by = event.key === 'ArrowDown' ? 1 : -1;
      setActive((activeIndex + by + matches.length) % matches.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const chosen = matches[activeIndex];
      if (chosen) void checkIn(chosen.participant);
    } else if (event.key === 'Escape' && query !== '') {
      event.preventDefault();
      setQuery('');
      setActive(0);
    }
  };

  const optionId = (i: number) => `${listId}-option-${i}`;
  const expanded = query.trim() !== '';

  return (
    <section className="card checkin-desk" aria-labelledby={`${listId}-title`} data-testid="checkin-desk">
      <div className="checkin-head">
        <h2 id={`${listId}-title`} className="section-title">
          {t('people.checkIn.title')}
        </h2>
        <p className="checkin-counts" data-testid="checkin-counts" title={phones > 0 ? t('people.checkIn.countsNote') : undefined}>
          <span>
            <strong data-testid="count-registered">{formatCount(counts.registered, language)}</strong> {t('people.checkIn.registered')}
          </span>
          <span>
            <strong data-testid="count-checked-in">{formatCount(counts.present, language)}</strong> {t('people.checkIn.checkedIn')}
          </span>
          {phones > 0 && (
            <span>
              <strong data-testid="count-phones">{formatCount(phones, language)}</strong> {t('people.checkIn.phones')}
            </span>
          )}
        </p>
      </div>
      <label className="field-label" htmlFor={`${listId}-input`}>
        <PeopleText text={t('people.checkIn.searchLabel')} />
      </label>
      <div className="checkin-search">
        <input
          ref={input}
          id={`${listId}-input`}
          className="input checkin-input"
          type="text"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={expanded && matches.length > 0}
          aria-controls={listId}
          aria-activedescendant={expanded && matches.length > 0 ? optionId(activeIndex) : undefined}
          aria-describedby={`${listId}-hint`}
          data-testid="checkin-search"
          value={query}
          placeholder={t('people.checkIn.placeholder')}
          autoComplete="off"
          spellCheck={false}
          maxLength={200}
          onChange={(event) => {
            setQuery(event.target.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
        />
      </div>
      <p id={`${listId}-hint`} className="field-hint">
        <PeopleText text={t('people.checkIn.hint')} />
      </p>

      {expanded && (
        <div className="checkin-results">
          {matches.length > 0 ? (
            <ul id={listId} role="listbox" className="checkin-list" aria-label={t('people.checkIn.resultsLabel')} data-testid="checkin-results">
              {matches.map(({ participant: p }, i) => (
                <li
                  key={p.id}
                  id={optionId(i)}
                  role="option"
                  aria-selected={i === activeIndex}
                  className={`checkin-option${i === activeIndex ? ' checkin-option-active' : ''}`}
                  data-testid={`checkin-option-${p.code}`}
                  // Keep the focus in the box: a click picks without blurring it.
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={() => void checkIn(p)}
                >
                  <span className="checkin-code">{p.code}</span>
                  <span className="checkin-who">
                    <span className={`checkin-name${p.erased ? ' muted' : ''}`}>{nameOf(p)}</span>
                    <span className="checkin-org">
                      {[p.organisation, categoryLabel(workshop.settings.sectors, p.sector, language)].filter(Boolean).join(' · ')}
                    </span>
                  </span>
                  {p.checkedInAt ? (
                    <span className="pp-pill pp-pill-in">{t('people.checkIn.alreadyAt', { time: checkInTime(p.checkedInAt, language) })}</span>
                  ) : (
                    i === activeIndex && (
                      <span className="pp-pill pp-pill-enter" aria-hidden="true">
                        {t('people.checkIn.pressEnter')}
                      </span>
                    )
                  )}
                </li>
              ))}
            </ul>
          ) : (
            <p className="checkin-none" role="status">
              <PeopleText text={t('people.checkIn.noMatch', { query: query.trim() })} />
            </p>
          )}
          <button type="button" className="button button-quiet checkin-walkin" data-testid="checkin-walk-in" onClick={() => void walkIn()}>
            <Icon name="plus" size={18} />
            <span className="button-text">
              <PeopleText text={t('people.checkIn.walkIn', { name: query.trim() })} />
            </span>
          </button>
        </div>
      )}

      <div className="checkin-notice-slot" role="status" aria-live="polite" data-testid="checkin-notice">
        {notice && <NoticeLine notice={notice} language={language} onUndo={undoCheckIn} onDismiss={() => setNotice(null)} />}
      </div>
    </section>
  );
}

function NoticeLine({
  notice,
  language,
  onUndo,
  onDismiss,
}: {
  notice: Notice;
  language: Language;
  onUndo: (id: string, code: string, name: string) => void;
  onDismiss: () => void;
}) {
  const { t } = useTranslation();
  const who = notice.name ? `${notice.name} (${notice.code})` : notice.code;
  let text: string;
  let tone: 'ok' | 'info' = 'ok';
  switch (notice.kind) {
    case 'checkedIn':
      text = t('people.checkIn.done', { who, time: checkInTime(notice.at, language) });
      break;
    case 'already':
      text = t('people.checkIn.already', { who, time: checkInTime(notice.at, language) });
      tone = 'info';
      break;
    case 'undone':
      text = t('people.checkIn.undone', { who });
      tone = 'info';
      break;
    case 'walkIn':
      text = t('people.checkIn.walkedIn', { who });
      break;
  }
  return (
    <div className={`checkin-notice checkin-notice-${tone}`}>
      <span className="checkin-notice-mark" aria-hidden="true">
        {tone === 'ok' ? '✓' : 'i'}
      </span>
      <p className="checkin-notice-text">
        <PeopleText text={text} />
      </p>
      {notice.kind === 'checkedIn' && (
        <button type="button" className="button" data-testid="checkin-undo" onClick={() => onUndo(notice.id, notice.code, notice.name)}>
          {t('people.checkIn.undo')}
        </button>
      )}
      <button type="button" className="icon-button" onClick={onDismiss} aria-label={t('people.common.dismiss')} title={t('people.common.dismiss')}>
        <Icon name="remove" size={18} />
      </button>
    </div>
  );
}
