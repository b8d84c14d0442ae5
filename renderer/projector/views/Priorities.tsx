import type { ViewOf } from '../../../shared/projector/types';
import { useFit } from '../fit';
import { Slide, TextBox, useSlide } from '../slide';
import { VotingStatus } from './status';

/** Dot voting: the items while the room votes; the ranking, with dots, once revealed. */
export function PrioritiesSlide({ view }: { view: ViewOf<'priorities'> }) {
  const { t } = useSlide();
  const { ref, fit } = useFit<HTMLElement>(JSON.stringify({ ...view, respondents: 0 }), { items: view.items.length, itemsFrom: 0.7 });
  const most = Math.max(1, ...view.items.map((item) => item.dots ?? 0));
  const shown = view.items.slice(0, fit.shown);
  const hidden = view.items.length - shown.length;
  // Items with as many dots share a rank: said "ร่วม" (joint) under the number, never a bare repeat.
  const joint = (rank: number | null) => rank !== null && view.items.filter((item) => item.rank === rank).length > 1;
  return (
    <Slide
      kind="priorities"
      kicker={t('projector.kinds.priorities')}
      heading={view.question}
      fitRef={ref}
      fit={fit}
      status={
        <>
          <VotingStatus voting={view.voting} round={view.round} responses={view.respondents} />
          {hidden > 0 && <TextBox className="pj-muted" text={t('projector.priorities.more', { count: hidden })} />}
        </>
      }
    >
      {!view.revealed && view.voting !== 'notStarted' && <TextBox className="pj-muted pj-note" text={t('projector.priorities.hidden')} />}
      <ol className={`pj-ranking${view.revealed ? ' pj-ranking-revealed' : ''}`} data-testid="projector-ranking">
        {shown.map((item, index) => (
          <li key={index} className="pj-rank-row">
            <span className="pj-rank" aria-hidden={!view.revealed}>
              {view.revealed ? item.rank : index + 1}
              {view.revealed && joint(item.rank) && <small className="pj-rank-joint">{t('terms.jointRank')}</small>}
            </span>
            <div className="pj-rank-main">
              <TextBox as="div" className="pj-rank-label" text={item.label} />
              {view.revealed && (
                <div className="pj-bar-track">
                  <div className="pj-bar" style={{ width: `${((item.dots ?? 0) / most) * 100}%` }} />
                </div>
              )}
            </div>
            {view.revealed && (
              <p className="pj-rank-dots" data-textbox="">
                {t('projector.priorities.dots', { count: item.dots ?? 0 })}
              </p>
            )}
          </li>
        ))}
      </ol>
    </Slide>
  );
}
