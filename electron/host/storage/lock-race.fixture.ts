/**
 * Test helper: waits until <goAtEpochMs>, tries to take the workshop lock, prints `won` or
 * `locked`, holds a won lock for <holdMs>, then releases it.
 *
 *   node --import tsx electron/host/storage/lock-race.fixture.ts <snapshot path> <goAtEpochMs> <holdMs>
 */
import { acquireLock } from './lock';

async function main(): Promise<void> {
  const [file, goAt, hold] = process.argv.slice(2);
  if (!file || !goAt || !hold) throw new Error('usage: lock-race.fixture.ts <snapshot path> <goAtEpochMs> <holdMs>');
  while (Date.now() < Number(goAt)) await new Promise((r) => setTimeout(r, 1));
  try {
    const lock = await acquireLock(file, { owner: `racer ${process.pid}` });
    process.stdout.write(`won ${lock.tookOverStaleLock ? 'takeover' : 'fresh'}\n`);
    await new Promise((r) => setTimeout(r, Number(hold)));
    await lock.release();
  } catch (error) {
    const code = (error as { code?: string }).code;
    process.stdout.write(`${code === 'LOCKED' ? 'locked' : `error ${String(error)}`}\n`);
  }
}

void main();
