/**
 * Test helper: prints `ready`, waits for a `go` line on stdin, tries to take the workshop lock,
 * prints `won …` or `locked`, then holds a won lock until stdin closes and releases it.
 *
 *   node --import tsx electron/host/storage/lock-race.fixture.ts <snapshot path>
 */
import { createInterface } from 'node:readline';
import { acquireLock, type WorkshopLock } from './lock';

const file = process.argv[2];
if (!file) throw new Error('usage: lock-race.fixture.ts <snapshot path>');
let lock: WorkshopLock | undefined;
const lines = createInterface({ input: process.stdin });
lines.on('line', (line) => {
  if (line !== 'go') return;
  acquireLock(file, { owner: `racer ${process.pid}` }).then(
    (l) => {
      lock = l;
      process.stdout.write(`won ${l.tookOverStaleLock ? 'takeover' : 'fresh'}\n`);
    },
    (error: unknown) => {
      const code = (error as { code?: string }).code;
      process.stdout.write(`${code === 'LOCKED' ? 'locked' : `error ${String(error)}`}\n`);
    },
  );
});
lines.on('close', () => {
  void (lock?.release() ?? Promise.resolve()).then(() => process.exit(0));
});
process.stdout.write('ready\n');
