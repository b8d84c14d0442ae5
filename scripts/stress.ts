// `npm run stress [TRIALS]`: SIGKILL the host at random moments while commands stream in, reopen,
// and check that every acknowledged command survived. Prints one line per trial and a summary.
import { crashTrial } from '../tests/unit/crash-recovery';

const trials = Number(process.argv[2] ?? 200);
let failures = 0;
let totalAcked = 0;
for (let i = 1; i <= trials; i++) {
  const killAfterMs = 30 + Math.floor(Math.random() * 600);
  const result = await crashTrial(killAfterMs);
  totalAcked += result.acked;
  const ok = result.missing.length === 0;
  if (!ok) failures++;
  console.log(`trial ${i}: killed after ${killAfterMs} ms, acked ${result.acked}, present ${result.present}, recovered ${result.recovered}${ok ? '' : `, MISSING ${result.missing.join(',')}`}`);
}
console.log(`${trials - failures} passed, ${failures} failed (${totalAcked} acknowledged commands checked)`);
process.exitCode = failures > 0 ? 1 : 0;
