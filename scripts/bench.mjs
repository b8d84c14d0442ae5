// `npm run bench`: runs every tests/bench/*.bench.ts (each default-exports an async function that
// returns its figures) and prints one JSON object: { "<bench>": { "<figure>": number, … }, … }.
// Figures, not pass/fail: targets are written beside each figure's name in the bench files.
// Run with `node --import tsx` (npm run bench does) so the .ts bench files load.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const only = process.argv.slice(2);
const dir = 'tests/bench';
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

const figures = {};
for (const file of files) {
  const name = file.replace(/\.bench\.ts$/, '');
  process.stderr.write(`bench ${name}…\n`);
  try {
    const mod = await import(pathToFileURL(path.resolve(dir, file)).href);
    figures[name] = await mod.default();
  } catch (error) {
    figures[name] = { error: error instanceof Error ? error.message : String(error) };
  }
}
console.log(JSON.stringify({ machine: { node: process.version, cpus: (await import('node:os')).cpus().length }, figures }, null, 2));
