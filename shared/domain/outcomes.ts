import { z } from 'zod';
import { isoDateSchema } from './dates';

const id = z.string().min(1).max(100);
const entry = z.object({ id, text: z.string().max(5000) });

/** What the room recorded while discussing one component. */
export const componentNotesSchema = z.object({
  componentId: z.string().min(1).max(20),
  notes: z.string().max(20000),
  evidence: z.array(z.object({ id, text: z.string().max(5000), url: z.string().max(2000) })).max(500),
  strengths: z.array(entry).max(500),
  gaps: z.array(entry).max(500),
  ideas: z.array(entry).max(500),
});
export type ComponentNotes = z.infer<typeof componentNotesSchema>;

export const PRIORITIES = ['high', 'medium', 'low'] as const;

/** An action with an owner and a date: how the workshop turns gaps into accountability (P3). */
export const actionItemSchema = z.object({
  id,
  title: z.string().max(1000),
  owner: z.string().max(300),
  /** ISO date (Common Era); shown in พ.ศ. in Thai. */
  due: isoDateSchema,
  indicator: z.string().max(1000),
  priority: z.enum(PRIORITIES),
  componentId: z.string().max(20).nullable(),
  /** Chosen into the action plan (from the priorities step). */
  inPlan: z.boolean(),
});
export type ActionItem = z.infer<typeof actionItemSchema>;
