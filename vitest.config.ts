import { defineConfig } from 'vitest/config';

// Unit and integration tests sit beside their code (`*.test.ts`); end-to-end tests
// (Playwright) live in tests/e2e and are run by `playwright test`, not here.
export default defineConfig({
  test: {
    include: ['shared/**/*.test.{ts,tsx}', 'electron/**/*.test.{ts,tsx}', 'renderer/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    testTimeout: 20_000,
    pool: 'forks',
    // electron-store imports `electron`; inlining it lets tests' vi.mock('electron') reach it.
    server: { deps: { inline: ['electron-store'] } },
  },
});
