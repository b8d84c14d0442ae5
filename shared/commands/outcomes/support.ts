import type { ActionItem, ComponentNotes } from '../../domain/outcomes';
import type { Workshop } from '../../domain/workshop';
import { rejected, type ApplyOutcome, type CommandContext } from '../define';
import { NO_ACTION, noComponent } from '../reasons';
import { refuseParticipant } from '../polls/support';

export function emptyNotes(componentId: string): ComponentNotes {
  return { componentId, notes: '', evidence: [], strengths: [], gaps: [], ideas: [] };
}

/**
 * Change one component's notes (created on first use). `change` returns the new notes, the same
 * object for "nothing changed" (no undo step), or a rejection.
 */
export function changeNotes(
  document: Workshop,
  componentId: string,
  ctx: CommandContext,
  change: (notes: ComponentNotes) => ComponentNotes | ApplyOutcome,
): ApplyOutcome {
  const refused = refuseParticipant(ctx);
  if (refused) return refused;
  if (!document.framework.components.some((c) => c.id === componentId)) return rejected(noComponent(componentId));
  const existing = document.componentNotes.find((n) => n.componentId === componentId);
  const before = existing ?? emptyNotes(componentId);
  const after = change(before);
  if ('ok' in after) return after;
  if (after === before) return { ok: true, document, events: [] };
  const componentNotes = existing
    ? document.componentNotes.map((n) => (n === existing ? after : n))
    : [...document.componentNotes, after];
  return { ok: true, document: { ...document, componentNotes }, events: [{ type: 'notes.changed', componentId }] };
}

/** Change one action. `change` returns the new action, the same object for "nothing changed", or a rejection. */
export function changeAction(
  document: Workshop,
  actionId: string,
  ctx: CommandContext,
  change: (action: ActionItem) => ActionItem | ApplyOutcome,
): ApplyOutcome {
  const refused = refuseParticipant(ctx);
  if (refused) return refused;
  const action = document.actions.find((a) => a.id === actionId);
  if (!action) return rejected(NO_ACTION);
  const after = change(action);
  if ('ok' in after) return after;
  if (after === action) return { ok: true, document, events: [] };
  return {
    ok: true,
    document: { ...document, actions: document.actions.map((a) => (a === action ? after : a)) },
    events: [{ type: 'action.changed', actionId, change: 'updated' }],
  };
}

/** An action's component, if given, must be one of the framework's. */
export function unknownComponent(document: Workshop, componentId: string | null | undefined): ApplyOutcome | null {
  if (componentId === null || componentId === undefined) return null;
  return document.framework.components.some((c) => c.id === componentId) ? null : rejected(noComponent(componentId));
}
