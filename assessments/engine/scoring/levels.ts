import type { CompiledPack } from '../model/questionnaire';
import type { CmmmScoring, SmeScoring } from '../model/schema';
import type { EntryEval, PackRollup } from './pack';

/** CMMM (GB/T 39116/39117 as configured in the pack): per-level scores and the cumulative S. */
export interface CmmmLevelEval {
  readonly level: number;
  readonly score: number | null;
  readonly achieved: boolean;
  readonly requirements: number;
}

export interface CmmmEval {
  readonly levels: readonly CmmmLevelEval[];
  readonly s: number;
  readonly rank: number;
  /** true when the level scores rest on equal sub-domain weights (shown as 权重按等权估算) */
  readonly equalWeights: boolean;
  readonly cells: LevelCells;
}

const EPS = 1e-9;

const MAX_LEVEL = 5;

/**
 * Per level × sub-domain accumulators of weighted satisfaction (and per level the requirement
 * count) behind the level scores, kept so a lift trial re-sums only the cells its change touches.
 */
export interface LevelCells {
  // plain arrays of doubles, not Float64Array: a lift trial copies them, and copying a small typed
  // array allocates an off-heap buffer each time (several times slower)
  readonly sum: readonly number[];
  readonly w: readonly number[];
  readonly requirements: readonly number[];
}

function counts(e: EntryEval): boolean {
  return e.entry.level !== undefined && e.relevant && !e.ev.na;
}

/** One pass over the entries into flat level × node accumulators. */
function fullCells(cp: CompiledPack, roll: PackRollup): LevelCells {
  const nodes = cp.nodes.length;
  const sum = new Array<number>((MAX_LEVEL + 1) * nodes).fill(0);
  const w = new Array<number>((MAX_LEVEL + 1) * nodes).fill(0);
  const requirements = new Array<number>(MAX_LEVEL + 1).fill(0);
  for (let i = 0; i < roll.entries.length; i++) {
    const e = roll.entries[i]!;
    if (!counts(e)) continue;
    const level = e.entry.level!;
    requirements[level]!++;
    const k = level * nodes + cp.index.entryNode[i]!;
    sum[k]! += e.entry.weight * (e.ev.fraction ?? 0);
    w[k]! += e.entry.weight;
  }
  return { sum, w, requirements };
}

/**
 * The cells after the entries `changed` were re-scored: each touched cell is summed again over
 * its sub-domain's entries in entry order, so the sums equal a full pass bit for bit.
 */
function changedCells(
  cp: CompiledPack,
  roll: PackRollup,
  prev: { cells: LevelCells; roll: PackRollup },
  changed: readonly number[],
): LevelCells {
  const nodes = cp.nodes.length;
  const sum = prev.cells.sum.slice();
  const w = prev.cells.w.slice();
  const requirements = [...prev.cells.requirements];
  for (const c of changed) {
    const level = cp.entries[c]!.level;
    if (level === undefined) continue;
    requirements[level]! += (counts(roll.entries[c]!) ? 1 : 0) - (counts(prev.roll.entries[c]!) ? 1 : 0);
    const node = cp.index.entryNode[c]!;
    const k = level * nodes + node;
    sum[k] = 0;
    w[k] = 0;
    for (const i of cp.index.entriesOf[node]!) {
      const e = roll.entries[i]!;
      if (e.entry.level !== level || !counts(e)) continue;
      sum[k]! += e.entry.weight * (e.ev.fraction ?? 0);
      w[k]! += e.entry.weight;
    }
  }
  return { sum, w, requirements };
}

/** Per level: the mean satisfaction of each sub-domain's requirements, weighted by its path weight. */
function levelScores(
  cp: CompiledPack,
  { sum, w, requirements }: LevelCells,
): Array<{ score: number | null; requirements: number }> {
  const ix = cp.index;
  const nodes = cp.nodes.length;
  return requirements.map((count, level) => {
    let total = 0;
    let weights = 0;
    for (let n = 0; n < nodes; n++) {
      const k = level * nodes + n;
      if (w[k]! <= 0) continue;
      total += ix.pathWeight[n]! * (sum[k]! / w[k]!);
      weights += ix.pathWeight[n]!;
    }
    return { score: weights > 0 ? total / weights : null, requirements: count };
  });
}

