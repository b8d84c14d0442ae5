import Store from 'electron-store';
import type { Preferences } from '../host/preferences';

/**
 * Desktop preferences (recent files, window bounds) in electron-store: a JSON file in the app's
 * user-data folder, written atomically. Glue: electron-store loads `electron` when imported.
 */
export function electronPreferences(): Preferences {
  const store = new Store<Record<string, unknown>>({ name: 'preferences' });
  return {
    get: <T>(key: string) => store.get(key) as T | undefined,
    set: (key, value) => store.set(key, value),
  };
}
