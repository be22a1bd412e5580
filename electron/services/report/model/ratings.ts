import type { GateResult, ModelResult } from '@engine/diagnosis/schema';
import type { BuildContext } from './input';

/** The answers where the enterprise states a rating it already holds (tiers pack, 已有评定). */
export const HELD_TIER_ITEM = 'sf.status.tier-held';
export const HELD_CMMM_ITEM = 'sf.status.cmmm-official';

/** An existing rating higher than this report's estimate, with what keeps the estimate lower. */
export interface RatingGap {
  readonly framework: string;
  readonly held: string;
  readonly estimate: string;
  readonly steps: number;
  readonly causes: readonly string[];
}

function heldLevel(ctx: BuildContext, itemId: string): number | null {
  const v = ctx.input.assessment.answers.find((a) => a.itemId === itemId)?.value;
  return v?.kind === 'level' && v.level > 0 ? v.level : null;
}

function gateCause(ctx: BuildContext, g: GateResult): string {
  return `${ctx.pick(g.label)}：${ctx.t(`gate.${g.status}`)}（${ctx.phrase(g.detail)}）`;
}

function tierGap(ctx: BuildContext, model: ModelResult): RatingGap | null {
  const held = heldLevel(ctx, HELD_TIER_ITEM);
  const estimate = model.estimate;
  if (held === null || !estimate || held <= estimate.rank) return null;
  const heldTier = model.tiers.find((t) => t.rank === held);
  const above = new Set(
    model.tiers.filter((t) => t.rank > estimate.rank && t.rank <= held).map((t) => t.code),
  );
  const causes = model.gates
    .filter((g) => above.has(g.tier) && g.status !== 'pass')
    .map((g) => gateCause(ctx, g));
  return {
    framework: ctx.pick(model.title),
    held: heldTier ? ctx.pick(heldTier.label) : String(held),
    estimate: ctx.pick(estimate.label),
    steps: held - estimate.rank,
    causes,
  };
}

function cmmmGap(ctx: BuildContext, model: ModelResult): RatingGap | null {
  const held = heldLevel(ctx, HELD_CMMM_ITEM);
  const estimate = model.estimate;
  if (held === null || !estimate || held <= estimate.rank) return null;
  const causes = model.levelScores
    .filter((l) => l.level > estimate.rank && l.level <= held && !l.achieved)
    .map((l) =>
      ctx.t('rating.levelShort', {
        level: l.level,
        share: l.score === null ? '—' : `${Math.round(l.score * 100)}%`,
      }),
    );
  return {
    framework: ctx.pick(model.title),
    held: ctx.t('rating.cmmmLevel', { level: held }),
    estimate: ctx.pick(estimate.label),
    steps: held - estimate.rank,
    causes,
  };
}

/**
 * Existing ratings (as the enterprise answered) above this report's estimate. Computed here from
 * the 已有评定 answers and the engine's tiers and level scores; when the engine reports such
 * contradictions itself, this is the one place to read them from instead.
 */
export function ratingGaps(ctx: BuildContext): RatingGap[] {
  return ctx.input.diagnosis.models.flatMap((m) => {
    const gap = m.kind === 'tiers' ? tierGap(ctx, m) : m.kind === 'cmmm' ? cmmmGap(ctx, m) : null;
    return gap ? [gap] : [];
  });
}
