import { z } from 'zod';
import { TYPICAL_SCENARIOS, type DimensionId } from '../typical-scenarios';
import { evaluate, type EvaluationContext } from '../policy/evaluate';
import { fmtWan, roundWan } from '../policy/format';
import {
  EstimateSchema,
  MeasureEvaluationSchema,
  type Estimate,
  type EvaluationResult,
  type MeasureEvaluation,
} from '../policy/result';
import type { PolicyCatalog } from '../policy/schema';
import { EffortBandSchema, type EffortBand, type Scenario } from './schema';

/**
 * Ranking: how much a scenario closes the gap to the next tier, on a 0–100 scale.
 * - gap (60): the diagnosis' gap weights on the typical scenarios it lifts (a dimension-level
 *   gap counts half), normalised to the best scenario;
 * - coverage (15): typical scenarios not yet covered that it would cover (2 or more = full);
 * - dimension (15): it lifts a dimension the next tier needs and that is uncovered;
 * - ai (10): it is an AI scenario and the next tier's AI share is not reached.
 * Ties go to the larger funding estimate, then the smaller effort.
 */
export const SCORE_WEIGHTS = { gap: 60, coverage: 15, dimension: 15, ai: 10 } as const;

const DIMENSION_OF = new Map(TYPICAL_SCENARIOS.map((t) => [t.id, t.dimension]));

export const RecommendationSchema = z.object({
  scenarioId: z.string(),
  name: z.string(),
  ai: z.boolean(),
  dimensions: z.array(z.string()),
  lifts: z.array(z.string()),
  score: z.number(),
  scoreParts: z.object({ gap: z.number(), coverage: z.number(), dimension: z.number(), ai: z.number() }),
  /** why it ranks where it does, in Chinese */
  reasons: z.array(z.string()),
  prerequisites: z.object({
    data: z.array(z.string()),
    equipment: z.array(z.string()),
    systems: z.array(z.string()),
  }),
  effort: EffortBandSchema,
  fundable: z.array(MeasureEvaluationSchema),
  fundingEstimate: EstimateSchema,
  fundingFormula: z.string(),
});
export type Recommendation = z.infer<typeof RecommendationSchema>;

export const RecommendationResultSchema = z.object({
  catalogVersion: z.string(),
  date: z.iso.date(),
  nextTier: z.string().optional(),
  recommendations: z.array(RecommendationSchema),
});
export type RecommendationResult = z.infer<typeof RecommendationResultSchema>;

function dimensionsOf(s: Scenario): DimensionId[] {
  return [
    ...new Set(s.lifts.map((id) => DIMENSION_OF.get(id)).filter((d): d is DimensionId => d !== undefined)),
  ];
}

function rawGap(s: Scenario, facts: EvaluationContext['facts']): number {
  const dims = dimensionsOf(s);
  return facts.gaps.reduce((sum, g) => {
    if (g.typicalScenarioId) return s.lifts.includes(g.typicalScenarioId) ? sum + g.weight : sum;
    return g.dimension && dims.includes(g.dimension) ? sum + g.weight / 2 : sum;
  }, 0);
}

function scoreScenario(s: Scenario, facts: EvaluationContext['facts'], maxGap: number) {
  const reasons: string[] = [];
  const gapRaw = rawGap(s, facts);
  const gap = maxGap > 0 ? (SCORE_WEIGHTS.gap * gapRaw) / maxGap : 0;
  if (gapRaw > 0) reasons.push(`对应诊断差距项，权重合计 ${roundWan(gapRaw)}`);
  const newlyCovered = s.lifts.filter((id) => !facts.coveredScenarioIds.includes(id));
  const coverage = (SCORE_WEIGHTS.coverage * Math.min(newlyCovered.length, 2)) / 2;
  if (newlyCovered.length > 0) reasons.push(`新覆盖典型场景 ${newlyCovered.join('、')}`);
  const openDims = dimensionsOf(s).filter((d) => facts.uncoveredDimensions.includes(d));
  const dimension = openDims.length > 0 ? SCORE_WEIGHTS.dimension : 0;
  if (openDims.length > 0) reasons.push(`补齐下一等级要求的环节：${openDims.join('、')}`);
  const shortOfAi = facts.aiShareShort && s.ai;
  const ai = shortOfAi ? SCORE_WEIGHTS.ai : 0;
  if (shortOfAi) reasons.push('提高AI场景占比（下一等级的要求尚未达到）');
  const parts = { gap: roundWan(gap), coverage, dimension, ai };
  return { score: roundWan(gap + coverage + dimension + ai), parts, reasons };
}

