import { useTranslation } from 'react-i18next';
import { useAppStore } from '../store/app-store';
import { Icon } from '../ui/icons';
import { STEPS } from './steps/registry';
import { ThaiText } from '../ui/ThaiText';
import { WorkshopList } from './files/WorkshopList';

/** No workshop is open: say what Ruam is for and offer the one thing to do. */
export function StartScreen() {
  const { t } = useTranslation();
  const newWorkshop = useAppStore((s) => s.newWorkshop);
  const goTo = useAppStore((s) => s.goTo);
  const busy = useAppStore((s) => s.live.busy > 0);

  // The workflow in brief: each top-level step, and each group once.
  const outline: string[] = [];
  for (const step of STEPS) {
    const title = step.group ? t(step.group.titleKey) : t(step.titleKey, step.titleValues ?? {});
    if (outline.at(-1) !== title) outline.push(title);
  }

  const create = async () => {
    if (await newWorkshop()) goTo('setup');
  };

  return (
    <div className="start">
      <section className="card start-card" aria-labelledby="start-heading">
        <h1 id="start-heading">{t('start.heading')}</h1>
        <p className="lead">
          <ThaiText text={t('start.intro')} />
        </p>
        <button type="button" className="button button-primary button-large" data-testid="new-workshop" onClick={() => void create()} disabled={busy}>
          <Icon name="start" size={24} />
          {t('start.create')}
        </button>
        <p className="muted">
          <ThaiText text={t('start.offline')} />
        </p>
      </section>
      <WorkshopList />
      <section className="start-outline" aria-labelledby="start-steps">
        <h2 id="start-steps" className="section-title">
          {t('start.stepsHeading')}
        </h2>
        <ol className="outline-list">
          {outline.map((title) => (
            <li key={title}>{title}</li>
          ))}
        </ol>
      </section>
    </div>
  );
}
