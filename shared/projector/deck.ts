import type { LocalizedText } from '../domain/text';
import type { Workshop } from '../domain/workshop';
import { findComponent } from './subjects';
import type { ChoosableKind, ViewChoice } from './types';

/** One slide of the deck, with what a menu needs to name it. */
export interface DeckEntry {
  choice: ViewChoice;
  /** Stable identity of the choice ("results:C03", "openText:poll-7"). */
  key: string;
  kind: ChoosableKind;
  /** What it is about, when it is about something: a component, a poll's question. */
  subject: LocalizedText | null;
  /** A component's code ("03"), for a compact menu. */
  code: string | null;
}

export function choiceKey(choice: ViewChoice): string {
  switch (choice.kind) {
    case 'question':
    case 'results':
      return `${choice.kind}:${choice.componentId && !choice.pollId ? choice.componentId : `poll:${choice.pollId ?? ''}`}`;
    case 'openText':
    case 'wordCloud':
    case 'priorities':
      return `${choice.kind}:poll:${choice.pollId}`;
    default:
      return choice.kind;
  }
}

/**
 * The slides in workshop order, for next/previous (and a clicker) and for the menu: welcome,
 * framework, join; each component's question then its results; the stakeholder map and who is in
 * the room; the other polls (open text and its word cloud, dot voting, choice questions); the
 * action plan; the timer. A component's slides are named by component, so they exist before its
 * poll does and keep their place when a poll is created.
 */
export function projectorDeck(workshop: Workshop): DeckEntry[] {
  const deck: DeckEntry[] = [];
  const add = (choice: ViewChoice, subject: LocalizedText | null = null, code: string | null = null) =>
    deck.push({ choice, key: choiceKey(choice), kind: choice.kind, subject, code });

  add({ kind: 'welcome' });
  add({ kind: 'framework' });
  add({ kind: 'join' });
  for (const component of workshop.framework.components) {
    add({ kind: 'question', componentId: component.id }, component.name, component.code);
    add({ kind: 'results', componentId: component.id }, component.name, component.code);
  }
  add({ kind: 'stakeholders' });
  add({ kind: 'representation' });
  for (const poll of workshop.polls) {
    const code = findComponent(workshop, poll.componentId)?.code ?? null;
    switch (poll.kind) {
      case 'text':
        add({ kind: 'openText', pollId: poll.id }, poll.question, code);
        add({ kind: 'wordCloud', pollId: poll.id }, poll.question, code);
        break;
      case 'dots':
        add({ kind: 'priorities', pollId: poll.id }, poll.question, code);
        break;
      case 'single':
      case 'multiple':
        add({ kind: 'question', pollId: poll.id }, poll.question, code);
        add({ kind: 'results', pollId: poll.id }, poll.question, code);
        break;
      case 'maturity':
        // Shown by component above.
        break;
    }
  }
  add({ kind: 'actionPlan' });
  add({ kind: 'timer' });
  return deck;
}

/**
 * The slide `step` places from `current` (+1 next, −1 previous), staying at either end. A choice
 * not in the deck (a maturity poll chosen by id, a poll since deleted) is placed where its
 * component's or kind's slides are, so next goes on from there.
 */
export function adjacentChoice(workshop: Workshop, current: ViewChoice, step: 1 | -1): ViewChoice {
  const deck = projectorDeck(workshop);
  let index = deck.findIndex((entry) => entry.key === choiceKey(current));
  if (index === -1 && (current.kind === 'question' || current.kind === 'results') && current.pollId) {
    const poll = workshop.polls.find((p) => p.id === current.pollId);
    if (poll?.componentId) index = deck.findIndex((entry) => entry.key === choiceKey({ kind: current.kind, componentId: poll.componentId! }));
  }
  if (index === -1) index = Math.max(0, deck.findIndex((entry) => entry.kind === current.kind));
  const next = Math.min(deck.length - 1, Math.max(0, index + step));
  return deck[next]!.choice;
}
