import { useTranslation } from 'react-i18next';
import type { MessageKey } from '../../i18n';
import { ThaiText } from '../../ui/ThaiText';

export interface PlaceholderText {
  intro: MessageKey;
  points: readonly MessageKey[];
}

/**
 * For a step not built yet: say plainly what it will do, so a facilitator walking the rail in a
 * rehearsal knows what to expect, rather than meeting an empty page.
 */
export function PlaceholderStep({ text, children }: { text: PlaceholderText; children?: React.ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="placeholder-step">
      {children}
      <section className="card placeholder-card" aria-labelledby="placeholder-heading">
        <p className="badge badge-soon">{t('placeholder.badge')}</p>
        <p className="lead">
          <ThaiText text={t(text.intro)} />
        </p>
        <h2 id="placeholder-heading" className="section-title">
          {t('placeholder.whatItWillDo')}
        </h2>
        <ul className="check-list">
          {text.points.map((key) => (
            <li key={key}>
              <ThaiText text={t(key)} />
            </li>
          ))}
        </ul>
        <p className="muted">
          <ThaiText text={t('placeholder.comingSoon')} />
        </p>
      </section>
    </div>
  );
}
