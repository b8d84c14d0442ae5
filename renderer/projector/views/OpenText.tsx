import type { ViewOf } from '../../../shared/projector/types';
import { useFit } from '../fit';
import { Slide, TextBox, useSlide } from '../slide';

/** The wall of answers the facilitator approved, newest first, as many as fit. */
export function OpenTextSlide({ view }: { view: ViewOf<'openText'> }) {
  const { t } = useSlide();
  const { ref, fit } = useFit<HTMLElement>(JSON.stringify(view), { items: view.answers.length });
  const shown = view.answers.slice(0, fit.shown);
  const hidden = view.answers.length - shown.length;
  return (
    <Slide
      kind="openText"
      kicker={t('projector.kinds.openText')}
      heading={view.question}
      fitRef={ref}
      fit={fit}
      status={
        <div className="pj-voting">
          <TextBox className="pj-count" text={t('projector.openText.count', { count: view.answers.length })} testId="projector-answer-count" />
          {hidden > 0 && <TextBox className="pj-muted" text={t('projector.openText.more', { count: hidden })} />}
        </div>
      }
    >
      {view.answers.length === 0 ? (
        <TextBox className="pj-notice pj-notice-large" text={t('projector.openText.empty')} />
      ) : (
        <ul className="pj-wall" data-testid="projector-wall">
          {shown.map((answer) => (
            <li key={answer.id} className="pj-wall-card">
              <TextBox as="div" text={answer.text} />
            </li>
          ))}
        </ul>
      )}
    </Slide>
  );
}
