import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Poll } from '../../../../shared/domain/polls';
import { pick, type Language } from '../../../../shared/domain/text';
import type { Workshop } from '../../../../shared/domain/workshop';
import { dotPollOptions, dotRanking, latestRound, responseRate, workshopPlanOrder, type DotRanking, type RankedItem } from '../../../../shared/polls';
import { useAppStore } from '../../../store/app-store';
import { Icon } from '../../../ui/icons';
import { ThaiText } from '../../../ui/ThaiText';
import { ActionCard, NewActionForm } from '../component/ActionEditor';
import { RoundBar } from '../component/RoundBar';
import { EnteredDots } from './EnteredDots';
import '../component/component.css';
import './priorities.css';

type Include = 'both' | 'ideas' | 'actions';

/**
 * The priorities step: the room spreads dots over every idea and action, the ranking comes back
 * (ties share a rank, said as "อันดับ 1 (ร่วม)"), and the chosen actions become the action plan —
 * what, who, by when, how we will know — in the plan's one order (shared/polls/plan-order.ts: the
 * revealed vote, then priority, due date and component), the same on the projector and in the minutes.
 */
export function PrioritiesStep({ workshop, language }: { workshop: Workshop; language: Language }) {
  const poll = useMemo(() => workshop.polls.filter((p) => p.kind === 'dots').at(-1), [workshop.polls]);
  const ranking = useMemo(() => (poll ? dotRanking(workshop, poll.id) : null), [workshop, poll]);
  return (
    <div className="priorities-step" data-testid="priorities-step">
      <DotVote workshop={workshop} poll={poll} ranking={ranking} language={language} />
      <ActionPlan workshop={workshop} language={language} />
    </div>
  );
}

function DotVote({ workshop, poll, ranking, language }: { workshop: Workshop; poll: Poll | undefined; ranking: DotRanking | null; language: Language }) {
  const { t } = useTranslation();
  const id = useId();
  const ideas = dotPollOptions(workshop, { ideas: true, actions: false }).length;
  const actions = dotPollOptions(workshop, { ideas: false, actions: true }).length;
  const round = poll ? latestRound(poll) : undefined;
  const missing = poll ? dotPollOptions(workshop).filter((option) => !poll.options.some((o) => o.id === option.id)).length : 0;
  const [renewing, setRenewing] = useState(false);

  return (
    <section className="card dot-vote" aria-labelledby={id} data-testid="dot-vote">
      <h2 id={id} className="section-title">
        <ThaiText text={t('scoring.dots.title')} />
      </h2>
      <p className="section-intro">
        <ThaiText text={t('scoring.dots.intro', { ideas, actions })} />
      </p>
      {!poll || renewing ? (
        <CreateDotPoll ideas={ideas} actions={actions} onCreated={() => setRenewing(false)} onCancel={poll ? () => setRenewing(false) : undefined} />
      ) : (
        <>
          <p className="poll-question" data-testid="dots-question">
            <span className="muted">{t('scoring.poll.question')} </span>
            <ThaiText text={pick(poll.question, language)} />
          </p>
          <RoundBar
            poll={poll}
            testId="dots-round"
            responses={
              round && (
                <p className="round-responses" aria-live="polite" data-testid="dots-responses">
                  <strong>
                    <ThaiText text={t('scoring.dots.voted', { count: responseRate(workshop, poll.id, round.number)?.responses ?? 0 })} />
                  </strong>{' '}
                  <span className="muted">
                    <ThaiText text={t('scoring.dots.placed', { dots: ranking?.dotsPlaced ?? 0, each: poll.maxChoices ?? 3 })} />
                  </span>
                </p>
              )
            }
          />
          {missing > 0 && (
            <div className="notice-inline" data-testid="dots-missing">
              <Icon name="alert" size={18} />
              <span>
                <ThaiText text={t('scoring.dots.missing', { count: missing })} />
              </span>
              <button type="button" className="button button-quiet" data-testid="dots-renew" onClick={() => setRenewing(true)}>
                {t('scoring.dots.renew')}
              </button>
            </div>
          )}
          {round?.state === 'open' && <EnteredDots workshop={workshop} poll={poll} round={round.number} language={language} />}
          {ranking && <Ranking workshop={workshop} ranking={ranking} revealed={round?.state === 'revealed'} language={language} />}
        </>
      )}
    </section>
  );
}

