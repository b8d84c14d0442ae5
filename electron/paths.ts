import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Find the project (or installed app) root from wherever this module runs: the TypeScript
 * sources under electron/ in tests, or the bundle under dist/electron/ when built.
 */
export function appRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (existsSync(path.join(dir, 'package.json')) && existsSync(path.join(dir, 'resources'))) return dir;
    dir = path.dirname(dir);
  }
  throw new Error('Ruam could not find its own files (package.json and resources/).');
}

export const rendererDir = (): string => path.join(appRoot(), 'dist', 'renderer');
export const resourcesDir = (): string => path.join(appRoot(), 'resources');
