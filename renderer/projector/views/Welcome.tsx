import type { ViewOf } from '../../../shared/projector/types';
import { formatDateLong } from '../../ui/thai-date';
import { formatTimeRange } from '../../ui/time-of-day';
import { useFit } from '../fit';
import { fitStyle, TextBox, useSlide } from '../slide';

/** The title slide: what the meeting is, who holds it, when (พ.ศ. in Thai) and where. */
export function WelcomeSlide({ view }: { view: ViewOf<'welcome'> }) {
  const { t, language } = useSlide();
  const { ref, fit } = useFit<HTMLElement>(JSON.stringify(view));
  const date = formatDateLong(view.date, language, { weekday: true, eraLabel: true });
  const time = formatTimeRange(view.startTime, view.endTime, language);
  const organisation = [view.organisation, view.meetingNumber && t('projector.meetingNumber', { number: view.meetingNumber })].filter(Boolean).join(' · ');
  return (
    <section className="pj-slide pj-slide-welcome" ref={ref} style={fitStyle(fit)} data-testid="projector-view-welcome">
      <div className="pj-welcome-inner" data-fit-region="">
        <TextBox className="pj-kicker pj-welcome-kicker" text={t('projector.welcome')} />
        <TextBox as="h1" className={`pj-welcome-title${view.title.length > 60 ? ' pj-welcome-title-long' : ''}`} text={view.title || t('app.name')} testId="projector-title" />
        {organisation && <TextBox className="pj-welcome-organisation" text={organisation} testId="projector-organisation" />}
        {(date || time || view.venue) && (
          <div className="pj-welcome-when">
            {date && <TextBox text={date} testId="projector-date" />}
            {time && <TextBox text={time} />}
            {view.venue && <TextBox text={view.venue} />}
          </div>
        )}
      </div>
    </section>
  );
}

/** No workshop open yet. */
export function WaitingSlide() {
  const { t } = useSlide();
  return (
    <section className="pj-slide pj-slide-waiting" data-testid="projector-view-waiting">
      <TextBox className="pj-brand-large" text={t('app.name')} />
      <TextBox className="pj-kicker" text={t('projector.waiting')} testId="projector-waiting" />
    </section>
  );
}

/** Nothing at all: the room looks at the speaker. */
export function BlankSlide() {
  return <section className="pj-slide pj-slide-blank" data-testid="projector-view-blank" aria-hidden="true" />;
}
