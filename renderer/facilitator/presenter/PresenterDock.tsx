import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { pick, type Language } from '../../../shared/domain/text';
import type { Workshop } from '../../../shared/domain/workshop';
import { latestRound } from '../../../shared/polls/rounds';
import { choiceKey, projectorDeck, type DeckEntry } from '../../../shared/projector/deck';
import type { HostPresentation, PresenterCommand } from '../../../shared/projector/presentation';
import { pollOfChoice } from '../../../shared/projector/subjects';
import type { ViewChoice } from '../../../shared/projector/types';
import { failureText, useAppStore } from '../../store/app-store';
import { Icon } from '../../ui/icons';
import { ThaiText } from '../../ui/ThaiText';
import { usePresenterKeys } from './keys';
import { shortenAtWord } from './short-name';
import { suggestedViews } from './suggestions';
import { Thumbnail } from './Thumbnail';
import '../../projector/projector.css';
import './presenter.css';

const OPEN_KEY = 'ruam.presenter.open';
const TIMER_MINUTES = [1, 3, 5, 10];
/** Folded, the slide's name gets two short lines: about this many letters, cut at a word. */
const FOLDED_NAME_COLUMNS = 44;

/**
 * Folded unless the facilitator unfolded it last time. The window cannot tell whether a
 * projector is connected, and an unfolded dock on a new workshop hid the setup form, so it
 * starts small and remembers the facilitator's choice.
 */
function storedOpen(): boolean {
  try {
    return localStorage.getItem(OPEN_KEY) === 'open';
  } catch {
    return false;
  }
}

/** A deck entry's name in the facilitator's language: "ผลคะแนน · 03 การสร้างภาคีเครือข่าย". */
export function entryName(entry: Pick<DeckEntry, 'kind' | 'subject' | 'code'>, t: TFunction, language: Language): string {
  const kind = t(`projector.kinds.${entry.kind}`);
  if (!entry.subject) return kind;
  const subject = pick(entry.subject, language);
  return `${kind} · ${entry.code && !subject.startsWith(entry.code) ? `${entry.code} ` : ''}${subject}`;
}

function deckEntryFor(workshop: Workshop, choice: ViewChoice): DeckEntry {
  const key = choiceKey(choice);
  return projectorDeck(workshop).find((entry) => entry.key === key) ?? { choice, key, kind: choice.kind, subject: null, code: null };
}

/**
 * The presenter controls, docked in a corner of the facilitator window: a live thumbnail of what
 * the projector shows, next/previous, reveal/hide, open/close voting, blank, freeze, contrast, a
 * timer, a menu of every slide and "show this" for the current step. Keys: PageDown/PageUp (a
 * clicker), B or . (blank), F (freeze) — never while typing in a field. Everything goes to the
 * host, which holds the presentation: reloading this window changes nothing on the projector.
 */
