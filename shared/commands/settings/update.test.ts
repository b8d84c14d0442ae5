import { describe, expect, it } from 'vitest';
import { createWorkshop } from '../../domain/create';
import { DEFAULT_SECTORS } from '../../domain/people';
import type { Workshop } from '../../domain/workshop';
import { applyCommand, parseCommand } from '../reducer';

const ctx = { at: '2026-11-26T03:00:00.000Z', commandId: 'c1', actor: { kind: 'facilitator' as const } };
const fresh = () => createWorkshop({ id: 'w1', createdAt: '2026-11-26T02:00:00.000Z' });
function attempt(document: Workshop, type: string, payload: unknown) {
  const parsed = parseCommand({ type, payload });
  if (!parsed.ok) return { ok: false as const, error: parsed.error };
  return applyCommand(document, parsed.command, { ...ctx, commandId: `c${Math.random()}` });
}

describe('settings.update', () => {
  it('changes the minimum group size, threshold and export choice, and says which', () => {
    const outcome = attempt(fresh(), 'settings.update', { minGroupSize: 3, divergenceThreshold: 1.5, anonymiseExports: false });
    expect(outcome.ok && outcome.document.settings).toMatchObject({ minGroupSize: 3, divergenceThreshold: 1.5, anonymiseExports: false });
    expect(outcome.ok && outcome.events).toEqual([{ type: 'settings.changed', fields: ['minGroupSize', 'divergenceThreshold', 'anonymiseExports'] }]);
  });

  it('adds a sector and edits the PDPA notice', () => {
    const sectors = [...DEFAULT_SECTORS, { id: 'farmers', label: { th: 'เกษตรกร', en: 'Farmers' } }];
    const outcome = attempt(fresh(), 'settings.update', { sectors, pdpaNotice: { th: 'ประกาศ', en: 'Notice' } });
    expect(outcome.ok && outcome.document.settings.sectors.at(-1)!.id).toBe('farmers');
    expect(outcome.ok && outcome.document.settings.pdpaNotice).toEqual({ th: 'ประกาศ', en: 'Notice' });
  });

  it('refuses a minimum group size below 1, a duplicated id or a nameless entry', () => {
    expect(attempt(fresh(), 'settings.update', { minGroupSize: 0 }).ok).toBe(false);
    expect(attempt(fresh(), 'settings.update', { sectors: [...DEFAULT_SECTORS, DEFAULT_SECTORS[0]!] }).ok).toBe(false);
    expect(attempt(fresh(), 'settings.update', { socialGroups: [{ id: 'x', label: { th: ' ', en: '' } }] }).ok).toBe(false);
  });

  it('refuses to drop a sector that participants still belong to, and allows it once they moved', () => {
    let w = fresh();
    const add = attempt(w, 'participant.add', { name: 'ก', sector: 'media' });
    if (!add.ok) throw new Error('add failed');
    w = add.document;
    const withoutMedia = DEFAULT_SECTORS.filter((s) => s.id !== 'media');
    const refused = attempt(w, 'settings.update', { sectors: withoutMedia });
    expect(refused.ok === false && refused.error.message).toMatch(/still used by 1 participant/);
    const moved = attempt(w, 'participant.update', { id: w.participants[0]!.id, patch: { sector: 'other' } });
    if (!moved.ok) throw new Error('move failed');
    expect(attempt(moved.document, 'settings.update', { sectors: withoutMedia }).ok).toBe(true);
  });

  it('refuses unknown settings', () => {
    expect(attempt(fresh(), 'settings.update', { theme: 'dark' }).ok).toBe(false);
  });
});
