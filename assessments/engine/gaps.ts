import type { Gap, ImpactWeights, Label, Preset } from './diagnosis/schema';
import type { Entry } from './model/questionnaire';
import type { CostTag, KpiTag } from './model/schema';
import type { PackEval, Evaluation } from './scoring/evaluate';
import { entryOf, type EntryEval } from './scoring/pack';
import type { GateEval } from './scoring/tiers';
import { requiredCmmm } from './scoring/tiers';
import { DIMENSION_NAMES } from './dimensions';
import { listOf, phrase, samePhrase, type Phrase } from './phrase';

/**
 * Gap to the next tier/level, ranked SIRI-prioritisation style: each gap gets a normalised distance
 * to its target, a relevance to the enterprise's cost categories and one to its KPIs; the preset the
 * consultant picks weighs the three (SIRI Prioritisation Matrix whitepaper, Fig. 12, as quoted by third-party implementations).
 */
export const PRESET_WEIGHTS: Record<Preset, ImpactWeights> = {
  strategic: { cost: 0.3, kpi: 0.4, proximity: 0.3 },
  tactical: { cost: 0.45, kpi: 0.3, proximity: 0.25 },
  operational: { cost: 0.6, kpi: 0.2, proximity: 0.2 },
};

/** The order String#localeCompare gives, without building a collator on every comparison. */
const ID_ORDER = new Intl.Collator();

/** What the enterprise cares about most; empty = every tag counts the same. */
export interface Focus {
  readonly costs?: readonly CostTag[];
  readonly kpis?: readonly KpiTag[];
}

/** A gap before ranking. */
export interface RawGap {
  readonly id: string;
  readonly kind: Gap['kind'];
  readonly label: Label;
  readonly itemId?: string;
  readonly gateId?: string;
  readonly dimension?: Gap['dimension'];
  readonly reason: Phrase;
  readonly current: number | null;
  readonly target: number | null;
  readonly effort: number;
  readonly costs: readonly CostTag[];
  readonly kpis: readonly KpiTag[];
  readonly distance: number;
}

function findEntry(ev: Evaluation, itemId: string, prefer?: string): EntryEval | undefined {
  const pref = prefer ? ev.byId.get(prefer) : undefined;
  const preferred = pref ? entryOf(pref.cp, pref.roll, itemId) : undefined;
  if (preferred?.relevant) return preferred;
  for (const p of ev.packs) {
    const e = entryOf(p.cp, p.roll, itemId);
    if (e?.relevant) return e;
  }
  return undefined;
}

/**
 * The gap of an item below `target`, or none. The reason is composed only for a gap: most entries
 * of a pack have none, and this runs over every entry of every pack.
 */
function itemGap(ev: Evaluation, e: EntryEval, target: number, reason: () => Phrase): RawGap | undefined {
  const current = e.ev.na ? null : (e.ev.fraction ?? 0);
  if (e.ev.na || current === null || current + 1e-9 >= target) return undefined;
  const item = ev.ctx.q.items.get(e.entry.itemId)!;
  // facts are prerequisites, listed apart; a plan never proposes changing them
  if (item.prerequisite) return undefined;
  return fromEntry(e.entry, {
    id: `item:${item.id}`,
    kind: 'item',
    label: item.label,
    itemId: item.id,
    reason: reason(),
    current,
    target,
  });
}

function fromEntry(entry: Entry, g: Omit<RawGap, 'effort' | 'costs' | 'kpis' | 'distance'>): RawGap {
  return {
    ...g,
    effort: entry.effort,
    costs: entry.costs,
    kpis: entry.kpis,
    distance: (g.target ?? 1) - (g.current ?? 0),
  };
}

function gateGap(g: GateEval): RawGap {
  return {
    id: `gate:${g.gate.id}`,
    kind: 'gate',
    label: g.gate.label,
    gateId: g.gate.id,
    reason: g.detail,
    current: null,
    target: null,
    effort: 2,
    costs: [],
    kpis: [],
    distance: g.status === 'fail' ? 1 : 0.5,
  };
}