export function PresenterDock({ workshop, presentation }: { workshop: Workshop; presentation: HostPresentation }) {
  const { t } = useTranslation();
  const uiLanguage = useAppStore((s) => s.session.uiLanguage);
  const stepId = useAppStore((s) => s.session.step);
  const [open, setOpen] = useState(storedOpen);
  // The error itself, so its reason is shown in the UI language even if that changes.
  const [problem, setProblem] = useState<{ error: unknown } | null>(null);
  const [busy, setBusy] = useState(false);
  const dockRef = useRef<HTMLElement>(null);
  useReserveRoom(dockRef, open);

  const run = useCallback(async (request: (api: NonNullable<ReturnType<typeof useAppStore.getState>['api']>) => Promise<unknown>) => {
    const api = useAppStore.getState().api;
    if (!api) return;
    setBusy(true);
    try {
      await request(api);
      setProblem(null);
    } catch (error) {
      setProblem({ error });
    } finally {
      setBusy(false);
    }
  }, []);
  const send = useCallback((command: PresenterCommand) => void run((api) => api.presenterCommand(command)), [run]);
  const show = useCallback((view: ViewChoice) => void run((api) => api.present({ view })), [run]);
  usePresenterKeys(true, send);

  const toggleOpen = () => {
    setOpen((value) => {
      try {
        localStorage.setItem(OPEN_KEY, value ? 'closed' : 'open');
      } catch {
        // Storage off: the choice lasts for this window.
      }
      return !value;
    });
  };

  const { state } = presentation;
  const deck = useMemo(() => projectorDeck(workshop), [workshop]);
  const current = deckEntryFor(workshop, state.choice);
  const currentName = entryName(current, t, uiLanguage);
  const shownName = state.blank ? t('projector.kinds.blank') : state.frozen ? t(`projector.kinds.${state.frozen.kind}`) : currentName;
  const poll = pollOfChoice(workshop, state.choice);
  const round = poll ? latestRound(poll) : undefined;
  const suggestions = suggestedViews(stepId, workshop).map((choice) => deckEntryFor(workshop, choice));
  const timerRunning = state.timer.endsAt !== null;
  const nameOnDock = open ? shownName : shortenAtWord(shownName, FOLDED_NAME_COLUMNS);

  return (
    <aside ref={dockRef} className={`presenter${open ? ' presenter-open' : ''}`} aria-label={t('projector.presenter.region')} data-testid="presenter">
      <div className="presenter-top">
        <Thumbnail presentation={presentation} width={open ? 264 : 112} label={`${t('projector.presenter.preview')}: ${shownName}`} />
        <div className="presenter-now">
          <span className="presenter-caption">{t('projector.presenter.nowShowing')}</span>
          <strong className="presenter-now-name" data-testid="presenter-now" data-key={current.key} title={nameOnDock === shownName ? undefined : shownName}>
            <ThaiText text={nameOnDock} />
          </strong>
        </div>
        {!open && (
          <div className="presenter-row presenter-folded-actions">
            <NavButtons send={send} t={t} busy={busy} compact />
            <ToggleButton pressed={state.blank} onClick={() => send({ kind: 'blank' })} testId="presenter-blank" label={t('projector.presenter.blank')} keys="B" />
          </div>
        )}
        <button type="button" className="presenter-toggle" onClick={toggleOpen} aria-expanded={open} data-testid="presenter-toggle" title={open ? t('projector.presenter.collapse') : t('projector.presenter.expand')}>
          <Icon name={open ? 'down' : 'up'} />
          <span className="visually-hidden">{open ? t('projector.presenter.collapse') : t('projector.presenter.expand')}</span>
        </button>
      </div>

      {state.frozen && (
        <p className="presenter-note" role="status" data-testid="presenter-frozen">
          {t('projector.presenter.frozenNote')} {t('projector.presenter.chosen', { name: currentName })}
        </p>
      )}
      {state.blank && (
        <p className="presenter-note" role="status">
          {t('projector.presenter.blankNote')}
        </p>
      )}
      {problem && (
        <p className="presenter-problem" role="alert" data-testid="presenter-problem">
          {failureText(problem.error, uiLanguage)}
        </p>
      )}

      {open && (
        <div className="presenter-body">
          <div className="presenter-row">
            <NavButtons send={send} t={t} busy={busy} />
          </div>

          {poll && (
            <div className="presenter-row" role="group" aria-label={pick(poll.question, uiLanguage)}>
              {round && (round.state === 'closed' || round.state === 'open') && (
                <button type="button" className="button button-primary" data-testid="presenter-reveal" onClick={() => send({ kind: 'reveal' })}>
                  {t('projector.presenter.reveal')}
                </button>
              )}
              {round?.state === 'revealed' && (
                <button type="button" className="button" data-testid="presenter-hide" onClick={() => send({ kind: 'hide' })}>
                  {t('projector.presenter.hide')}
                </button>
              )}
              {round?.state === 'open' && (
                <button type="button" className="button" data-testid="presenter-lock" onClick={() => send({ kind: 'lockVoting' })}>
                  {t('projector.presenter.lock')}
                </button>
              )}
              {!round && (
                <button type="button" className="button" data-testid="presenter-unlock" onClick={() => send({ kind: 'unlockVoting' })}>
                  {t('projector.presenter.unlock')}
                </button>
              )}
              {round && round.state !== 'open' && (
                <button type="button" className="button" data-testid="presenter-revote" onClick={() => send({ kind: 'revote' })}>
                  {t('projector.presenter.revote')}
                </button>
              )}
            </div>
          )}

          <div className="presenter-row">
            <ToggleButton pressed={state.blank} onClick={() => send({ kind: 'blank' })} testId="presenter-blank" label={t('projector.presenter.blank')} keys="B" />
            <ToggleButton pressed={state.frozen !== null} onClick={() => send({ kind: 'freeze' })} testId="presenter-freeze" label={t('projector.presenter.freeze')} keys="F" />
            <ToggleButton
              pressed={state.contrast === 'high'}
              onClick={() => send({ kind: 'contrast', contrast: state.contrast === 'high' ? 'standard' : 'high' })}
              testId="presenter-contrast"
              label={t('projector.presenter.highContrast')}
            />
          </div>

          <fieldset className="presenter-timer">
            <legend>{t('projector.presenter.timer')}</legend>
            <div className="presenter-row">
              {TIMER_MINUTES.map((minutes) => (
                <button
                  key={minutes}
                  type="button"
                  className="button button-small"
                  aria-pressed={state.timer.durationMs === minutes * 60_000}
                  onClick={() => send({ kind: 'timer', action: 'set', seconds: minutes * 60 })}
                >
                  {t('projector.presenter.timerMinutes', { count: minutes })}
                </button>
              ))}
            </div>
            <div className="presenter-row">
              <button type="button" className="button button-small" data-testid="presenter-timer-start" onClick={() => send({ kind: 'timer', action: timerRunning ? 'pause' : 'start' })}>
                {timerRunning ? t('projector.presenter.timerPause') : t('projector.presenter.timerStart')}
              </button>
              <button type="button" className="button button-small" onClick={() => send({ kind: 'timer', action: 'reset' })}>
                {t('projector.presenter.timerReset')}
              </button>
              <button type="button" className="button button-small" onClick={() => show({ kind: 'timer' })}>
                {t('projector.presenter.timerShow')}
              </button>
            </div>
          </fieldset>

          {suggestions.length > 0 && (
            <div className="presenter-suggested">
              <span className="presenter-caption">{t('projector.presenter.suggested')}</span>
              <div className="presenter-row">
                {suggestions.map((entry) => (
                  <button
                    key={entry.key}
                    type="button"
                    className="button button-small"
                    aria-pressed={entry.key === current.key}
                    data-testid={`presenter-show-${entry.key}`}
                    title={t('projector.presenter.showThis')}
                    onClick={() => show(entry.choice)}
                  >
                    <Icon name="projector" size={16} />
                    {entryName({ ...entry, code: null, subject: entry.kind === 'question' || entry.kind === 'results' ? null : entry.subject }, t, uiLanguage)}
                  </button>
                ))}
              </div>
            </div>
          )}

          <label className="presenter-menu">
            <span className="presenter-caption">{t('projector.presenter.views')}</span>
            <select
              className="presenter-select"
              data-testid="presenter-menu"
              value={deck.some((entry) => entry.key === current.key) ? current.key : ''}
              onChange={(event) => {
                const entry = deck.find((e) => e.key === event.target.value);
                if (entry) show(entry.choice);
              }}
            >
              {!deck.some((entry) => entry.key === current.key) && <option value="">{currentName}</option>}
              {deck.map((entry) => (
                <option key={entry.key} value={entry.key}>
                  {entryName(entry, t, uiLanguage)}
                </option>
              ))}
            </select>
          </label>
          <ul className="presenter-keys" data-testid="presenter-keys">
            {t('projector.presenter.keys')
              .split(' · ')
              .map((part) => (
                <li key={part}>
                  <ThaiText text={part} />
                </li>
              ))}
          </ul>
        </div>
      )}
    </aside>
  );
}

