import { builtinModules } from 'node:module';
import path from 'node:path';
import { defineConfig, type UserConfig } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * One config, three builds (scripts/build.mjs runs them in turn by mode):
 * - `renderer`: the facilitator (index.html), projector (present.html) and phone (join.html) pages;
 * - `node`: Electron main (ESM), the `ruam` CLI and the participant server, for plain Node too;
 * - `preload:NAME`: one CommonJS file per window (a sandboxed preload cannot be an ES module).
 */
const root = import.meta.dirname;
const nodeExternals = ['electron', ...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

export default defineConfig(({ mode }): UserConfig => {
  if (mode === 'node') {
    return {
      build: {
        ssr: true,
        outDir: 'dist/electron',
        emptyOutDir: true,
        target: 'node20',
        sourcemap: true,
        rollupOptions: {
          input: {
            main: path.join(root, 'electron/main.ts'),
            cli: path.join(root, 'electron/cli.ts'),
          },
          external: nodeExternals,
          output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
        },
      },
    };
  }
  if (mode.startsWith('preload:')) {
    // One build per preload: a sandboxed preload can require only `electron`, so each must be a
    // single self-contained file (a multi-entry build would split shared code into chunks).
    const name = mode.slice('preload:'.length);
    return {
      build: {
        ssr: true,
        outDir: 'dist/preload',
        emptyOutDir: false,
        target: 'node20',
        rollupOptions: {
          input: { [name]: path.join(root, `electron/preload/${name}.ts`) },
          external: ['electron'],
          output: { format: 'cjs', entryFileNames: '[name].cjs' },
        },
      },
    };
  }
  return {
    root: path.join(root, 'renderer'),
    base: './',
    plugins: [react()],
    publicDir: false,
    build: {
      outDir: path.join(root, 'dist/renderer'),
      emptyOutDir: true,
      target: 'es2020',
      // The polyfill would be an inline script, which the CSP forbids.
      modulePreload: { polyfill: false },
      rollupOptions: {
        input: {
          index: path.join(root, 'renderer/index.html'),
          present: path.join(root, 'renderer/present.html'),
        },
      },
    },
  };
});
