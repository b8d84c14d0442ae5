import { describe, expect, it } from 'vitest';
import { ballotSource, erasedVoter, erasedVoterSource } from './ballots';

describe('where a stored ballot came from', () => {
  const registered = new Set(['p1']);

  it('is entered when filed under someone on the register, else a phone', () => {
    expect(ballotSource({ voter: 'p1' }, registered)).toBe('entered');
    expect(ballotSource({ voter: 'a1b2c3' }, registered)).toBe('phone');
  });

  it('stays what it was after the voter is erased (the ballot is anonymous, its source is not lost)', () => {
    expect(ballotSource({ voter: erasedVoter('b7', 'entered') }, registered)).toBe('entered');
    expect(ballotSource({ voter: erasedVoter('b8', 'phone') }, registered)).toBe('phone');
    expect(erasedVoterSource('p1')).toBeNull();
  });
});
