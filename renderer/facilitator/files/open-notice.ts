import { create } from 'zustand';
import type { OpenReport } from '../../../shared/contracts/facilitator';

/**
 * What opening a file found that the facilitator should hear once (changes recovered after a
 * crash, an old format migrated, read-only). Session state of this window; never saved.
 */
export const useOpenNotice = create<{ report: OpenReport | null; set(report: OpenReport | null): void }>()((set) => ({
  report: null,
  set: (report) => set({ report: report && (report.recovered > 0 || report.migratedFrom !== null || report.readOnly) ? report : null }),
}));
