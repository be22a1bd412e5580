import { z } from 'zod';
import { AnswerValueSchema, ItemIdSchema } from '../../../assessments/engine/answer';
import { boundedRecord } from '../../../assessments/engine/bounded-record';
import { DiagnosisResultSchema, LabelSchema, PresetSchema } from '../../../assessments/engine/diagnosis';
import { EnterpriseProfileSchema } from '../../../assessments/engine/enterprise';
import { RespondentRoleSchema } from '../../../assessments/engine/model/roles';
import { CostTagSchema, KpiTagSchema, ModelPackSchema } from '../../../assessments/engine/model/schema';
import { method } from '../method';

/**
 * Assessment models (questionnaire packs) and the diagnosis computed from answers.
 * diagnosis.compute either scores a saved assessment or, for what-if, answers sent by the caller
 * (nothing is saved in that case).
 */
/** What-if answers: as many as one assessment may hold (the document limit), never more. */
export const MAX_WHAT_IF_ANSWERS = 5_000;
/** Cost and KPI tags are short enumerations; a longer list is a runaway client. */
const MAX_FOCUS_TAGS = 32;

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
  /** every item id once, in asking order (shared items appear once) */
  order: z.array(ItemIdSchema),
  /** item id → id of the pack that defines it */
  owners: z.record(z.string(), z.string()),
  /** item id → who answers it in an interview (roles.yaml of the owning pack) */
  roles: z.record(z.string(), RespondentRoleSchema).default({}),
});
export type ModelGetResult = z.infer<typeof ModelGetResultSchema>;

/** The profile facts relevance conditions and gates read; everything optional for what-if. */
export const DiagnosisProfileSchema = EnterpriseProfileSchema.pick({
  manufacturingType: true,
  industryCode: true,
  qualifications: true,
  region: true,
}).partial();

const Options = {
  preset: PresetSchema.optional(),
  focus: z
    .object({
      costs: z.array(CostTagSchema).max(MAX_FOCUS_TAGS).optional(),
      kpis: z.array(KpiTagSchema).max(MAX_FOCUS_TAGS).optional(),
    })
    .optional(),
  /** false skips the cheapest-lift search (faster while the consultant is typing) */
  lift: z.boolean().optional(),
};

export const DiagnosisRequestSchema = z.union([
  z.object({ assessmentId: z.uuid(), ...Options }).strict(),
  z
    .object({
      modelId: z.string().min(1).max(64),
      modelVersion: z.string().min(1).max(32).optional(),
      answers: boundedRecord(ItemIdSchema, AnswerValueSchema, MAX_WHAT_IF_ANSWERS),
      profile: DiagnosisProfileSchema.optional(),
      ...Options,
    })
    .strict(),
]);
export type DiagnosisRequest = z.infer<typeof DiagnosisRequestSchema>;

export const modelMethods = {
  'model.list': method(z.object({}).strict(), z.object({ models: z.array(ModelSummarySchema) })),
  'model.get': method(ModelRefSchema.partial({ version: true }).strict(), ModelGetResultSchema),
  'diagnosis.compute': method(DiagnosisRequestSchema, DiagnosisResultSchema),
};
