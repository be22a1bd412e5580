// Writes assessments/schemas/bundle.schema.json from the bundle's zod schemas.
// Usage: node scripts/run-ts.mjs scripts/write-bundle-schema.ts
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { bundleJsonSchema } from '../electron/services/bundle/format';

const file = path.resolve('assessments', 'schemas', 'bundle.schema.json');
writeFileSync(file, `${JSON.stringify(bundleJsonSchema(), null, 2)}\n`);
console.log(`wrote ${file}`);
