import type { DiagnosisResult, ModelResult } from '../diagnosis/schema';
import { isTypicalScenarioId as isTypical, type PolicyFacts } from './facts';
import { TIERS, type Tier } from './schema';

const isTier = (code: string | undefined): code is Tier =>
  code !== undefined && (TIERS as readonly string[]).includes(code);

function gapsOf(tiers: ModelResult | undefined): PolicyFacts['gaps'] {
  if (!tiers) return [];
  const scenarioOfItem = new Map((tiers.coverage?.scenarios ?? []).map((s) => [s.itemId, s.scenarioId]));
  return tiers.gaps
    .filter((g) => g.kind !== 'gate' || g.dimension !== undefined)
    .map((g) => {
      const ts = g.itemId ? scenarioOfItem.get(g.itemId) : undefined;
      return {
        itemId: g.itemId ?? g.id,
        weight: Math.max(0, g.impact.score),
        ...(isTypical(ts) ? { typicalScenarioId: ts } : {}),
        ...(g.dimension ? { dimension: g.dimension } : {}),
      };
    });
}

/**
 * The facts policy evaluation and scenario ranking read from a diagnosis: tier estimate, next
 * tier, CMMM and SME levels, covered typical scenarios, AI share, and the tiers pack's gaps.
 * An estimate "pending verification" still counts as reached: measures that depend on it add
 * their own review step (主管部门评审认定).
 */
export function factsFromDiagnosis(result: DiagnosisResult): PolicyFacts {
  const tiers = result.models.find((m) => m.kind === 'tiers');
  const next = tiers?.next?.code;
  const nextGates = tiers?.gates.filter((g) => g.tier === next) ?? [];
  const tierCode = result.summary.tier?.code;
  return {
    ...(isTier(tierCode) ? { tierReached: tierCode } : {}),
    ...(isTier(next) && next !== 'none' ? { nextTier: next } : {}),
    ...(result.summary.cmmmLevel !== null ? { cmmmLevel: result.summary.cmmmLevel } : {}),
    ...(result.summary.smeDigitalLevel !== null ? { smeDigitalLevel: result.summary.smeDigitalLevel } : {}),
    coveredScenarioIds: result.summary.coveredScenarioIds.filter(isTypical),
    ...(result.summary.aiShare !== null ? { aiScenarioShare: result.summary.aiShare } : {}),
    aiShareShort: nextGates.some((g) => g.type === 'ai-share' && g.status === 'fail'),
    uncoveredDimensions: [
      ...new Set(
        (tiers?.gaps ?? []).flatMap((g) => (g.kind === 'dimension' && g.dimension ? [g.dimension] : [])),
      ),
    ],
    gaps: gapsOf(tiers),
  };
}
