import { OPDC_FRAMEWORK } from '../../../shared/frameworks/opdc';
import { pick } from '../../../shared/domain/text';
import type { Workshop } from '../../../shared/domain/workshop';
import { defineStep, type StepProps } from './define-step';
import { ComponentStep } from './component/ComponentStep';

/**
 * The eight component steps, one per component of the built-in framework ("component-01" …
 * "component-08"). Their names come from the open workshop's framework, in the UI language; the
 * page itself is component/ComponentStep.tsx.
 */
export const componentStepId = (code: string) => `component-${code}`;

const findComponent = (workshop: Workshop, code: string) => workshop.framework.components.find((c) => c.code === code);

export default OPDC_FRAMEWORK.components.map((component, index) =>
  defineStep({
    id: componentStepId(component.code),
    order: 50 + (index + 1) / 100,
    titleKey: 'steps.component.title',
    titleValues: { code: component.code },
    describe: (workshop, language) => {
      const found = findComponent(workshop, component.code);
      return found ? pick(found.name, language) : null;
    },
    badge: component.code,
    group: { id: 'components', titleKey: 'rail.componentsGroup' },
    component: (props: StepProps) => <ComponentStep {...props} code={component.code} />,
  }),
);
