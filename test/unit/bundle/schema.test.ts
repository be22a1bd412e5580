import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundleJsonSchema } from '../../../electron/services/bundle';

describe('bundle JSON Schema', () => {
  it('committed assessments/schemas/bundle.schema.json matches the zod schemas (regenerate: node scripts/run-ts.mjs scripts/write-bundle-schema.ts)', () => {
    const committed = JSON.parse(
      readFileSync(path.resolve('assessments/schemas/bundle.schema.json'), 'utf8'),
    ) as unknown;
    expect(committed).toEqual(JSON.parse(JSON.stringify(bundleJsonSchema())));
  });

  it('describes exactly the three JSON entries, closed to anything else', () => {
    const schema = bundleJsonSchema() as { required: string[]; additionalProperties: boolean };
    expect(schema.required).toEqual(['manifest.json', 'enterprise.json', 'assessment.json']);
    expect(schema.additionalProperties).toBe(false);
  });
});
