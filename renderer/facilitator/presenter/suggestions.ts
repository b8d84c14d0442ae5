import type { Workshop } from '../../../shared/domain/workshop';
import type { ViewChoice } from '../../../shared/projector/types';

/**
 * "Show this" for the step the facilitator is on: the slides that go with it. A component's step
 * offers its question and its results; the people steps the join slide and who is in the room.
 */
export function suggestedViews(stepId: string, workshop: Workshop): ViewChoice[] {
  const component = /^component-(.+)$/.exec(stepId);
  if (component) {
    const found = workshop.framework.components.find((c) => c.code === component[1]);
    return found
      ? [
          { kind: 'question', componentId: found.id },
          { kind: 'results', componentId: found.id },
        ]
      : [];
  }
  switch (stepId) {
    case 'setup':
      return [{ kind: 'welcome' }, { kind: 'join' }];
    case 'overview':
      return [{ kind: 'framework' }];
    case 'participants':
      return [{ kind: 'join' }, { kind: 'representation' }];
    case 'equality':
      return [{ kind: 'representation' }];
    case 'stakeholders':
      return [{ kind: 'stakeholders' }, { kind: 'representation' }];
    case 'priorities':
      return [
        ...workshop.polls.filter((poll) => poll.kind === 'dots').map((poll): ViewChoice => ({ kind: 'priorities', pollId: poll.id })),
        ...workshop.polls.filter((poll) => poll.kind === 'text').map((poll): ViewChoice => ({ kind: 'wordCloud', pollId: poll.id })),
        { kind: 'actionPlan' },
      ];
    case 'minutes':
      return [{ kind: 'actionPlan' }];
    default:
      return [];
  }
}