function CreateDotPoll({ ideas, actions, onCreated, onCancel }: { ideas: number; actions: number; onCreated: () => void; onCancel?: (() => void) | undefined }) {
  const { t } = useTranslation();
  const dispatch = useAppStore((s) => s.dispatch);
  const id = useId();
  const [dots, setDots] = useState('3');
  const [include, setInclude] = useState<Include>('both');
  const dotsPerPerson = /^\d{1,3}$/.test(dots.trim()) ? Number(dots.trim()) : null;
  const dotsOk = dotsPerPerson !== null && dotsPerPerson >= 1 && dotsPerPerson <= 100;
  const items = include === 'both' ? ideas + actions : include === 'ideas' ? ideas : actions;
  const create = async () => {
    if (!dotsOk) return;
    if (await dispatch({ type: 'priorities.createDotPoll', payload: { dotsPerPerson: dotsPerPerson!, include } })) onCreated();
  };
  return (
    <div className="create-dots" data-testid="create-dots">
      <div className="create-dots-fields">
        <div className="field">
          <label className="field-label" htmlFor={`${id}-dots`}>
            {t('scoring.dots.perPerson')}
          </label>
          <input
            id={`${id}-dots`}
            className="input input-short"
            type="text"
            inputMode="numeric"
            data-testid="dots-per-person"
            value={dots}
            maxLength={3}
            aria-invalid={!dotsOk || undefined}
            aria-describedby={`${id}-dots-hint`}
            onChange={(event) => setDots(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault();
                void create();
              }
            }}
          />
          <p className="field-hint" id={`${id}-dots-hint`}>
            <ThaiText text={t('scoring.dots.perPersonHint')} />
          </p>
        </div>
        <fieldset className="field">
          <legend className="field-label">{t('scoring.dots.include')}</legend>
          <div className="segmented" data-testid="dots-include">
            {(['both', 'ideas', 'actions'] as const).map((value) => (
              <label key={value} className="segment">
                <input type="radio" name={`${id}-include`} value={value} checked={include === value} onChange={() => setInclude(value)} data-testid={`dots-include-${value}`} />
                <span>{t(`scoring.dots.includeOption.${value}`)}</span>
              </label>
            ))}
          </div>
        </fieldset>
      </div>
      {items < 2 && (
        <p className="field-hint" data-testid="dots-too-few">
          <ThaiText text={t('scoring.dots.tooFew')} />
        </p>
      )}
      <div className="create-dots-actions">
        <button type="button" className="button button-primary button-large" data-testid="dots-create" disabled={!dotsOk || items < 2} onClick={() => void create()}>
          <Icon name="plus" />
          <span>
            <ThaiText text={t('scoring.dots.create', { count: items })} />
          </span>
        </button>
        {onCancel && (
          <button type="button" className="button button-quiet" onClick={onCancel}>
            {t('scoring.dots.cancel')}
          </button>
        )}
      </div>
    </div>
  );
}

/** Where a ranked item came from: an idea under a component, an action, or gone since. */
function ItemSource({ workshop, item, language }: { workshop: Workshop; item: RankedItem; language: Language }) {
  const { t } = useTranslation();
  const source = item.source;
  let text: string;
  if (!source) text = t('scoring.dots.sourceGone');
  else if (source.kind === 'action') {
    const action = workshop.actions.find((a) => a.id === source.actionId);
    const component = workshop.framework.components.find((c) => c.id === action?.componentId);
    text = component ? t('scoring.dots.sourceActionOf', { code: component.code, name: pick(component.name, language) }) : t('scoring.dots.sourceAction');
  } else {
    const component = workshop.framework.components.find((c) => c.id === source.componentId);
    text = t('scoring.dots.sourceIdea', { code: component?.code ?? '', name: component ? pick(component.name, language) : '' });
  }
  return <ThaiText text={text} />;
}

function Ranking({ workshop, ranking, revealed, language }: { workshop: Workshop; ranking: DotRanking; revealed: boolean; language: Language }) {
  const { t } = useTranslation();
  const dispatch = useAppStore((s) => s.dispatch);
  const id = useId();
  const most = Math.max(1, ...ranking.items.map((item) => item.dots));
  const tied = (rank: number) => ranking.items.filter((item) => item.rank === rank).length > 1;
  const anyTied = ranking.items.some((item) => item.dots > 0 && tied(item.rank));
  return (
    <div className="ranking" data-testid="ranking">
      <h3 id={id} className="subsection-title">
        <ThaiText text={t('scoring.dots.rankingTitle')} />
      </h3>
      {anyTied && (
        <p className="field-hint" data-testid="ranking-joint-note">
          <ThaiText text={t('scoring.dots.jointNote')} />
        </p>
      )}
      {!revealed && ranking.round !== null && (
        <p className="results-private">
          <ThaiText text={t('scoring.results.notShownYet')} />
        </p>
      )}
      <ol className="ranked-items" aria-labelledby={id}>
        {ranking.items.map((item, index) => {
          const source = item.source;
          const actionItem = source?.kind === 'action' ? workshop.actions.find((a) => a.id === source.actionId) : undefined;
          const idea = source?.kind === 'idea' ? source : null;
          return (
            <li key={item.optionId} className={`ranked-item${item.dots === 0 && ranking.dotsPlaced > 0 ? ' ranked-item-none' : ''}`} data-testid={`ranked-${index + 1}`} data-rank={item.rank} data-dots={item.dots}>
              <span
                className={`rank-badge${tied(item.rank) ? ' rank-badge-joint' : ''}`}
                aria-label={t(tied(item.rank) ? 'scoring.dots.rankTied' : 'scoring.dots.rank', { rank: item.rank })}
                data-testid={`ranked-${index + 1}-rank`}
              >
                <span aria-hidden="true">{item.rank}</span>
                {tied(item.rank) && <small aria-hidden="true">{t('terms.jointRank')}</small>}
              </span>
              <div className="ranked-text">
                <p className="ranked-label">
                  <ThaiText text={pick(item.label, language)} />
                </p>
                <p className="ranked-source muted">
                  <ItemSource workshop={workshop} item={item} language={language} />
                </p>
                <div className="dot-bar" aria-hidden="true">
                  <span className="dot-bar-fill" style={{ width: `${(item.dots / most) * 100}%` }} />
                </div>
              </div>
              <p className="ranked-dots">
                <strong>{t('scoring.dots.dotCount', { count: item.dots })}</strong>
                <span className="muted">{t('scoring.dots.voterCount', { count: item.voters })}</span>
              </p>
              <div className="ranked-tools">
                {actionItem && (
                  <button
                    type="button"
                    className={`button ${actionItem.inPlan ? 'button-quiet' : ''}`}
                    data-testid={`ranked-${index + 1}-plan`}
                    aria-pressed={actionItem.inPlan}
                    onClick={() =>
                      void dispatch({ type: actionItem.inPlan ? 'action.removeFromPlan' : 'action.includeInPlan', payload: { actionId: actionItem.id } })
                    }
                  >
                    <span>
                      <ThaiText text={t(actionItem.inPlan ? 'scoring.plan.inPlan' : 'scoring.plan.include')} />
                    </span>
                  </button>
                )}
                {idea && (
                  <button
                    type="button"
                    className="button"
                    data-testid={`ranked-${index + 1}-to-action`}
                    onClick={() =>
                      void dispatch({ type: 'action.add', payload: { title: pick(item.label, language), componentId: idea.componentId, inPlan: true } })
                    }
                  >
                    <span>
                      <ThaiText text={t('scoring.dots.ideaToAction')} />
                    </span>
                  </button>
                )}
              </div>
            </li>
          );
        })}
      </ol>
    </div>
  );
}

