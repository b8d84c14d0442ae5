import { workshopPlanOrder } from '../../polls/plan-order';
import { defineView } from './define';
import { findComponent } from '../subjects';

/** The actions chosen into the plan, in the plan's one order (shared/polls/plan-order.ts): who does what by when (principle P3). */
export const actionPlanView = defineView({
  kind: 'actionPlan',
  label: { th: 'แผนปฏิบัติการ', en: 'Action plan' },
  choosable: true,
  build: ({ workshop, language }) => ({
    kind: 'actionPlan',
    language,
    actions: workshopPlanOrder(workshop, workshop.actions.filter((action) => action.inPlan && action.title.trim() !== ''))
      .map(({ action }) => ({
        id: action.id,
        title: action.title.trim(),
        owner: action.owner.trim(),
        due: action.due,
        indicator: action.indicator.trim(),
        priority: action.priority,
        componentCode: findComponent(workshop, action.componentId)?.code ?? null,
      })),
  }),
});
