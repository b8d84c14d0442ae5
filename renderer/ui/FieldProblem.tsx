import type { ReactNode } from 'react';
import { Icon } from './icons';

/** A message under a field, tied to it by id (aria-describedby); `alert` for a problem the user just caused. */
export function FieldProblem({ id, testId, children }: { id: string; testId?: string; children: ReactNode }) {
  return (
    <p className="field-problem" id={id} data-testid={testId} role="alert">
      <Icon name="alert" size={18} />
      <span>{children}</span>
    </p>
  );
}
