import { describe, expect, it } from 'vitest';
import { createWorkshop } from '../domain/create';
import type { Workshop } from '../domain/workshop';
import { applyCommand, parseCommand } from './reducer';
import type { Actor } from './define';
import { phoneParticipantId } from '../participant/identity';

const hash = 'h'.repeat(43);
const phone: Actor = { kind: 'participant', tokenHash: hash };

function join(document: Workshop, payload: unknown, actor: Actor = phone, at = '2026-11-26T03:00:00.000Z') {
  const parsed = parseCommand({ type: 'participant.join', payload });
  if (!parsed.ok) throw new Error(parsed.error.message);
  return applyCommand(document, parsed.command, { at, commandId: 'c1', actor });
}

describe('participant.join', () => {
  const empty = createWorkshop({ id: 'w', createdAt: '2026-11-26T02:00:00.000Z' });

  it('adds an anonymous, checked-in phone participant whose id comes from the token hash', () => {
    const outcome = join(empty, {});
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.document.participants).toEqual([
      {
        id: phoneParticipantId(hash),
        code: 'P001',
        name: '',
        organisation: '',
        sector: '',
        contact: '',
        socialGroups: [],
        groupsConsent: false,
        checkedInAt: '2026-11-26T03:00:00.000Z',
        source: 'phone',
        erased: false,
      },
    ]);
    expect(outcome.events.map((e) => e.type)).toEqual(['participants.added', 'participants.checkedIn']);
  });

  it('keeps social groups only with consent, and updates the same record when joining again', () => {
    const first = join(empty, { name: 'สมศรี', sector: 'community', socialGroups: ['youth'], groupsConsent: false });
    if (!first.ok) throw new Error('refused');
    expect(first.document.participants[0]).toMatchObject({ name: 'สมศรี', sector: 'community', socialGroups: [] });
    const second = join(first.document, { name: 'สมศรี', sector: 'community', socialGroups: ['youth', 'youth'], groupsConsent: true });
    if (!second.ok) throw new Error('refused');
    expect(second.document.participants).toHaveLength(1);
    expect(second.document.participants[0]).toMatchObject({ socialGroups: ['youth'], groupsConsent: true, checkedInAt: '2026-11-26T03:00:00.000Z' });
    expect(second.events).toEqual([{ type: 'participants.updated', id: phoneParticipantId(hash), fields: ['socialGroups', 'groupsConsent'] }]);
    const same = join(second.document, { name: 'สมศรี', sector: 'community', socialGroups: ['youth'], groupsConsent: true });
    expect(same.ok && same.document === second.document).toBe(true);
  });

  it('refuses the facilitator, unknown sectors and groups, and a name for an erased record', () => {
    expect(join(empty, {}, { kind: 'facilitator' }).ok).toBe(false);
    expect(join(empty, { sector: 'nowhere' }).ok).toBe(false);
    expect(join(empty, { socialGroups: ['aliens'], groupsConsent: true }).ok).toBe(false);
    const first = join(empty, { name: 'ลบแล้ว' });
    if (!first.ok) throw new Error('refused');
    const erased: Workshop = { ...first.document, participants: first.document.participants.map((p) => ({ ...p, name: '', erased: true })) };
    expect(join(erased, { name: 'ใหม่' }).ok).toBe(false);
    expect(join(erased, { sector: 'media' }).ok).toBe(true);
  });
});
