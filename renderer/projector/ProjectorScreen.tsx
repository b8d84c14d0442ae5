import type { ComponentType } from 'react';
import type { HostPresentation } from '../../shared/projector/presentation';
import type { ProjectorView } from '../../shared/projector/types';
import { ScreenContext } from './slide';
import { TimerBadge } from './views/Timer';
import { SLIDES } from './views/registry';

/**
 * What the room sees, drawn from the host's presentation: the slide for its view, in the
 * workshop's language and the chosen contrast, and a running timer in the corner. The same
 * component is the projector page and the facilitator's live thumbnail (scaled down), so the
 * thumbnail is exactly what the projector shows. `revision` is written on the screen as a marker
 * (tests and the benchmark wait for it).
 */
export function ProjectorScreen({ presentation, revision, className = '' }: { presentation: HostPresentation; revision?: number; className?: string }) {
  const { view, state } = presentation;
  const Slide = SLIDES[view.kind] as ComponentType<{ view: ProjectorView }>;
  const timerRunning = state.timer.endsAt !== null && view.kind !== 'timer' && view.kind !== 'blank';
  return (
    <ScreenContext.Provider value={{ language: view.language, contrast: state.contrast }}>
      <div
        className={`pj-screen pj-contrast-${state.contrast} pj-kind-${view.kind} ${className}`.trim()}
        lang={view.language}
        data-testid="projector-screen"
        data-view={view.kind}
        data-revision={revision}
        data-contrast={state.contrast}
      >
        <Slide view={view} />
        {timerRunning && <TimerBadge timer={state.timer} />}
      </div>
    </ScreenContext.Provider>
  );
}
