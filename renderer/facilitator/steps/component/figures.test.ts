import { describe, expect, it } from 'vitest';
import { aPoll, aRound } from '../../../../shared/polls/test-builders';
import { consensusBand, formatConsensus, formatLevel, formatSigned, parseCount, sourcesLine } from './figures';
import { roundCommand, roundControls } from './round-controls';

describe('scoring figures as written on screen', () => {
  it('writes levels as whole numbers or halves, and "—" when there is no figure', () => {
    expect([3, 3.5, 0, null, undefined].map(formatLevel)).toEqual(['3', '3.5', '0', '—', '—']);
  });

  it('says where answers came from: phones always, entered ballots and the show of hands only when there are any', () => {
    const word = (origin: string, count: number) => `${origin} ${count}`;
    expect(sourcesLine({ phones: 3, entered: 2, tally: 5 }, word)).toBe('phones 3 · entered 2 · tally 5');
    expect(sourcesLine({ phones: 12, entered: 0, tally: 0 }, word)).toBe('phones 12');
    expect(sourcesLine({ phones: 0, entered: 15, tally: 0 }, word)).toBe('phones 0 · entered 15');
  });

  it('signs changes with + and a real minus sign, and writes no change as 0', () => {
    expect([1, -0.5, 0, -0, null].map((v) => formatSigned(v))).toEqual(['+1', '\u22120.5', '0', '0', '—']);
    expect(formatSigned(0.123, 2)).toBe('+0.12');
  });

  it('writes consensus to two decimals and in words, strong agreement from 0.8', () => {
    expect(formatConsensus(0.7256876)).toBe('0.73');
    expect([1, 0.8, 0.79, 0.6, 0.4, 0.39, 0].map(consensusBand)).toEqual(['high', 'high', 'moderate', 'moderate', 'mixed', 'divided', 'divided']);
  });

  it('reads counts as people type them: empty is 0, Thai digits are read, anything else is refused', () => {
    expect(['', ' 7 ', '๑๒', '0'].map((t) => parseCount(t))).toEqual([0, 7, 12, 0]);
    expect(['-1', '1.5', 'x', '1000001'].map((t) => parseCount(t))).toEqual([null, null, null, null]);
  });
});

describe('round controls', () => {
  it('offers the next move as the primary button in every state of a round', () => {
    const at = (rounds: ReturnType<typeof aRound>[]) => roundControls(aPoll('maturity', { rounds }));
    expect(at([])).toMatchObject({ phase: 'not-started', round: null, primary: { step: 'open', round: 1 }, others: [] });
    expect(at([aRound(1, 'open')])).toMatchObject({ phase: 'open', primary: { step: 'close', round: 1 }, others: [{ step: 'reveal', round: 1 }] });
    expect(at([aRound(1, 'closed')])).toMatchObject({ phase: 'closed', primary: { step: 'reveal', round: 1 }, others: [{ step: 'revote', round: 2 }] });
    expect(at([aRound(1, 'revealed'), aRound(2, 'revealed')])).toMatchObject({
      phase: 'revealed',
      round: 2,
      primary: { step: 'revote', round: 3 },
      others: [{ step: 'hide', round: 2 }],
    });
  });

  it('maps each move to its command', () => {
    expect(['open', 'close', 'reveal', 'hide', 'revote'].map((step) => roundCommand('p', step as never).type)).toEqual([
      'round.open',
      'round.close',
      'round.reveal',
      'round.hide',
      'round.revote',
    ]);
  });
});
