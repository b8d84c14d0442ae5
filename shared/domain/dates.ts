import { z } from 'zod';

/** Calendar dates are stored in the Common Era (ISO yyyy-mm-dd); พ.ศ. is a way of showing them. */
export const isoDateSchema = z
  .string()
  .regex(/^(\d{4}-\d{2}-\d{2})?$/, 'expected a date as YYYY-MM-DD (Common Era) or empty')
  .refine((s) => s === '' || isRealDate(s), 'not a real calendar date');

export const timeOfDaySchema = z.string().regex(/^(([01]\d|2[0-3]):[0-5]\d)?$/, 'expected a time as HH:MM or empty');

/** Date.parse rolls 2026-02-30 over to March; a real date survives the round trip. */
export function isRealDate(iso: string): boolean {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
