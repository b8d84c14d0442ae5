import type { Language } from '../../../shared/domain/text';
import { THAI_MONTHS_SHORT, ceToBe } from '../../ui/thai-date';

/** A moment (ISO timestamp) as a facilitator reads it: "26 พ.ย. 2569 14:05" or "26 Nov 2026 14:05", local time. */
export function formatMoment(iso: string, language: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const time = `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
  if (language === 'th') return `${date.getDate()} ${THAI_MONTHS_SHORT[date.getMonth()]} ${ceToBe(date.getFullYear())} ${time}`;
  return `${date.getDate()} ${date.toLocaleString('en-GB', { month: 'short' })} ${date.getFullYear()} ${time}`;
}
