import type { AnswerMap } from './answer';
import type { CompiledPack, Questionnaire } from './model/questionnaire';
import type { CmmmScoring, Condition, ModelNode } from './model/schema';
import { conditionItems, type ProfileFacts } from './scoring/condition';
import { evaluate, type Evaluation, type PackEval } from './scoring/evaluate';

/**
 * Which questions cannot change a result any more, given the answers so far (issue: ask only what can
 * still change a result). GB/T 39117 counts a maturity level only when every lower level is achieved
 * (score ≥ achievedAt), and S adds the achieved levels plus the first level not achieved:
 * - once a level cannot reach achievedAt whatever the open answers, every higher level's requirements
 *   are out of S and the level;
 * - where an achieved level counts as 1, once it (and every lower level) is achieved whatever the open
 *   answers, its own open requirements are out of S too.
 * Only requirements the CMMM pack alone places are skipped: an item another pack scores, or one a
 * relevance condition or gate reads, can always change something. Pure.
 */
export type SkipReason =
  /** a lower level (`blockedAt`) can no longer be achieved */
  | { readonly kind: 'lower-level-out-of-reach'; readonly level: number; readonly blockedAt: number }
  /** the item's level is achieved whatever the open answers */
  | { readonly kind: 'level-settled'; readonly level: number };

interface LevelBounds {
  /** the level's score with every open requirement fully met */
  readonly upper: number | null;
  /** the level's score with every open requirement not met */
  readonly lower: number | null;
  /** no requirement is open */
  readonly settled: boolean;
}

const EPS = 1e-9;

function nodeConditions(nodes: readonly ModelNode[]): Condition[] {
  return nodes.flatMap((n) => (n.when ? [n.when] : []));
}

/** Items something other than their own CMMM requirement reads: other packs, conditions, gates. */
function readElsewhere(q: Questionnaire, cmmm: CompiledPack): Set<string> {
  const out = new Set<string>();
  for (const cp of q.packs) {
    if (cp !== cmmm) for (const e of cp.entries) out.add(e.itemId);
    for (const c of nodeConditions(cp.nodes)) conditionItems(c).forEach((id) => out.add(id));
    for (const e of cp.entries) e.when.flatMap(conditionItems).forEach((id) => out.add(id));
    const s = cp.pack.scoring;
    if (s.kind !== 'tiers') continue;
    for (const g of s.gates) {
      if (g.type === 'condition') conditionItems(g.condition).forEach((id) => out.add(id));
      if (g.type === 'cmmm-level' && g.officialItem) out.add(g.officialItem);
      if (g.type === 'previous-tier') out.add(g.heldItem);
    }
  }
  return out;
}

/** Whether every relevance condition of the pack reads only answered items (else bounds could move). */
function relevanceFixed(cp: CompiledPack, answers: AnswerMap): boolean {
  const conditions = [...nodeConditions(cp.nodes), ...cp.entries.flatMap((e) => e.when)];
  return conditions.flatMap(conditionItems).every((id) => answers[id] !== undefined);
}

/** Per level, the score bounds over every way the open requirements could still be answered. */
function levelBounds(pe: PackEval, level: number): LevelBounds {
  const { cp, roll } = pe;
  const perNode = new Map<number, { sum: number; answered: number; open: number }>();
  roll.entries.forEach((e, i) => {
    if (e.entry.level !== level || !e.relevant || e.ev.na) return;
    const n = cp.index.entryNode[i]!;
    const acc = perNode.get(n) ?? { sum: 0, answered: 0, open: 0 };
    if (e.ev.answered) {
      acc.sum += e.entry.weight * (e.ev.fraction ?? 0);
      acc.answered += e.entry.weight;
    } else acc.open += e.entry.weight;
    perNode.set(n, acc);
  });
  let upper = 0;
  let lower = 0;
  let weights = 0;
  let settled = true;
  for (const [n, acc] of perNode) {
    const w = acc.answered + acc.open;
    if (w <= 0) continue;
    const pw = cp.index.pathWeight[n]!;
    upper += pw * ((acc.sum + acc.open) / w);
    lower += pw * (acc.sum / w);
    weights += pw;
    if (acc.open > 0) settled = false;
  }
  if (weights <= 0) return { upper: null, lower: null, settled };
  return { upper: upper / weights, lower: lower / weights, settled };
}

/** The first level that cannot be achieved, and the highest level up to which all are achieved. */
function decided(pe: PackEval, scoring: CmmmScoring): { outOfReach?: number; settledUpTo?: number } {
  const levels = scoring.levels.map((l) => l.level).sort((a, b) => a - b);
  let settledUpTo: number | undefined;
  let chain = true;
  for (const level of levels) {
    const b = levelBounds(pe, level);
    if (b.upper !== null && b.upper + EPS < scoring.achievedAt) return { outOfReach: level, settledUpTo };
    // a level without requirements is passed over by the rule; one that may gain some is undecided
    if (b.lower === null ? !b.settled : b.lower + EPS < scoring.achievedAt) chain = false;
    if (chain && b.lower !== null) settledUpTo = level;
  }
  return { settledUpTo };
}

function cmmmSkips(q: Questionnaire, pe: PackEval, scoring: CmmmScoring, answers: AnswerMap) {
  const out = new Map<string, SkipReason>();
  if (!relevanceFixed(pe.cp, answers)) return out;
  const { outOfReach, settledUpTo } = decided(pe, scoring);
  const elsewhere = readElsewhere(q, pe.cp);
  for (const e of pe.roll.entries) {
    const { itemId, level } = e.entry;
    if (level === undefined || !e.relevant || elsewhere.has(itemId)) continue;
    if (outOfReach !== undefined && level > outOfReach)
      out.set(itemId, { kind: 'lower-level-out-of-reach', level, blockedAt: outOfReach });
    else if (
      scoring.achievedCountsAs === 'one' &&
      settledUpTo !== undefined &&
      level <= settledUpTo &&
      !e.ev.answered
    )
      out.set(itemId, { kind: 'level-settled', level });
  }
  return out;
}

/** Item id → why its answer cannot change any level, tier or score, for the evaluated answers. */
export function skipsIn(ev: Evaluation): ReadonlyMap<string, SkipReason> {
  const out = new Map<string, SkipReason>();
  for (const pe of ev.packs) {
    const s = pe.cp.pack.scoring;
    if (s.kind !== 'cmmm') continue;
    for (const [id, reason] of cmmmSkips(ev.ctx.q, pe, s, ev.ctx.answers)) out.set(id, reason);
  }
  return out;
}

export function skippedItems(
  q: Questionnaire,
  answers: AnswerMap,
  profile: ProfileFacts | undefined,
): ReadonlyMap<string, SkipReason> {
  return skipsIn(evaluate(q, answers, profile));
}