/** Gaps a tiers pack's next tier implies, gate by gate. */
function tierGaps(ev: Evaluation, pe: PackEval, targetRank: number): RawGap[] {
  const scoring = pe.cp.pack.scoring;
  if (scoring.kind !== 'tiers' || !pe.tiers) return [];
  const tier = scoring.tiers.find((t) => t.rank === targetRank);
  if (!tier) return [];
  const out: RawGap[] = [];
  const scenarioLevels = (itemId: string) => {
    const item = ev.ctx.q.items.get(itemId);
    return item?.type === 'level' ? item.levels.length : 1;
  };
  for (const g of pe.tiers.gates.filter(
    (x) => x.gate.tier === tier.code && (x.status === 'fail' || x.status === 'unknown'),
  )) {
    out.push(gateGap(g));
    const why = phrase('dx.gap.tierGate', { tier: tier.label, gate: g.gate.label });
    switch (g.gate.type) {
      case 'condition':
        for (const id of g.itemIds) {
          const e = findEntry(ev, id, pe.cp.pack.id);
          const gap = e && itemGap(ev, e, 1, () => why);
          if (gap) out.push(gap);
        }
        break;
      case 'coverage': {
        const missing = g.gate.dimensions.filter((d) => !pe.tiers!.coverage.dimensionsCovered.includes(d));
        for (const d of missing) {
          out.push({
            id: `dimension:${d}`,
            kind: 'dimension',
            label: DIMENSION_NAMES[d],
            dimension: d,
            reason: phrase('dx.gap.dimensionUnbuilt', { why, dimension: DIMENSION_NAMES[d] }),
            current: 0,
            target: 1,
            effort: 2,
            costs: [],
            kpis: [],
            distance: 1,
          });
          for (const s of pe.tiers.coverage.scenarios.filter((x) => x.dimension === d && !x.covered)) {
            const e = findEntry(ev, s.itemId, pe.cp.pack.id);
            const gap =
              e &&
              itemGap(ev, e, scoring.coveredAtLevel / scenarioLevels(s.itemId), () =>
                phrase('dx.gap.coverDimension', { why, dimension: DIMENSION_NAMES[d] }),
              );
            if (gap) out.push(gap);
          }
        }
        break;
      }
      case 'ai-share':
        for (const s of pe.tiers.coverage.scenarios.filter((x) => !x.ai)) {
          const item = ev.ctx.q.items.get(s.itemId);
          const usesAi = item?.type === 'level' && item.usesAi === true;
          const targetLevel = usesAi ? scoring.coveredAtLevel : scoring.aiAtLevel;
          const e = findEntry(ev, s.itemId, pe.cp.pack.id);
          const gap =
            e &&
            itemGap(ev, e, targetLevel / scenarioLevels(s.itemId), () =>
              phrase(usesAi ? 'dx.gap.aiBuild' : 'dx.gap.aiAdopt', { why }),
            );
          if (gap) out.push(gap);
        }
        break;
      case 'cmmm-level': {
        if (!g.itemDriven || !g.gate.estimateFrom) break;
        const cmmm = ev.byId.get(g.gate.estimateFrom);
        const min = requiredCmmm(g.gate, ev.ctx.profile?.region?.city).min;
        if (cmmm) out.push(...cmmmGaps(ev, cmmm, min, phrase('dx.gap.cmmmGate', { why, level: min })));
        break;
      }
      case 'previous-tier':
      case 'benchmark':
        break;
    }
  }
  return out;
}

function cmmmGaps(ev: Evaluation, pe: PackEval, target: number, why: Phrase): RawGap[] {
  const out: RawGap[] = [];
  for (const e of pe.roll.entries) {
    if (!e.relevant || e.entry.level === undefined || e.entry.level > target) continue;
    const level = e.entry.level;
    const gap = itemGap(ev, e, 1, () => phrase('dx.gap.cmmmLevel', { why, level }));
    if (gap) out.push(gap);
  }
  return out;
}

function smeGaps(ev: Evaluation, pe: PackEval, target: number): RawGap[] {
  const scoring = pe.cp.pack.scoring;
  if (scoring.kind !== 'sme-digital') return [];
  const rule = scoring.rule.find((r) => r.level === target);
  const out: RawGap[] = [];
  for (const e of pe.roll.entries) {
    if (!e.relevant) continue;
    if (e.ev.maxPoints !== null) {
      const gap = itemGap(ev, e, 1, () =>
        phrase('dx.gap.smePoints', {
          level: target,
          points: Math.round(((e.ev.maxPoints ?? 0) - (e.ev.points ?? 0)) * 100) / 100,
        }),
      );
      if (gap) out.push(gap);
    } else if (rule?.minScenes !== undefined && e.ev.maxPoints === null) {
      const item = ev.ctx.q.items.get(e.entry.itemId);
      if (item?.type !== 'level') continue;
      const gap = itemGap(ev, e, target / item.levels.length, () =>
        phrase('dx.gap.smeSceneLevel', { level: target }),
      );
      if (gap) out.push(gap);
    }
  }
  return out;
}

