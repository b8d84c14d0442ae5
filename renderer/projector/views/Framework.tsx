import type { ViewOf } from '../../../shared/projector/types';
import { useFit } from '../fit';
import { Slide, TextBox, useSlide } from '../slide';

/** The framework on one slide: its 4 principles and 8 components. */
export function FrameworkSlide({ view }: { view: ViewOf<'framework'> }) {
  const { t } = useSlide();
  const { ref, fit } = useFit<HTMLElement>(JSON.stringify(view));
  return (
    <Slide kind="framework" heading={view.name} fitRef={ref} fit={fit} status={<TextBox className="pj-source" text={view.source} />}>
      <div className="pj-framework">
        <section className="pj-framework-principles">
          <TextBox as="h2" className="pj-subheading" text={t('projector.framework.principles')} />
          <ol className="pj-principles">
            {view.principles.map((principle) => (
              <li key={principle.number} className="pj-principle">
                <span className="pj-principle-number" aria-hidden="true">
                  {principle.number}
                </span>
                <TextBox as="div" className="pj-principle-name" text={principle.name} />
              </li>
            ))}
          </ol>
        </section>
        <section className="pj-framework-components">
          <TextBox as="h2" className="pj-subheading" text={t('projector.framework.components')} />
          <ol className="pj-components">
            {view.components.map((component) => (
              <li key={component.code} className="pj-component">
                <span className="pj-code">{component.code}</span>
                <TextBox as="div" className="pj-component-name" text={component.name} />
              </li>
            ))}
          </ol>
        </section>
      </div>
    </Slide>
  );
}
