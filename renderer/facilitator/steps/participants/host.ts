import type { ErrorCode, FacilitatorApi } from '../../../../shared/contracts/facilitator';
import { useAppStore } from '../../../store/app-store';

const KNOWN_CODES: ReadonlySet<string> = new Set<ErrorCode>([
  'INVALID_ARGUMENT',
  'INVALID_COMMAND',
  'REJECTED',
  'NO_WORKSHOP',
  'NOTHING_TO_UNDO',
  'UNDO_BLOCKED',
  'FORBIDDEN',
  'NOT_AVAILABLE',
  'FILE_PROBLEM',
  'INTERNAL',
]);

/**
 * A host request other than a command (preview an import, import, export): counted as busy like a
 * dispatch, and a refusal lands in `live.lastError` where the error alert shows it. Null on refusal.
 */
export async function askHost<T>(run: (api: FacilitatorApi) => Promise<T>): Promise<T | null> {
  const { api } = useAppStore.getState();
  if (!api) return null;
  useAppStore.setState((s) => ({ live: { ...s.live, busy: s.live.busy + 1 } }));
  try {
    const value = await run(api);
    useAppStore.setState((s) => ({ live: { ...s.live, lastError: null, lastErrorCode: null } }));
    return value;
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    useAppStore.setState((s) => ({
      live: {
        ...s.live,
        lastError: error instanceof Error ? error.message : String(error),
        lastErrorCode: typeof code === 'string' && KNOWN_CODES.has(code) ? (code as ErrorCode) : null,
      },
    }));
    return null;
  } finally {
    useAppStore.setState((s) => ({ live: { ...s.live, busy: s.live.busy - 1 } }));
  }
}
