import { useEffect, useState } from 'react';
import { timerRemaining } from '../../../shared/projector/presentation';
import type { TimerState, ViewOf } from '../../../shared/projector/types';
import { Slide, TextBox, useSlide } from '../slide';

/** Re-render a few times a second while a timer runs. */
export function useTimerRemaining(timer: TimerState): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (timer.endsAt === null) return;
    setNow(Date.now());
    const interval = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(interval);
  }, [timer.endsAt]);
  return timerRemaining(timer, now);
}

/** "4:05"; rounds up, so a timer shows 0:00 only when time is really up. */
export function formatClock(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  const minutes = Math.floor(seconds / 60);
  return `${minutes}:${String(seconds % 60).padStart(2, '0')}`;
}

/** A countdown for an activity, as big as the screen allows. */
export function TimerSlide({ view }: { view: ViewOf<'timer'> }) {
  const { t } = useSlide();
  const remaining = useTimerRemaining(view.timer);
  const done = remaining <= 0;
  const share = view.timer.durationMs > 0 ? remaining / view.timer.durationMs : 0;
  return (
    <Slide kind="timer" kicker={view.title || null}>
      <div className={`pj-timer${done ? ' pj-timer-done' : ''}`} data-testid="projector-timer" data-remaining={Math.ceil(remaining / 1000)}>
        <TextBox className="pj-label" text={
            done
              ? t('projector.timer.done')
              : view.timer.endsAt !== null
                ? t('projector.timer.left')
                : remaining >= view.timer.durationMs
                  ? t('projector.timer.ready')
                  : t('projector.timer.paused')
          } />
        <p className="pj-timer-clock" data-textbox="">
          {formatClock(remaining)}
        </p>
        <div className="pj-timer-track" aria-hidden="true">
          <div className="pj-timer-bar" style={{ width: `${Math.max(0, Math.min(1, share)) * 100}%` }} />
        </div>
      </div>
    </Slide>
  );
}

/** The running timer in a corner of any other slide. */
export function TimerBadge({ timer }: { timer: TimerState }) {
  const remaining = useTimerRemaining(timer);
  return (
    <div className={`pj-timer-badge${remaining <= 0 ? ' pj-timer-done' : ''}`} data-testid="projector-timer-badge">
      {formatClock(remaining)}
    </div>
  );
}
