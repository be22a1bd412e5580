import type { Coverage, GateStatus, TierStatus } from '../diagnosis/schema';
import type { CompiledPack, Questionnaire } from '../model/questionnaire';
import type { Gate, LevelItem, OwnedItem, TiersScoring } from '../model/schema';
import { TYPICAL_SCENARIOS } from '../typical-scenarios';
import { DIMENSION_NAMES, DIMENSIONS, type DimensionId } from '../dimensions';
import { listOf, phrase, type Phrase } from '../phrase';
import { benchmarkGate } from './benchmark-gate';
import { conditionItems, evalCondition } from './condition';
import type { EvalContext } from './context';
import type { PackRollup } from './pack';

/** What a tiers pack's gates may read from the companion packs. */
export interface CompanionFacts {
  /** estimated rank per pack id (CMMM level, SME level) */
  readonly rankOf: (packId: string) => number | undefined;
}

export interface GateEval {
  readonly gate: Gate;
  readonly status: GateStatus;
  readonly detail: Phrase;
  readonly itemIds: readonly string[];
  readonly itemDriven: boolean;
  /** 0 when the gate holds; otherwise how far off it is, for the lift search */
  readonly deficit: number;
}

export interface TierEval {
  readonly coverage: Coverage;
  readonly gates: readonly GateEval[];
  readonly tiers: ReadonlyArray<{ code: string; rank: number; status: TierStatus; gateIds: string[] }>;
  readonly rank: number;
  readonly pending: boolean;
}

const SCENARIO_DIMENSION = new Map(TYPICAL_SCENARIOS.map((s) => [s.id, s.dimension]));

function scenarioItem(item: OwnedItem | undefined): (OwnedItem & { type: 'level' }) | undefined {
  return item?.type === 'level' && item.scenario ? item : undefined;
}

interface ScenarioEntry {
  readonly index: number;
  readonly item: OwnedItem & { type: 'level' };
  readonly scenario: string;
  readonly dimension: DimensionId;
}

const scenarioCache = new WeakMap<CompiledPack, readonly ScenarioEntry[]>();

/** The pack's scenario items with their dimension, computed once per compiled pack. */
export function scenarioEntries(q: Questionnaire, cp: CompiledPack): readonly ScenarioEntry[] {
  let list = scenarioCache.get(cp);
  if (!list) {
    list = cp.entries.flatMap((entry, index) => {
      const item = scenarioItem(q.items.get(entry.itemId));
      const dimension = item?.scenario ? SCENARIO_DIMENSION.get(item.scenario) : undefined;
      return item?.scenario && dimension ? [{ index, item, scenario: item.scenario, dimension }] : [];
    });
    scenarioCache.set(cp, list);
  }
  return list;
}

export function evalCoverage(
  ctx: EvalContext,
  cp: CompiledPack,
  roll: PackRollup,
  scoring: TiersScoring,
): Coverage & { unanswered: DimensionId[]; aiInferred: number } {
  const scenarios: Coverage['scenarios'] = [];
  const unanswered = new Set<DimensionId>();
  let aiInferred = 0;
  for (const { index, item, scenario, dimension } of scenarioEntries(ctx.q, cp)) {
    const e = roll.entries[index]!;
    if (!e.relevant) continue;
    if (!e.ev.answered) unanswered.add(dimension);
    const level = e.ev.level;
    const covered = level !== null && level >= scoring.coveredAtLevel;
    const { ai, inferred } = aiReading(item, level, covered, scoring.aiAtLevel);
    if (inferred) aiInferred++;
    scenarios.push({ itemId: item.id, scenarioId: scenario, dimension, level, covered, ai });
  }
  const coveredDims = new Set(scenarios.filter((s) => s.covered).map((s) => s.dimension));
  const coveredCount = scenarios.filter((s) => s.covered).length;
  const aiCount = scenarios.filter((s) => s.ai).length;
  return {
    scenarios,
    dimensionsCovered: DIMENSIONS.filter((d) => coveredDims.has(d)),
    coveredCount,
    aiCount,
    aiShare: coveredCount > 0 ? aiCount / coveredCount : null,
    unanswered: [...unanswered],
    aiInferred,
  };
}

/**
 * Whether a covered scenario applies AI: declared by the item (usesAi) or by a level descriptor
 * up to the level answered (ai: true); failing any declaration, the tool's own reading that a
 * scenario at aiAtLevel or above applies AI — an inference a reviewer must verify.
 */
