import type { AnswerMap, AnswerValue } from './answer';
import type { Gap, Label, Lift, Move } from './diagnosis';
import type { Gate, OwnedItem } from './model/schema';
import { evaluate, type Evaluation, type PackEval } from './scoring/evaluate';
import { betterAnswers, evalItem, type Rung } from './scoring/item';
import { cmmmDeficit, smeDeficit } from './scoring/levels';
import { requiredCmmm } from './scoring/tiers';

/**
 * Cheapest lift: the least costly set of answer improvements that reaches the next tier/level.
 * The model is small, so a bounded greedy search is enough: from the best-ranked gap items take
 * LIFT_BOUND.candidates, give each at most `rungs` target answers (next step, the step that closes
 * its gap, the best answer), add the change with the largest deficit reduction per cost until the
 * target is reached (at most `rounds` changes), then prune changes that turn out to be unnecessary
 * and step the rest down where a cheaper answer still reaches the target. Every trial counts
 * against `evaluations`. Cost of a change = the item's effort (1–3) × steps.
 */
export const LIFT_BOUND = { candidates: 12, rungs: 3, rounds: 12, evaluations: 400 } as const;
export const LIFT_BOUND_TEXT = `贪心搜索：取排名前 ${LIFT_BOUND.candidates} 个差距题项，每项最多 ${LIFT_BOUND.rungs} 个候选答案，最多 ${LIFT_BOUND.rounds} 步、${LIFT_BOUND.evaluations} 次评估，随后剔除多余改进`;

const EPS = 1e-9;

/** Distance of one pack from `target` in an evaluation (0 = reached on everything answers can change). */
export function deficit(ev: Evaluation, packId: string, target: number): number {
  const pe = ev.byId.get(packId);
  if (!pe) return Infinity;
  const scoring = pe.cp.pack.scoring;
  if (scoring.kind === 'cmmm' && pe.cmmm) return cmmmDeficit(pe.cmmm, target, scoring);
  if (scoring.kind === 'sme-digital' && pe.sme) return smeDeficit(pe.sme, target, scoring);
  if (scoring.kind !== 'tiers' || !pe.tiers) return Infinity;
  const rankOf = new Map(scoring.tiers.map((t) => [t.code, t.rank]));
  let d = 0;
  for (const g of pe.tiers.gates) {
    if ((rankOf.get(g.gate.tier) ?? Infinity) > target || !g.itemDriven) continue;
    if (g.status !== 'fail' && g.status !== 'unknown') continue;
    d += gateDeficit(ev, g.gate, g.deficit);
  }
  return d;
}

function gateDeficit(ev: Evaluation, gate: Gate, fallback: number): number {
  if (gate.type !== 'cmmm-level' || !gate.estimateFrom) return fallback;
  const cmmm = ev.byId.get(gate.estimateFrom);
  if (!cmmm?.cmmm || cmmm.cp.pack.scoring.kind !== 'cmmm') return fallback;
  return cmmmDeficit(cmmm.cmmm, requiredCmmm(gate, ev.ctx.profile?.region?.city).min, cmmm.cp.pack.scoring);
}

/** Gates of tiers up to `target` that answers cannot change and that do not hold. */
export function blockers(pe: PackEval, target: number): string[] {
  const scoring = pe.cp.pack.scoring;
  if (scoring.kind !== 'tiers' || !pe.tiers) return [];
  const rankOf = new Map(scoring.tiers.map((t) => [t.code, t.rank]));
  return pe.tiers.gates
    .filter(
      (g) =>
        (rankOf.get(g.gate.tier) ?? Infinity) <= target &&
        !g.itemDriven &&
        (g.status === 'fail' || g.status === 'unknown'),
    )
    .map((g) => g.gate.id);
}

interface Candidate {
  readonly item: OwnedItem;
  readonly from: AnswerValue | undefined;
  readonly rungs: readonly Rung[];
  readonly effort: number;
}

/** At most LIFT_BOUND.rungs answers per item: the next step, the one that closes the gap, the best. */
function pickRungs(rungs: readonly Rung[], closes: (r: Rung) => boolean): Rung[] {
  if (rungs.length <= LIFT_BOUND.rungs) return [...rungs];
  const closing = rungs.find(closes);
  const picked = [rungs[0]!, ...(closing ? [closing] : []), rungs[rungs.length - 1]!];
  return [...new Set(picked)].slice(0, LIFT_BOUND.rungs);
}

