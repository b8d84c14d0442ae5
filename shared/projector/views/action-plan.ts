import { PRIORITIES } from '../../domain/outcomes';
import { defineView } from './define';
import { findComponent } from '../subjects';

/** The actions chosen into the plan, high priority first: who does what by when (principle P3). */
export const actionPlanView = defineView({
  kind: 'actionPlan',
  label: { th: 'แผนปฏิบัติการ', en: 'Action plan' },
  choosable: true,
  build: ({ workshop, language }) => ({
    kind: 'actionPlan',
    language,
    actions: workshop.actions
      .map((action, index) => ({ action, index }))
      .filter(({ action }) => action.inPlan && action.title.trim() !== '')
      .sort((a, b) => PRIORITIES.indexOf(a.action.priority) - PRIORITIES.indexOf(b.action.priority) || a.index - b.index)
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
