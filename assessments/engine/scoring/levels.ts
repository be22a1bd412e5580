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
 * count and score) behind the level scores, kept so a lift trial re-sums only the cells its change
 * touches. One row per level: a trial copies just the rows it changes and shares the others with
 * the evaluation it starts from (copying every cell was a seventh of all the search allocated).
 */
export interface LevelCells {
  /** [level][sub-domain node index] */
  readonly sum: ReadonlyArray<readonly number[]>;
  readonly w: ReadonlyArray<readonly number[]>;
  readonly requirements: readonly number[];
  /** per level (index = level): the score these cells give and its requirement count */
  readonly scores: readonly LevelScore[];
}

interface LevelScore {
  readonly score: number | null;
  readonly requirements: number;
}

function counts(e: EntryEval): boolean {
  return e.entry.level !== undefined && e.relevant && !e.ev.na;
}

function zeroRows(nodes: number): number[][] {
  return Array.from({ length: MAX_LEVEL + 1 }, () => new Array<number>(nodes).fill(0));
}

/** One pass over the entries into level × node accumulators. */
function fullCells(cp: CompiledPack, roll: PackRollup): LevelCells {
  const nodes = cp.nodes.length;
  const sum = zeroRows(nodes);
  const w = zeroRows(nodes);
  const requirements = new Array<number>(MAX_LEVEL + 1).fill(0);
  for (let i = 0; i < roll.entries.length; i++) {
    const e = roll.entries[i]!;
    if (!counts(e)) continue;
    const level = e.entry.level!;
    requirements[level]!++;
    const n = cp.index.entryNode[i]!;
    sum[level]![n]! += e.entry.weight * (e.ev.fraction ?? 0);
    w[level]![n]! += e.entry.weight;
  }
  const scores = requirements.map((_, level) => levelScore(cp, sum[level]!, w[level]!, requirements[level]!));
  return { sum, w, requirements, scores };
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
  const sum = prev.cells.sum.slice();
  const w = prev.cells.w.slice();
  const requirements = [...prev.cells.requirements];
  const scores = prev.cells.scores.slice();
  for (const c of changed) {
    const level = cp.entries[c]!.level;
    if (level === undefined) continue;
    if (scores[level] !== STALE) {
      // first change on this level in this trial: its rows become this trial's own
      sum[level] = sum[level]!.slice();
      w[level] = w[level]!.slice();
      scores[level] = STALE;
    }
    requirements[level]! += (counts(roll.entries[c]!) ? 1 : 0) - (counts(prev.roll.entries[c]!) ? 1 : 0);
    const node = cp.index.entryNode[c]!;
    const rowSum = sum[level] as number[];
    const rowW = w[level] as number[];
    rowSum[node] = 0;
    rowW[node] = 0;
    for (const i of cp.index.entriesOf[node]!) {
      const e = roll.entries[i]!;
      if (e.entry.level !== level || !counts(e)) continue;
      rowSum[node]! += e.entry.weight * (e.ev.fraction ?? 0);
      rowW[node]! += e.entry.weight;
    }
  }
  // a trial changes one or a few cells: only their levels are scored again
  for (let level = 0; level < scores.length; level++)
    if (scores[level] === STALE) scores[level] = levelScore(cp, sum[level]!, w[level]!, requirements[level]!);
  return { sum, w, requirements, scores };
}

const STALE: LevelScore = { score: null, requirements: -1 };

/** One level: the mean satisfaction of each sub-domain's requirements, weighted by its path weight. */
function levelScore(
  cp: CompiledPack,
  sum: readonly number[],
  w: readonly number[],
  requirements: number,
): LevelScore {
  const pathWeight = cp.index.pathWeight;
  let total = 0;
  let weights = 0;
  for (let n = 0; n < sum.length; n++) {
    if (w[n]! <= 0) continue;
    total += pathWeight[n]! * (sum[n]! / w[n]!);
    weights += pathWeight[n]!;
  }
  return { score: weights > 0 ? total / weights : null, requirements };
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
  const levels = cmmmLevels(scoring, cells.scores);
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
  // counted, not filtered into arrays: this runs for every rule in every SME lift trial
  let atLevel = 0;
  let constrainedScenes = 0;
  for (const sc of scenes) {
    if (sc.level < rule.level) continue;
    atLevel++;
    if (sc.constrained) constrainedScenes++;
  }
  const scoreMet = score100 + EPS >= rule.minScore;
  const scenesMet = rule.minScenes === undefined || atLevel >= rule.minScenes;
  const constrainedMet =
    rule.minConstrainedScenes === undefined || constrainedScenes >= rule.minConstrainedScenes;
  return {
    level: rule.level,
    minScore: rule.minScore,
    scoreMet,
    scenes: atLevel,
    minScenes: rule.minScenes ?? null,
    constrainedScenes,
    minConstrainedScenes: rule.minConstrainedScenes ?? null,
    met: scoreMet && scenesMet && constrainedMet,
  };
}

/** The level: the highest rule that holds with every lower rule holding too. */
export function smeRank(checks: readonly SmeRuleCheck[]): number {
  let rank = 0;
  // packs list their rules lowest level first; sorting a copy anyway was most of what an SME trial allocated
  const ordered = ascending(checks) ? checks : [...checks].sort((a, b) => a.level - b.level);
  for (const c of ordered) {
    if (!c.met) break;
    rank = c.level;
  }
  return rank;
}

function ascending(checks: readonly SmeRuleCheck[]): boolean {
  for (let i = 1; i < checks.length; i++) if (checks[i - 1]!.level > checks[i]!.level) return false;
  return true;
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

/** The graded scenes of a roll-up, in entry order. */
function smeScenes(entries: readonly EntryEval[], sceneIndices: readonly number[]): SmeScene[] {
  const scenes: SmeScene[] = [];
  for (const i of sceneIndices) {
    const e = entries[i]!;
    if (e.relevant && !e.ev.na)
      scenes.push({ itemId: e.entry.itemId, level: e.ev.level ?? 0, constrained: e.entry.constrained });
  }
  return scenes;
}

/** Whether two roll-ups hold the very same scored scene entries (a lift trial that left them alone). */
function sameScenes(a: PackRollup, b: PackRollup, sceneIndices: readonly number[]): boolean {
  for (const i of sceneIndices) if (a.entries[i] !== b.entries[i]) return false;
  return true;
}

/**
 * `prev`: the evaluation a lift trial starts from. Most trials change an indicator, not a scene,
 * and then keep its scene list as it is rather than building an equal one.
 */
export function evalSme(
  cp: CompiledPack,
  roll: PackRollup,
  scoring: SmeScoring,
  prev?: { readonly sme: SmeEval; readonly roll: PackRollup },
): SmeEval {
  const score100 = roll.maxPoints > 0 ? (100 * roll.points) / roll.maxPoints : 0;
  const sceneIndices = sceneEntries(cp, scoring.scenesNode);
  const kept = prev && sameScenes(prev.roll, roll, sceneIndices) ? prev.sme : undefined;
  const scenes = kept ? kept.scenes : smeScenes(roll.entries, sceneIndices);
  const sceneLevels = kept ? kept.sceneLevels : scenes.map((sc) => sc.level);
  const checks = scoring.rule.map((r) => checkSmeRule(r, score100, scenes));
  return { score100, sceneLevels, scenes, checks, rank: smeRank(checks) };
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
