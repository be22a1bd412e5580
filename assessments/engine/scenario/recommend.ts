import { z } from 'zod';
import { TYPICAL_SCENARIOS } from '../typical-scenarios';
import { DIMENSION_NAMES, type DimensionId } from '../dimensions';
import { evaluate, type EvaluationContext } from '../policy/evaluate';
import type { PolicyFacts } from '../policy/facts';
import { roundWan } from '../policy/format';
import { listOf, phrase, PhraseSchema, type Phrase } from '../phrase';
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
 * Ranking on a 0–100 scale, four parts:
 * - gap (50): how much of the gap to the next tier it closes — the diagnosis' gap weights on the
 *   typical scenarios it lifts (a dimension-level gap counts half) normalised to the best scenario
 *   (25), typical scenarios it newly covers (10), a dimension the next tier needs (5), the AI
 *   share the next tier asks for (10);
 * - prerequisites (20): share of the typical scenarios it builds on that are already covered
 *   (half when it names none);
 * - effort (15): S 15, M 8, L 0;
 * - funding (15): what the enterprise can apply for now towards it, relative to the best scenario;
 *   5 when only measures awarded on merit, after prerequisites or without a figure could pay.
 * Ties go to the smaller effort, then catalog order.
 */
export const SCORE_WEIGHTS = { gap: 50, prerequisites: 20, effort: 15, funding: 15 } as const;
const GAP_PARTS = { weights: 25, coverage: 10, dimension: 5, ai: 10 } as const;
const EFFORT_SCORE: Record<EffortBand, number> = { S: 15, M: 8, L: 0 };
const FUNDING_POSSIBLE = 5;
const EFFORT_RANK: Record<EffortBand, number> = { S: 0, M: 1, L: 2 };

const DIMENSION_OF = new Map(TYPICAL_SCENARIOS.map((t) => [t.id, t.dimension]));
const TYPICAL_NAME = new Map(TYPICAL_SCENARIOS.map((t) => [t.id, { zh: t.zh, en: t.en }]));
const names = (ids: readonly string[]) => listOf(ids.map((id) => TYPICAL_NAME.get(id) ?? id));

export const RecommendationSchema = z.object({
  scenarioId: z.string(),
  name: z.string(),
  ai: z.boolean(),
  dimensions: z.array(z.string()),
  lifts: z.array(z.string()),
  score: z.number(),
  scoreParts: z.object({
    gap: z.number(),
    prerequisites: z.number(),
    effort: z.number(),
    funding: z.number(),
  }),
  /** why it ranks where it does, worded by presentation/phrase.ts */
  reasons: z.array(PhraseSchema),
  prerequisites: z.object({
    data: z.array(z.string()),
    equipment: z.array(z.string()),
    systems: z.array(z.string()),
  }),
  effort: EffortBandSchema,
  /** measures of the one evaluation (same figures as the subsidies list) that pay for what it buys */
  fundable: z.array(MeasureEvaluationSchema),
  /** what can be applied for now: the eligible ones among `fundable` */
  fundingEstimate: EstimateSchema,
  /** what the estimate is made of, for the formula the screens and the report compose in words */
  fundingParts: z.object({
    /** the eligible measures with an amount: measure name (as the catalog writes it) and estimate */
    terms: z.array(z.object({ measure: z.string(), estimate: EstimateSchema })),
    /** sum of the terms in 万元; null when no eligible measure states an amount */
    total: z.number().nullable(),
    /** fundable measures of any status */
    matched: z.number().int().min(0),
    /** eligible measures that state no amount */
    unspecified: z.number().int().min(0),
    /** competitive, after-prerequisites or needs-information measures */
    pending: z.number().int().min(0),
  }),
});
export type FundingParts = Recommendation['fundingParts'];
export type Recommendation = z.infer<typeof RecommendationSchema>;

export const RecommendationResultSchema = z.object({
  catalogVersion: z.string(),
  date: z.iso.date(),
  nextTier: z.string().optional(),
  recommendations: z.array(RecommendationSchema),
});
export type RecommendationResult = z.infer<typeof RecommendationResultSchema>;

/** What the ranking reads of a catalog scenario as sets; the catalog does not change while loaded. */
interface ScenarioSets {
  readonly dimensions: readonly DimensionId[];
  readonly lifts: ReadonlySet<string>;
  readonly spend: ReadonlySet<string>;
}
const SETS = new WeakMap<Scenario, ScenarioSets>();

