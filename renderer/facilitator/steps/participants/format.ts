import type { Category } from '../../../../shared/domain/people';
import { pick, type Language } from '../../../../shared/domain/text';
import { formatTime } from '../../../ui/time-of-day';

/** A sector's or group's name in the UI language; "" for no sector, the id for one no longer listed. */
export function categoryLabel(list: readonly Category[], id: string, language: Language): string {
  if (id === '') return '';
  const found = list.find((c) => c.id === id);
  return found ? pick(found.label, language) : id;
}

/** The local time someone checked in: "09.12 น." / "09:12". */
export function checkInTime(iso: string | null, language: Language): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const hhmm = `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
  const time = formatTime(hhmm, language);
  return language === 'th' ? `${time} น.` : time;
}

/** Grouped digits in the UI (1,234): counts on a register can run into thousands. */
export function formatCount(n: number, language: Language): string {
  return n.toLocaleString(language === 'th' ? 'th-TH' : 'en-GB');
}
