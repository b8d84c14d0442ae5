import { describe, expect, it } from 'vitest';
import { createWorkshop } from '../../domain/create';
import type { Workshop } from '../../domain/workshop';
import type { CommandContext } from '../define';
import { applyCommand, parseCommand } from '../reducer';

const ctx = (commandId: string): CommandContext => ({ at: '2026-11-26T03:00:00.000Z', commandId, actor: { kind: 'facilitator' } });
const fresh = () => createWorkshop({ id: 'w1', createdAt: '2026-11-26T02:00:00.000Z' });
function attempt(document: Workshop, type: string, payload: unknown, commandId = 'c') {
  const parsed = parseCommand({ type, payload });
  if (!parsed.ok) return { ok: false as const, error: parsed.error };
  return applyCommand(document, parsed.command, ctx(commandId));
}
function run(document: Workshop, type: string, payload: unknown, commandId = 'c') {
  const outcome = attempt(document, type, payload, commandId);
  if (!outcome.ok) throw new Error(outcome.error.message);
  return outcome;
}
const withVillage = () => run(fresh(), 'stakeholder.add', { name: 'สภาองค์กรชุมชนตำบลหนองบัว', sector: 'community' }, 's1').document;

describe('stakeholder.add', () => {
  it('puts a stakeholder in the middle of the grid with only a name, id from the command', () => {
    const outcome = run(fresh(), 'stakeholder.add', { name: '  สภาองค์กรชุมชน ' }, 's1');
    expect(outcome.document.stakeholders).toEqual([
      {
        id: 's1',
        name: 'สภาองค์กรชุมชน',
        sector: '',
        description: '',
        influence: 3,
        interest: 3,
        currentLevel: null,
        desiredLevel: null,
        socialGroups: [],
        components: [],
        notes: '',
      },
    ]);
    expect(outcome.events).toEqual([{ type: 'stakeholders.added', id: 's1' }]);
  });

  it('refuses a blank name, a rating off the 1–5 scale and unknown sectors, groups or components', () => {
    expect(attempt(fresh(), 'stakeholder.add', { name: '   ' }).ok).toBe(false);
    expect(attempt(fresh(), 'stakeholder.add', { name: 'x', influence: 6 }).ok).toBe(false);
    expect(attempt(fresh(), 'stakeholder.add', { name: 'x', sector: 'martians' }).ok).toBe(false);
    expect(attempt(fresh(), 'stakeholder.add', { name: 'x', socialGroups: ['aliens'] }).ok).toBe(false);
    expect(attempt(fresh(), 'stakeholder.add', { name: 'x', components: ['C99'] }).ok).toBe(false);
    expect(attempt(fresh(), 'stakeholder.add', { name: 'x', components: ['C01'], currentLevel: 'consult', desiredLevel: 'collaborate' }).ok).toBe(true);
  });
});

describe('stakeholder.move', () => {
  it('moves on the grid and reports the quadrants it left and entered', () => {
    const outcome = run(withVillage(), 'stakeholder.move', { id: 's1', influence: 1, interest: 5 });
    expect(outcome.document.stakeholders[0]).toMatchObject({ influence: 1, interest: 5 });
    expect(outcome.events).toEqual([
      {
        type: 'stakeholders.moved',
        id: 's1',
        from: { influence: 3, interest: 3, quadrant: 'manageClosely' },
        to: { influence: 1, interest: 5, quadrant: 'keepInformed' },
      },
    ]);
  });

  it('returns the same document for a drop on the same cell, and refuses half-steps', () => {
    const w = withVillage();
    expect(run(w, 'stakeholder.move', { id: 's1', influence: 3, interest: 3 }).document).toBe(w);
    expect(attempt(w, 'stakeholder.move', { id: 's1', influence: 2.5, interest: 3 }).ok).toBe(false);
  });
});

describe('stakeholder.update and stakeholder.remove', () => {
  it('edits the IAP2 levels and the groups it speaks for', () => {
    const outcome = run(withVillage(), 'stakeholder.update', { id: 's1', patch: { currentLevel: 'inform', desiredLevel: 'involve', socialGroups: ['older', 'older'] } });
    expect(outcome.document.stakeholders[0]).toMatchObject({ currentLevel: 'inform', desiredLevel: 'involve', socialGroups: ['older'] });
    expect(outcome.events).toEqual([{ type: 'stakeholders.updated', id: 's1', fields: ['currentLevel', 'desiredLevel', 'socialGroups'] }]);
  });

  it('removes a stakeholder and refuses an unknown one', () => {
    expect(run(withVillage(), 'stakeholder.remove', { id: 's1' }).document.stakeholders).toEqual([]);
    expect(attempt(withVillage(), 'stakeholder.remove', { id: 'nope' }).ok).toBe(false);
  });
});
