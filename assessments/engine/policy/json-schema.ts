import { z } from 'zod';
import { ScenarioCatalogSchema } from '../scenario/schema';
import { PolicyDocumentSchema } from './schema';

/**
 * JSON Schemas for editors of the YAML catalogs (assessments/schemas/*.schema.json). They describe
 * what an author writes (zod input side: fields with defaults are optional). A test keeps the
 * committed files equal to these; regenerate with
 * `node scripts/run-ts.mjs scripts/write-catalog-schemas.ts`.
 */
export function policyJsonSchema(): Record<string, unknown> {
  return {
    $id: 'https://zhizao-zizhen.local/schemas/policy.schema.json',
    title: '政策文件目录（assessments/policies/*.yaml）',
    ...z.toJSONSchema(PolicyDocumentSchema, { target: 'draft-2020-12', io: 'input', reused: 'ref' }),
  };
}

export function scenarioJsonSchema(): Record<string, unknown> {
  return {
    $id: 'https://zhizao-zizhen.local/schemas/scenario.schema.json',
    title: 'AI 场景目录（assessments/scenarios/*.yaml）',
    ...z.toJSONSchema(ScenarioCatalogSchema, { target: 'draft-2020-12', io: 'input', reused: 'ref' }),
  };
}

export const CATALOG_JSON_SCHEMAS = {
  'policy.schema.json': policyJsonSchema,
  'scenario.schema.json': scenarioJsonSchema,
} as const;
