import { describe, expect, it } from 'vitest';
import { cmmmRule, smeRule } from '../../../assessments/engine/level-rule';
import type { CmmmScoring, SmeScoring } from '../../../assessments/engine/model/schema';
import {
  achievedLevels,
  checkSmeRule,
  cumulativeS,
  rankFromS,
  smeRank,
  type CmmmEval,
  type SmeEval,
  type SmeScene,
} from '../../../assessments/engine/scoring/levels';
import { L, cite } from './support';

/**
 * Hand-computed cases, one row per rule. Every expected value is written from the published rule
 * (GB/T 39117 cumulative S; 2024 SME indicators: points plus scene conditions), not from the engine.
 */

const provenance = { citation: cite, confidence: 'partial' as const };

const cmmm: CmmmScoring = {
  kind: 'cmmm',
  levels: [1, 2, 3, 4, 5].map((level) => ({ level, label: L(`${'一二三四五'[level - 1]}级`) })),
  belowFirst: L('未达一级'),
  achievedAt: 0.8,
  achievedCountsAs: 'one',
  bands: [0.8, 1.8, 2.8, 3.8, 4.8].map((minS, i) => ({ level: i + 1, minS })),
  statement: L('{level}'),
  decidedBy: L('平台'),
  ...provenance,
};

function cmmmEval(scores: number[]): Omit<CmmmEval, 'cells'> {
  const scored = scores.map((score, i) => ({ level: i + 1, score, requirements: 1 }));
  const achieved = achievedLevels(scored, cmmm.achievedAt);
  const levels = scored.map((l, i) => ({ ...l, achieved: achieved[i]! }));
  const s = cumulativeS(levels, cmmm.achievedCountsAs);
  return { levels, s, rank: rankFromS(s, cmmm, scores.length), equalWeights: true };
}

describe('CMMM level (GB/T 39117: achieved levels count 1, plus the first level not achieved)', () => {
  const cases: Array<[string, number[], boolean[], number, number]> = [
    // levels 1–3 reach 0.8 → 1 + 1 + 1 + 0.1 = 3.10 → 三级 (2.8–3.8)
    ['three achieved', [0.8, 0.8, 0.8, 0.1], [true, true, true, false], 3.1, 3],
    // all four reach 0.8 → 1 + 1 + 1 + 1 = 4.00 → 四级 (3.8–4.8)
    ['four achieved', [0.95, 0.9, 0.85, 0.85], [true, true, true, true], 4, 4],
    // level 2 at 0.6 is not achieved, so 3 and 4 are not either → 1 + 0.6 = 1.60 → 一级 (0.8–1.8)
    ['level 2 not achieved', [0.9, 0.6, 0.9, 0.9], [true, false, false, false], 1.6, 1],
    // level 1 at 0.7 → S = 0.70 < 0.8 → below 一级
    ['level 1 not achieved', [0.7, 0.9, 0.9, 0.9], [false, false, false, false], 0.7, 0],
  ];
  it.each(cases)('%s', (_name, scores, achieved, s, rank) => {
    const ev = cmmmEval(scores);
    expect(ev.levels.map((l) => l.achieved)).toEqual(achieved);
    expect(ev.s).toBeCloseTo(s, 10);
    expect(ev.rank).toBe(rank);
  });

  it('writes the sum out so a reviewer can recompute it, and says the weights are equal', () => {
    const rule = cmmmRule(cmmmEval([0.8, 0.8, 0.8, 0.1]), cmmm);
    expect(rule.lines.map((l) => l.zh)).toEqual([
      '各级得分：一级 0.80、二级 0.80、三级 0.80、四级 0.10',
      '得分 ≥ 0.8 且以下各级均已达到的等级计 1，加上第一个未达到等级的得分：S = 1 + 1 + 1 + 0.10 = 3.10 → 三级（区间 2.8–3.8）',
      '权重按等权估算（标准规定的各能力子域权重未取得）',
    ]);
  });
});

const sme: SmeScoring = {
  kind: 'sme-digital',
  levels: [1, 2, 3, 4].map((level) => ({ level, label: L(`${'一二三四'[level - 1]}级`) })),
  belowFirst: L('未达一级'),
  rule: [
    { level: 1, minScore: 20, minScenes: 6, minConstrainedScenes: 3 },
    { level: 2, minScore: 40, minScenes: 6, minConstrainedScenes: 3 },
    { level: 3, minScore: 60, minScenes: 8, minConstrainedScenes: 5 },
    { level: 4, minScore: 80, minScenes: 10, minConstrainedScenes: 6 },
  ],
  scenesNode: 'scenes',
  statement: L('{level}'),
  decidedBy: L('现场'),
  ...provenance,
};

/** 16 scenes, the first 10 约束性 (as in the 2024 indicators); `levels` lists each scene's level. */
function scenes(levels: number[]): SmeScene[] {
  return levels.map((level, i) => ({ itemId: `s${i}`, level, constrained: i < 10 }));
}

function smeEval(score100: number, sceneLevels: number[]): SmeEval {
  const sc = scenes(sceneLevels);
  const checks = sme.rule.map((r) => checkSmeRule(r, score100, sc));
  return { score100, sceneLevels, scenes: sc, checks, rank: smeRank(checks) };
}

//                                   constrained (10)               other (6)
const allAt1 = [...Array<number>(16).fill(1)];
const twoConstrainedAt2 = [2, 2, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 1, 1];
const threeConstrainedAt2 = [2, 2, 2, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 1, 1, 1];
const fourConstrainedAt3 = [3, 3, 3, 3, 2, 2, 2, 2, 2, 2, 3, 3, 3, 3, 2, 2];

describe('SME digital level (2024 indicators: points and scene conditions)', () => {
  const cases: Array<[string, number, number[], number, string | null]> = [
    // 45 points reach 二级, but no scene is at level 2 (needs 6)
    ['45 points, every scene at 1', 45, allAt1, 1, '得分已达二级，但达到二级的场景只有 0 个，需 6 个'],
    // 6 scenes at 2, of which 2 约束性 (needs 3)
    [
      '45 points, 6 scenes at 2 with 2 约束性',
      45,
      twoConstrainedAt2,
      1,
      '得分已达二级，但达到二级的约束性场景只有 2 个，需 3 个',
    ],
    // 6 scenes at 2, of which 3 约束性 → 二级; 60 points for 三级 are not reached → no blocker
    ['45 points, 6 scenes at 2 with 3 约束性', 45, threeConstrainedAt2, 2, null],
    // 65 points reach 三级; 8 scenes at 3 but only 4 约束性 (needs 5) → 二级
    [
      '65 points, 8 scenes at 3 with 4 约束性',
      65,
      fourConstrainedAt3,
      2,
      '得分已达三级，但达到三级的约束性场景只有 4 个，需 5 个',
    ],
    // 19 points: below 20 whatever the scenes
    ['19 points, every scene at 3', 19, Array<number>(16).fill(3), 0, null],
  ];
  it.each(cases)('%s', (_name, score, levels, rank, blocker) => {
    const ev = smeEval(score, levels);
    expect(ev.rank).toBe(rank);
    expect(smeRule(ev, sme).blocker?.zh ?? null).toBe(blocker);
  });
});
