// Writes assessments/schemas/model.schema.json from the zod schema of model packs.
// Usage: node scripts/run-ts.mjs scripts/write-model-schema.ts
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { modelJsonSchema } from '@engine/model/json-schema';

const file = path.resolve('assessments', 'schemas', 'model.schema.json');
writeFileSync(file, `${JSON.stringify(modelJsonSchema(), null, 2)}\n`);
console.log(`wrote ${file}`);
