import type { ActionItem } from '../domain/outcomes';
import { PRIORITIES } from '../domain/outcomes';

type Priority = ActionItem['priority'];

/**
 * The one rule that orders items the dot vote could not separate (the same number of dots), used
 * by the ranking (`dotRanking`: the priorities step, the projector's ranking, the minutes) and by
 * the action plan (`orderActionPlan`: the plan, the projector's action plan, the minutes), so that
 * tied items come in the same order everywhere:
 *
 *   1. priority, high before medium before low (an item that is no action has none: after);
 *   2. the due date, earliest first, undated last;
 *   3. the component, in the framework's order (01 … 08), unknown after, none last;
 *   4. as entered (`order`).
 */
export interface TieKey {
  priority: Priority | null;
  /** ISO date, or '' for none. */
  due: string;
  componentId: string | null;
  /** Position as entered: the action's place in the workshop's list, then the poll's options. */
  order: number;
}

/** An action's tie key at `order` (its place among the workshop's actions). */
export function actionTieKey(action: ActionItem, order: number): TieKey {
  return { priority: action.priority, due: action.due, componentId: action.componentId, order };
}

const PRIORITY_INDEX = new Map<Priority, number>(PRIORITIES.map((priority, index) => [priority, index]));

/** Compares two tied items by `TieKey` (see above); `componentOrder` is the framework's ids in order. */
export function compareTied(a: TieKey, b: TieKey, componentOrder: readonly string[]): number {
  const priority = (key: TieKey) => (key.priority === null ? PRIORITIES.length : PRIORITY_INDEX.get(key.priority)!);
  // ISO dates compare as strings; undated after every date.
  const due = a.due === b.due ? 0 : a.due === '' ? 1 : b.due === '' ? -1 : a.due < b.due ? -1 : 1;
  const component = (id: string | null) => {
    if (id === null) return componentOrder.length + 1;
    const index = componentOrder.indexOf(id);
    return index === -1 ? componentOrder.length : index;
  };
  return priority(a) - priority(b) || due || component(a.componentId) - component(b.componentId) || a.order - b.order;
}

/** Text of an idea or action title, as compared to tell that an action was made from an idea. */
export const normaliseItemText = (text: string): string => text.trim().replace(/\s+/g, ' ');
