import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { mimeType } from '../web/static-files';

export interface StaticFile {
  body: Buffer;
  gzip: Buffer | null;
  type: string;
}

export interface PhonePage {
  /** join.html with its asset links made absolute (the page is served at /j/CODE). */
  html: StaticFile;
  /** Only the files join.html links to, by URL path (/assets/join-….js). Nothing else is served. */
  assets: Map<string, StaticFile>;
}

function file(body: Buffer, type: string): StaticFile {
  const gzip = body.length > 512 ? gzipSync(body, { level: 9 }) : null;
  return { body, gzip: gzip && gzip.length < body.length ? gzip : null, type };
}

/**
 * Load the built phone page once, at start. The server serves exactly join.html and the assets it
 * links to (found in its src/href attributes), never the facilitator or projector pages or
 * anything else in the renderer folder. Everything is held in memory, pre-compressed.
 */
export function loadPhonePage(staticDir: string): PhonePage | null {
  let html: string;
  try {
    html = readFileSync(path.join(staticDir, 'join.html'), 'utf8');
  } catch {
    return null;
  }
  html = html.replaceAll('"./assets/', '"/assets/');
  const assets = new Map<string, StaticFile>();
  for (const match of html.matchAll(/(?:src|href)="(\/assets\/[A-Za-z0-9._-]+)"/g)) {
    const urlPath = match[1]!;
    const body = readFileSync(path.join(staticDir, urlPath.slice(1)));
    assets.set(urlPath, file(body, mimeType(urlPath)));
  }
  return { html: file(Buffer.from(html), 'text/html; charset=utf-8'), assets };
}
