/** What the outcome commands report (notes per component, the action plan). */
export type OutcomeEvent =
  | { type: 'notes.changed'; componentId: string }
  | { type: 'action.changed'; actionId: string; change: 'added' | 'updated' | 'removed' };
