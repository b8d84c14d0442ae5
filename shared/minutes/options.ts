import { z } from 'zod';
import { languageSchema, type Language } from '../domain/text';
import type { Workshop } from '../domain/workshop';

/**
 * What the facilitator chooses for one export. Every field is optional: what is left out follows
 * the workshop (its language; names only if the workshop does not anonymise exports).
 */
export const minutesOptionsSchema = z
  .object({
    language: languageSchema.optional(),
    /** Numbers, dates and page numbers in Thai digits (๑๒๓). Thai minutes only. */
    thaiDigits: z.boolean().optional(),
    /** Participants by name and organisation; otherwise by code (PDPA: anonymised by default). */
    named: z.boolean().optional(),
    /** An appendix with every component's raw distribution, every round. */
    appendixRawDistributions: z.boolean().optional(),
  })
  .strict();
export type MinutesOptions = z.infer<typeof minutesOptionsSchema>;

export interface ResolvedMinutesOptions {
  language: Language;
  thaiDigits: boolean;
  named: boolean;
  appendixRawDistributions: boolean;
}

/** The options with the workshop's defaults filled in. Thai digits apply to Thai minutes only. */
export function resolveMinutesOptions(workshop: Workshop, options: MinutesOptions = {}): ResolvedMinutesOptions {
  const language = options.language ?? workshop.meta.language;
  return {
    language,
    thaiDigits: language === 'th' && (options.thaiDigits ?? false),
    named: options.named ?? !workshop.settings.anonymiseExports,
    appendixRawDistributions: options.appendixRawDistributions ?? false,
  };
}
