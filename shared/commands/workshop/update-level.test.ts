import { describe, expect, it } from 'vitest';
import { createWorkshop } from '../../domain/create';
import { applyCommand, parseCommand } from '../reducer';

const ctx = { at: '2026-11-26T03:00:00.000Z', commandId: 'c1', actor: { kind: 'facilitator' as const } };
const run = (document: ReturnType<typeof createWorkshop>, command: unknown, actor: typeof ctx.actor | { kind: 'participant'; tokenHash: string } = ctx.actor) => {
  const parsed = parseCommand(command);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return applyCommand(document, parsed.command, { ...ctx, actor });
};

describe('editing the maturity levels of a workshop', () => {
  it('changes one level of one component, in one language, keeping the rest', () => {
    const before = createWorkshop({ id: 'w', createdAt: 'now' });
    const outcome = run(before, { type: 'framework.updateLevel', payload: { componentId: 'C01', level: 3, description: { th: 'เปิดเผยข้อมูลทุกไตรมาส' } } });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const level = outcome.document.framework.components[0]!.levels[2]!;
    expect(level.description).toEqual({ th: 'เปิดเผยข้อมูลทุกไตรมาส', en: before.framework.components[0]!.levels[2]!.description.en });
    expect(level.name).toEqual(before.framework.components[0]!.levels[2]!.name);
    expect(outcome.document.framework.components[1]).toBe(before.framework.components[1]);
  });

  it('restores Ruam’s defaults', () => {
    const before = createWorkshop({ id: 'w', createdAt: 'now' });
    const edited = run(before, { type: 'framework.updateLevel', payload: { componentId: 'C02', level: 1, name: { en: 'Nothing yet' } } });
    if (!edited.ok) throw new Error('edit failed');
    const reset = run(edited.document, { type: 'framework.resetLevels', payload: { componentId: 'C02' } });
    expect(reset.ok && reset.document.framework.components[1]!.levels).toEqual(before.framework.components[1]!.levels);
  });

  it('refuses an unknown component, a level outside 1–5 and a phone', () => {
    const w = createWorkshop({ id: 'w', createdAt: 'now' });
    expect(run(w, { type: 'framework.updateLevel', payload: { componentId: 'C99', level: 1, name: { th: 'x' } } }).ok).toBe(false);
    expect(parseCommand({ type: 'framework.updateLevel', payload: { componentId: 'C01', level: 6 } }).ok).toBe(false);
    expect(run(w, { type: 'framework.updateLevel', payload: { componentId: 'C01', level: 1, name: { th: 'x' } } }, { kind: 'participant', tokenHash: 'f'.repeat(64) }).ok).toBe(false);
  });
});
