import type { CompiledPack } from '../model/questionnaire';
import type { CmmmScoring, SmeScoring } from '../model/schema';
import type { PackRollup } from './pack';

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
}

const EPS = 1e-9;

const MAX_LEVEL = 5;

/**
 * Per level: the mean satisfaction of each sub-domain's requirements at that level, weighted by
 * the sub-domain's path weight. One pass over the entries into flat level × node accumulators.
 */
function levelScores(
  cp: CompiledPack,
  roll: PackRollup,
): Array<{ score: number | null; requirements: number }> {
  const ix = cp.index;
  const nodes = cp.nodes.length;
  const sum = new Float64Array((MAX_LEVEL + 1) * nodes);
  const w = new Float64Array((MAX_LEVEL + 1) * nodes);
  const requirements = new Array<number>(MAX_LEVEL + 1).fill(0);
  for (let i = 0; i < roll.entries.length; i++) {
    const e = roll.entries[i]!;
    const level = e.entry.level;
    if (level === undefined || !e.relevant || e.ev.na) continue;
    requirements[level]!++;
    const k = level * nodes + ix.entryNode[i]!;
    sum[k]! += e.entry.weight * (e.ev.fraction ?? 0);
    w[k]! += e.entry.weight;
  }
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

export function evalCmmm(cp: CompiledPack, roll: PackRollup, scoring: CmmmScoring): CmmmEval {
  const perLevel = levelScores(cp, roll);
  const levels = scoring.levels.map(({ level }) => {
    const { score, requirements } = perLevel[level]!;
    return { level, score, requirements, achieved: score !== null && score + EPS >= scoring.achievedAt };
  });
  const s = cumulativeS(levels, scoring.achievedCountsAs);
  const highest = Math.max(0, ...levels.filter((l) => l.score !== null).map((l) => l.level));
  return { levels, s, rank: rankFromS(s, scoring, highest) };
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
export interface SmeEval {
  readonly score100: number;
  /** level answered per relevant scene item */
  readonly sceneLevels: readonly number[];
  readonly rank: number;
}

function smeRuleHolds(
  rule: SmeScoring['rule'][number],
  score100: number,
  sceneLevels: readonly number[],
): boolean {
  if (score100 + EPS < rule.minScore) return false;
  if (rule.minScenes === undefined) return true;
  return sceneLevels.filter((l) => l >= rule.level).length >= rule.minScenes;
}

export function evalSme(cp: CompiledPack, roll: PackRollup, scoring: SmeScoring): SmeEval {
  const score100 = roll.maxPoints > 0 ? (100 * roll.points) / roll.maxPoints : 0;
  const sceneLevels: number[] = [];
  roll.entries.forEach((e, i) => {
    if (e.relevant && !e.ev.na && cp.index.entryAncestors[i]!.has(scoring.scenesNode))
      sceneLevels.push(e.ev.level ?? 0);
  });
  let rank = 0;
  for (const rule of [...scoring.rule].sort((a, b) => a.level - b.level)) {
    if (!smeRuleHolds(rule, score100, sceneLevels)) break;
    rank = rule.level;
  }
  return { score100, sceneLevels, rank };
}

export function smeDeficit(ev: SmeEval, target: number, scoring: SmeScoring): number {
  if (ev.rank >= target) return 0;
  let deficit = 0;
  for (const rule of scoring.rule) {
    if (rule.level > target) continue;
    deficit += Math.max(0, rule.minScore - ev.score100) / 100;
    if (rule.minScenes !== undefined) {
      deficit += Math.max(0, rule.minScenes - ev.sceneLevels.filter((l) => l >= rule.level).length) / 16;
    }
  }
  return deficit + EPS;
}
