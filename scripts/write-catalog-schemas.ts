// Writes assessments/schemas/policy.schema.json and scenario.schema.json from the zod schemas.
// Usage: node scripts/run-ts.mjs scripts/write-catalog-schemas.ts
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { CATALOG_JSON_SCHEMAS } from '@engine/policy/json-schema';

for (const [name, build] of Object.entries(CATALOG_JSON_SCHEMAS)) {
  const file = path.resolve('assessments', 'schemas', name);
  writeFileSync(file, `${JSON.stringify(build(), null, 2)}\n`);
  console.log(`wrote ${file}`);
}
