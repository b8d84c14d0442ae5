import { z } from 'zod';
import { localizedTextSchema } from './text';

/** One of the framework's core values (the OPDC framework has four: P1–P4). */
export const principleSchema = z.object({
  id: z.string().min(1),
  number: z.number().int().positive(),
  name: localizedTextSchema,
});
export type Principle = z.infer<typeof principleSchema>;

/** One component of the ecosystem the room assesses (the OPDC framework has eight: 01–08). */
export const componentSchema = z.object({
  id: z.string().min(1),
  /** As printed on the OPDC sheet: "01" … "08". */
  code: z.string().min(1),
  name: localizedTextSchema,
  definition: localizedTextSchema,
  /**
   * What each maturity level 1–5 looks like for this component. OPDC publishes no levels, so
   * these are Ruam's defaults (labelled as such), editable per workshop.
   */
  levels: z.array(z.object({ name: localizedTextSchema, description: localizedTextSchema })).length(5),
});
export type FrameworkComponent = z.infer<typeof componentSchema>;

export const frameworkSchema = z.object({
  id: z.string().min(1),
  name: localizedTextSchema,
  definition: localizedTextSchema,
  /** Where the wording comes from, cited in the app and the minutes. */
  source: localizedTextSchema,
  principles: z.array(principleSchema).min(1),
  components: z.array(componentSchema).min(1),
});
export type Framework = z.infer<typeof frameworkSchema>;
