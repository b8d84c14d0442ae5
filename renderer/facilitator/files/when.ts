import type { Language } from '../../../shared/domain/text';
import { formatDateShort } from '../../../shared/format/thai-date';

/** A moment (ISO timestamp) as a facilitator reads it: "26 พ.ย. 2569 14:05" or "26 Nov 2026 14:05", local time. */
export function formatMoment(iso: string, language: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const two = (n: number) => String(n).padStart(2, '0');
  const localDay = `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}`;
  return `${formatDateShort(localDay, language)} ${two(date.getHours())}:${two(date.getMinutes())}`;
}
