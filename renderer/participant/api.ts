import { DEVICE_HEADER, SESSION_HEADER, type ParticipantError } from '../../shared/participant/wire';

/** This browser's device token: random, kept in localStorage, sent as a header, never shown. */
export function deviceToken(): string {
  const key = 'ruam.device';
  try {
    const stored = window.localStorage.getItem(key);
    if (stored && /^[A-Za-z0-9_-]{43}$/.test(stored)) return stored;
  } catch {
    // Storage blocked (private mode on old Safari): a token for this page load only.
  }
  const bytes = new Uint8Array(32);
  crypto.getRandomValues(bytes);
  let binary = '';
  for (let i = 0; i < bytes.length; i++) binary += String.fromCharCode(bytes[i]!);
  const token = btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  try {
    window.localStorage.setItem(key, token);
  } catch {
    // See above.
  }
  return token;
}

export type ApiResult<T> =
  | { ok: true; value: T }
  | { ok: false; status: number; error: ParticipantError['error'] | null; network: boolean };

/** One request to the participant API; never throws. A lost connection is `network: true`. */
export async function call<T>(session: string, token: string, method: 'GET' | 'POST', path: string, body?: unknown): Promise<ApiResult<T>> {
  const headers: Record<string, string> = {};
  headers[SESSION_HEADER] = session;
  headers[DEVICE_HEADER] = token;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const controller = typeof AbortController === 'function' ? new AbortController() : null;
  const timer = controller ? setTimeout(() => controller.abort(), 12_000) : 0;
  try {
    const response = await fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      cache: 'no-store',
      credentials: 'omit',
      signal: controller ? controller.signal : undefined,
    });
    const text = await response.text();
    let parsed: unknown = null;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      parsed = null;
    }
    if (response.ok) return { ok: true, value: parsed as T };
    const error = parsed && typeof parsed === 'object' && 'error' in parsed ? (parsed as ParticipantError).error : null;
    return { ok: false, status: response.status, error, network: false };
  } catch {
    return { ok: false, status: 0, error: null, network: true };
  } finally {
    if (timer) clearTimeout(timer);
  }
}

/** Worth trying again by itself: the connection dropped, the server restarted, or it said wait. */
export function retryable(result: ApiResult<unknown>): boolean {
  return !result.ok && (result.network || result.status === 429 || result.status === 502 || result.status === 503 || result.status === 504);
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
