import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fake } from '../tests/electron-stub/fake-electron';
import { registerAppScheme, serveAppScheme } from './protocol';
import { APP_CSP } from './web/csp';

vi.mock('electron', async () => (await import('../tests/electron-stub/fake-electron')).fake.module);

/** The CSP as a map from directive to its sources. */
function parseCsp(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...sources]) => [name!.toLowerCase(), sources]),
  );
}

/** What is wrong with a policy, by the app's rules; empty when nothing is. */
function cspProblems(policy: string): string[] {
  const csp = parseCsp(policy);
  const problems: string[] = [];
  const expectExactly = (directive: string, sources: string[]) => {
    if (JSON.stringify(csp.get(directive)) !== JSON.stringify(sources)) problems.push(`${directive} should be ${sources.join(' ')}`);
  };
  expectExactly('default-src', ["'self'"]);
  expectExactly('script-src', ["'self'"]);
  expectExactly('object-src', ["'none'"]);
  expectExactly('base-uri', ["'none'"]);
  expectExactly('form-action', ["'none'"]);
  expectExactly('frame-ancestors', ["'none'"]);
  for (const [directive, sources] of csp) {
    for (const forbidden of ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", "'wasm-unsafe-eval'", '*', 'http:', 'https:', 'ws:', 'file:']) {
      if (sources.includes(forbidden)) problems.push(`${directive} allows ${forbidden}`);
    }
    // data: images are QR codes and charts; data: anywhere else could carry script or styles.
    if (sources.includes('data:') && directive !== 'img-src') problems.push(`${directive} allows data:`);
  }
  return problems;
}

describe('the app CSP', () => {
  it('passes every rule: script-src and default-src self only, no inline code, no eval, nothing remote', () => {
    expect(cspProblems(APP_CSP)).toEqual([]);
  });

  it('is what the rules would catch if it were loosened (the check above can fail)', () => {
    const loosened = APP_CSP.replace("script-src 'self'", "script-src 'self' 'unsafe-inline' 'unsafe-eval'").replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");
    expect(cspProblems(loosened)).toEqual([
      "script-src should be 'self'",
      "script-src allows 'unsafe-inline'",
      "script-src allows 'unsafe-eval'",
      "style-src allows 'unsafe-inline'",
    ]);
    expect(cspProblems("default-src *; script-src 'self' https:")).toEqual(
      expect.arrayContaining(["default-src allows *", 'script-src allows https:', "object-src should be 'none'"]),
    );
  });
});

describe('the ruam:// scheme', () => {
  let rendererDir: string;
  let outside: string;

  beforeAll(async () => {
    const base = await mkdtemp(path.join(tmpdir(), 'ruam-protocol-'));
    rendererDir = path.join(base, 'renderer');
    outside = path.join(base, 'secret.txt');
    await mkdir(path.join(rendererDir, 'assets'), { recursive: true });
    await writeFile(path.join(rendererDir, 'index.html'), '<!doctype html><title>Ruam</title>');
    await writeFile(path.join(rendererDir, 'present.html'), '<!doctype html><title>Projector</title>');
    await writeFile(path.join(rendererDir, 'assets', 'index.js'), 'console.log("ruam")');
    await writeFile(outside, 'not for the renderer');
  });

  afterAll(async () => {
    await rm(path.dirname(rendererDir), { recursive: true, force: true });
  });

  beforeEach(() => fake.reset());

  /** Register the handler with a fake net.fetch that serves real files, and ask it for `url`. */
  async function get(url: string, method = 'GET'): Promise<Response> {
    const fetched: string[] = [];
    fake.fetchImpl = async (fileUrl) => {
      fetched.push(fileUrl);
      // Like Chromium's file loader: it sniffs, it does not know our policy.
      return new Response('body of ' + fileUrl, { status: 200, headers: { 'Content-Type': 'text/plain' } });
    };
    serveAppScheme(rendererDir);
    const handler = fake.protocolHandlers.get('ruam');
    if (!handler) throw new Error('ruam:// is not handled');
    const response = await handler(new Request(url, { method }));
    for (const fileUrl of fetched) expect(fileUrl.startsWith('file://' + rendererDir)).toBe(true);
    return response;
  }

  it('registers ruam as standard and secure (so it has an origin and counts as a secure context)', () => {
    registerAppScheme();
    expect(fake.callsTo('protocol.registerSchemesAsPrivileged')[0]?.args[0]).toEqual([
      { scheme: 'ruam', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  it.each(['ruam://app/index.html', 'ruam://app/', 'ruam://app/present.html', 'ruam://app/assets/index.js'])('serves %s with the app CSP', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Security-Policy')).toBe(APP_CSP);
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
  });

  it('labels files by their name, not by what the file loader guessed', async () => {
    expect((await get('ruam://app/index.html')).headers.get('Content-Type')).toMatch(/^text\/html/);
    expect((await get('ruam://app/assets/index.js')).headers.get('Content-Type')).toMatch(/^text\/javascript/);
  });

  it('passes the file’s content through', async () => {
    const response = await get('ruam://app/present.html');
    expect(await response.text()).toMatch(/^body of file:\/\/.*present\.html$/);
  });

  it.each([
    'ruam://app/missing.html',
    'ruam://app/%2e%2e/secret.txt',
    'ruam://app/..%2fsecret.txt',
    'ruam://app/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
    'ruam://evil/index.html',
    'ruam://app/assets',
  ])('answers %s with a 404 that still carries the CSP, reading nothing', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    expect(response.headers.get('Content-Security-Policy')).toBe(APP_CSP);
    expect(fake.callsTo('net.fetch')).toEqual([]);
  });

  it('serves reads only', async () => {
    const response = await get('ruam://app/index.html', 'POST');
    expect(response.status).toBe(404);
    expect(fake.callsTo('net.fetch')).toEqual([]);
  });
});
