import { describe, expect, it } from 'vitest';
import { crashTrial } from './crash-recovery';

describe('a crash at a random moment (SIGKILL of the host process)', () => {
  // A few trials here; `npm run stress` runs 200.
  for (const killAfterMs of [150, 400, 50 + Math.floor(Math.random() * 500)]) {
    it(`loses no acknowledged command when killed after ${killAfterMs} ms`, async () => {
      const result = await crashTrial(killAfterMs);
      expect(result.acked).toBeGreaterThan(0);
      expect(result.missing).toEqual([]);
      // Nothing appears that was never sent: at most the commands in flight beyond the acked ones.
      expect(result.present).toBeGreaterThanOrEqual(result.acked);
      // (present = the newest command number found in the recovered document)
    }, 30_000);
  }
});
