import { create } from 'zustand';
import {
  hostErrorFrom,
  isErrorCode,
  REQUEST_NAMES,
  type ErrorCode,
  type FacilitatorApi,
  type HostSnapshot,
  type RequestError,
} from '../../shared/contracts/facilitator';
import type { Command } from '../../shared/commands/registry';
import { pick, type Language, type LocalizedText } from '../../shared/domain/text';

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
    /**
     * Why, in Thai and English, when the host said (a command's refusal). Kept with the message it
     * explains: read it with `errorReason`, which ignores a reason left over from an earlier error.
     */
    lastErrorReason: { message: string; reason: LocalizedText } | null;
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
  /** Record what a host request threw as the error on show (message, code, reason, file details). */
  reportError(error: unknown): void;
  clearError(): void;
}

const UI_LANGUAGE_KEY = 'ruam.uiLanguage';

const NO_ERROR = { lastError: null, lastErrorCode: null, lastErrorReason: null, fileProblem: null } as const;

/** A HostRequestError (web mode, or the desktop preload's decoded by `withHostErrors`) carries the host's code. */
function errorCodeOf(error: unknown): ErrorCode | null {
  const code = (error as { code?: unknown } | null)?.code;
  return isErrorCode(code) ? code : null;
}

function reasonOf(error: unknown): LocalizedText | null {
  const reason = (error as { reason?: Partial<LocalizedText> } | null)?.reason;
  return typeof reason?.th === 'string' && typeof reason.en === 'string' ? { th: reason.th, en: reason.en } : null;
}

/** The host's reason for the error on show, or null (none was given, or it was for an earlier error). */
export function errorReason(live: AppState['live']): LocalizedText | null {
  const given = live.lastErrorReason;
  return given && live.lastError !== null && given.message === live.lastError ? given.reason : null;
}

/** The error on show in `language`: the host's reason when it gave one, else its own (English) message. */
export function errorText(state: Pick<AppState, 'live' | 'session'>): string | null {
  const reason = errorReason(state.live);
  return reason ? pick(reason, state.session.uiLanguage) : state.live.lastError;
}

/**
 * What to say, in `language`, about a request that failed where it was made (a dock, a step):
 * the host's reason when it gave one, else the error's own (English) message.
 */
export function failureText(thrown: unknown, language: Language): string {
  const error = hostErrorFrom(thrown);
  const reason = reasonOf(error);
  if (reason) return pick(reason, language);
  return error instanceof Error ? error.message : String(error);
}

/**
 * The API as every part of the window uses it: each refusal rejects with a HostRequestError, on
 * both transports (the desktop preload's arrive encoded in an Error's message, see
 * shared/contracts/channels.ts `encodeBridgeError`).
 */
export function withHostErrors(api: FacilitatorApi): FacilitatorApi {
  const rethrow = (error: unknown) => Promise.reject(hostErrorFrom(error));
  const verbs = Object.fromEntries(
    REQUEST_NAMES.map((name) => [
      name,
      (...args: unknown[]) => {
        try {
          return Promise.resolve((api[name] as (...args: unknown[]) => unknown)(...args)).catch(rethrow);
        } catch (error) {
          return rethrow(error);
        }
      },
    ]),
  ) as Omit<FacilitatorApi, 'onSnapshot'>;
  return { ...verbs, onSnapshot: (listener) => api.onSnapshot(listener) };
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
      set((s) => ({ live: { ...s.live, ...NO_ERROR } }));
      return value;
    } catch (error) {
      reportError(error);
      return null;
    } finally {
      set((s) => ({ live: { ...s.live, busy: s.live.busy - 1 } }));
    }
  };
  const reportError = (thrown: unknown) => {
    const error = hostErrorFrom(thrown);
    const message = error instanceof Error ? error.message : String(error);
    const reason = reasonOf(error);
    const file = (error as { file?: RequestError['file'] } | null)?.file ?? null;
    set((s) => ({
      live: { ...s.live, lastError: message, lastErrorCode: errorCodeOf(error), lastErrorReason: reason && { message, reason }, fileProblem: file },
    }));
  };
  /** The same, for requests whose value the caller does not need: true when the host accepted. */
  const call = async (run: (api: FacilitatorApi) => Promise<unknown>): Promise<boolean> => (await ask(async (api) => ((await run(api)) ?? true) as unknown)) !== null;

  return {
    host: null,
    session: { step: 'setup', uiLanguage: storedLanguage() },
    live: { connected: false, hasConnected: false, busy: 0, ...NO_ERROR },
    api: null,

    attach(bridge) {
      const api = withHostErrors(bridge);
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
    reportError,
    clearError() {
      set((s) => ({ live: { ...s.live, ...NO_ERROR } }));
    },
  };
});
