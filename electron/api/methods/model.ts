import { z } from 'zod';
import { ItemIdSchema } from '@engine/answer';
import { LabelSchema } from '@engine/diagnosis/schema';
import { RespondentRoleSchema } from '@engine/model/roles';
import { ModelPackSchema } from '@engine/model/schema';
import { method } from '../method';

/** Assessment models (questionnaire packs): the installed list and one pack with its companions. */

const ModelRefSchema = z.object({ id: z.string().min(1).max(64), version: z.string().min(1).max(32) });

export const ModelSummarySchema = ModelRefSchema.extend({
  title: LabelSchema,
  edition: z.string(),
  /** other packs answered in the same questionnaire */
  evaluates: z.array(ModelRefSchema),
});
export type ModelSummary = z.infer<typeof ModelSummarySchema>;

export const ModelGetResultSchema = z.object({
  /** the pack the consultant opens */
  pack: ModelPackSchema,
  /** the packs it also evaluates; their own items are asked in the same questionnaire */
  companions: z.array(ModelPackSchema),
  /** packs that only lend shared items (`ref … from`) to these: needed to read them, not evaluated */
  sources: z.array(ModelPackSchema).default([]),
  /** every item id once, in asking order (shared items appear once) */
  order: z.array(ItemIdSchema),
  /** item id → id of the pack that defines it */
  owners: z.record(z.string(), z.string()),
  /** item id → who answers it in an interview (roles.yaml of the owning pack) */
  roles: z.record(z.string(), RespondentRoleSchema).default({}),
});
export type ModelGetResult = z.infer<typeof ModelGetResultSchema>;

export const modelMethods = {
  'model.list': method(z.object({}).strict(), z.object({ models: z.array(ModelSummarySchema) })),
  'model.get': method(ModelRefSchema.partial({ version: true }).strict(), ModelGetResultSchema),
};