function aiReading(
  item: LevelItem,
  level: number | null,
  covered: boolean,
  aiAtLevel: number,
): { ai: boolean; inferred: boolean } {
  if (!covered) return { ai: false, inferred: false };
  if (item.usesAi === true) return { ai: true, inferred: false };
  if (item.levels.some((d) => d.ai !== undefined)) {
    return { ai: item.levels.some((d) => d.ai === true && d.level <= (level ?? 0)), inferred: false };
  }
  const ai = (level ?? 0) >= aiAtLevel;
  return { ai, inferred: ai };
}

/** A rule that holds passes plainly only when confirmed; otherwise it needs verification. */
function holds(gate: Gate): GateStatus {
  return gate.confidence === 'confirmed' ? 'pass' : 'needs-verification';
}

function pct(x: number): string {
  return `${Math.round(x * 1000) / 10}%`;
}

interface GateInputs {
  readonly ctx: EvalContext;
  readonly coverage: ReturnType<typeof evalCoverage>;
  readonly companions: CompanionFacts;
  readonly previousTier: TierStatus | undefined;
  readonly scenarioItemIds: readonly string[];
  readonly coveredAtLevel: number;
  readonly aiAtLevel: number;
}

type Outcome = Omit<GateEval, 'gate'>;

function conditionGate(gate: Extract<Gate, { type: 'condition' }>, inp: GateInputs): Outcome {
  const v = evalCondition(gate.condition, inp.ctx);
  const itemIds = [...new Set(conditionItems(gate.condition))];
  const itemDriven = itemIds.some((id) => !inp.ctx.q.items.get(id)?.prerequisite);
  if (v === true)
    return { status: holds(gate), detail: phrase('dx.gate.conditionMet'), itemIds, itemDriven, deficit: 0 };
  if (v === false)
    return { status: 'fail', detail: phrase('dx.gate.conditionUnmet'), itemIds, itemDriven, deficit: 1 };
  return { status: 'unknown', detail: phrase('dx.gate.conditionUnknown'), itemIds, itemDriven, deficit: 1 };
}

export function requiredCmmm(gate: Extract<Gate, { type: 'cmmm-level' }>, city: string | undefined) {
  const variant = city ? gate.regionVariants.find((v) => v.cities.includes(city)) : undefined;
  return variant
    ? {
        min: variant.min,
        confidence: variant.confidence,
        edition: variant.edition,
        citation: variant.citation,
      }
    : { min: gate.min, confidence: gate.confidence, edition: gate.edition, citation: gate.citation };
}

function cmmmGate(gate: Extract<Gate, { type: 'cmmm-level' }>, inp: GateInputs): Outcome {
  const rule = requiredCmmm(gate, inp.ctx.profile?.region?.city);
  const pass: GateStatus = rule.confidence === 'confirmed' ? 'pass' : 'needs-verification';
  const official = gate.officialItem ? inp.ctx.answers[gate.officialItem] : undefined;
  const itemIds = gate.officialItem ? [gate.officialItem] : [];
  if (official?.kind === 'level' && official.level > 0) {
    const ok = official.level >= rule.min;
    const detail = phrase('dx.gate.cmmmHeld', { level: official.level, min: rule.min });
    return {
      status: ok ? pass : 'fail',
      detail,
      itemIds,
      itemDriven: false,
      deficit: ok ? 0 : rule.min - official.level,
    };
  }
  const estimate = gate.estimateFrom ? inp.companions.rankOf(gate.estimateFrom) : undefined;
  if (estimate === undefined) {
    return {
      status: 'unknown',
      detail: phrase('dx.gate.cmmmMissing', { min: rule.min }),
      itemIds,
      itemDriven: false,
      deficit: 1,
    };
  }
  const ok = estimate >= rule.min;
  const detail = phrase('dx.gate.cmmmEstimate', { level: estimate, min: rule.min });
  return {
    status: ok ? 'needs-verification' : 'fail',
    detail,
    itemIds,
    itemDriven: true,
    deficit: ok ? 0 : rule.min - estimate,
  };
}

function coverageGate(gate: Extract<Gate, { type: 'coverage' }>, inp: GateInputs): Outcome {
  const missing = gate.dimensions.filter((d) => !inp.coverage.dimensionsCovered.includes(d));
  const itemIds = [...inp.scenarioItemIds];
  if (missing.length === 0)
    return {
      status: holds(gate),
      detail: phrase('dx.gate.coverageMet'),
      itemIds,
      itemDriven: true,
      deficit: 0,
    };
  const open = missing.some((d) => inp.coverage.unanswered.includes(d));
  return {
    status: open ? 'unknown' : 'fail',
    detail: phrase('dx.gate.coverageMissing', { dimensions: listOf(missing.map((d) => DIMENSION_NAMES[d])) }),
    itemIds,
    itemDriven: true,
    deficit: missing.length,
  };
}

