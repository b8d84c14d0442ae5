// Builds the renderer pages, the Node/Electron main bundles and the preloads from vite.config.ts.
import { rm } from 'node:fs/promises';
import { build } from 'vite';

await rm('dist/preload', { recursive: true, force: true });
for (const mode of ['renderer', 'phone', 'node', 'preload:facilitator', 'preload:projector']) {
  await build({ mode, logLevel: 'warn' });
}
console.log('Ruam built into dist/.');
