import { useTranslation } from 'react-i18next';
import { pick } from '../../../shared/domain/text';
import { useAppStore } from '../../store/app-store';
import { componentStepId } from './components.step';
import { defineStep, type StepProps } from './define-step';
import { ThaiText } from '../../ui/ThaiText';

/**
 * How a facilitator opens the workshop: what the framework means, its four principles, its eight
 * components (each a door to its own step), and where the wording comes from.
 */
function FrameworkOverview({ workshop, language }: StepProps) {
  const { t } = useTranslation();
  const goTo = useAppStore((s) => s.goTo);
  const framework = workshop.framework;

  return (
    <div className="overview">
      <section className="card overview-hero" aria-labelledby="framework-name">
        <p className="eyebrow">{t('overview.eyebrow')}</p>
        <h2 id="framework-name" className="overview-name">
          <ThaiText text={pick(framework.name, language)} />
        </h2>
        <p className="overview-definition"><ThaiText text={pick(framework.definition, language)} /></p>
      </section>

      <section aria-labelledby="principles-heading">
        <h2 id="principles-heading" className="section-title">
          {t('overview.principlesHeading')}
        </h2>
        <p className="section-intro">
          <ThaiText text={t('overview.principlesIntro')} />
        </p>
        <ol className="principle-grid">
          {framework.principles.map((principle) => (
            <li key={principle.id} className="card principle-card">
              <span className="principle-number">{t('overview.principleNumber', { number: String(principle.number) })}</span>
              <span className="principle-name"><ThaiText text={pick(principle.name, language)} /></span>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="components-heading">
        <h2 id="components-heading" className="section-title">
          {t('overview.componentsHeading')}
        </h2>
        <p className="section-intro">
          <ThaiText text={t('overview.componentsIntro')} />
        </p>
        <ol className="component-grid">
          {framework.components.map((component) => (
            <li key={component.id}>
              <button
                type="button"
                className="card component-card"
                data-testid={`overview-component-${component.code}`}
                onClick={() => goTo(componentStepId(component.code))}
              >
                <span className="component-code" aria-hidden="true">
                  {component.code}
                </span>
                <span className="component-text">
                  <span className="visually-hidden">{t('overview.componentNumber', { code: component.code })} </span>
                  <span className="component-name"><ThaiText text={pick(component.name, language)} /></span>
                  <span className="component-def"><ThaiText text={pick(component.definition, language)} /></span>
                </span>
              </button>
            </li>
          ))}
        </ol>
      </section>

      <section className="overview-source" aria-labelledby="source-heading">
        <h2 id="source-heading" className="visually-hidden">
          {t('overview.sourceHeading')}
        </h2>
        <p>
          <cite>
            <ThaiText text={pick(framework.source, language)} />
          </cite>
        </p>
        <p className="muted">
          <ThaiText text={t('overview.translationNote')} />
        </p>
      </section>
    </div>
  );
}

export default defineStep({
  id: 'overview',
  order: 10,
  titleKey: 'steps.overview.title',
  icon: 'overview',
  component: FrameworkOverview,
});