function aiShareGate(gate: Extract<Gate, { type: 'ai-share' }>, inp: GateInputs): Outcome {
  const { aiShare, aiCount, coveredCount, unanswered, aiInferred } = inp.coverage;
  const itemIds = [...inp.scenarioItemIds];
  const detail = phrase('dx.gate.aiShare', {
    ai: aiCount,
    covered: coveredCount,
    coveredAt: inp.coveredAtLevel,
    share: aiShare === null ? '' : phrase('dx.gate.aiShareValue', { share: pct(aiShare) }),
    min: pct(gate.min),
    inferred: aiInferred > 0 ? phrase('dx.gate.aiInferred', { n: aiInferred, level: inp.aiAtLevel }) : '',
  });
  if (aiShare !== null && aiShare + 1e-9 >= gate.min) {
    const status = aiInferred > 0 ? 'needs-verification' : holds(gate);
    return { status, detail, itemIds, itemDriven: true, deficit: 0 };
  }
  const deficit = gate.min - (aiShare ?? 0) + 1e-6;
  return { status: unanswered.length > 0 ? 'unknown' : 'fail', detail, itemIds, itemDriven: true, deficit };
}

function previousTierGate(
  gate: Extract<Gate, { type: 'previous-tier' }>,
  rank: number,
  inp: GateInputs,
): Outcome {
  const held = inp.ctx.answers[gate.heldItem];
  const itemIds = [gate.heldItem];
  if (held?.kind === 'level' && held.level >= rank - 1) {
    return {
      status: holds(gate),
      detail: phrase('dx.gate.previousHeld'),
      itemIds,
      itemDriven: false,
      deficit: 0,
    };
  }
  const prev = inp.previousTier;
  if (prev === 'meets' || prev === 'meets-pending-verification') {
    return {
      status: 'needs-verification',
      detail: phrase('dx.gate.previousEstimated'),
      itemIds,
      itemDriven: false,
      deficit: 0,
    };
  }
  if (prev === 'unknown')
    return {
      status: 'unknown',
      detail: phrase('dx.gate.previousUnknown'),
      itemIds,
      itemDriven: false,
      deficit: 1,
    };
  return { status: 'fail', detail: phrase('dx.gate.previousFail'), itemIds, itemDriven: false, deficit: 1 };
}

function evalGate(gate: Gate, rank: number, inp: GateInputs): GateEval {
  switch (gate.type) {
    case 'condition':
      return { gate, ...conditionGate(gate, inp) };
    case 'cmmm-level':
      return { gate, ...cmmmGate(gate, inp) };
    case 'coverage':
      return { gate, ...coverageGate(gate, inp) };
    case 'ai-share':
      return { gate, ...aiShareGate(gate, inp) };
    case 'previous-tier':
      return { gate, ...previousTierGate(gate, rank, inp) };
    case 'benchmark':
      return { gate, ...benchmarkGate(gate, inp.ctx, holds(gate)) };
  }
}

export function tierStatus(statuses: readonly GateStatus[]): TierStatus {
  if (statuses.includes('fail')) return 'not-met';
  if (statuses.includes('unknown')) return 'unknown';
  return statuses.includes('needs-verification') ? 'meets-pending-verification' : 'meets';
}

export function evalTiers(
  ctx: EvalContext,
  cp: CompiledPack,
  roll: PackRollup,
  scoring: TiersScoring,
  companions: CompanionFacts,
): TierEval {
  const coverage = evalCoverage(ctx, cp, roll, scoring);
  const scenarioItemIds = coverage.scenarios.map((s) => s.itemId);
  const gates: GateEval[] = [];
  const tiers: TierEval['tiers'][number][] = [];
  let previousTier: TierStatus | undefined;
  for (const tier of [...scoring.tiers].sort((a, b) => a.rank - b.rank)) {
    const mine = scoring.gates
      .filter((g) => g.tier === tier.code)
      .map((g) =>
        evalGate(g, tier.rank, {
          ctx,
          coverage,
          companions,
          previousTier,
          scenarioItemIds,
          coveredAtLevel: scoring.coveredAtLevel,
          aiAtLevel: scoring.aiAtLevel,
        }),
      );
    gates.push(...mine);
    previousTier = tierStatus(mine.map((g) => g.status));
    tiers.push({
      code: tier.code,
      rank: tier.rank,
      status: previousTier,
      gateIds: mine.map((g) => g.gate.id),
    });
  }
  let rank = 0;
  let pending = false;
  for (const t of tiers) {
    if (t.status !== 'meets' && t.status !== 'meets-pending-verification') break;
    rank = t.rank;
    pending ||= t.status === 'meets-pending-verification';
  }
  return { coverage, gates, tiers, rank, pending };
}