function ActionPlan({ workshop, language }: { workshop: Workshop; language: Language }) {
  const { t } = useTranslation();
  const dispatch = useAppStore((s) => s.dispatch);
  const id = useId();
  const otherId = useId();
  const lang = workshop.meta.language;
  const ordered = workshopPlanOrder(workshop);
  const inPlan = ordered.filter((entry) => entry.action.inPlan);
  const others = ordered.filter((entry) => !entry.action.inPlan);
  const componentOf = (componentId: string | null) => {
    const component = workshop.framework.components.find((c) => c.id === componentId);
    return component ? t('scoring.plan.component', { code: component.code, name: pick(component.name, language) }) : null;
  };
  return (
    <section className="card action-plan" aria-labelledby={id} data-testid="action-plan">
      <h2 id={id} className="section-title">
        <ThaiText text={t('scoring.plan.title')} />
      </h2>
      <p className="section-intro">
        <ThaiText text={t('scoring.plan.intro')} />
      </p>
      {inPlan.length === 0 ? (
        <p className="muted" data-testid="plan-empty">
          <ThaiText text={t('scoring.plan.empty')} />
        </p>
      ) : (
        <ol className="action-list plan-list">
          {inPlan.map(({ action, rank, tied }, index) => (
            <li key={action.id}>
              <ActionCard
                action={action}
                language={language}
                lang={lang}
                testId={`plan-${index + 1}`}
                context={componentOf(action.componentId)}
                badge={
                  <span className="plan-number" aria-label={t('scoring.plan.number', { number: index + 1 })}>
                    {index + 1}
                    {rank !== null && <small>{t(tied ? 'scoring.plan.rankJoint' : 'scoring.plan.rank', { rank })}</small>}
                  </span>
                }
              />
            </li>
          ))}
        </ol>
      )}
      <NewActionForm componentId={null} language={language} lang={lang} testId="plan-new" inPlan />
      {others.length > 0 && (
        <div className="plan-others" data-testid="plan-others">
          <h3 id={otherId} className="subsection-title">
            <ThaiText text={t('scoring.plan.othersTitle')} />
          </h3>
          <ul className="plan-others-list" aria-labelledby={otherId}>
            {others.map(({ action, rank, tied }, index) => (
              <li key={action.id} className="plan-other" data-testid={`plan-other-${index + 1}`}>
                <span className="plan-other-text">
                  <ThaiText text={action.title} />
                  <span className="muted">
                    {' · '}
                    <ThaiText
                      text={[componentOf(action.componentId), rank !== null ? t(tied ? 'scoring.plan.rankJoint' : 'scoring.plan.rank', { rank }) : null, t(`terms.priority.${action.priority}`)]
                        .filter(Boolean)
                        .join(' · ')}
                    />
                  </span>
                </span>
                <button
                  type="button"
                  className="button"
                  data-testid={`plan-other-${index + 1}-include`}
                  onClick={() => void dispatch({ type: 'action.includeInPlan', payload: { actionId: action.id } })}
                >
                  <Icon name="plus" size={18} />
                  <span>
                    <ThaiText text={t('scoring.plan.include')} />
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
