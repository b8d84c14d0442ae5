import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ruamFileJsonSchema } from './json-schema';

describe('the published JSON Schema', () => {
  it('is up to date with the zod schemas (regenerate with `npm run schema`)', () => {
    const committed = JSON.parse(readFileSync(path.join(import.meta.dirname, '../../docs/ruam-file.schema.json'), 'utf8'));
    expect(committed).toEqual(ruamFileJsonSchema());
  });

  it('describes the envelope and the workshop', () => {
    const schema = ruamFileJsonSchema() as { properties: Record<string, unknown>; required: string[] };
    expect(schema.required).toEqual(expect.arrayContaining(['format', 'formatVersion', 'workshop']));
    expect(Object.keys(schema.properties)).toContain('workshop');
  });
});
