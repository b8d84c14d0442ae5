// `npm start`: launch the desktop app. Where no Electron runtime can be had (as on machines without
// internet), say so in one sentence and serve the same app in web mode instead.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

function electronBinary() {
  // Resolving `electron` downloads the binary on first use; give it a bounded try in a child
  // process so a machine without internet falls back quickly instead of hanging or crashing.
  const probe = spawnSync(process.execPath, ['-e', "process.stdout.write(require('electron'))"], {
    encoding: 'utf8',
    timeout: 120_000,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const candidate = probe.status === 0 ? probe.stdout.trim() : '';
  return candidate && existsSync(candidate) ? candidate : null;
}

let binary = null;
try {
  require.resolve('electron');
  binary = electronBinary();
} catch {
  binary = null;
}

if (binary) {
  const child = spawn(binary, ['.'], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log('The Electron desktop runtime is not installed and could not be downloaded here, so Ruam is starting in web mode instead.');
  const child = spawn(process.execPath, ['dist/electron/cli.js', 'serve'], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
}
