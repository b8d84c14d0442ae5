import { mkdirSync, readFileSync, writeFileSync, renameSync } from 'node:fs';
import path from 'node:path';

/**
 * The facilitator's preferences (recent files, window bounds, UI language). The desktop app backs
 * this with electron-store; web mode and tests with a small JSON file. Never workshop data.
 */
export interface Preferences {
  get<T>(key: string): T | undefined;
  set(key: string, value: unknown): void;
}

export function jsonFilePreferences(file: string): Preferences {
  let cache: Record<string, unknown> | null = null;
  const load = (): Record<string, unknown> => {
    if (cache) return cache;
    try {
      const parsed = JSON.parse(readFileSync(file, 'utf8')) as unknown;
      cache = typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
    } catch {
      cache = {}; // missing or damaged preferences are not worth failing for
    }
    return cache;
  };
  return {
    get: <T>(key: string) => load()[key] as T | undefined,
    set(key, value) {
      const next = { ...load(), [key]: value };
      cache = next;
      mkdirSync(path.dirname(file), { recursive: true });
      const temp = `${file}.tmp-${process.pid}`;
      writeFileSync(temp, JSON.stringify(next, null, 2));
      renameSync(temp, file);
    },
  };
}

export function memoryPreferences(): Preferences {
  const values = new Map<string, unknown>();
  return { get: <T>(key: string) => values.get(key) as T | undefined, set: (key, value) => void values.set(key, value) };
}