/** S = the achieved levels (each adding its score, or 1) plus the score of the first level not achieved. */
export function cumulativeS(
  levels: readonly CmmmLevelEval[],
  countsAs: CmmmScoring['achievedCountsAs'],
): number {
  let s = 0;
  for (const l of levels) {
    if (l.score === null) continue;
    if (!l.achieved) return s + l.score;
    s += countsAs === 'one' ? 1 : l.score;
  }
  return s;
}

export function rankFromS(s: number, scoring: CmmmScoring, highestWithRequirements: number): number {
  let rank = 0;
  for (const b of scoring.bands) if (s + EPS >= b.minS && b.level > rank) rank = b.level;
  return Math.min(rank, highestWithRequirements);
}

/** GB/T 39117: a level is achieved when its score reaches the threshold and every lower level is achieved. */
export function achievedLevels(
  scores: ReadonlyArray<{ level: number; score: number | null }>,
  achievedAt: number,
): boolean[] {
  let lowerAchieved = true;
  return scores.map(({ score }) => {
    // a level without relevant requirements is skipped, as in S
    if (score === null) return false;
    lowerAchieved = lowerAchieved && score + EPS >= achievedAt;
    return lowerAchieved;
  });
}

/** Whether every sub-domain carrying requirements weighs the same (the standard's weights are not encoded). */
function weightsEqual(cp: CompiledPack, roll: PackRollup): boolean {
  const seen = new Set<number>();
  roll.entries.forEach((e, i) => {
    if (e.entry.level !== undefined && e.relevant) seen.add(cp.index.pathWeight[cp.index.entryNode[i]!]!);
  });
  return seen.size <= 1;
}

/** What a lift trial knows: the evaluation it starts from and the entries whose answers changed. */
export interface CmmmBase {
  readonly cmmm: CmmmEval;
  readonly roll: PackRollup;
  /** entry indices; relevance unchanged (no relevance condition reads them) */
  readonly changed: readonly number[];
}

/**
 * The pack's levels with their scores and whether each is achieved (as `achievedLevels` decides),
 * in one pass without intermediate spread objects: this runs in every CMMM lift trial.
 */
function cmmmLevels(
  scoring: CmmmScoring,
  perLevel: ReadonlyArray<{ score: number | null; requirements: number }>,
): CmmmLevelEval[] {
  let lowerAchieved = true;
  return scoring.levels.map(({ level }) => {
    const { score, requirements } = perLevel[level]!;
    if (score !== null) lowerAchieved = lowerAchieved && score + EPS >= scoring.achievedAt;
    // key order as the spreads it replaces gave it
    return { level, score, requirements, achieved: score !== null && lowerAchieved };
  });
}

export function evalCmmm(
  cp: CompiledPack,
  roll: PackRollup,
  scoring: CmmmScoring,
  base?: CmmmBase,
): CmmmEval {
  const cells = base
    ? changedCells(cp, roll, { cells: base.cmmm.cells, roll: base.roll }, base.changed)
    : fullCells(cp, roll);
  const levels = cmmmLevels(scoring, levelScores(cp, cells));
  const s = cumulativeS(levels, scoring.achievedCountsAs);
  let highest = 0;
  for (const l of levels) if (l.score !== null && l.level > highest) highest = l.level;
  // relevance is unchanged in a trial, and with it which sub-domains carry requirements
  const equalWeights = base ? base.cmmm.equalWeights : weightsEqual(cp, roll);
  return { levels, s, rank: rankFromS(s, scoring, highest), equalWeights, cells };
}

/** How far a CMMM evaluation is from reaching `target` (0 = reached). */
export function cmmmDeficit(ev: CmmmEval, target: number, scoring: CmmmScoring): number {
  if (ev.rank >= target) return 0;
  let deficit = 0;
  for (const l of ev.levels) {
    if (l.level >= target || l.score === null) continue;
    deficit += Math.max(0, scoring.achievedAt - l.score);
  }
  const band = scoring.bands.find((b) => b.level === target);
  return deficit + Math.max(0, (band?.minS ?? target) - ev.s) + EPS;
}

