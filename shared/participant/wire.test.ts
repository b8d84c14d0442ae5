import { describe, expect, it } from 'vitest';
import { PARTICIPANT_LIMITS, broadcastIntervalMs } from './wire';

describe('how often the phones get a new view', () => {
  it('is as fast as the cap allows for a small room', () => {
    expect(broadcastIntervalMs(0)).toBe(1000 / PARTICIPANT_LIMITS.broadcastsPerSecond);
    expect(broadcastIntervalMs(200)).toBe(20);
  });

  it('slows down as the room grows, keeping socket writes per second within the budget', () => {
    expect(broadcastIntervalMs(500)).toBeGreaterThan(broadcastIntervalMs(200));
    expect(broadcastIntervalMs(1000)).toBeCloseTo(83.3, 1);
    for (const phones of [1, 50, 200, 500, 1000, 2000]) {
      const writesPerSecond = (phones * 1000) / broadcastIntervalMs(phones);
      expect(writesPerSecond).toBeLessThanOrEqual(PARTICIPANT_LIMITS.streamWritesPerSecond + 1e-9);
    }
  });
});