function setsOf(s: Scenario): ScenarioSets {
  let sets = SETS.get(s);
  if (!sets) {
    const found = s.lifts.map((id) => DIMENSION_OF.get(id)).filter((d): d is DimensionId => d !== undefined);
    sets = { dimensions: [...new Set(found)], lifts: new Set(s.lifts), spend: new Set(s.spend) };
    SETS.set(s, sets);
  }
  return sets;
}

/** The facts as the ranking of every scenario reads them, indexed once per ranking. */
interface RankingFacts {
  readonly facts: PolicyFacts;
  readonly covered: ReadonlySet<string>;
  readonly uncovered: ReadonlySet<string>;
  /** typical scenarios named by gap items, in the order the gaps first name them */
  readonly gapScenarios: readonly string[];
  /** how many gap items name each of them */
  readonly gapItems: ReadonlyMap<string, number>;
}

function rankingFacts(facts: PolicyFacts): RankingFacts {
  const gapItems = new Map<string, number>();
  for (const g of facts.gaps)
    if (g.typicalScenarioId) gapItems.set(g.typicalScenarioId, (gapItems.get(g.typicalScenarioId) ?? 0) + 1);
  return {
    facts,
    covered: new Set(facts.coveredScenarioIds),
    uncovered: new Set(facts.uncoveredDimensions),
    gapScenarios: [...gapItems.keys()],
    gapItems,
  };
}

function rawGap(s: Scenario, facts: PolicyFacts): number {
  const { lifts, dimensions } = setsOf(s);
  // summed in the gaps' order, so the total is the same to the last bit on every run
  let sum = 0;
  for (const g of facts.gaps) {
    if (g.typicalScenarioId) {
      if (lifts.has(g.typicalScenarioId)) sum += g.weight;
    } else if (g.dimension && dimensions.includes(g.dimension)) sum += g.weight / 2;
  }
  return sum;
}

function gapPart(s: Scenario, rf: RankingFacts, gapRaw: number, maxGap: number, reasons: Phrase[]): number {
  const { lifts, dimensions } = setsOf(s);
  const weights = maxGap > 0 ? (GAP_PARTS.weights * gapRaw) / maxGap : 0;
  const ids: string[] = [];
  let gapItems = 0;
  for (const id of rf.gapScenarios) {
    if (!lifts.has(id)) continue;
    ids.push(id);
    gapItems += rf.gapItems.get(id)!;
  }
  if (gapItems > 0) reasons.push(phrase('dx.scen.gaps', { names: names(ids), n: gapItems }));
  const newlyCovered = s.lifts.filter((id) => !rf.covered.has(id));
  const coverage = (GAP_PARTS.coverage * Math.min(newlyCovered.length, 2)) / 2;
  if (newlyCovered.length > 0) reasons.push(phrase('dx.scen.newlyCovered', { names: names(newlyCovered) }));
  const openDims = dimensions.filter((d) => rf.uncovered.has(d));
  const dimension = openDims.length > 0 ? GAP_PARTS.dimension : 0;
  if (openDims.length > 0)
    reasons.push(
      phrase('dx.scen.dimensions', { dimensions: listOf(openDims.map((d) => DIMENSION_NAMES[d])) }),
    );
  const ai = rf.facts.aiShareShort && s.ai ? GAP_PARTS.ai : 0;
  if (ai > 0) reasons.push(phrase('dx.scen.ai'));
  return weights + coverage + dimension + ai;
}

function prerequisitesPart(s: Scenario, rf: RankingFacts, reasons: Phrase[]): number {
  if (s.buildsOn.length === 0) return SCORE_WEIGHTS.prerequisites / 2;
  const met = s.buildsOn.filter((id) => rf.covered.has(id));
  const lacking = s.buildsOn.filter((id) => !rf.covered.has(id));
  if (met.length > 0) reasons.push(phrase('dx.scen.met', { names: names(met) }));
  if (lacking.length > 0) reasons.push(phrase('dx.scen.lacking', { names: names(lacking) }));
  return (SCORE_WEIGHTS.prerequisites * met.length) / s.buildsOn.length;
}

const FUNDING_STATUSES = new Set(['eligible', 'competitive', 'after-prerequisites', 'needs-information']);

/** Measures of the evaluation that could pay for something: in one of those states, not superseded. */
const payingMeasures = (evaluation: EvaluationResult): MeasureEvaluation[] =>
  evaluation.measures.filter((m) => FUNDING_STATUSES.has(m.status) && !m.supersededBy);

