import type { AnswerValue } from './answer';
import type { Gap, Label, Lift, Move } from './diagnosis/schema';
import type { Gate, OwnedItem } from './model/schema';
import type { CompiledPack } from './model/questionnaire';
import { oneChangeContext, scoreValue, trialContext, type TrialScores } from './scoring/context';
import { evaluateIn, type Evaluation, type PackEval } from './scoring/evaluate';
import { betterAnswers, rungWords, type Rung } from './scoring/item';
import { cmmmDeficit, smeDeficit } from './scoring/levels';
import { requiredCmmm } from './scoring/tiers';

/**
 * Cheapest lift: the least costly set of answer improvements that reaches the next tier/level.
 * The model is small, so a bounded lazy-greedy search is enough. Candidates are the best-ranked
 * gap items (at most `candidates`), each with at most `rungs` target answers (the next step and
 * the step that closes its gap). Every option's deficit reduction per cost is measured once; then
 * the best option is re-measured in the current state and taken if it still beats the rest
 * (lazy greedy), up to `moves` changes. Finally changes the target turns out not to need are
 * dropped and the rest stepped down where a cheaper answer still reaches it. Every trial counts
 * against `evaluations`. Cost of a change = the item's effort (1–3) × steps.
 */
export const LIFT_BOUND = { candidates: 40, rungs: 2, moves: 30, evaluations: 300 } as const;
export const LIFT_BOUND_TEXT = `先把全部候选改进一起试算一次，仍达不到目标即不再搜索；否则惰性贪心搜索：取排名前 ${LIFT_BOUND.candidates} 个差距题项，每项最多 ${LIFT_BOUND.rungs} 个候选答案，最多 ${LIFT_BOUND.moves} 项改进、${LIFT_BOUND.evaluations} 次评估，随后剔除多余改进（每项至多再评估 2 次）`;

const EPS = 1e-9;

