import { create } from 'zustand';
import type { ErrorCode, FacilitatorApi, HostSnapshot, RequestError } from '../../shared/contracts/facilitator';
import type { Command } from '../../shared/commands/registry';
import type { Language } from '../../shared/domain/text';

/**
 * One bound store for a window. Three kinds of state, kept apart on purpose:
 * - `host`: the mirror of the document the host sent (never edited here; change it by commands);
 * - `session`: this window's own UI state (current step, UI language), never saved in the workshop;
 * - `live`: connection and in-flight requests, never saved.
 */
export interface AppState {
  host: HostSnapshot | null;
  session: { step: string; uiLanguage: Language };
  live: {
    connected: boolean;
    /** Has this window ever been connected? A lost connection is news only after a first one. */
    hasConnected: boolean;
    busy: number;
    lastError: string | null;
    /** The host's error code for `lastError`, so the UI can say it in the user's language; null when unknown. */
    lastErrorCode: ErrorCode | null;
    /** Details of the last FILE_PROBLEM: the kind, the JSON path, the backups that could be restored. */
    fileProblem: RequestError['file'] | null;
  };
  api: FacilitatorApi | null;

  attach(api: FacilitatorApi): () => void;
  setConnected(connected: boolean): void;
  goTo(step: string): void;
  setUiLanguage(language: Language): void;
  dispatch(command: Command): Promise<boolean>;
  undo(): Promise<boolean>;
  redo(): Promise<boolean>;
  newWorkshop(): Promise<boolean>;
  /**
   * Any other host request: the value, or null with the refusal in `live.lastError` (and, for a
   * damaged file, what and where in `live.fileProblem`).
   */
  ask<T>(run: (api: FacilitatorApi) => Promise<T>): Promise<T | null>;
  clearError(): void;
}

const UI_LANGUAGE_KEY = 'ruam.uiLanguage';

// A record, not a list, so a code added to the contract fails the type check here until it is added.
const ERROR_CODES: Record<ErrorCode, true> = {
  INVALID_ARGUMENT: true,
  INVALID_COMMAND: true,
  REJECTED: true,
  NO_WORKSHOP: true,
  NOTHING_TO_UNDO: true,
  UNDO_BLOCKED: true,
  FORBIDDEN: true,
  NOT_AVAILABLE: true,
  FILE_PROBLEM: true,
  INTERNAL: true,
};

/** HostRequestError (web) and the preload's Error (desktop) both carry the host's `code`. */
function errorCodeOf(error: unknown): ErrorCode | null {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && Object.prototype.hasOwnProperty.call(ERROR_CODES, code) ? (code as ErrorCode) : null;
}

function storedLanguage(): Language {
  try {
    return localStorage.getItem(UI_LANGUAGE_KEY) === 'en' ? 'en' : 'th';
  } catch {
    return 'th';
  }
}

export const useAppStore = create<AppState>()((set, get) => {
  /** Run a host request, counting it as busy and turning a refusal into a message, never a crash. */
  const ask = async <T,>(run: (api: FacilitatorApi) => Promise<T>): Promise<T | null> => {
    const api = get().api;
    if (!api) return null;
    set((s) => ({ live: { ...s.live, busy: s.live.busy + 1 } }));
    try {
      const value = await run(api);
      set((s) => ({ live: { ...s.live, lastError: null, lastErrorCode: null, fileProblem: null } }));
      return value;
    } catch (error) {
      const file = (error as { file?: RequestError['file'] } | null)?.file ?? null;
      set((s) => ({
        live: { ...s.live, lastError: error instanceof Error ? error.message : String(error), lastErrorCode: errorCodeOf(error), fileProblem: file },
      }));
      return null;
    } finally {
      set((s) => ({ live: { ...s.live, busy: s.live.busy - 1 } }));
    }
  };
  /** The same, for requests whose value the caller does not need: true when the host accepted. */
  const call = async (run: (api: FacilitatorApi) => Promise<unknown>): Promise<boolean> => (await ask(async (api) => ((await run(api)) ?? true) as unknown)) !== null;

  return {
    host: null,
    session: { step: 'setup', uiLanguage: storedLanguage() },
    live: { connected: false, hasConnected: false, busy: 0, lastError: null, lastErrorCode: null, fileProblem: null },
    api: null,

    attach(api) {
      set({ api });
      return api.onSnapshot((snapshot) => {
        const current = get().host;
        if (current && snapshot.revision < current.revision && snapshot.workshop?.id === current.workshop?.id) return;
        set((s) => ({ host: snapshot, live: { ...s.live, connected: true, hasConnected: true } }));
      });
    },
    setConnected(connected) {
      set((s) => ({ live: { ...s.live, connected, hasConnected: s.live.hasConnected || connected } }));
    },
    goTo(step) {
      set((s) => ({ session: { ...s.session, step } }));
    },
    setUiLanguage(uiLanguage) {
      try {
        localStorage.setItem(UI_LANGUAGE_KEY, uiLanguage);
      } catch {
        // Private mode or storage disabled: the choice lasts for this window only.
      }
      set((s) => ({ session: { ...s.session, uiLanguage } }));
    },
    dispatch: (command) => call((api) => api.dispatch(command)),
    undo: () => call((api) => api.undo()),
    redo: () => call((api) => api.redo()),
    newWorkshop: () => call((api) => api.newWorkshop({})),
    ask,
    clearError() {
      set((s) => ({ live: { ...s.live, lastError: null, lastErrorCode: null, fileProblem: null } }));
    },
  };
});
