import { z } from 'zod';
import { AnswerValueSchema, ItemIdSchema } from '@engine/answer';
import { boundedRecord } from '@engine/bounded-record';
import { DiagnosisResultSchema, PresetSchema } from '@engine/diagnosis/schema';
import { EnterpriseProfileSchema } from '@engine/enterprise';
import { CostTagSchema, KpiTagSchema } from '@engine/model/schema';
import { method } from '../method';

/**
 * The diagnosis computed from answers: diagnosis.compute either scores a saved assessment or, for
 * what-if, answers sent by the caller (nothing is saved in that case).
 */

/** What-if answers: as many as one assessment may hold (the document limit), never more. */
export const MAX_WHAT_IF_ANSWERS = 5_000;
/** Cost and KPI tags are short enumerations; a longer list is a runaway client. */
const MAX_FOCUS_TAGS = 32;

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

export const diagnosisMethods = {
  'diagnosis.compute': method(DiagnosisRequestSchema, DiagnosisResultSchema),
};
