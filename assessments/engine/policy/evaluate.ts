import { z } from 'zod';
import { EnterpriseProfileSchema, type EnterpriseProfile } from '../enterprise';
import { FundingInputsSchema, type FundingInputs } from '../funding';
import { estimateBenefit, policyCapOf, quotaOf, type BenefitOutcome } from './benefit';
import { coverageOf } from './coverage';
import { roundWan } from './format';
import { checkApplicants } from './applicants';
import { checkCondition, type ConditionContext } from './conditions';
import { resolveExclusivity } from './exclusivity';
import { PolicyFactsSchema, type PolicyFacts } from './facts';
import { phraseArg, phrase, textPhrase, uniquePhrases, type Phrase } from '../phrase';
import { checkRegion, type RegionOutcome } from './region';
import {
  APPLICANTS_CONDITION,
  MEASURE_STATUSES,
  REGION_CONDITION,
  SUBTOTAL_KINDS,
  SUBTOTAL_OF,
  type Estimate,
  type Subtotal,
  type SubtotalKind,
  type EvaluationResult,
  type FailedCondition,
  type MeasureEvaluation,
  type MeasureStatus,
  type MissingInfo,
} from './result';
import type { Measure, PolicyCatalog, PolicyDocument, RegionScope, Validity } from './schema';

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

function validityText(validity: Validity, date: string, status: MeasureStatus): Phrase {
  const from = { asWritten: validity.from };
  const on = { asWritten: date };
  // expired implies an end date
  return status === 'expired'
    ? phrase('validity.expired', { to: { asWritten: validity.to ?? '' }, from, date: on })
    : phrase('validity.notYet', { from, date: on });
}

/** What every measure of one evaluation asks alike, answered once for the evaluation. */
interface SharedChecks {
  /** the enterprise's place against a region scope (the catalog's documents share a handful) */
  readonly region: (scope: RegionScope) => RegionOutcome;
  readonly localImplementations: ConditionContext['localImplementations'];
}

function sharedChecks(catalog: PolicyCatalog, ctx: EvaluationContext): SharedChecks {
  const outcomes = new Map<RegionScope, RegionOutcome>();
  const region = (scope: RegionScope): RegionOutcome => {
    let outcome = outcomes.get(scope);
    if (!outcome) {
      outcome = checkRegion(ctx.profile.region, scope);
      outcomes.set(scope, outcome);
    }
    return outcome;
  };
  return { region, localImplementations: localImplementations(catalog, ctx, region) };
}

/** Names of catalog measures (in the enterprise's area, in force) that implement the given ids. */
function localImplementations(
  catalog: PolicyCatalog,
  ctx: EvaluationContext,
  region: SharedChecks['region'],
) {
  return (ids: readonly string[]): Phrase[] => {
    const names: Phrase[] = [];
    for (const doc of catalog.documents) {
      for (const m of doc.measures) {
        if (!ids.includes(m.id)) continue;
        const inArea = region(m.region ?? doc.region).kind !== 'fail';
        const inForce = validityStatus(m.validity ?? doc.validity, ctx.date) === undefined;
        if (!inArea || !inForce) continue;
        names.push(
          phrase('local.item', {
            name: { text: m.name },
            title: { title: doc.title },
            article: { text: m.article },
          }),
        );
      }
    }
    return names;
  };
}

interface Findings {
  readonly failed: FailedCondition[];
  readonly missing: MissingInfo[];
  readonly actions: Phrase[];
  readonly notes: Phrase[];
  readonly prerequisites: Phrase[];
  readonly competition: Phrase[];
}

/** Region, applicants and every condition of the measure (and of its document), in that order. */
function checkAll(
  doc: PolicyDocument,
  measure: Measure,
  ctx: EvaluationContext,
  conditionCtx: ConditionContext,
  shared: SharedChecks,
): Findings {
  const f: Findings = {
    failed: [],
    missing: [],
    actions: [],
    notes: measure.notes.map(textPhrase),
    prerequisites: [],
    competition: [],
  };
  const region = shared.region(measure.region ?? doc.region);
  if (region.kind === 'fail') f.failed.push({ condition: REGION_CONDITION, reason: region.reason });
  if (region.kind === 'missing') f.missing.push(region.missing);

  const applicants = checkApplicants(ctx.profile, measure.applicants);
  if (applicants.kind === 'fail')
    f.failed.push({ condition: APPLICANTS_CONDITION, reason: applicants.reason });
  if (applicants.kind === 'missing') f.missing.push(applicants.missing);

  const conditions = [
    ...(measure.skipDocumentConditions ? [] : doc.documentConditions),
    ...measure.conditions,
  ];
  for (const condition of conditions) {
    const outcome = checkCondition(condition, conditionCtx);
    if (outcome.kind === 'fail') f.failed.push({ condition: condition.label, reason: outcome.reason });
    if (outcome.kind === 'missing') f.missing.push(...outcome.missing);
    if (outcome.kind === 'pass') {
      f.actions.push(...(outcome.actions ?? []));
      f.notes.push(...(outcome.notes ?? []));
      f.prerequisites.push(...(outcome.prerequisites ?? []));
      f.competition.push(...(outcome.competition ?? []));
    }
  }
  const quota = quotaOf(measure.benefit);
  if (quota) f.competition.push(quota);
  return f;
}

