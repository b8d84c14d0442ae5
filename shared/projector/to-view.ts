import type { Workshop } from '../domain/workshop';
import type { PresentationState } from './presentation';
import { PROJECTOR_VIEWS } from './registry';
import type { ProjectorView, ViewChoice, ViewKind } from './types';
import type { BuildInput, LiveInput, ViewDefinition } from './views/define';

export type { LiveInput } from './views/define';

/** The chosen slide's data, ignoring blank and freeze; null when what it names is gone. */
export function buildChoice(workshop: Workshop, presentation: PresentationState, live: LiveInput, choice: ViewChoice = presentation.choice): ProjectorView | null {
  const definition = PROJECTOR_VIEWS[choice.kind] as ViewDefinition<ViewKind>;
  const input: BuildInput<ViewKind> = { workshop, language: workshop.meta.language, choice, presentation, live };
  return definition.build(input);
}

/**
 * What the projector shows: the one typed data object its slide renders. Pure — the host calls it
 * with the document, its live presentation state and what it knows of the phones, and sends the
 * result with every snapshot.
 *
 * Precedence: no workshop → waiting; blank → blank; frozen → the slide as it was when frozen;
 * otherwise the chosen slide (the welcome slide if what it names no longer exists).
 */
export function toProjectorView(workshop: Workshop | null, presentation: PresentationState, live: LiveInput = {}): ProjectorView {
  if (!workshop) return { kind: 'waiting', language: 'th' };
  const language = workshop.meta.language;
  if (presentation.blank) return { kind: 'blank', language };
  if (presentation.frozen) return presentation.frozen;
  return buildChoice(workshop, presentation, live) ?? buildChoice(workshop, presentation, live, { kind: 'welcome' })!;
}
