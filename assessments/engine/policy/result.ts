import { z } from 'zod';
import { InvestmentKindSchema } from '../funding';
import { EstimateSchema } from './estimate';
import { PhraseSchema } from '../phrase';

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

export { EstimateSchema, type Estimate } from './estimate';

/**
 * An input the evaluation needs. `field` is a stable path the UI links to:
 * profile.<field>, funding.<field>[.<key>], facts.<field>, or external.<topic> for facts
 * that only the issuing authority can confirm.
 */
export const MissingInfoSchema = z.object({ field: z.string(), label: PhraseSchema });
export type MissingInfo = z.infer<typeof MissingInfoSchema>;

export const ExclusivitySchema = z.object({
  /** name of the measure counted for the group, absent when none of the group is eligible today */
  chosen: z.string().optional(),
  /** the other measures of the group: name, status and figure as shown */
  alternatives: z.array(
    z.object({ name: z.string(), status: MeasureStatusSchema, estimate: EstimateSchema }),
  ),
  /** why the chosen one is counted */
  reason: PhraseSchema,
});

export const FailedConditionSchema = z.object({ condition: z.string(), reason: PhraseSchema });
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
  actions: z.array(PhraseSchema),
  /** after-prerequisites: the planned certifications, filings or levels to complete first */
  prerequisites: z.array(PhraseSchema).default([]),
  /** competitive: why the award is selective (择优, 遴选, 综合评定, a quota) */
  competition: z.array(PhraseSchema).default([]),
  /** what a project under the measure pays for (investment kinds) */
  funds: z.array(InvestmentKindSchema).default([]),
  estimate: EstimateSchema,
  /** the computation, e.g. "50% × 80万 = 40万，封顶100万/年" once worded */
  formula: PhraseSchema,
  citation: CitationSchema,
  exclusivityGroup: z.string().optional(),
  /** set when another eligible measure of the same group is higher (从高不重复) */
  supersededBy: z.string().optional(),
  /** 从高不重复 within the group: which measure is counted, the alternatives and why */
  exclusivity: ExclusivitySchema.optional(),
  notes: z.array(PhraseSchema),
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
/** the revenue increment a per-increment award is paid on (a failure of the benefit itself) */
export const INCREMENT_CONDITION = 'revenue-increment';
