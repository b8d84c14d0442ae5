import { z } from 'zod';
import { localizedTextSchema } from '../domain/text';

/**
 * The workshop's history, kept in the .ruam file (the accountability principle): who changed
 * what, when. Entries are hash-chained (each hash covers the previous one), so an edited or
 * deleted entry shows. Hashing happens on the Node side (electron/host/history.ts).
 */
export const historyEntrySchema = z.object({
  seq: z.number().int().positive(),
  at: z.string(),
  /** "facilitator", "system", or "participant:<first 8 of the device token hash>". */
  actor: z.string(),
  /** The command type, or "undo"/"redo". */
  what: z.string(),
  label: localizedTextSchema,
  prev: z.string(),
  hash: z.string(),
});
export type HistoryEntry = z.infer<typeof historyEntrySchema>;

export const HISTORY_GENESIS = 'ruam-history-genesis';
