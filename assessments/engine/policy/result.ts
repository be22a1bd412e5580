import { z } from 'zod';

export const MEASURE_STATUSES = [
  'eligible',
  'needs-information',
  'not-eligible',
  'expired',
  'not-yet-valid',
] as const;
export const MeasureStatusSchema = z.enum(MEASURE_STATUSES);
export type MeasureStatus = z.infer<typeof MeasureStatusSchema>;

export const MEASURE_STATUS_NAMES: Record<MeasureStatus, string> = {
  eligible: '符合条件',
  'needs-information': '需补充信息',
  'not-eligible': '不符合条件',
  expired: '已过期',
  'not-yet-valid': '尚未生效',
};

/** 万元; 'up-to' when the text gives a ceiling, 'unspecified' when it gives no figure. */
export const EstimateSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('amount'), wan: z.number().min(0) }),
  z.object({ kind: z.literal('up-to'), wan: z.number().min(0) }),
  z.object({ kind: z.literal('unspecified') }),
]);
export type Estimate = z.infer<typeof EstimateSchema>;

/**
 * An input the evaluation needs. `field` is a stable path the UI links to:
 * profile.<field>, funding.<field>[.<key>], facts.<field>, or external.<topic> for facts
 * that only the issuing authority can confirm.
 */
export const MissingInfoSchema = z.object({ field: z.string(), label: z.string() });
export type MissingInfo = z.infer<typeof MissingInfoSchema>;

export const FailedConditionSchema = z.object({ condition: z.string(), reason: z.string() });
export type FailedCondition = z.infer<typeof FailedConditionSchema>;

export const CitationSchema = z.object({
  documentId: z.string(),
  documentTitle: z.string(),
  documentNumber: z.string().nullable(),
  issuer: z.string(),
  article: z.string(),
  quote: z.string(),
  sourceFile: z.string(),
});
export type Citation = z.infer<typeof CitationSchema>;

export const MeasureEvaluationSchema = z.object({
  measureId: z.string(),
  name: z.string(),
  instrument: z.string(),
  status: MeasureStatusSchema,
  /** not-eligible: every condition that failed */
  failed: z.array(FailedConditionSchema),
  /** needs-information: exactly which inputs are missing */
  missing: z.array(MissingInfoSchema),
  /** what the enterprise must do first (file, get certified, pass a review…) */
  actions: z.array(z.string()),
  estimate: EstimateSchema,
  /** the computation in Chinese, e.g. "50% × 80万 = 40万，封顶100万/年" */
  formula: z.string(),
  citation: CitationSchema,
  exclusivityGroup: z.string().optional(),
  /** set when another measure of the same group is higher (从高不重复) */
  supersededBy: z.string().optional(),
  notes: z.array(z.string()),
});
export type MeasureEvaluation = z.infer<typeof MeasureEvaluationSchema>;

export const EvaluationSummarySchema = z.object({
  counts: z.record(MeasureStatusSchema, z.number().int().min(0)),
  /** eligible, not superseded, with a figure: sum of 'amount' and 'up-to' estimates */
  totalUpToWan: z.number().min(0),
  /** eligible measures whose amount the texts leave open */
  unspecifiedCount: z.number().int().min(0),
});

export const EvaluationResultSchema = z.object({
  catalogVersion: z.string(),
  date: z.iso.date(),
  measures: z.array(MeasureEvaluationSchema),
  summary: EvaluationSummarySchema,
});
export type EvaluationResult = z.infer<typeof EvaluationResultSchema>;
