import { z } from 'zod';
import { frameworkSchema } from './framework';
import { languageSchema } from './text';

/** Calendar dates are stored in the Common Era (ISO yyyy-mm-dd); พ.ศ. is a way of showing them. */
export const isoDateSchema = z
  .string()
  .regex(/^(\d{4}-\d{2}-\d{2})?$/, 'expected a date as YYYY-MM-DD (Common Era) or empty')
  .refine((s) => s === '' || !Number.isNaN(Date.parse(`${s}T00:00:00Z`)), 'not a real calendar date');
export const timeOfDaySchema = z.string().regex(/^(([01]\d|2[0-3]):[0-5]\d)?$/, 'expected a time as HH:MM or empty');

const line = z.string().max(500);
const paragraph = z.string().max(5000);

/** What the minutes' header and the welcome slide say about the meeting. */
export const workshopMetaSchema = z.object({
  title: line,
  organisation: line,
  /** ครั้งที่ — free text, agencies write "1/2569" as often as "1". */
  meetingNumber: z.string().max(50),
  date: isoDateSchema,
  startTime: timeOfDaySchema,
  endTime: timeOfDaySchema,
  venue: line,
  facilitators: z.array(line).max(50),
  noteTaker: line,
  objectives: z.array(paragraph).max(50),
  agenda: z.array(paragraph).max(100),
  /** The language of the workshop itself (minutes, projector); the UI language is a preference. */
  language: languageSchema,
});
export type WorkshopMeta = z.infer<typeof workshopMetaSchema>;

export const workshopSchema = z.object({
  id: z.string().min(1),
  createdAt: z.string().min(1),
  meta: workshopMetaSchema,
  framework: frameworkSchema,
});
export type Workshop = z.infer<typeof workshopSchema>;

export function emptyMeta(): WorkshopMeta {
  return {
    title: '',
    organisation: '',
    meetingNumber: '',
    date: '',
    startTime: '',
    endTime: '',
    venue: '',
    facilitators: [],
    noteTaker: '',
    objectives: [],
    agenda: [],
    language: 'th',
  };
}
