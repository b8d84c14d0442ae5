import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { serveWebMode } from '../../electron/cli/serve';

/**
 * Foundation figures. Targets: web host cold start < 1000 ms; facilitator JS+CSS ≤ 350 KB gzipped;
 * first render of the facilitator UI in Chromium < 1000 ms.
 */
export default async function bench(): Promise<Record<string, number>> {
  return {
    web_host_cold_start_ms: await coldStart(),
    facilitator_bundle_gzip_kb: bundleSize(),
    facilitator_first_render_ms: await firstRender(),
  };
}

/** From spawning `node dist/electron/cli.js serve` to it printing the address (median of 5). */
async function coldStart(): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const started = performance.now();
    const dir = mkdtempSync(path.join(os.tmpdir(), 'ruam-bench-'));
    const child = spawn(process.execPath, ['dist/electron/cli.js', 'serve', '--port', '0', '--dir', dir], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes('#token=')) resolve();
      });
      child.once('exit', (code) => reject(new Error(`serve exited with ${code}`)));
    });
    times.push(performance.now() - started);
    child.kill();
  }
  return round(median(times));
}

/** JS and CSS the facilitator page loads (fonts excluded), gzipped. */
function bundleSize(): number {
  const dir = 'dist/renderer';
  const html = readFileSync(path.join(dir, 'index.html'), 'utf8');
  const seen = new Set<string>();
  const queue = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
  let total = 0;
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const body = readFileSync(path.join(dir, file));
    total += gzipSync(body, { level: 9 }).length;
    // Follow static imports between chunks.
    for (const m of body.toString().matchAll(/from\s*"\.\/([^"]+\.js)"/g)) queue.push(`assets/${m[1]}`);
  }
  return round(total / 1024);
}

/** Navigation start to the start screen's button being visible (median of 5 loads). */
async function firstRender(): Promise<number> {
  const app = await serveWebMode({ port: 0, folder: mkdtempSync(path.join(os.tmpdir(), 'ruam-bench-')) });
  const executablePath = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  const times: number[] = [];
  try {
    for (let i = 0; i < 5; i++) {
      const page = await browser.newPage();
      await page.goto(app.web.url);
      await page.getByTestId('new-workshop').waitFor();
      times.push(await page.evaluate(() => performance.now()));
      await page.close();
    }
  } finally {
    await browser.close();
    await app.close();
  }
  return round(median(times));
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const round = (n: number) => Math.round(n * 10) / 10;
