// node --import ./tests/electron-stub/register.mjs dist/electron/main.js
//
// Runs the built main process in plain Node with the bare specifier `electron` resolved to a
// recording stub (electron-stub.mjs) instead of the npm package, which would try to download a
// binary. Used by tests/unit/electron-smoke.test.ts.
import { register } from 'node:module';

register('./electron-loader.mjs', import.meta.url);