function NavButtons({ send, t, busy, compact = false }: { send: (command: PresenterCommand) => void; t: TFunction; busy: boolean; compact?: boolean }) {
  return (
    <>
      <button type="button" className="button button-small" data-testid="presenter-previous" onClick={() => send({ kind: 'previous' })} aria-busy={busy} title={`${t('projector.presenter.previous')} (PageUp)`}>
        <Icon name="previous" size={18} />
        <span className={compact ? 'visually-hidden' : undefined}>{t('projector.presenter.previous')}</span>
      </button>
      <button type="button" className="button button-small" data-testid="presenter-next" onClick={() => send({ kind: 'next' })} aria-busy={busy} title={`${t('projector.presenter.next')} (PageDown)`}>
        <span className={compact ? 'visually-hidden' : undefined}>{t('projector.presenter.next')}</span>
        <Icon name="next" size={18} />
      </button>
    </>
  );
}

function ToggleButton({ pressed, onClick, testId, label, keys }: { pressed: boolean; onClick: () => void; testId: string; label: string; keys?: string }) {
  return (
    <button type="button" className="button button-small" aria-pressed={pressed} data-testid={testId} onClick={onClick} title={keys ? `${label} (${keys})` : label}>
      {label}
    </button>
  );
}

/**
 * The dock floats over the page; tell the page how much room it takes (CSS variables the main
 * area gives up, app.css), so the dock never covers a field or a button: folded, a strip along
 * the bottom (its height); unfolded, a column on the right (its width). The main area's visible
 * part ends where the dock begins, so nothing scrolls under it either.
 */
function useReserveRoom(ref: React.RefObject<HTMLElement | null>, open: boolean): void {
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const root = document.documentElement;
    const reserve = () => {
      const box = element.getBoundingClientRect();
      const gap = 12;
      const fromRight = Math.max(0, window.innerWidth - box.left);
      const fromBottom = Math.max(0, window.innerHeight - box.top);
      root.style.setProperty('--presenter-room-right', open ? `${Math.ceil(fromRight + gap)}px` : '0px');
      root.style.setProperty('--presenter-room-bottom', open ? '0px' : `${Math.ceil(fromBottom + gap)}px`);
    };
    reserve();
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(reserve);
    observer?.observe(element);
    window.addEventListener('resize', reserve);
    return () => {
      observer?.disconnect();
      window.removeEventListener('resize', reserve);
      root.style.removeProperty('--presenter-room-right');
      root.style.removeProperty('--presenter-room-bottom');
    };
  }, [ref, open]);
}
