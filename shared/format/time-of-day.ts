import { fromThaiDigits } from './thai-date';

/**
 * Times of day as the document stores them ("HH:MM", 24-hour, or "" for none) and as people
 * type and read them: Thai writing uses a full stop and "น." ("09.00 น."), English a colon.
 */

export type TimeProblem = 'format' | 'range';
export type TimeParseResult = { ok: true; value: string } | { ok: false; problem: TimeProblem };

/**
 * Read a typed time: "9", "9:30", "09.30", "0930", "9.30 น.", Thai digits. "" means no time.
 */
export function parseTimeInput(input: string): TimeParseResult {
  const text = fromThaiDigits(input)
    .trim()
    .replace(/\s*(น\.?|นาฬิกา)$/, '')
    .trim();
  if (text === '') return { ok: true, value: '' };
  const match = /^(\d{1,2})(?:\s*[:.]\s*(\d{2}))?$/.exec(text) ?? /^(\d{2})(\d{2})$/.exec(text);
  if (!match) return { ok: false, problem: 'format' };
  const hours = Number(match[1]);
  const minutes = Number(match[2] ?? '0');
  if (hours > 23 || minutes > 59) return { ok: false, problem: 'range' };
  return { ok: true, value: `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}` };
}

/** "09:00" → "09.00" (Thai) or "09:00" (English); "" stays "". */
export function formatTime(value: string, language: 'th' | 'en'): string {
  if (!/^\d{2}:\d{2}$/.test(value)) return '';
  return language === 'th' ? value.replace(':', '.') : value;
}

/** "09.00–12.00 น." / "09:00–12:00"; one end alone is shown alone; "" when neither is set. */
export function formatTimeRange(start: string, end: string, language: 'th' | 'en'): string {
  const parts = [formatTime(start, language), formatTime(end, language)].filter(Boolean);
  if (parts.length === 0) return '';
  const range = parts.join('–');
  return language === 'th' ? `${range} น.` : range;
}

/** Minutes since midnight, for comparing a start with an end; null when unset. */
export function minutesOfDay(value: string): number | null {
  const match = /^(\d{2}):(\d{2})$/.exec(value);
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}
