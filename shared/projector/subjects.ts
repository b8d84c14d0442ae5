import type { FrameworkComponent } from '../domain/framework';
import type { Poll } from '../domain/polls';
import { pick, type Language } from '../domain/text';
import type { Workshop } from '../domain/workshop';
import { pollType } from '../polls/poll-types';
import { findPoll, latestRound, maturityPollFor } from '../polls/rounds';
import type { ComponentSummary, ViewChoice, VotingState } from './types';

/** What a question or results choice points at: a poll, its component, or both. */
export interface PollSubject {
  poll: Poll | null;
  component: FrameworkComponent | null;
}

const QUESTION_KINDS = new Set<Poll['kind']>(['maturity', 'single', 'multiple']);

export function findComponent(workshop: Workshop, componentId: string | null | undefined): FrameworkComponent | null {
  if (!componentId) return null;
  return workshop.framework.components.find((component) => component.id === componentId) ?? null;
}

/**
 * The poll and component a question/results choice means. By poll id when given (its component,
 * if it has one), else by component (its maturity poll, or none yet: the question can still be
 * shown before voting starts). Null when what it names is gone or is not a question poll.
 */
export function questionSubject(workshop: Workshop, choice: { pollId?: string; componentId?: string }): PollSubject | null {
  if (choice.pollId) {
    const poll = findPoll(workshop, choice.pollId);
    if (!poll || !QUESTION_KINDS.has(poll.kind)) return null;
    return { poll, component: findComponent(workshop, poll.componentId) };
  }
  const component = findComponent(workshop, choice.componentId);
  if (!component) return null;
  return { poll: maturityPollFor(workshop, component.id) ?? null, component };
}

/** A poll of one kind, by id; null when it is gone or of another kind. */
export function pollOfKind(workshop: Workshop, pollId: string, kind: Poll['kind']): Poll | null {
  const poll = findPoll(workshop, pollId);
  return poll && poll.kind === kind ? poll : null;
}

/** The poll a choice is about, if any: what reveal, hide, lock and unlock act on. */
export function pollOfChoice(workshop: Workshop, choice: ViewChoice): Poll | null {
  switch (choice.kind) {
    case 'question':
    case 'results':
      return questionSubject(workshop, choice)?.poll ?? null;
    case 'openText':
    case 'wordCloud':
      return pollOfKind(workshop, choice.pollId, 'text');
    case 'priorities':
      return pollOfKind(workshop, choice.pollId, 'dots');
    default:
      return null;
  }
}

export function votingState(poll: Poll | null): VotingState {
  const round = poll ? latestRound(poll) : undefined;
  return round ? round.state : 'notStarted';
}

export function componentSummary(component: FrameworkComponent | null, language: Language): ComponentSummary | null {
  if (!component) return null;
  return { code: component.code, name: pick(component.name, language), definition: pick(component.definition, language) };
}

/** The question as the room reads it: the poll's, else the component's default wording. */
export function questionText(poll: Poll | null, component: FrameworkComponent | null, language: Language): string {
  if (poll) return pick(poll.question, language);
  if (!component) return '';
  return pick(pollType('maturity').defaultQuestion({ component, maxChoices: null }), language);
}
