import { promises as fsp } from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicalJson, sha256Hex } from './canonical-json';
import { Journal, journalPathFor, parseJournal, readJournal, type JournalRecord } from './journal';
import { makeTempDir, removeDir, steppingClock } from './test-support';

const GENESIS = sha256Hex('genesis');

type Damage =
  | { kind: 'truncate'; at: number }
  | { kind: 'flip'; at: number; xor: number }
  | { kind: 'delete'; at: number; len: number }
  | { kind: 'insert'; at: number; bytes: number[] }
  | { kind: 'duplicate'; at: number; len: number };

const damage: fc.Arbitrary<Damage> = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), xor: fc.integer({ min: 1, max: 255 }) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 80 }) }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    bytes: fc.array(fc.oneof(fc.integer({ min: 0, max: 255 }), fc.constantFrom(0x0a, 0x7b, 0x7d, 0x22, 0x2c)), { minLength: 1, maxLength: 20 }),
  }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 400 }) }),
);

function applyDamage(bytes: Buffer, d: Damage): Buffer {
  if (bytes.length === 0) return d.kind === 'insert' ? Buffer.from(d.bytes) : bytes;
  const at = d.at % (bytes.length + 1);
  switch (d.kind) {
    case 'truncate':
      return bytes.subarray(0, at);
    case 'flip': {
      const copy = Buffer.from(bytes);
      const i = at % bytes.length;
      copy[i] = copy[i]! ^ d.xor;
      return copy;
    }
    case 'delete':
      return Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + d.len)]);
    case 'insert':
      return Buffer.concat([bytes.subarray(0, at), Buffer.from(d.bytes), bytes.subarray(at)]);
    case 'duplicate':
      return Buffer.concat([bytes.subarray(0, at + d.len), bytes.subarray(at)]);
  }
}

/** A cut of the original at a line boundary: records lost this way leave no trace to report. */
function isCleanPrefix(damaged: Buffer, original: Buffer): boolean {
  if (damaged.length > original.length || !original.subarray(0, damaged.length).equals(damaged)) return false;
  return damaged.length === 0 || damaged[damaged.length - 1] === 0x0a;
}

let dir: string;
beforeAll(async () => {
  dir = await makeTempDir('ruam-journal-prop-');
});
afterAll(async () => {
  await removeDir(dir);
});

describe('journal under random damage', () => {
  it('yields a prefix of what was written, or reports the damage — never throws, never a non-prefix', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.jsonValue({ maxDepth: 3 }), { minLength: 1, maxLength: 12 }),
        fc.array(damage, { minLength: 1, maxLength: 3 }),
        async (entries, damages) => {
          const file = journalPathFor(path.join(dir, `w${run++}.ruam`));
          const journal = await Journal.open(file, { genesis: GENESIS, clock: steppingClock() });
          const written: JournalRecord[] = await Promise.all(entries.map((e) => journal.append(e)));
          await journal.close();
          const original = await fsp.readFile(file);
          let damaged: Buffer = original;
          for (const d of damages) damaged = applyDamage(damaged, d);
          await fsp.writeFile(file, damaged);

          const read = await readJournal(file, { expectedGenesis: GENESIS }); // must not throw
          expect(parseJournal(damaged, { expectedGenesis: GENESIS })).toEqual(read);

          expect(read.records.length).toBeLessThanOrEqual(written.length);
          read.records.forEach((r, i) => expect(canonicalJson(r)).toBe(canonicalJson(written[i])));
          if (read.records.length < written.length) {
            expect(read.tornTail || read.chainError !== undefined || isCleanPrefix(damaged, original)).toBe(true);
          }
          if (!read.tornTail && !read.chainError) expect(read.validBytes).toBe(damaged.length);
          await fsp.unlink(file);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('verifies intact journals of arbitrary JSON entries completely', () => {
    fc.assert(
      fc.property(fc.array(fc.jsonValue(), { maxLength: 8 }), (entries) => {
        // Build the bytes the way the writer does, through a real round trip of canonical JSON.
        let prev = GENESIS;
        let text = '';
        entries.forEach((entry, i) => {
          const seq = i + 1;
          const at = new Date(1_700_000_000_000 + i).toISOString();
          const hash = sha256Hex(prev + canonicalJson({ seq, at, entry }));
          text += `${JSON.stringify({ seq, at, prev, hash, entry: JSON.parse(canonicalJson(entry)) as unknown })}\n`;
          prev = hash;
        });
        const read = parseJournal(Buffer.from(text), { expectedGenesis: GENESIS });
        expect(read.chainError).toBeUndefined();
        expect(read.records).toHaveLength(entries.length);
      }),
      { numRuns: 200 },
    );
  });
});
