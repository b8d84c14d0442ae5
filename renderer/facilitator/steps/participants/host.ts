import type { FacilitatorApi } from '../../../../shared/contracts/facilitator';
import { useAppStore } from '../../../store/app-store';

/**
 * A host request other than a command (preview an import, import, export): counted as busy like a
 * dispatch, and a refusal lands in `live.lastError` where the error alert shows it. Null on refusal.
 */
export function askHost<T>(run: (api: FacilitatorApi) => Promise<T>): Promise<T | null> {
  return useAppStore.getState().ask(run);
}
