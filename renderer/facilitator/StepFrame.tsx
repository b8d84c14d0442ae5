import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Workshop } from '../../shared/domain/workshop';
import { useAppStore } from '../store/app-store';
import { Icon } from '../ui/icons';
import { adjacentStep, type StepDefinition } from './steps/registry';
import { ThaiText } from '../ui/ThaiText';

/**
 * The current step's page: heading, the step itself, and back/next. When a step opens and the
 * focus is not in the rail or the header (a shortcut, the footer, a card), the heading takes it, so
 * a screen reader announces where the user now is and Tab starts from the top of the step.
 */
export function StepFrame({ step, workshop }: { step: StepDefinition; workshop: Workshop }) {
  const { t } = useTranslation();
  const language = useAppStore((s) => s.session.uiLanguage);
  const heading = useRef<HTMLHeadingElement>(null);
  const title = t(step.titleKey, step.titleValues ?? {});
  const description = step.describe?.(workshop, language) ?? null;
  const groupTitle = step.group ? t(step.group.titleKey) : null;
  const Step = step.component;

  // Mounted afresh per step (keyed by id in App): start at the top of the new step.
  useEffect(() => {
    heading.current?.closest('main')?.scrollTo?.(0, 0);
    const active = document.activeElement;
    if (!active || active === document.body || !active.closest('.rail, .app-header')) heading.current?.focus();
  }, []);

  return (
    <>
      <div className="step-heading">
        {(description || groupTitle) && <p className="eyebrow">{description ? title : groupTitle}</p>}
        <h1 ref={heading} tabIndex={-1} data-testid="step-title">
          <ThaiText text={description ?? title} />
        </h1>
      </div>
      <Step workshop={workshop} language={language} />
      <StepFooter step={step} workshop={workshop} />
    </>
  );
}

function StepFooter({ step, workshop }: { step: StepDefinition; workshop: Workshop }) {
  const { t } = useTranslation();
  const goTo = useAppStore((s) => s.goTo);
  const language = useAppStore((s) => s.session.uiLanguage);
  const previous = adjacentStep(step.id, -1);
  const next = adjacentStep(step.id, 1);
  const name = (s: StepDefinition) => {
    const title = t(s.titleKey, s.titleValues ?? {});
    const description = s.describe?.(workshop, language);
    return description ? `${s.badge ?? title} ${description}` : title;
  };
  return (
    <nav className="step-footer" aria-label={t('stepNav.label')}>
      {previous ? (
        <button type="button" className="button button-quiet step-prev" data-testid="step-prev" onClick={() => goTo(previous.id)}>
          <Icon name="previous" />
          <span>
            <ThaiText text={t('stepNav.previous', { step: name(previous) })} />
          </span>
        </button>
      ) : (
        <span />
      )}
      {next && (
        <button type="button" className="button button-primary step-next" data-testid="step-next" onClick={() => goTo(next.id)}>
          <span>
            <ThaiText text={t('stepNav.next', { step: name(next) })} />
          </span>
          <Icon name="next" />
        </button>
      )}
    </nav>
  );
}
