import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../registry';
import { OUTCOME_COMMANDS } from '../outcomes';
import { POLL_COMMANDS } from './index';
import { facilitator, phone, Room } from './test-support';

const ours = { ...POLL_COMMANDS, ...OUTCOME_COMMANDS };

/** A payload each facilitator command accepts in shape (what it refers to need not exist). */
const SAMPLE_PAYLOADS: Record<string, unknown> = {
  'poll.create': { kind: 'text' },
  'poll.update': { pollId: 'p' },
  'poll.delete': { pollId: 'p' },
  'round.open': { pollId: 'p' },
  'round.close': { pollId: 'p' },
  'round.reveal': { pollId: 'p' },
  'round.hide': { pollId: 'p' },
  'round.revote': { pollId: 'p' },
  'ballot.moderate': { ballotId: 'b', moderation: 'hidden' },
  'tally.set': { pollId: 'p', counts: [0, 0, 0, 0, 0], abstain: 0 },
  'tally.clear': { pollId: 'p', round: 1 },
  'priorities.createDotPoll': {},
  'notes.set': { componentId: 'C01', notes: '' },
  'evidence.add': { componentId: 'C01', text: 'x' },
  'evidence.update': { componentId: 'C01', evidenceId: 'e' },
  'evidence.remove': { componentId: 'C01', evidenceId: 'e' },
  'action.add': { title: 'x' },
  'action.update': { actionId: 'a' },
  'action.remove': { actionId: 'a' },
  'action.setPriority': { actionId: 'a', priority: 'low' },
  'action.includeInPlan': { actionId: 'a' },
  'action.removeFromPlan': { actionId: 'a' },
  ...Object.fromEntries(
    ['strength', 'gap', 'idea'].flatMap((noun) => [
      [`${noun}.add`, { componentId: 'C01', text: 'x' }],
      [`${noun}.update`, { componentId: 'C01', entryId: 'e', text: 'x' }],
      [`${noun}.remove`, { componentId: 'C01', entryId: 'e' }],
    ]),
  ),
};

/** Commands only Ruam itself sends (actor `system`): neither the facilitator nor a phone. */
const SYSTEM_ONLY = new Set(['round.shown']);

describe('the poll and outcome commands as registered', () => {
  it('are all in the registry under their own type', () => {
    for (const [type, definition] of Object.entries(ours)) {
      expect(definition.type).toBe(type);
      expect(COMMANDS[type as keyof typeof COMMANDS]).toBe(definition);
    }
  });

  it('each have a Thai and an English label for undo and the history', () => {
    for (const definition of Object.values(ours)) {
      expect(definition.label.th, definition.type).not.toBe('');
      expect(definition.label.en, definition.type).not.toBe('');
    }
  });

  it('are undoable, except a ballot, which is the voter’s, and what the projector showed, which Ruam records', () => {
    const notUndoable = Object.values(ours)
      .filter((definition) => !definition.undoable)
      .map((definition) => definition.type);
    expect(notUndoable.sort()).toEqual(['ballot.cast', 'round.shown']);
  });

  it('refuse a phone for every facilitator command', () => {
    const facilitatorOnly = Object.keys(ours).filter((type) => type !== 'ballot.cast' && !SYSTEM_ONLY.has(type));
    expect(Object.keys(SAMPLE_PAYLOADS).sort()).toEqual(facilitatorOnly.sort());
    for (const type of facilitatorOnly) {
      expect(new Room().refusal(type, SAMPLE_PAYLOADS[type], phone('a')), type).toBe('Only the facilitator can do this.');
    }
  });

  it('refuse the facilitator and a phone for what only Ruam records', () => {
    for (const type of SYSTEM_ONLY) {
      const payload = { pollId: 'p', round: 1 };
      expect(new Room().refusal(type, payload, facilitator), type).toBe('Only Ruam records what the projector showed.');
      expect(new Room().refusal(type, payload, phone('a')), type).toBe('Only Ruam records what the projector showed.');
    }
  });
});
