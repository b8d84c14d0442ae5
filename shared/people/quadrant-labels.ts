import type { Quadrant } from '../charts/stakeholder-grid';
import type { LocalizedText } from '../domain/text';

/** Mendelow's four ways to engage a stakeholder, as the map, exports and minutes name them. */
export const QUADRANT_LABELS: Record<Quadrant, LocalizedText> = {
  manageClosely: { th: 'บริหารจัดการอย่างใกล้ชิด', en: 'Manage closely' },
  keepSatisfied: { th: 'ทำให้พึงพอใจ', en: 'Keep satisfied' },
  keepInformed: { th: 'แจ้งให้ทราบอย่างสม่ำเสมอ', en: 'Keep informed' },
  monitor: { th: 'ติดตามดู', en: 'Monitor' },
};
