import { net, protocol } from 'electron';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { APP_CSP } from './web/csp';
import { mimeType, resolveStatic } from './web/static-files';
import { APP_SCHEME } from './windows/web-preferences';

/** Must run before the app is ready: ruam:// behaves like https (secure, standard origin). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

/**
 * Serve the built renderer under ruam://app/. Every response, the 404 included, carries the
 * app's CSP; the content type comes from the file name (with nosniff, a script served as
 * anything else would not run), never from what the file looks like.
 */
export function serveAppScheme(rendererDir: string): void {
  const root = path.resolve(rendererDir);
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    const readable = request.method === 'GET' || request.method === 'HEAD';
    const file = readable && url.host === 'app' ? await resolveStatic(root, url.pathname === '/' ? '/index.html' : url.pathname) : null;
    if (!file) return new Response('Not found', { status: 404, headers: appHeaders('text/plain; charset=utf-8') });
    const response = await net.fetch(pathToFileURL(file).toString());
    return new Response(response.body, { status: response.status, headers: appHeaders(mimeType(file)) });
  });
}

function appHeaders(contentType: string): Headers {
  return new Headers({
    'Content-Type': contentType,
    'Content-Security-Policy': APP_CSP,
    'X-Content-Type-Options': 'nosniff',
  });
}
