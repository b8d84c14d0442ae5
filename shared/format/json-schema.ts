import { z } from 'zod';
import { CURRENT_FORMAT_VERSION, ruamFileSchema } from './ruam-file';

/** The JSON Schema of the current .ruam format, generated from the same zod schemas the app uses. */
export function ruamFileJsonSchema(): Record<string, unknown> {
  return {
    $id: `https://ruam.local/schema/ruam-workshop-v${CURRENT_FORMAT_VERSION}.json`,
    title: `Ruam workshop file, format version ${CURRENT_FORMAT_VERSION}`,
    ...z.toJSONSchema(ruamFileSchema, { target: 'draft-2020-12' }),
  };
}