/** Unranked gaps of one pack towards the given rank. */
export function rawGaps(ev: Evaluation, pe: PackEval, targetRank: number): RawGap[] {
  switch (pe.cp.pack.scoring.kind) {
    case 'tiers':
      return tierGaps(ev, pe, targetRank);
    case 'cmmm':
      return cmmmGaps(ev, pe, targetRank, phrase('dx.gap.cmmmTarget', { level: targetRank }));
    case 'sme-digital':
      return smeGaps(ev, pe, targetRank);
    case 'weighted':
      return [];
  }
}

/** Two reasons for one gap, as one phrase: the clauses joined. */
function bothReasons(first: Phrase, second: Phrase): Phrase {
  return phrase('dx.answer.parts', { parts: listOf([first, second], 'clause') });
}

function merge(gaps: readonly RawGap[]): RawGap[] {
  const byId = new Map<string, RawGap>();
  for (const g of gaps) {
    const seen = byId.get(g.id);
    if (!seen) byId.set(g.id, g);
    else if (g.distance > seen.distance)
      byId.set(g.id, {
        ...g,
        reason: samePhrase(seen.reason, g.reason) ? g.reason : bothReasons(g.reason, seen.reason),
      });
  }
  return [...byId.values()];
}

function relevance<T extends string>(
  tags: readonly T[],
  focus: readonly T[] | undefined,
  all: number,
): number {
  if (focus && focus.length > 0) return tags.filter((t) => focus.includes(t)).length / focus.length;
  return tags.length / all;
}

function normalise(values: readonly number[]): number[] {
  const sum = values.reduce((a, b) => a + b, 0);
  return values.map((v) => (sum > 0 ? v / sum : 0));
}

/** Ranks gaps by impact = w_cost·cost + w_kpi·kpi + w_prox·distance, each column normalised to sum 1. */
export function rankGaps(gaps: readonly RawGap[], weights: ImpactWeights, focus: Focus = {}): Gap[] {
  const merged = merge(gaps);
  const cost = normalise(merged.map((g) => relevance(g.costs, focus.costs, 7)));
  const kpi = normalise(merged.map((g) => relevance(g.kpis, focus.kpis, 8)));
  const prox = normalise(merged.map((g) => g.distance));
  const scored = merged.map((g, i) => {
    const parts = { cost: cost[i]!, kpi: kpi[i]!, proximity: prox[i]! };
    const score = weights.cost * parts.cost + weights.kpi * parts.kpi + weights.proximity * parts.proximity;
    return {
      g,
      impact: {
        score: round(score),
        cost: round(parts.cost),
        kpi: round(parts.kpi),
        proximity: round(parts.proximity),
      },
    };
  });
  scored.sort(
    (a, b) => b.impact.score - a.impact.score || a.g.effort - b.g.effort || ID_ORDER.compare(a.g.id, b.g.id),
  );
  return scored.map(({ g, impact }, i) => rankedGap(g, i + 1, impact));
}

/**
 * Built key by key, not with conditional spreads: V8 gives `...(x ? {k} : {})` literals a slow
 * path, and this runs for every gap of every diagnosis. Key order is the JSON order the spreads gave.
 */
function rankedGap(g: RawGap, rank: number, impact: Gap['impact']): Gap {
  const out: { -readonly [K in keyof Gap]?: Gap[K] } = { id: g.id, kind: g.kind, rank, label: g.label };
  if (g.itemId) out.itemId = g.itemId;
  if (g.gateId) out.gateId = g.gateId;
  if (g.dimension) out.dimension = g.dimension;
  out.reason = g.reason;
  out.currentFraction = g.current === null ? null : round(g.current);
  out.targetFraction = g.target === null ? null : round(g.target);
  out.effort = g.effort;
  out.impact = impact;
  return out as Gap;
}

function round(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}
