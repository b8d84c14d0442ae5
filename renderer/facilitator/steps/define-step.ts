import type { ComponentType } from 'react';
import type { Workshop } from '../../../shared/domain/workshop';
import type { Language } from '../../../shared/domain/text';
import type { MessageKey } from '../../i18n';
import type { IconName } from '../../ui/icons';

// A type literal, not an interface: i18next's options need the implicit index signature.
export type StepTitleValues = { code?: string };

/** What every step's component receives: the open workshop and the UI language. */
export interface StepProps {
  workshop: Workshop;
  language: Language;
}

/**
 * One workflow step: the rail lists it, Alt+↑/↓ and the step footer walk through it in `order`.
 * A step file under steps/ named `*.step.tsx` default-exports one definition (or a list of them,
 * for a family such as the eight components); the registry finds it, so adding a step is adding
 * one file.
 */
export interface StepDefinition {
  /** Stable id, used in the store's session.step and in `data-testid="step-<id>"`. */
  id: string;
  /** Sort key across all step files. Gaps leave room for steps added later. */
  order: number;
  /** The step's name in the rail and its page heading. */
  titleKey: MessageKey;
  /** Values for `titleKey`'s {{placeholders}} (a closed set: i18next reads some names, e.g. `context`, as options). */
  titleValues?: StepTitleValues;
  /**
   * A name taken from the workshop's own data, shown beside the title (the components' names come
   * from the framework, in the UI language). Null when the workshop has nothing to say.
   */
  describe?: (workshop: Workshop, language: Language) => string | null;
  icon?: IconName;
  /** Short marker shown instead of an icon, e.g. the component code "01". */
  badge?: string;
  /** Consecutive steps with the same group sit together under the group's heading in the rail. */
  group?: { id: string; titleKey: MessageKey };
  component: ComponentType<StepProps>;
}

/** Registers a step. Identity at runtime: the point is the checked shape. */
export function defineStep(definition: StepDefinition): StepDefinition {
  return definition;
}
