import { z } from 'zod';

/** The two languages Ruam speaks. Thai is first: it is the default everywhere. */
export const LANGUAGES = ['th', 'en'] as const;
export const languageSchema = z.enum(LANGUAGES);
export type Language = z.infer<typeof languageSchema>;

/** Text a facilitator reads in either language (framework names, definitions, defaults). */
export const localizedTextSchema = z.object({ th: z.string(), en: z.string() });
export type LocalizedText = z.infer<typeof localizedTextSchema>;

export function pick(text: LocalizedText, language: Language): string {
  // Fall back to the other language rather than show nothing.
  return text[language] || text[language === 'th' ? 'en' : 'th'];
}
