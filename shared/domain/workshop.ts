import { z } from 'zod';
import { frameworkSchema } from './framework';
import { isoDateSchema, timeOfDaySchema } from './dates';
import { categorySchema, participantSchema } from './people';
import { stakeholderSchema } from './stakeholders';
import { ballotSchema, pollSchema, tallySchema } from './polls';
import { actionItemSchema, componentNotesSchema } from './outcomes';
import { languageSchema, localizedTextSchema } from './text';

export { isoDateSchema, timeOfDaySchema } from './dates';

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

/** Choices the facilitator makes for this workshop (lists, privacy, thresholds). */
export const workshopSettingsSchema = z.object({
  sectors: z.array(categorySchema).max(100),
  socialGroups: z.array(categorySchema).max(100),
  /** Shown on the register and the phone join page: what is collected and why (PDPA). */
  pdpaNotice: localizedTextSchema,
  /** No group-level figure is shown for a group smaller than this, anywhere in Ruam. */
  minGroupSize: z.number().int().min(1).max(1000),
  /** A sector's median this many levels from the rest's is flagged as divergent. */
  divergenceThreshold: z.number().min(0.5).max(4),
  /** Exports replace names with codes unless the facilitator chooses otherwise. */
  anonymiseExports: z.boolean(),
});
export type WorkshopSettings = z.infer<typeof workshopSettingsSchema>;

/** The workshop document: everything saved in a .ruam file. */
export const workshopSchema = z.object({
  id: z.string().min(1),
  createdAt: z.string().min(1),
  meta: workshopMetaSchema,
  framework: frameworkSchema,
  settings: workshopSettingsSchema,
  participants: z.array(participantSchema),
  /**
   * How many participant codes (P001…) have ever been given in this workshop, so a code is never
   * handed out twice — not even after its holder was removed (records and exports stay unambiguous).
   */
  codesIssued: z.number().int().min(0),
  stakeholders: z.array(stakeholderSchema),
  polls: z.array(pollSchema),
  ballots: z.array(ballotSchema),
  tallies: z.array(tallySchema),
  componentNotes: z.array(componentNotesSchema),
  actions: z.array(actionItemSchema),
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