/** Precedence: dates, then refusals, then unknown facts, then prerequisites, then selection. */
function statusOf(f: Findings, dateStatus: MeasureStatus | undefined): MeasureStatus {
  if (dateStatus) return dateStatus;
  if (f.failed.length > 0) return 'not-eligible';
  if (f.missing.length > 0) return 'needs-information';
  if (f.prerequisites.length > 0) return 'after-prerequisites';
  if (f.competition.length > 0) return 'competitive';
  return 'eligible';
}

/**
 * What the row shows as a figure: an estimate only where the enterprise may count on it; for a
 * measure awarded on merit the ceiling it competes for; for one it cannot get, the policy's cap.
 */
function shownEstimate(
  status: MeasureStatus,
  benefit: BenefitOutcome,
  measure: Measure,
): { estimate: Estimate; formula: Phrase } {
  if (status === 'not-eligible' || status === 'expired' || status === 'not-yet-valid') {
    const cap = policyCapOf(measure.benefit);
    const formula = cap ? phrase('shown.policyCap', { cap: phraseArg(cap.text) }) : benefit.formula;
    return { estimate: cap ? { kind: 'policy-cap', wan: cap.wan } : { kind: 'unspecified' }, formula };
  }
  if (status === 'competitive' && benefit.estimate.kind !== 'unspecified') {
    return {
      estimate: { kind: 'policy-cap', wan: benefit.estimate.wan },
      formula: phrase('shown.competitive', { formula: phraseArg(benefit.formula) }),
    };
  }
  return { estimate: benefit.estimate, formula: benefit.formula };
}

function evaluateMeasure(
  doc: PolicyDocument,
  measure: Measure,
  ctx: EvaluationContext,
  shared: SharedChecks,
): MeasureEvaluation {
  const validity = measure.validity ?? doc.validity;
  const conditionCtx: ConditionContext = {
    profile: ctx.profile,
    funding: ctx.funding,
    facts: ctx.facts,
    validity,
    localImplementations: shared.localImplementations,
  };
  const f = checkAll(doc, measure, ctx, conditionCtx, shared);

  const benefit = estimateBenefit(measure.benefit, {
    funding: ctx.funding,
    validity,
    capsAreCeilings: doc.capsAreCeilings !== undefined,
  });
  f.failed.push(...benefit.failed);
  f.missing.push(...benefit.missing);
  if (doc.exclusivityRule) f.notes.push(phrase('note.exclusivity'));
  if (doc.capsAreCeilings) f.notes.push(phrase('note.capsAreCeilings'));

  const dateStatus = validityStatus(validity, ctx.date);
  if (dateStatus) f.notes.unshift(validityText(validity, ctx.date, dateStatus));
  const status = statusOf(f, dateStatus);
  const shown = shownEstimate(status, benefit, measure);

  return {
    measureId: measure.id,
    name: measure.name,
    instrument: measure.instrument,
    status,
    failed: f.failed,
    missing: dedupeMissing(f.missing),
    actions: uniquePhrases(f.actions),
    prerequisites: uniquePhrases(f.prerequisites),
    competition: uniquePhrases(f.competition),
    funds: [...measure.funds],
    estimate: shown.estimate,
    formula: shown.formula,
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
    notes: uniquePhrases(f.notes),
  };
}

function dedupeMissing(items: MissingInfo[]): MissingInfo[] {
  const seen = new Set<string>();
  return items.filter((m) => (seen.has(m.field) ? false : (seen.add(m.field), true)));
}

function summarise(measures: readonly MeasureEvaluation[]): EvaluationResult['summary'] {
  const counts = Object.fromEntries(MEASURE_STATUSES.map((s) => [s, 0])) as Record<MeasureStatus, number>;
  const subtotals = Object.fromEntries(
    SUBTOTAL_KINDS.map((k) => [k, { count: 0, wan: 0, unspecifiedCount: 0 }]),
  ) as Record<SubtotalKind, Subtotal>;
  for (const m of measures) {
    counts[m.status] += 1;
    const kind = SUBTOTAL_OF[m.status];
    if (!kind || m.supersededBy) continue;
    const sub = subtotals[kind];
    sub.count += 1;
    if (m.estimate.kind === 'unspecified') sub.unspecifiedCount += 1;
    else sub.wan = roundWan(sub.wan + m.estimate.wan);
  }
  return {
    counts,
    totalUpToWan: subtotals.entitled.wan,
    unspecifiedCount: subtotals.entitled.unspecifiedCount,
    subtotals,
  };
}

/** Evaluates every measure of the catalog for one enterprise on one day. Pure. */
export function evaluate(catalog: PolicyCatalog, input: EvaluationContext): EvaluationResult {
  const shared = sharedChecks(catalog, input);
  const evaluated = catalog.documents.flatMap((doc) =>
    doc.measures.map((m) => evaluateMeasure(doc, m, input, shared)),
  );
  const measures = resolveExclusivity(evaluated);
  return {
    catalogVersion: catalog.version,
    date: input.date,
    measures,
    summary: summarise(measures),
    coverage: coverageOf(catalog, input.funding, measures),
  };
}