function candidates(base: Evaluation, gaps: readonly Gap[]): Candidate[] {
  const q = base.ctx.q;
  const out: Candidate[] = [];
  for (const gap of gaps) {
    if (out.length >= LIFT_BOUND.candidates) break;
    if (gap.kind !== 'item' || !gap.itemId) continue;
    const item = q.items.get(gap.itemId);
    if (!item) continue;
    const from = base.ctx.answers[gap.itemId];
    const target = gap.targetFraction ?? 1;
    const closes = (r: Rung): boolean =>
      (evalItem(item, r.to, q.scales.get(item.id)).fraction ?? 0) + EPS >= target;
    const rungs = pickRungs(betterAnswers(item, from), closes);
    if (rungs.length > 0) out.push({ item, from, rungs, effort: gap.effort });
  }
  return out;
}

function withChange(answers: AnswerMap, itemId: string, value: AnswerValue): AnswerMap {
  const next = Object.create(answers) as Record<string, AnswerValue>;
  next[itemId] = value;
  return next;
}

interface Chosen {
  readonly cand: Candidate;
  readonly rung: Rung;
}

function costOf(c: Chosen): number {
  return c.cand.effort * c.rung.steps;
}

function apply(baseAnswers: AnswerMap, chosen: ReadonlyMap<string, Chosen>): AnswerMap {
  let answers = baseAnswers;
  for (const [id, c] of chosen) answers = withChange(answers, id, c.rung.to);
  return answers;
}

export interface LiftInput {
  readonly base: Evaluation;
  readonly packId: string;
  readonly target: { code: string; rank: number; label: Label };
  /** this pack's gaps towards the target, ranked */
  readonly gaps: readonly Gap[];
}

export function cheapestLift({ base, packId, target, gaps }: LiftInput): Lift {
  const pe = base.byId.get(packId)!;
  const cands = candidates(base, gaps);
  let evaluations = 0;
  const q = base.ctx.q;
  const profile = base.ctx.profile;
  const trial = (answers: AnswerMap, from: Evaluation): { ev: Evaluation; d: number } => {
    evaluations++;
    const ev = evaluate(q, answers, profile, from.ctx);
    return { ev, d: deficit(ev, packId, target.rank) };
  };
  const chosen = new Map<string, Chosen>();
  let state = base;
  let d = deficit(base, packId, target.rank);
  for (let round = 0; round < LIFT_BOUND.rounds && d > EPS; round++) {
    let best: { c: Chosen; ev: Evaluation; d: number; ratio: number; added: number } | undefined;
    for (const cand of cands) {
      const now = chosen.get(cand.item.id);
      for (const rung of cand.rungs) {
        if (now && rung.steps <= now.rung.steps) continue;
        if (evaluations >= LIFT_BOUND.evaluations) break;
        const r = trial(withChange(state.ctx.answers, cand.item.id, rung.to), state);
        const gain = d - r.d;
        if (gain <= EPS) continue;
        const c = { cand, rung };
        const added = costOf(c) - (now ? costOf(now) : 0);
        const ratio = gain / Math.max(added, EPS);
        if (
          !best ||
          ratio > best.ratio + EPS ||
          (Math.abs(ratio - best.ratio) <= EPS && added < best.added)
        ) {
          best = { c, ev: r.ev, d: r.d, ratio, added };
        }
      }
    }
    if (!best) break;
    chosen.set(best.c.cand.item.id, best.c);
    state = best.ev;
    d = best.d;
  }
  const found = d <= EPS;
  if (found) prune(chosen, base, (answers) => trial(answers, base).d <= EPS);
  const moves: Move[] = [...chosen.values()].map((c) => ({
    itemId: c.cand.item.id,
    label: c.cand.item.label,
    from: c.cand.from ?? null,
    to: c.rung.to,
    cost: costOf(c),
    display: c.rung.display,
  }));
  return {
    target,
    found,
    moves: found ? moves : [],
    totalCost: found ? moves.reduce((s, m) => s + m.cost, 0) : 0,
    blockedBy: blockers(pe, target.rank),
    search: { candidates: cands.length, evaluations, bound: LIFT_BOUND_TEXT },
  };
}

/** Drops changes the target does not need, then steps the remaining ones down where it still holds. */
function prune(
  chosen: Map<string, Chosen>,
  base: Evaluation,
  reaches: (answers: AnswerMap) => boolean,
): void {
  const byCost = [...chosen.values()].sort((a, b) => costOf(b) - costOf(a));
  for (const c of byCost) {
    const without = new Map(chosen);
    without.delete(c.cand.item.id);
    if (reaches(apply(base.ctx.answers, without))) {
      chosen.delete(c.cand.item.id);
      continue;
    }
    for (const lower of c.cand.rungs.filter((r) => r.steps < c.rung.steps)) {
      const tried = new Map(chosen).set(c.cand.item.id, { cand: c.cand, rung: lower });
      if (reaches(apply(base.ctx.answers, tried))) {
        chosen.set(c.cand.item.id, { cand: c.cand, rung: lower });
        break;
      }
    }
  }
}
