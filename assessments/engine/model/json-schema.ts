import { z } from 'zod';
import { ModelPackSchema } from './schema';

/**
 * JSON Schema for editors of the model packs (assessments/schemas/model.schema.json): what an
 * author writes (zod input side, so fields with defaults are optional). A test keeps the committed
 * file equal to this; regenerate with `node scripts/run-ts.mjs scripts/write-model-schema.ts`.
 */
export function modelJsonSchema(): Record<string, unknown> {
  return {
    $id: 'https://zhizao-zizhen.local/schemas/model.schema.json',
    title: '评估模型包（assessments/models/<id>/<version>/model.yaml）',
    ...z.toJSONSchema(ModelPackSchema, { target: 'draft-2020-12', io: 'input', reused: 'ref' }),
  };
}
