import { z } from 'zod';
import { InvestmentKindSchema } from '../funding';

export const MEASURE_STATUSES = [
  'eligible',
  'competitive',
  'after-prerequisites',
  'needs-information',
  'not-eligible',
  'expired',
  'not-yet-valid',
] as const;
export const MeasureStatusSchema = z.enum(MEASURE_STATUSES);
/** How screens and the report list measures: what can be applied for first, then the rest. */
export const MEASURE_DISPLAY_ORDER: readonly MeasureStatus[] = [
  'eligible',
  'competitive',
  'after-prerequisites',
  'needs-information',
  'not-eligible',
  'not-yet-valid',
  'expired',
];
export type MeasureStatus = z.infer<typeof MeasureStatusSchema>;

export const MEASURE_STATUS_NAMES: Record<MeasureStatus, string> = {
  eligible: '符合条件',
  competitive: '择优可争取',
  'after-prerequisites': '完成前置条件后可申报',
  'needs-information': '需补充信息',
  'not-eligible': '不符合条件',
  expired: '已过期',
  'not-yet-valid': '尚未生效',
};

/**
 * 万元; 'up-to' when the text gives a ceiling, 'unspecified' when it gives no figure,
 * 'policy-cap' for the document's ceiling shown on a measure the enterprise cannot count on
 * (selected on merit, not eligible, expired): a 政策上限, never an estimate.
 */
export const EstimateSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('amount'), wan: z.number().min(0) }),
  z.object({ kind: z.literal('up-to'), wan: z.number().min(0) }),
  z.object({ kind: z.literal('policy-cap'), wan: z.number().min(0) }),
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

export const ExclusivitySchema = z.object({
  /** name of the measure counted for the group, absent when none of the group is eligible today */
  chosen: z.string().optional(),
  /** the other measures of the group: name, status and figure as shown */
  alternatives: z.array(z.object({ name: z.string(), status: MeasureStatusSchema, estimate: z.string() })),
  /** why the chosen one is counted, in Chinese */
  reason: z.string(),
});

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
  /** after-prerequisites: the planned certifications, filings or levels to complete first */
  prerequisites: z.array(z.string()).default([]),
  /** competitive: why the award is selective (择优, 遴选, 综合评定, a quota) */
  competition: z.array(z.string()).default([]),
  /** what a project under the measure pays for (investment kinds) */
  funds: z.array(InvestmentKindSchema).default([]),
  estimate: EstimateSchema,
  /** the computation in Chinese, e.g. "50% × 80万 = 40万，封顶100万/年" */
  formula: z.string(),
  citation: CitationSchema,
  exclusivityGroup: z.string().optional(),
  /** set when another eligible measure of the same group is higher (从高不重复) */
  supersededBy: z.string().optional(),
  /** 从高不重复 within the group: which measure is counted, the alternatives and why */
  exclusivity: ExclusivitySchema.optional(),
  notes: z.array(z.string()),
});
export type MeasureEvaluation = z.infer<typeof MeasureEvaluationSchema>;

export const SubtotalSchema = z.object({
  /** measures in this class (not superseded) */
  count: z.number().int().min(0),
  /** sum of their figures, 万元 (ceilings: 'up-to' or 政策上限) */
  wan: z.number().min(0),
  /** those whose amount the texts leave open */
  unspecifiedCount: z.number().int().min(0),
});
export type Subtotal = z.infer<typeof SubtotalSchema>;

export const SUBTOTAL_KINDS = ['entitled', 'competitive', 'afterPrerequisites', 'needsInformation'] as const;
export type SubtotalKind = (typeof SUBTOTAL_KINDS)[number];
export const SUBTOTAL_NAMES: Record<SubtotalKind, string> = {
  entitled: '按条件测算（现在即可申报）',
  competitive: '择优可争取（上限）',
  afterPrerequisites: '完成前置条件后',
  needsInformation: '待补充信息',
};
export const SUBTOTAL_OF: Partial<Record<MeasureStatus, SubtotalKind>> = {
  eligible: 'entitled',
  competitive: 'competitive',
  'after-prerequisites': 'afterPrerequisites',
  'needs-information': 'needsInformation',
};

export const EvaluationSummarySchema = z.object({
  counts: z.record(MeasureStatusSchema, z.number().int().min(0)),
  /** the entitlement: eligible today, not superseded, with a figure (= subtotals.entitled.wan) */
  totalUpToWan: z.number().min(0),
  /** eligible measures whose amount the texts leave open */
  unspecifiedCount: z.number().int().min(0),
  /** one subtotal per class; never added together */
  subtotals: z.record(z.enum(SUBTOTAL_KINDS), SubtotalSchema),
});
export type EvaluationSummary = z.infer<typeof EvaluationSummarySchema>;

export const COVERAGE_KINDS = ['entitled', 'possible', 'needs-fact', 'uncovered'] as const;
/** One planned investment and what in the catalog could pay for it. */
export const CoverageSchema = z.object({
  kind: InvestmentKindSchema,
  amountWan: z.number().min(0),
  year: z.number().int(),
  note: z.string(),
  /** entitled: an eligible measure funds it; possible: only a competitive or after-prerequisites one;
   *  needs-fact: a measure could, given the facts named in `missing`; uncovered: no measure does */
  status: z.enum(COVERAGE_KINDS),
  /** names of the measures that could pay for it */
  measures: z.array(z.string()),
  missing: z.array(MissingInfoSchema),
});
export type Coverage = z.infer<typeof CoverageSchema>;

export const EvaluationResultSchema = z.object({
  catalogVersion: z.string(),
  date: z.iso.date(),
  measures: z.array(MeasureEvaluationSchema),
  summary: EvaluationSummarySchema,
  coverage: z.array(CoverageSchema).default([]),
});
export type EvaluationResult = z.infer<typeof EvaluationResultSchema>;

/**
 * The `condition` a failure of the measure's region or applicant type is recorded under: ids, not
 * words; the screens and the report name them in the reader's language.
 */
export const REGION_CONDITION = 'region';
export const APPLICANTS_CONDITION = 'applicants';
