import { describe, expect, it } from 'vitest';
import { createWorkshop } from '../domain/create';
import { applyCommand, parseCommand } from './reducer';

const ctx = { at: '2026-11-26T03:00:00.000Z', commandId: 'c1', actor: { kind: 'facilitator' as const } };
const fresh = () => createWorkshop({ id: 'w1', createdAt: '2026-11-26T02:00:00.000Z' });

describe('parseCommand', () => {
  it('accepts a meta update with known fields', () => {
    const parsed = parseCommand({ type: 'meta.update', payload: { title: 'เวทีรับฟังความคิดเห็น' } });
    expect(parsed.ok).toBe(true);
  });

  it('refuses an unknown command type with its name in the message', () => {
    const parsed = parseCommand({ type: 'workshop.delete', payload: {} });
    expect(parsed).toEqual({ ok: false, error: { code: 'INVALID_COMMAND', message: 'unknown command type "workshop.delete"' } });
  });

  it('refuses unknown meta fields rather than storing them', () => {
    const parsed = parseCommand({ type: 'meta.update', payload: { colour: 'red' } });
    expect(parsed.ok).toBe(false);
  });

  it('says where a bad value is', () => {
    const parsed = parseCommand({ type: 'meta.update', payload: { date: '26/11/2569' } });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error.message).toMatch(/at date/);
  });

  it('refuses impossible calendar dates', () => {
    expect(parseCommand({ type: 'meta.update', payload: { date: '2026-02-30' } }).ok).toBe(false);
  });

  it('refuses a command that is not an object', () => {
    expect(parseCommand('meta.update').ok).toBe(false);
    expect(parseCommand(null).ok).toBe(false);
  });
});

describe('applyCommand meta.update', () => {
  it('changes only the given fields and reports them', () => {
    const before = fresh();
    const parsed = parseCommand({ type: 'meta.update', payload: { title: 'ก', venue: 'ห้องประชุม 1' } });
    if (!parsed.ok) throw new Error('parse failed');
    const outcome = applyCommand(before, parsed.command, ctx);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.document.meta.title).toBe('ก');
    expect(outcome.document.meta.venue).toBe('ห้องประชุม 1');
    expect(outcome.document.meta.organisation).toBe('');
    expect(outcome.events).toEqual([{ type: 'meta.changed', fields: ['title', 'venue'] }]);
  });

  it('never mutates the document it is given', () => {
    const before = fresh();
    const copy = structuredClone(before);
    const parsed = parseCommand({ type: 'meta.update', payload: { objectives: ['หนึ่ง'] } });
    if (!parsed.ok) throw new Error('parse failed');
    applyCommand(before, parsed.command, ctx);
    expect(before).toEqual(copy);
  });

  it('returns the same document when nothing changes, so no undo step is made', () => {
    const before = fresh();
    const parsed = parseCommand({ type: 'meta.update', payload: { title: '' } });
    if (!parsed.ok) throw new Error('parse failed');
    const outcome = applyCommand(before, parsed.command, ctx);
    expect(outcome.ok && outcome.document).toBe(before);
  });
});
