import { z } from 'zod';
import { EnterpriseProfileSchema, type EnterpriseProfile } from '../enterprise';
import { FundingInputsSchema, type FundingInputs } from '../funding';
import { estimateBenefit } from './benefit';
import { checkApplicants } from './applicants';
import { checkCondition, type ConditionContext } from './conditions';
import { resolveExclusivity } from './exclusivity';
import { PolicyFactsSchema, type PolicyFacts } from './facts';
import { checkRegion } from './region';
import {
  MEASURE_STATUSES,
  type EvaluationResult,
  type FailedCondition,
  type MeasureEvaluation,
  type MeasureStatus,
  type MissingInfo,
} from './result';
import type { Measure, PolicyCatalog, PolicyDocument, Validity } from './schema';

/** What the evaluation needs; also the contract input of policy.evaluate. */
export const EvaluationInputSchema = z.object({
  profile: EnterpriseProfileSchema,
  funding: FundingInputsSchema.default({ investments: [], certifications: {}, figures: {} }),
  facts: PolicyFactsSchema.default({
    coveredScenarioIds: [],
    uncoveredDimensions: [],
    gaps: [],
    aiShareShort: false,
  }),
  /** the day the evaluation is for (validity windows are checked against it) */
  date: z.iso.date(),
});
export type EvaluationInput = z.infer<typeof EvaluationInputSchema>;

export interface EvaluationContext {
  readonly profile: EnterpriseProfile;
  readonly funding: FundingInputs;
  readonly facts: PolicyFacts;
  readonly date: string;
}

function validityStatus(validity: Validity, date: string): MeasureStatus | undefined {
  if (date < validity.from) return 'not-yet-valid';
  if (validity.to !== null && date > validity.to) return 'expired';
  return undefined;
}

function validityText(validity: Validity, date: string, status: MeasureStatus): string {
  const window = `${validity.from} 至 ${validity.to ?? '（文件未规定截止日期）'}`;
  return status === 'expired'
    ? `已于${validity.to}到期（有效期${window}，评估日${date}）`
    : `${validity.from}起生效（评估日${date}）`;
}

/** Names of catalog measures (in the enterprise's area, in force) that implement the given ids. */
function localImplementations(catalog: PolicyCatalog, ctx: EvaluationContext) {
  return (ids: readonly string[]): string[] => {
    const names: string[] = [];
    for (const doc of catalog.documents) {
      for (const m of doc.measures) {
        if (!ids.includes(m.id)) continue;
        const inArea = checkRegion(ctx.profile.region, m.region ?? doc.region).kind !== 'fail';
        const inForce = validityStatus(m.validity ?? doc.validity, ctx.date) === undefined;
        if (inArea && inForce) names.push(`${m.name}（${doc.title}${m.article}）`);
      }
    }
    return names;
  };
}

export function evaluateMeasure(
  doc: PolicyDocument,
  measure: Measure,
  ctx: EvaluationContext,
  implementations: ConditionContext['localImplementations'],
): MeasureEvaluation {
  const validity = measure.validity ?? doc.validity;
  const failed: FailedCondition[] = [];
  const missing: MissingInfo[] = [];
  const actions: string[] = [];
  const notes: string[] = [...measure.notes];

  const region = checkRegion(ctx.profile.region, measure.region ?? doc.region);
  if (region.kind === 'fail') failed.push({ condition: '适用地区', reason: region.reason });
  if (region.kind === 'missing') missing.push(region.missing);

  const applicants = checkApplicants(ctx.profile, measure.applicants);
  if (applicants.kind === 'fail') failed.push({ condition: '申报主体', reason: applicants.reason });
  if (applicants.kind === 'missing') missing.push(applicants.missing);

  const conditionCtx: ConditionContext = { ...ctx, validity, localImplementations: implementations };
  const conditions = [
    ...(measure.skipDocumentConditions ? [] : doc.documentConditions),
    ...measure.conditions,
  ];
  for (const condition of conditions) {
    const outcome = checkCondition(condition, conditionCtx);
    if (outcome.kind === 'fail') failed.push({ condition: condition.label, reason: outcome.reason });
    if (outcome.kind === 'missing') missing.push(...outcome.missing);
    if (outcome.kind === 'pass') {
      actions.push(...(outcome.actions ?? []));
      notes.push(...(outcome.notes ?? []));
    }
  }

  const benefit = estimateBenefit(measure.benefit, {
    funding: ctx.funding,
    validity,
    capsAreCeilings: doc.capsAreCeilings !== undefined,
  });
  failed.push(...benefit.failed);
  missing.push(...benefit.missing);
  if (doc.exclusivityRule)
    notes.push('从高不重复：同一项目、同一事项同时符合本区其他扶持政策的，只按最高一项支持');
  if (doc.capsAreCeilings) notes.push('文件规定比例和限额均为上限，具体兑现视当年度财政预算调整');

  const dateStatus = validityStatus(validity, ctx.date);
  if (dateStatus) notes.unshift(validityText(validity, ctx.date, dateStatus));
  const status: MeasureStatus =
    dateStatus ??
    (failed.length > 0 ? 'not-eligible' : missing.length > 0 ? 'needs-information' : 'eligible');

  return {
    measureId: measure.id,
    name: measure.name,
    instrument: measure.instrument,
    status,
    failed,
    missing: dedupeMissing(missing),
    actions: [...new Set(actions)],
    estimate: benefit.estimate,
    formula: benefit.formula,
    citation: {
      documentId: doc.id,
      documentTitle: doc.title,
      documentNumber: doc.number,
      issuer: doc.issuer,
      article: measure.article,
      quote: measure.quote,
      sourceFile: doc.sourceFile,
    },
    ...(measure.exclusivityGroup ? { exclusivityGroup: measure.exclusivityGroup } : {}),
    notes: [...new Set(notes)],
  };
}

function dedupeMissing(items: MissingInfo[]): MissingInfo[] {
  const seen = new Set<string>();
  return items.filter((m) => (seen.has(m.field) ? false : (seen.add(m.field), true)));
}

function summarise(measures: readonly MeasureEvaluation[]): EvaluationResult['summary'] {
  const counts = Object.fromEntries(MEASURE_STATUSES.map((s) => [s, 0])) as Record<MeasureStatus, number>;
  let total = 0;
  let unspecified = 0;
  for (const m of measures) {
    counts[m.status] += 1;
    if (m.status !== 'eligible' || m.supersededBy) continue;
    if (m.estimate.kind === 'unspecified') unspecified += 1;
    else total += m.estimate.wan;
  }
  return { counts, totalUpToWan: Math.round(total * 100) / 100, unspecifiedCount: unspecified };
}

/** Evaluates every measure of the catalog for one enterprise on one day. Pure. */
export function evaluate(catalog: PolicyCatalog, input: EvaluationContext): EvaluationResult {
  const implementations = localImplementations(catalog, input);
  const evaluated = catalog.documents.flatMap((doc) =>
    doc.measures.map((m) => evaluateMeasure(doc, m, input, implementations)),
  );
  const measures = resolveExclusivity(evaluated);
  return { catalogVersion: catalog.version, date: input.date, measures, summary: summarise(measures) };
}
