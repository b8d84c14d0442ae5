import { useEffect, useState } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import type { i18n as I18n } from 'i18next';
import type { FacilitatorApi, HostSnapshot } from '../../shared/contracts/facilitator';
import { formatDateLong } from '../ui/thai-date';
import { formatTimeRange } from '../ui/time-of-day';
import { applyDocumentLanguage } from '../i18n';
import { ThaiText } from '../ui/ThaiText';

/** What the projector may use: read and follow, nothing else (the desktop preload gives no more). */
export type ProjectorSource = Pick<FacilitatorApi, 'onSnapshot'>;

/**
 * The audience display, for now a welcome slide: title, organisation, meeting number, date (พ.ศ. in
 * a Thai workshop), time and venue. It speaks the workshop's language, not the facilitator's UI.
 * The projector issue replaces this with typed views from shared/projector.
 */
export function Projector({ source, i18n }: { source: ProjectorSource; i18n: I18n }) {
  const [snapshot, setSnapshot] = useState<HostSnapshot | null>(null);
  useEffect(
    () =>
      source.onSnapshot((next) =>
        setSnapshot((current) =>
          current && next.revision < current.revision && next.workshop?.id === current.workshop?.id ? current : next,
        ),
      ),
    [source],
  );
  const language = snapshot?.workshop?.meta.language ?? 'th';
  useEffect(() => {
    void i18n.changeLanguage(language);
    applyDocumentLanguage(language);
  }, [i18n, language]);

  return (
    <I18nextProvider i18n={i18n}>
      <Welcome snapshot={snapshot} />
    </I18nextProvider>
  );
}

function Welcome({ snapshot }: { snapshot: HostSnapshot | null }) {
  const { t } = useTranslation();
  const workshop = snapshot?.workshop;
  if (!workshop) {
    return (
      <main className="projector projector-waiting">
        <p className="projector-brand">{t('app.name')}</p>
        <p className="projector-subtitle" data-testid="projector-waiting">
          {t('projector.waiting')}
        </p>
      </main>
    );
  }
  const { meta } = workshop;
  const date = formatDateLong(meta.date, meta.language, { weekday: true, eraLabel: true });
  const time = formatTimeRange(meta.startTime, meta.endTime, meta.language);
  return (
    <main className="projector">
      <p className="projector-eyebrow">{t('projector.welcome')}</p>
      <h1 className={`projector-title${(meta.title || '').length > 48 ? ' projector-title-long' : ''}`} data-testid="projector-title">
        <ThaiText text={meta.title || t('app.name')} />
      </h1>
      {(meta.organisation || meta.meetingNumber) && (
        <p className="projector-subtitle" data-testid="projector-organisation">
          <ThaiText text={[meta.organisation, meta.meetingNumber && t('projector.meetingNumber', { number: meta.meetingNumber })].filter(Boolean).join(' · ')} />
        </p>
      )}
      {(date || time || meta.venue) && (
        <div className="projector-when">
          {date && <p data-testid="projector-date">{date}</p>}
          {time && <p>{time}</p>}
          {meta.venue && (
            <p>
              <ThaiText text={meta.venue} />
            </p>
          )}
        </div>
      )}
      <p className="projector-brand projector-footer">{t('app.name')}</p>
    </main>
  );
}
