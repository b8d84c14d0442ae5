import type { ViewOf } from '../../../shared/projector/types';
import { formatDateLong, type DateLanguage } from '../../ui/thai-date';
import { useFit } from '../fit';
import { Slide, TextBox, useSlide } from '../slide';

/**
 * A due date as the facilitator's date field writes it: "31 มีนาคม พ.ศ. 2570" (the era named, as
 * official letters do), "31 March 2027" in English; the one formatter, shared/format/thai-date.
 */
export function dueDate(iso: string, language: DateLanguage): string {
  // พ.ศ. and its year on one line, as on the facilitator's screen.
  return formatDateLong(iso, language, { eraLabel: true }).replace('พ.ศ. ', 'พ.ศ.\u00a0');
}

/**
 * The action plan: what will be done, by whom, by when (พ.ศ. in Thai) — accountability (P3). In
 * the plan's one order (the view's, shared/polls/plan-order.ts); priorities in the shared words
 * ("ความสำคัญปานกลาง", never "สำคัญ").
 */
export function ActionPlanSlide({ view }: { view: ViewOf<'actionPlan'> }) {
  const { t, language } = useSlide();
  const { ref, fit } = useFit<HTMLElement>(JSON.stringify(view), { items: view.actions.length, itemsFrom: 0.7 });
  const shown = view.actions.slice(0, fit.shown);
  const hidden = view.actions.length - shown.length;
  return (
    <Slide
      kind="actionPlan"
      heading={t('projector.kinds.actionPlan')}
      fitRef={ref}
      fit={fit}
      status={
        view.actions.length > 0 ? (
          <div className="pj-voting">
            <TextBox className="pj-count" text={t('projector.actionPlan.count', { count: view.actions.length })} />
            {hidden > 0 && <TextBox className="pj-muted" text={t('projector.actionPlan.more', { count: hidden })} />}
          </div>
        ) : undefined
      }
    >
      {view.actions.length === 0 ? (
        <TextBox className="pj-notice pj-notice-large" text={t('projector.actionPlan.empty')} />
      ) : (
        <ol className="pj-actions" data-testid="projector-actions">
          {shown.map((action) => (
            <li key={action.id} className={`pj-action pj-action-${action.priority}`}>
              <div className="pj-action-main">
                <TextBox as="div" className="pj-action-title" text={`${action.componentCode ? `${action.componentCode} · ` : ''}${action.title}`} />
                {action.indicator && <TextBox as="div" className="pj-action-indicator" text={`${t('projector.actionPlan.indicator')}: ${action.indicator}`} />}
              </div>
              <div className="pj-action-meta">
                <TextBox as="div" className={`pj-priority pj-priority-${action.priority}`} text={t(`terms.priority.${action.priority}`)} />
                {action.owner && <TextBox as="div" text={`${t('projector.actionPlan.owner')}: ${action.owner}`} />}
                {action.due && <TextBox as="div" text={`${t('projector.actionPlan.due')}: ${dueDate(action.due, language)}`} />}
              </div>
            </li>
          ))}
        </ol>
      )}
    </Slide>
  );
}
