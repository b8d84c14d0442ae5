import type { StepDefinition } from './define-step';

export { defineStep, type StepDefinition, type StepProps } from './define-step';

/**
 * Every `*.step.tsx` in this folder, found at build time (Vite's import.meta.glob, which vitest
 * understands too), so the list cannot forget a step file.
 */
const modules = import.meta.glob<StepDefinition | StepDefinition[]>('./*.step.tsx', { eager: true, import: 'default' });

export const STEPS: readonly StepDefinition[] = Object.values(modules)
  .flat()
  .sort((a, b) => a.order - b.order);

const byId = new Map(STEPS.map((step) => [step.id, step]));
if (byId.size !== STEPS.length) throw new Error('Two workflow steps share an id');

export function findStep(id: string): StepDefinition | undefined {
  return byId.get(id);
}

/** The step to show for a session's step id: unknown ids (an older session) fall back to the first. */
export function resolveStep(id: string): StepDefinition {
  return byId.get(id) ?? STEPS[0]!;
}

/** The neighbour of a step in workflow order, or undefined at either end. */
export function adjacentStep(id: string, direction: -1 | 1): StepDefinition | undefined {
  const index = STEPS.findIndex((step) => step.id === id);
  if (index === -1) return STEPS[0];
  return STEPS[index + direction];
}
