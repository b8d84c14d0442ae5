import type { PollOption } from '../domain/polls';
import type { Workshop } from '../domain/workshop';

/** Where a dot-voting item came from: an idea noted under a component, or an action. */
export type DotItemSource = { kind: 'idea'; componentId: string; ideaId: string } | { kind: 'action'; actionId: string };

/**
 * The items to spread dots over: every component's ideas (in framework order), then every action.
 * Option ids are the idea's or action's own id, so the ranking can point back at them.
 */
export function dotPollOptions(workshop: Workshop, include: { ideas: boolean; actions: boolean } = { ideas: true, actions: true }): PollOption[] {
  const options: PollOption[] = [];
  if (include.ideas) {
    for (const component of workshop.framework.components) {
      const notes = workshop.componentNotes.find((n) => n.componentId === component.id);
      for (const idea of notes?.ideas ?? []) {
        const text = idea.text.trim();
        if (text !== '') options.push({ id: idea.id, label: { th: text, en: text } });
      }
    }
  }
  if (include.actions) {
    for (const action of workshop.actions) {
      const title = action.title.trim();
      if (title !== '') options.push({ id: action.id, label: { th: title, en: title } });
    }
  }
  return options;
}

/** The idea or action an option stands for, if it still exists. */
export function dotItemSource(workshop: Workshop, optionId: string): DotItemSource | null {
  if (workshop.actions.some((action) => action.id === optionId)) return { kind: 'action', actionId: optionId };
  for (const notes of workshop.componentNotes) {
    if (notes.ideas.some((idea) => idea.id === optionId)) return { kind: 'idea', componentId: notes.componentId, ideaId: optionId };
  }
  return null;
}