/** Measures that pay for what the scenario buys, evaluated on the spending tagged to it. */
function fundableMeasures(
  s: Scenario,
  evaluationFor: (s: Scenario) => EvaluationResult,
  fundsById: Map<string, readonly string[]>,
): MeasureEvaluation[] {
  return evaluationFor(s).measures.filter(
    (m) =>
      (m.status === 'eligible' || m.status === 'needs-information') &&
      (fundsById.get(m.measureId) ?? []).some((k) => (s.spend as readonly string[]).includes(k)),
  );
}

/** Scenarios without tagged spending share one evaluation (with no investments). */
function evaluations(catalog: PolicyCatalog, input: EvaluationContext): (s: Scenario) => EvaluationResult {
  const withSpending = (investments: EvaluationContext['funding']['investments']) =>
    evaluate(catalog, { ...input, funding: { ...input.funding, investments } });
  let untagged: EvaluationResult | undefined;
  return (s) => {
    const tagged = input.funding.investments.filter((i) => i.scenarioId === s.id);
    if (tagged.length > 0) return withSpending(tagged);
    untagged ??= withSpending([]);
    return untagged;
  };
}

function fundingEstimate(measures: readonly MeasureEvaluation[]): { estimate: Estimate; formula: string } {
  const counted = measures.filter((m) => !m.supersededBy);
  const numeric = counted.filter((m) => m.estimate.kind !== 'unspecified');
  if (numeric.length === 0) {
    const text = counted.length > 0 ? `${counted.length}项支持金额未规定` : '暂无可匹配的资金支持';
    return { estimate: { kind: 'unspecified' }, formula: text };
  }
  const total = roundWan(
    numeric.reduce((sum, m) => sum + (m.estimate.kind === 'unspecified' ? 0 : m.estimate.wan), 0),
  );
  const terms = numeric.map(
    (m) =>
      `${m.name} ${m.estimate.kind === 'amount' ? '' : '最高'}${fmtWan(m.estimate.kind === 'unspecified' ? 0 : m.estimate.wan)}`,
  );
  const rest = counted.length - numeric.length;
  const tail = rest > 0 ? `；另有${rest}项金额未规定` : '';
  return {
    estimate: { kind: 'up-to', wan: total },
    formula: `${terms.join(' + ')} = 最高${fmtWan(total)}${tail}`,
  };
}

const EFFORT_RANK: Record<EffortBand, number> = { S: 0, M: 1, L: 2 };

export function recommend(
  catalog: PolicyCatalog,
  scenarios: readonly Scenario[],
  input: EvaluationContext,
): RecommendationResult {
  const fundsById = new Map(
    catalog.documents.flatMap((d) => d.measures.map((m) => [m.id, m.funds] as const)),
  );
  const maxGap = Math.max(0, ...scenarios.map((s) => rawGap(s, input.facts)));
  const evaluationFor = evaluations(catalog, input);
  const recommendations = scenarios.map((s): Recommendation => {
    const { score, parts, reasons } = scoreScenario(s, input.facts, maxGap);
    const fundable = fundableMeasures(s, evaluationFor, fundsById);
    const funding = fundingEstimate(fundable);
    return {
      scenarioId: s.id,
      name: s.name,
      ai: s.ai,
      dimensions: dimensionsOf(s),
      lifts: [...s.lifts],
      score,
      scoreParts: parts,
      reasons,
      prerequisites: s.prerequisites,
      effort: s.effort,
      fundable,
      fundingEstimate: funding.estimate,
      fundingFormula: funding.formula,
    };
  });
  const value = (r: Recommendation) =>
    r.fundingEstimate.kind === 'unspecified' ? -1 : r.fundingEstimate.wan;
  recommendations.sort(
    (a, b) => b.score - a.score || value(b) - value(a) || EFFORT_RANK[a.effort] - EFFORT_RANK[b.effort],
  );
  return {
    catalogVersion: catalog.version,
    date: input.date,
    ...(input.facts.nextTier ? { nextTier: input.facts.nextTier } : {}),
    recommendations,
  };
}
