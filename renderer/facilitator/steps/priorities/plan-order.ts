import type { ActionItem } from '../../../../shared/domain/outcomes';
import type { DotRanking } from '../../../../shared/polls';

const PRIORITY_ORDER = { high: 0, medium: 1, low: 2 } as const;

/**
 * The action plan in the order the room chose: by dot-vote rank (ties share a rank), then actions
 * nobody dot-voted on, each group by priority (high first) and then in the order they were added.
 */
export function planOrder(actions: readonly ActionItem[], ranking: DotRanking | null): { action: ActionItem; rank: number | null }[] {
  const ranks = new Map<string, number>();
  for (const item of ranking?.items ?? []) {
    if (item.source?.kind === 'action' && item.dots > 0) ranks.set(item.source.actionId, item.rank);
  }
  return actions
    .map((action, index) => ({ action, rank: ranks.get(action.id) ?? null, index }))
    .sort(
      (a, b) =>
        (a.rank ?? Number.POSITIVE_INFINITY) - (b.rank ?? Number.POSITIVE_INFINITY) ||
        PRIORITY_ORDER[a.action.priority] - PRIORITY_ORDER[b.action.priority] ||
        a.index - b.index,
    )
    .map(({ action, rank }) => ({ action, rank }));
}
