// `npm test`: every test there is — type check, build, unit/integration (vitest), end-to-end
// (Playwright in Chromium) — then one closing line "N passed, N failed, N skipped" counting them all.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const results = { passed: 0, failed: 0, skipped: 0 };
const failures = [];
mkdirSync('test-results', { recursive: true });

function run(label, command, args, env = {}) {
  console.log(`\n── ${label} ──`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  console.log(`── ${label}: ${result.status === 0 ? 'ok' : 'FAILED'} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return result.status === 0;
}

function count(label, ok) {
  if (ok) results.passed++;
  else {
    results.failed++;
    failures.push(label);
  }
}

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

count('type check', run('type check (tsc, strict)', npx, ['tsc', '-p', 'tsconfig.json', '--noEmit']));
const built = run('build (vite)', 'node', ['scripts/build.mjs']);
count('build', built);

const vitestJson = 'test-results/vitest.json';
rmSync(vitestJson, { force: true });
const unitOk = run('unit and integration tests (vitest)', npx, ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`]);
if (existsSync(vitestJson)) {
  const report = JSON.parse(readFileSync(vitestJson, 'utf8'));
  results.passed += report.numPassedTests;
  results.failed += report.numFailedTests;
  results.skipped += report.numPendingTests + (report.numTodoTests ?? 0);
  if (report.numFailedTests > 0) failures.push('vitest');
  // A suite that fails to load counts as a failure even though it ran no test.
  const brokenSuites = report.testResults.filter((s) => s.status === 'failed' && s.assertionResults.length === 0).length;
  if (brokenSuites > 0) {
    results.failed += brokenSuites;
    failures.push(`${brokenSuites} test file(s) failed to load`);
  }
} else {
  count('vitest (no report)', unitOk);
}

const pwJson = 'test-results/playwright.json';
rmSync(pwJson, { force: true });
if (built) {
  const e2eOk = run('end-to-end tests (Playwright, Chromium)', npx, ['playwright', 'test'], { RUAM_PW_JSON: pwJson });
  if (existsSync(pwJson)) {
    const { stats } = JSON.parse(readFileSync(pwJson, 'utf8'));
    results.passed += stats.expected + stats.flaky;
    results.failed += stats.unexpected;
    results.skipped += stats.skipped;
    if (stats.unexpected > 0) failures.push('playwright');
    if (!e2eOk && stats.unexpected === 0) count('playwright run', false);
  } else {
    count('playwright (no report)', e2eOk);
  }
} else {
  count('end-to-end (not run: build failed)', false);
}

if (failures.length > 0) console.log(`\nFailed: ${failures.join(', ')}`);
console.log(`\n${results.passed} passed, ${results.failed} failed, ${results.skipped} skipped`);
process.exitCode = results.failed > 0 ? 1 : 0;