/** Distance of one pack from `target` in an evaluation (0 = reached on everything answers can change). */
export function deficit(ev: Evaluation, packId: string, target: number): number {
  const pe = ev.byId.get(packId);
  if (!pe) return Infinity;
  const scoring = pe.cp.pack.scoring;
  if (scoring.kind === 'cmmm' && pe.cmmm) return cmmmDeficit(pe.cmmm, target, scoring);
  if (scoring.kind === 'sme-digital' && pe.sme) return smeDeficit(pe.sme, target);
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

/** At most LIFT_BOUND.rungs answers per item: the next step and the one that closes the gap. */
function pickRungs(rungs: readonly Rung[], closes: (r: Rung) => boolean): Rung[] {
  const first = rungs[0];
  if (!first) return [];
  const closing = rungs.find(closes) ?? rungs[rungs.length - 1]!;
  return (closing === first ? [first] : [first, closing]).slice(0, LIFT_BOUND.rungs);
}

function candidates(base: Evaluation, gaps: readonly Gap[], scores: TrialScores): Candidate[] {
  const q = base.ctx.q;
  const out: Candidate[] = [];
  for (const gap of gaps) {
    if (out.length >= LIFT_BOUND.candidates) break;
    if (gap.kind !== 'item' || !gap.itemId) continue;
    const item = q.items.get(gap.itemId);
    // facts (official ratings, scale, record, benchmarks) are established, never proposed
    if (!item || item.prerequisite) continue;
    const from = base.ctx.answers[gap.itemId];
    const target = gap.targetFraction ?? 1;
    const closes = (r: Rung): boolean => (scoreValue(q, item.id, r.to, scores).fraction ?? 0) + EPS >= target;
    const rungs = pickRungs(betterAnswers(item, from), closes);
    if (rungs.length > 0) out.push({ item, from, rungs, effort: gap.effort });
  }
  return out;
}

interface Chosen {
  readonly cand: Candidate;
  readonly rung: Rung;
}

function costOf(c: Chosen): number {
  return c.cand.effort * c.rung.steps;
}

function changes(chosen: ReadonlyMap<string, Chosen>): Map<string, AnswerValue> {
  // a loop, not a spread and map: built for every kept change and every pruning trial
  const out = new Map<string, AnswerValue>();
  for (const [id, c] of chosen) out.set(id, c.rung.to);
  return out;
}

/** The pack plus the companions its gates read: all a trial needs to re-score. */
function packsFor(base: Evaluation, packId: string): CompiledPack[] {
  const pe = base.byId.get(packId)!;
  const scoring = pe.cp.pack.scoring;
  const needed = new Set(
    scoring.kind === 'tiers'
      ? scoring.gates.flatMap((g) => (g.type === 'cmmm-level' && g.estimateFrom ? [g.estimateFrom] : []))
      : [],
  );
  return [...base.packs.filter((p) => needed.has(p.cp.pack.id)).map((p) => p.cp), pe.cp];
}

export interface LiftInput {
  readonly base: Evaluation;
  readonly packId: string;
  readonly target: { code: string; rank: number; label: Label };
  /** this pack's gaps towards the target, ranked */
  readonly gaps: readonly Gap[];
}

/** A trial of the chosen changes with one of them revised. */
interface Revision {
  readonly chosen: Map<string, Chosen>;
  readonly ev: Evaluation;
  readonly d: number;
}

interface Option {
  readonly cand: Candidate;
  readonly rung: Rung;
  ratio: number;
}

class Search {
  evaluations = 0;
  probed = false;
  chosen = new Map<string, Chosen>();
  state: Evaluation;
  d: number;
  private readonly packs: readonly CompiledPack[];

  constructor(
    private readonly base: Evaluation,
    private readonly packId: string,
    private readonly target: number,
    private readonly scores: TrialScores,
  ) {
    this.packs = packsFor(base, packId);
    this.state = base;
    this.d = deficit(base, packId, target);
  }

  /** Re-scores the packs this target needs with the item's answer `to` on top of `from`. */
  trial(from: Evaluation, itemId: string, to: AnswerValue): { ev: Evaluation; d: number } {
    this.evaluations++;
    const ev = evaluateIn(oneChangeContext(from.ctx, itemId, to, this.scores), this.packs, from, [itemId]);
    return { ev, d: deficit(ev, this.packId, this.target) };
  }

  added(o: Option): number {
    const now = this.chosen.get(o.cand.item.id);
    return costOf(o) - (now ? costOf(now) : 0);
  }

  usable(o: Option): boolean {
    const now = this.chosen.get(o.cand.item.id);
    return !now || o.rung.steps > now.rung.steps;
  }

  /** Deficit reduction per added cost of taking `o` in the current state. */
  measure(o: Option): { ratio: number; ev: Evaluation; d: number } | undefined {
    if (this.evaluations >= LIFT_BOUND.evaluations) return undefined;
    const r = this.trial(this.state, o.cand.item.id, o.rung.to);
    const gain = this.d - r.d;
    return { ratio: gain > EPS ? gain / Math.max(this.added(o), EPS) : 0, ev: r.ev, d: r.d };
  }

  take(o: Option, ev: Evaluation, d: number): void {
    this.chosen.set(o.cand.item.id, { cand: o.cand, rung: o.rung });
    // re-based on the original answers so trial contexts never chain more than one level deep
    this.state = { ...ev, ctx: trialContext(this.base.ctx, changes(this.chosen), this.scores) };
    this.d = d;
  }

  /**
   * The current state with one chosen change revised: `rung` undefined drops it (the item's
   * original answer comes back, or none if it had none), otherwise the item takes `rung`. The
   * context is built from the original answers with the revised set of changes, so a dropped
   * answer is never left showing through; but only that one item is re-scored against the
   * current state, instead of every change against the original answers. Each re-rolled node
   * and CMMM cell is summed afresh from its parts, so the result equals the full trial bit for bit.
   */
  revise(itemId: string, rung: Rung | undefined): Revision {
    const chosen = new Map(this.chosen);
    const c = chosen.get(itemId)!;
    if (rung) chosen.set(itemId, { cand: c.cand, rung });
    else chosen.delete(itemId);
    this.evaluations++;
    const ctx = trialContext(this.base.ctx, changes(chosen), this.scores);
    const ev = evaluateIn(ctx, this.packs, this.state, [itemId]);
    return { chosen, ev, d: deficit(ev, this.packId, this.target) };
  }

  /** Makes a revision that still reaches the target the current state. */
  adopt(r: Revision): void {
    this.chosen = r.chosen;
    this.state = r.ev;
    this.d = r.d;
  }

  /**
   * One trial with every candidate at its furthest answer. Raising answers never moves a target
   * away (level scores, points, coverage and the AI share of scenarios raised to an AI level only
   * grow), so when even this misses the target no subset the greedy search could pick reaches
   * it, and the search is skipped. Not counted against the bound, so a reachable target is
   * searched exactly as before.
   */
  ceilingReaches(cands: readonly Candidate[]): boolean {
    this.probed = true;
    const all = new Map<string, AnswerValue>();
    for (const c of cands) {
      const top = c.rungs.reduce((a, b) => (b.steps > a.steps ? b : a));
      all.set(c.item.id, top.to);
    }
    const ev = evaluateIn(trialContext(this.base.ctx, all, this.scores), this.packs, this.base, [
      ...all.keys(),
    ]);
    return deficit(ev, this.packId, this.target) <= EPS;
  }
}

function byRatio(a: Option, b: Option): number {
  return b.ratio - a.ratio || a.cand.effort * a.rung.steps - b.cand.effort * b.rung.steps;
}

/**
 * The live option that sorts first by `byRatio` (the earliest of equals, as a stable sort puts it)
 * and the ratio of the one that would sort second (the highest ratio among the others, 0 when
 * none): one pass instead of filtering and sorting every option on every step.
 */
function bestTwo(search: Search, options: readonly Option[]): { best?: Option; runnerUp: number } {
  let best: Option | undefined;
  let runnerUp = 0;
  for (const o of options) {
    if (!(o.ratio > 0) || !search.usable(o)) continue;
    if (!best || byRatio(o, best) < 0) {
      if (best) runnerUp = Math.max(runnerUp, best.ratio);
      best = o;
    } else runnerUp = Math.max(runnerUp, o.ratio);
  }
  return best ? { best, runnerUp } : { runnerUp };
}

/** Lazy greedy: re-measure the best stale option; take it if it still beats the runner-up. */
function greedy(search: Search, options: Option[]): void {
  let refreshed = false;
  while (
    search.d > EPS &&
    search.chosen.size < LIFT_BOUND.moves &&
    search.evaluations < LIFT_BOUND.evaluations
  ) {
    const { best, runnerUp } = bestTwo(search, options);
    if (!best) {
      if (refreshed) return;
      refreshed = true;
      for (const o of options) if (search.usable(o)) o.ratio = search.measure(o)?.ratio ?? 0;
      continue;
    }
    const m = search.measure(best);
    if (!m) return;
    best.ratio = m.ratio;
    if (m.ratio > 0 && m.ratio + EPS >= runnerUp) {
      search.take(best, m.ev, m.d);
      refreshed = false;
    }
  }
}

export function cheapestLift({ base, packId, target, gaps }: LiftInput): Lift {
  const pe = base.byId.get(packId)!;
  // one score per trial answer for the whole search: the candidates' rungs are the answers tried
  const scores: TrialScores = new Map();
  const cands = candidates(base, gaps, scores);
  const search = new Search(base, packId, target.rank, scores);
  const reachable = search.d <= EPS || search.ceilingReaches(cands);
  if (reachable) {
    const options: Option[] = cands.flatMap((cand) => cand.rungs.map((rung) => ({ cand, rung, ratio: 0 })));
    for (const o of options) o.ratio = search.measure(o)?.ratio ?? 0;
    greedy(search, options);
  }
  const found = search.d <= EPS;
  if (found) prune(search);
  const moves: Move[] = [...search.chosen.values()].map((c) => ({
    itemId: c.cand.item.id,
    label: c.cand.item.label,
    from: c.cand.from ?? null,
    to: c.rung.to,
    cost: costOf(c),
    display: rungWords(c.cand.item, c.cand.from, c.rung.to),
  }));
  return {
    target,
    found,
    moves: found ? moves : [],
    totalCost: found ? moves.reduce((s, m) => s + m.cost, 0) : 0,
    blockedBy: blockers(pe, target.rank),
    search: {
      candidates: cands.length,
      evaluations: search.evaluations + (search.probed ? 1 : 0),
      bound: LIFT_BOUND_TEXT,
    },
  };
}

/** Drops changes the target does not need, then steps the remaining ones down where it still holds. */
function prune(search: Search): void {
  for (const c of [...search.chosen.values()].sort((a, b) => costOf(b) - costOf(a))) {
    const id = c.cand.item.id;
    const without = search.revise(id, undefined);
    if (without.d <= EPS) {
      search.adopt(without);
      continue;
    }
    for (const lower of c.cand.rungs.filter((r) => r.steps < c.rung.steps)) {
      const stepped = search.revise(id, lower);
      if (stepped.d <= EPS) {
        search.adopt(stepped);
        break;
      }
    }
  }
}
