/**
 * Fault-test helper: appends numbered entries to a journal as fast as it can, keeping several
 * appends in flight (so batches form), and prints `ack <seq>` after each append resolves.
 * A test SIGKILLs it at a random moment, then checks every acked seq is in the journal.
 *
 *   node --import tsx electron/host/storage/crash-writer.fixture.ts <journal path> <genesis> [inFlight]
 */
import { Journal } from './journal';

async function main(): Promise<void> {
  const [file, genesis, inFlightArg] = process.argv.slice(2);
  if (!file || !genesis) {
    process.stderr.write('usage: crash-writer.fixture.ts <journal path> <genesis> [inFlight]\n');
    process.exit(2);
  }
  const inFlight = Number(inFlightArg ?? 8);
  const journal = await Journal.open(file, { genesis });
  let n = 0;
  const worker = async (): Promise<void> => {
    for (;;) {
      const record = await journal.append({ n: n++, pad: 'x'.repeat(n % 50) });
      process.stdout.write(`ack ${record.seq}\n`);
    }
  };
  await Promise.all(Array.from({ length: inFlight }, worker));
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});