/** The paying measures that pay for what the scenario buys. */
function fundableMeasures(s: Scenario, paying: readonly MeasureEvaluation[]): MeasureEvaluation[] {
  const { spend } = setsOf(s);
  return paying.filter((m) => m.funds.some((k) => spend.has(k)));
}

function fundingEstimate(measures: readonly MeasureEvaluation[]): {
  estimate: Estimate;
  parts: FundingParts;
} {
  const eligible = measures.filter((m) => m.status === 'eligible');
  const numeric = eligible.filter((m) => m.estimate.kind !== 'unspecified');
  const counts = {
    matched: measures.length,
    unspecified: eligible.length - numeric.length,
    pending: measures.length - eligible.length,
  };
  if (numeric.length === 0)
    return { estimate: { kind: 'unspecified' }, parts: { terms: [], total: null, ...counts } };
  const wan = (m: MeasureEvaluation) => (m.estimate.kind === 'unspecified' ? 0 : m.estimate.wan);
  const total = roundWan(numeric.reduce((sum, m) => sum + wan(m), 0));
  return {
    estimate: { kind: 'up-to', wan: total },
    parts: { terms: numeric.map((m) => ({ measure: m.name, estimate: m.estimate })), total, ...counts },
  };
}

function fundingPart(
  funding: { estimate: Estimate },
  fundable: readonly MeasureEvaluation[],
  maxFunding: number,
): number {
  const wan = funding.estimate.kind === 'unspecified' ? 0 : funding.estimate.wan;
  if (wan > 0 && maxFunding > 0) return (SCORE_WEIGHTS.funding * wan) / maxFunding;
  return fundable.length > 0 ? FUNDING_POSSIBLE : 0;
}

export function recommend(
  catalog: PolicyCatalog,
  scenarios: readonly Scenario[],
  input: EvaluationContext,
  /** the evaluation the subsidies list shows; computed here when not given */
  evaluation: EvaluationResult = evaluate(catalog, input),
): RecommendationResult {
  const rf = rankingFacts(input.facts);
  const gaps = new Map(scenarios.map((s) => [s, rawGap(s, input.facts)]));
  const maxGap = Math.max(0, ...gaps.values());
  const paying = payingMeasures(evaluation);
  const funded = scenarios.map((s) => {
    const fundable = fundableMeasures(s, paying);
    return { s, fundable, funding: fundingEstimate(fundable) };
  });
  const wanOf = (e: Estimate) => (e.kind === 'unspecified' ? 0 : e.wan);
  const maxFunding = Math.max(0, ...funded.map((f) => wanOf(f.funding.estimate)));
  const recommendations = funded.map(({ s, fundable, funding }): Recommendation => {
    const reasons: Phrase[] = [];
    const gap = gapPart(s, rf, gaps.get(s)!, maxGap, reasons);
    const prerequisites = prerequisitesPart(s, rf, reasons);
    const effort = EFFORT_SCORE[s.effort];
    const money = fundingPart(funding, fundable, maxFunding);
    if (wanOf(funding.estimate) > 0)
      reasons.push(
        phrase('dx.scen.funding', { wan: { wan: Math.round(wanOf(funding.estimate) * 100) / 100 } }),
      );
    const parts = {
      gap: roundWan(gap),
      prerequisites: roundWan(prerequisites),
      effort,
      funding: roundWan(money),
    };
    return {
      scenarioId: s.id,
      name: s.name,
      ai: s.ai,
      dimensions: [...setsOf(s).dimensions],
      lifts: [...s.lifts],
      score: roundWan(gap + prerequisites + effort + money),
      scoreParts: parts,
      reasons,
      prerequisites: s.prerequisites,
      effort: s.effort,
      fundable,
      fundingEstimate: funding.estimate,
      fundingParts: funding.parts,
    };
  });
  const order = new Map(scenarios.map((s, i) => [s.id, i]));
  recommendations.sort(
    (a, b) =>
      b.score - a.score ||
      EFFORT_RANK[a.effort] - EFFORT_RANK[b.effort] ||
      (order.get(a.scenarioId) ?? 0) - (order.get(b.scenarioId) ?? 0),
  );
  return {
    catalogVersion: catalog.version,
    date: input.date,
    ...(input.facts.nextTier ? { nextTier: input.facts.nextTier } : {}),
    recommendations,
  };
}