/** SME digital level (2024 indicators as configured): 100-point score and graded scenes. */
export interface SmeScene {
  readonly itemId: string;
  readonly level: number;
  readonly constrained: boolean;
}

/** One level's conditions as checked: points, scenes at the level, 约束性 scenes among them. */
export interface SmeRuleCheck {
  readonly level: number;
  readonly minScore: number;
  readonly scoreMet: boolean;
  readonly scenes: number;
  readonly minScenes: number | null;
  readonly constrainedScenes: number;
  readonly minConstrainedScenes: number | null;
  readonly met: boolean;
}

export interface SmeEval {
  readonly score100: number;
  /** level answered per relevant scene item */
  readonly sceneLevels: readonly number[];
  readonly scenes: readonly SmeScene[];
  readonly checks: readonly SmeRuleCheck[];
  readonly rank: number;
}

export function checkSmeRule(
  rule: SmeScoring['rule'][number],
  score100: number,
  scenes: readonly SmeScene[],
): SmeRuleCheck {
  const at = scenes.filter((sc) => sc.level >= rule.level);
  const constrainedScenes = at.filter((sc) => sc.constrained).length;
  const scoreMet = score100 + EPS >= rule.minScore;
  const scenesMet = rule.minScenes === undefined || at.length >= rule.minScenes;
  const constrainedMet =
    rule.minConstrainedScenes === undefined || constrainedScenes >= rule.minConstrainedScenes;
  return {
    level: rule.level,
    minScore: rule.minScore,
    scoreMet,
    scenes: at.length,
    minScenes: rule.minScenes ?? null,
    constrainedScenes,
    minConstrainedScenes: rule.minConstrainedScenes ?? null,
    met: scoreMet && scenesMet && constrainedMet,
  };
}

/** The level: the highest rule that holds with every lower rule holding too. */
export function smeRank(checks: readonly SmeRuleCheck[]): number {
  let rank = 0;
  for (const c of [...checks].sort((a, b) => a.level - b.level)) {
    if (!c.met) break;
    rank = c.level;
  }
  return rank;
}

const sceneEntryCache = new WeakMap<CompiledPack, readonly number[]>();

/** Indices of the entries placed under the scenes node, in entry order; once per compiled pack. */
function sceneEntries(cp: CompiledPack, scenesNode: string): readonly number[] {
  let list = sceneEntryCache.get(cp);
  if (!list) {
    list = cp.entries.flatMap((_, i) => (cp.index.entryAncestors[i]!.has(scenesNode) ? [i] : []));
    sceneEntryCache.set(cp, list);
  }
  return list;
}

export function evalSme(cp: CompiledPack, roll: PackRollup, scoring: SmeScoring): SmeEval {
  const score100 = roll.maxPoints > 0 ? (100 * roll.points) / roll.maxPoints : 0;
  const scenes: SmeScene[] = [];
  for (const i of sceneEntries(cp, scoring.scenesNode)) {
    const e = roll.entries[i]!;
    if (e.relevant && !e.ev.na)
      scenes.push({ itemId: e.entry.itemId, level: e.ev.level ?? 0, constrained: e.entry.constrained });
  }
  const checks = scoring.rule.map((r) => checkSmeRule(r, score100, scenes));
  return { score100, sceneLevels: scenes.map((sc) => sc.level), scenes, checks, rank: smeRank(checks) };
}

export function smeDeficit(ev: SmeEval, target: number): number {
  if (ev.rank >= target) return 0;
  let deficit = 0;
  for (const c of ev.checks) {
    if (c.level > target) continue;
    deficit += Math.max(0, c.minScore - ev.score100) / 100;
    if (c.minScenes !== null) deficit += Math.max(0, c.minScenes - c.scenes) / 16;
    if (c.minConstrainedScenes !== null)
      deficit += Math.max(0, c.minConstrainedScenes - c.constrainedScenes) / 16;
  }
  return deficit + EPS;
}
