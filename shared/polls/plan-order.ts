import type { ActionItem } from '../domain/outcomes';
import type { Workshop } from '../domain/workshop';
import { dotRanking, type DotRanking } from './results';
import { actionTieKey, compareTied, normaliseItemText as norm } from './tie-break';

/** One action in the plan's order, with the dot-vote rank that put it there (ties share a rank). */
export interface PlanEntry {
  action: ActionItem;
  /** Its rank in the dot vote the room has seen; null if it got no dots there (or there was none). */
  rank: number | null;
  /** Another item in that vote has the same rank ("อันดับ 1 (ร่วม)"). */
  tied: boolean;
}

/**
 * The dot vote the action plan follows: the latest round the room has *seen* (revealed) of the
 * latest dot poll that has one. A round still open or only closed does not reorder the plan: the
 * projector shows the plan too, and must not give away a ranking before it is revealed.
 */
export function planRanking(workshop: Workshop): DotRanking | null {
  const polls = workshop.polls.filter((poll) => poll.kind === 'dots');
  for (let i = polls.length - 1; i >= 0; i--) {
    const poll = polls[i]!;
    const revealed = poll.rounds.filter((round) => round.state === 'revealed').at(-1);
    if (revealed) return dotRanking(workshop, poll.id, revealed.number);
  }
  return null;
}

/**
 * The action plan's one order, used by the facilitator's plan, the projector's action plan and
 * the minutes' section "แผนปฏิบัติการ":
 *
 *   1. the dot-vote rank (most dots first; tied items share a rank; actions with no dots after);
 *   2–5. then the tie-break the ranking uses too (shared/polls/tie-break.ts), so tied items come
 *   in the same order on the ranking as in the plan:
 *   2. priority, high before medium before low — the room's own judgement, and the only one
 *      for actions nobody voted on (a dot vote on ideas only ranks no action at all);
 *   3. the due date, earliest first, undated last (what is due first is done first);
 *   4. the component, in the framework's order (01 … 08), actions of no component last;
 *   5. as entered.
 *
 * An action made from a ranked idea ("ทำเป็นแผน": same text, same component) carries the idea's
 * rank, so the room's first choice stays first once it becomes an action.
 *
 * Pure; the caller chooses which actions (in the plan, or not yet) and which ranking
 * (`planRanking`). `componentOrder` is the framework's component ids in order.
 */
export function orderActionPlan(actions: readonly ActionItem[], ranking: DotRanking | null, componentOrder: readonly string[]): PlanEntry[] {
  const counted = (ranking?.items ?? []).filter((item) => item.dots > 0);
  const sharing = new Map<number, number>();
  for (const item of counted) sharing.set(item.rank, (sharing.get(item.rank) ?? 0) + 1);
  const byAction = new Map<string, number>();
  const byIdea = new Map<string, number>();
  for (const item of counted) {
    const source = item.source;
    if (source?.kind === 'action') byAction.set(source.actionId, item.rank);
    else if (source?.kind === 'idea') {
      const key = `${source.componentId}\u0000${norm(item.label.th)}`;
      if (!byIdea.has(key)) byIdea.set(key, item.rank);
    }
  }
  const rankOf = (action: ActionItem): number | null =>
    byAction.get(action.id) ?? (action.componentId !== null ? byIdea.get(`${action.componentId}\u0000${norm(action.title)}`) : undefined) ?? null;
  // Unranked after every rank.
  const rankKey = (rank: number | null) => rank ?? Number.MAX_SAFE_INTEGER;
  return actions
    .map((action, index) => ({ action, key: actionTieKey(action, index), rank: rankOf(action) }))
    .sort((a, b) => rankKey(a.rank) - rankKey(b.rank) || compareTied(a.key, b.key, componentOrder))
    .map(({ action, rank }) => ({ action, rank, tied: rank !== null && (sharing.get(rank) ?? 0) > 1 }));
}

/** `orderActionPlan` with the workshop's own ranking (`planRanking`) and framework order. */
export function workshopPlanOrder(workshop: Workshop, actions: readonly ActionItem[] = workshop.actions): PlanEntry[] {
  return orderActionPlan(
    actions,
    planRanking(workshop),
    workshop.framework.components.map((component) => component.id),
  );
}
