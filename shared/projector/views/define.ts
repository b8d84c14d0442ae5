import type { LocalizedText } from '../../domain/text';
import type { Language } from '../../domain/text';
import type { Workshop } from '../../domain/workshop';
import type { PresentationState } from '../presentation';
import type { JoinAccess, ViewChoice, ViewKind, ViewOf } from '../types';

/** What the host knows that is not in the document: the participant server's access panel. */
export interface LiveInput {
  access?: (JoinAccess & { connected: number }) | null;
}

export interface BuildInput<K extends ViewKind> {
  workshop: Workshop;
  language: Language;
  choice: ChoiceFor<K>;
  presentation: PresentationState;
  live: LiveInput;
}

/** The choice a kind is built from; `blank` and `waiting` are never chosen, only shown. */
export type ChoiceFor<K extends ViewKind> = K extends ViewChoice['kind'] ? Extract<ViewChoice, { kind: K }> : { kind: K };

/**
 * One kind of slide: its name in the menu, and how its data is built from the document. `build`
 * returns null when what the choice names is gone (a deleted poll); the projector then falls back
 * to the welcome slide rather than show something stale.
 */
export interface ViewDefinition<K extends ViewKind> {
  kind: K;
  label: LocalizedText;
  /** Shown in the facilitator's menu of views (blank is a switch, waiting is the host's). */
  choosable: boolean;
  build(input: BuildInput<K>): ViewOf<K> | null;
}

export function defineView<K extends ViewKind>(definition: ViewDefinition<K>): ViewDefinition<K> {
  return definition;
}
