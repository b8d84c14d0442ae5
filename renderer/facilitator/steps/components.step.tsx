import { OPDC_FRAMEWORK } from '../../../shared/frameworks/opdc';
import { pick } from '../../../shared/domain/text';
import type { Workshop } from '../../../shared/domain/workshop';
import { defineStep, type StepProps } from './define-step';
import { PlaceholderStep } from './PlaceholderStep';
import { ThaiText } from '../../ui/ThaiText';

/**
 * The eight component steps, one per component of the built-in framework ("component-01" …
 * "component-08"). Their names come from the open workshop's framework, in the UI language.
 */
export const componentStepId = (code: string) => `component-${code}`;

const findComponent = (workshop: Workshop, code: string) => workshop.framework.components.find((c) => c.code === code);

function ComponentStep({ workshop, language, code }: StepProps & { code: string }) {
  const component = findComponent(workshop, code);
  return (
    <PlaceholderStep
      text={{ intro: 'steps.component.intro', points: ['steps.component.point1', 'steps.component.point2', 'steps.component.point3'] }}
    >
      {component && (
        <section className="card component-definition" aria-label={pick(component.name, language)}>
          <span className="component-code" aria-hidden="true">
            {component.code}
          </span>
          <p className="lead">
            <ThaiText text={pick(component.definition, language)} />
          </p>
        </section>
      )}
    </PlaceholderStep>
  );
}

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
