import { useTranslation } from 'react-i18next';
import type { Workshop } from '../../shared/domain/workshop';
import { useAppStore } from '../store/app-store';
import { Icon } from '../ui/icons';
import { STEPS, type StepDefinition } from './steps/registry';
import { ThaiText } from '../ui/ThaiText';

type RailEntry = { kind: 'step'; step: StepDefinition } | { kind: 'group'; id: string; titleKey: StepDefinition['titleKey']; steps: StepDefinition[] };

/** Steps in order, with consecutive members of a group gathered under its heading. */
function railEntries(steps: readonly StepDefinition[]): RailEntry[] {
  const entries: RailEntry[] = [];
  for (const step of steps) {
    const last = entries.at(-1);
    if (step.group && last?.kind === 'group' && last.id === step.group.id) last.steps.push(step);
    else if (step.group) entries.push({ kind: 'group', id: step.group.id, titleKey: step.group.titleKey, steps: [step] });
    else entries.push({ kind: 'step', step });
  }
  return entries;
}

/** The workflow as a list of buttons; the current one carries aria-current="step". */
export function StepRail({ workshop, current }: { workshop: Workshop; current: string }) {
  const { t } = useTranslation();
  const goTo = useAppStore((s) => s.goTo);
  const language = useAppStore((s) => s.session.uiLanguage);

  const item = (step: StepDefinition) => {
    const title = t(step.titleKey, step.titleValues ?? {});
    const description = step.describe?.(workshop, language) ?? null;
    const active = step.id === current;
    return (
      <li key={step.id}>
        <button
          type="button"
          className={`rail-item${active ? ' rail-item-active' : ''}${step.badge ? ' rail-item-sub' : ''}`}
          data-testid={`step-${step.id}`}
          aria-current={active ? 'step' : undefined}
          onClick={() => goTo(step.id)}
        >
          {step.badge ? (
            <span className="rail-badge" aria-hidden="true">
              {step.badge}
            </span>
          ) : (
            step.icon && <Icon name={step.icon} />
          )}
          {description ? (
            <span className="rail-text">
              <span className="visually-hidden">{title}: </span>
              <ThaiText text={description} />
            </span>
          ) : (
            <span className="rail-text">
              <ThaiText text={title} />
            </span>
          )}
        </button>
      </li>
    );
  };

  return (
    <nav className="rail" aria-label={t('rail.label')}>
      <ol className="rail-list">
        {railEntries(STEPS).map((entry) =>
          entry.kind === 'step' ? (
            item(entry.step)
          ) : (
            <li key={entry.id} className="rail-group">
                <span className="rail-group-title" id={`rail-group-${entry.id}`}>
                  {t(entry.titleKey)}
                </span>
                <ol className="rail-list rail-sublist" aria-labelledby={`rail-group-${entry.id}`}>
                  {entry.steps.map(item)}
                </ol>
            </li>
          ),
        )}
      </ol>
      <p className="rail-hint">
        <ThaiText text={t('rail.shortcutHint')} />
      </p>
    </nav>
  );
}
