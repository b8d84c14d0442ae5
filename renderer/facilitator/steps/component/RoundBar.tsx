import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Poll } from '../../../../shared/domain/polls';
import { pollOnScreen } from '../../../../shared/projector/presentation';
import { useAppStore } from '../../../store/app-store';
import { ThaiText } from '../../../ui/ThaiText';
import { roundCommand, roundControls, type RoundControl } from './round-controls';

const STATES = ['open', 'closed', 'revealed'] as const;

interface RoundBarProps {
  poll: Poll;
  /** The live response count, or anything else to show beside the round's state. */
  responses?: ReactNode;
  /** data-testid prefix for the buttons (`${prefix}-open`, …); "round" by default. */
  testId?: string;
}

/**
 * Where a poll's voting stands — round number and state, always in words — and the buttons that
 * move it on, each saying what it will do ("Close voting in round 2"). The most likely next move
 * is the primary button. Used for the component polls and the priorities dot vote alike.
 *
 * The buttons dispatch the ordinary round commands; the host moves the projector with them
 * (opening shows the question, revealing the results: shared/projector `followRound`). What the
 * bar says about the projector comes from what the host says it draws, so it stays true when the
 * screen is blank or frozen (the results then reach the phones, not the wall) or shows another slide.
 */
export function RoundBar({ poll, responses, testId = 'round' }: RoundBarProps) {
  const { t } = useTranslation();
  const dispatch = useAppStore((s) => s.dispatch);
  const busy = useAppStore((s) => s.live.busy > 0);
  const presentation = useAppStore((s) => s.host?.presentation ?? null);
  const controls = roundControls(poll);
  const screen = presentation ? pollOnScreen(presentation, poll) : null;
  // Blank or frozen: a reveal reaches the phones; the projector shows it once the screen is back.
  const held = screen === 'blank' || screen === 'frozen';
  const run = (control: RoundControl) => void dispatch(roundCommand(poll.id, control.step));
  // Revealing an open round closes it first: the button says both.
  const label = (control: RoundControl) => {
    if (control.step !== 'reveal') return control.step;
    const reveal = controls.phase === 'open' ? 'closeAndReveal' : 'reveal';
    return held ? (`${reveal}Held` as const) : reveal;
  };
  const stateKey = controls.phase === 'revealed' && held ? 'revealedHeld' : controls.phase;
  const button = (control: RoundControl, primary: boolean) => (
    <button
      key={control.step}
      type="button"
      className={`button ${primary ? 'button-primary' : ''}`}
      data-testid={`${testId}-${control.step}`}
      disabled={busy}
      onClick={() => run(control)}
    >
      <span>
        <ThaiText text={t(`scoring.round.do.${label(control)}`, { round: control.round })} />
      </span>
    </button>
  );

  return (
    <div className="round-bar" data-testid={`${testId}-bar`} data-phase={controls.phase} data-round={controls.round ?? 0}>
      <div className="round-status">
        <div className="round-status-line">
        <p className="round-title" data-testid={`${testId}-status`}>
          {controls.round === null ? (
            <span>
              <ThaiText text={t('scoring.round.notStarted')} />
            </span>
          ) : (
            <>
              <strong>{t('scoring.round.number', { round: controls.round })}</strong>
              <span className="round-dot" aria-hidden="true">
                ·
              </span>
              <span className={`round-state round-state-${controls.phase}`}>
                <ThaiText text={t(`scoring.round.state.${stateKey}`)} />
              </span>
            </>
          )}
        </p>
        {controls.round !== null && (
          <ol className="round-steps" aria-label={t('scoring.round.stepsLabel')}>
            {STATES.map((state, index) => {
              const reached = STATES.indexOf(controls.phase as (typeof STATES)[number]) >= index;
              return (
                <li
                  key={state}
                  className={`round-step${reached ? ' round-step-reached' : ''}${controls.phase === state ? ' round-step-current' : ''}`}
                  aria-current={controls.phase === state ? 'step' : undefined}
                >
                  <span className="round-step-mark" aria-hidden="true">
                    {reached ? '✓' : index + 1}
                  </span>
                  <span>
                    <ThaiText text={t(`scoring.round.stepName.${state}`)} />
                  </span>
                </li>
              );
            })}
          </ol>
        )}
        </div>
        {responses}
      </div>
      <div className="round-actions">
        {button(controls.primary, true)}
        {controls.others.map((control) => button(control, false))}
      </div>
      <p className="round-hint">
        <ThaiText text={t(`scoring.round.hint.${stateKey}`)} />
      </p>
      {screen && (
        <p className={`round-hint round-screen round-screen-${screen}`} data-testid={`${testId}-screen`} data-screen={screen}>
          <ThaiText text={t(`scoring.round.screen.${screen}`)} />
        </p>
      )}
    </div>
  );
}
