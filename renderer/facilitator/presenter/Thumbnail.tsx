import type { HostPresentation } from '../../../shared/projector/presentation';
import { ProjectorScreen } from '../../projector/ProjectorScreen';

/** The logical size the thumbnail lays the slide out at, before scaling it down. */
const SCREEN = { width: 1280, height: 720 };

/**
 * What the projector shows right now: the same React slide, laid out at 1280×720 and scaled down
 * with a CSS transform (the slide sizes itself in container units, so it looks as it does on the
 * projector, only smaller).
 */
export function Thumbnail({ presentation, width, label }: { presentation: HostPresentation; width: number; label: string }) {
  const scale = width / SCREEN.width;
  return (
    <div className="presenter-thumb" style={{ width, height: SCREEN.height * scale }} role="img" aria-label={label} data-testid="presenter-thumbnail">
      <div className="presenter-thumb-screen" style={{ width: SCREEN.width, height: SCREEN.height, transform: `scale(${scale})` }} aria-hidden="true" inert>
        <ProjectorScreen presentation={presentation} />
      </div>
    </div>
  );
}
