import { builtinModules } from 'node:module';
import path from 'node:path';
import { defineConfig, transformWithOxc, type Plugin, type UserConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { minifySync } from 'rolldown/experimental';

/**
 * One config, four builds (scripts/build.mjs runs them in turn by mode):
 * - `renderer`: the facilitator (index.html) and projector (present.html) pages;
 * - `phone`: the phone page (join.html), into the same folder, built on its own so that it stays
 *   one chunk: in a build with the other pages, code it shares with them (the Thai segmenter of
 *   shared/text) would be split into a chunk of its own;
 * - `node`: Electron main (ESM), the `ruam` CLI and the participant server, for plain Node too;
 * - `preload:NAME`: one CommonJS file per window (a sandboxed preload cannot be an ES module).
 */
const root = import.meta.dirname;
const nodeExternals = ['electron', ...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

/**
 * The phone page runs on whatever phones the room brings (older Android Chrome, iOS Safari), so
 * its chunk is lowered to ES2017 while the other pages stay at the build's target. build.target
 * is per build, so this lowers the finished `join` chunk (after the build's minifier, which would
 * otherwise bring back ES2019+ syntax such as `catch {}`) and minifies it again for ES2017.
 * Syntax that needs runtime helpers (object rest/spread, for await) is refused rather than
 * emitted as `require()`; the page avoids it.
 */
function phonePageSyntax(): Plugin {
  return {
    name: 'ruam-phone-page-es2017',
    apply: 'build',
    async generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || chunk.name !== 'join') continue;
        if (chunk.imports.length > 0) this.error(`the phone page must be one chunk, but it imports ${chunk.imports.join(', ')}`);
        const lowered = await transformWithOxc(chunk.code, chunk.fileName, { lang: 'js', target: 'es2017', sourcemap: false });
        if (/\brequire\(/.test(lowered.code)) this.error('the phone page uses syntax that needs runtime helpers below ES2017 (object spread/rest?)');
        chunk.code = minifySync(chunk.fileName, lowered.code, { compress: { target: 'es2017' }, mangle: true, module: true }).code;
      }
    },
  };
}

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
            'participant-server': path.join(root, 'electron/participant-server/main.ts'),
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
  const phone = mode === 'phone';
  return {
    root: path.join(root, 'renderer'),
    base: './',
    plugins: [react(), phonePageSyntax()],
    publicDir: false,
    build: {
      outDir: path.join(root, 'dist/renderer'),
      // The phone build runs second and adds its page to the renderer's.
      emptyOutDir: !phone,
      target: 'es2020',
      // The polyfill would be an inline script, which the CSP forbids.
      modulePreload: { polyfill: false },
      rollupOptions: {
        input: phone
          ? { join: path.join(root, 'renderer/join.html') }
          : {
              index: path.join(root, 'renderer/index.html'),
              present: path.join(root, 'renderer/present.html'),
            },
      },
    },
  };
});
