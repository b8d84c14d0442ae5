// Writes docs/ruam-file.schema.json from the zod schemas (`npm run schema`).
import { writeFileSync } from 'node:fs';
import { ruamFileJsonSchema } from '../shared/format/json-schema';

writeFileSync('docs/ruam-file.schema.json', JSON.stringify(ruamFileJsonSchema(), null, 2) + '\n');
console.log('docs/ruam-file.schema.json written');
