import { describe, expect, it } from 'vitest';
import type { AnswerValue } from '../../../assessments/engine/answer';
import { cumulativeS } from '../../../assessments/engine/scoring/levels';
import { L, cite, model, node, pack, questionnaire, run } from './support';

const sat = (value: 'full' | 'most' | 'partial' | 'none'): AnswerValue => ({ kind: 'satisfaction', value });
const unconfirmed = { citation: cite, confidence: 'unconfirmed' as const };
const levels = [1, 2, 3, 4, 5].map((level) => ({ level, label: L(`${level}级`) }));

/** Two sub-domains with one requirement per level 1–3 each; S per GB/T 39117 as configured. */
function cmmmPack(countsAs: 'score' | 'one' = 'score') {
  return pack({
    id: 'cm',
    version: '2020.1',
    satisfactionScale: { full: 1, most: 0.8, partial: 0.5, none: 0, ...unconfirmed },
    nodes: [node('el'), node('sd-a', 'el'), node('sd-b', 'el')],
    items: ['a', 'b'].flatMap((sd) =>
      [1, 2, 3].map((level) => ({
        id: `cm.${sd}.l${level}`,
        node: `sd-${sd}`,
        type: 'satisfaction' as const,
        level,
        label: L(`${sd}${level}`),
        requirement: '要求',
      })),
    ),
    scoring: {
      kind: 'cmmm',
      levels,
      belowFirst: L('未达一级'),
      achievedAt: 0.8,
      achievedCountsAs: countsAs,
      bands: [1, 2, 3, 4, 5].map((level) => ({ level, minS: level - 0.2 })),
      statement: L('能力成熟度估算：{level}'),
      decidedBy: L('平台'),
      ...unconfirmed,
    },
  });
}

function answers(a: string[], b: string[]): Record<string, AnswerValue> {
  const out: Record<string, AnswerValue> = {};
  a.forEach((v, i) => (out[`cm.a.l${i + 1}`] = sat(v as 'full')));
  b.forEach((v, i) => (out[`cm.b.l${i + 1}`] = sat(v as 'full')));
  return out;
}

describe('CMMM cumulative level rule (configurable, unconfirmed)', () => {
  const q = questionnaire(cmmmPack());

  it('S = achieved levels + the first level not achieved (hand-computed)', () => {
    // L1 = (1+1)/2 = 1 ✓, L2 = (1+0.8)/2 = 0.9 ✓, L3 = (0.5+0.5)/2 = 0.5 ✗ → S = 1 + 0.9 + 0.5 = 2.4 → 二级
    const r = model(run(q, answers(['full', 'full', 'partial'], ['full', 'most', 'partial'])), 'cm');
    expect(r.levelScores.slice(0, 3).map((l) => [l.score, l.achieved])).toEqual([
      [1, true],
      [0.9, true],
      [0.5, false],
    ]);
    expect(r.score.value).toBe(2.4);
    expect(r.estimate).toMatchObject({
      code: '2',
      rank: 2,
      pendingVerification: true,
      confidence: 'unconfirmed',
    });
    expect(r.estimate!.statement.zh).toBe('能力成熟度估算：2级（部分条件待核实）');
  });

  it('a level below 0.8 stops the count: higher levels do not add', () => {
    // L1 = (0.5+1)/2 = 0.75 ✗ → S = 0.75 → below 一级, even though L2 is full
    const r = model(run(q, answers(['partial', 'full', 'full'], ['full', 'full', 'full'])), 'cm');
    expect(r.score.value).toBe(0.75);
    expect(r.estimate).toMatchObject({ code: 'none', rank: 0 });
    expect(r.next).toMatchObject({ rank: 1 });
  });

  it('the estimate never exceeds the highest level that has requirements', () => {
    const r = model(run(q, answers(['full', 'full', 'full'], ['full', 'full', 'full'])), 'cm');
    expect(r.score.value).toBe(3);
    expect(r.estimate!.rank).toBe(3);
  });

  it("'one' counts an achieved level as 1 instead of its score", () => {
    const q1 = questionnaire(cmmmPack('one'));
    const r = model(run(q1, answers(['full', 'most', 'none'], ['full', 'most', 'none'])), 'cm');
    expect(r.score.value).toBe(2); // 1 + 1 + 0
    expect(
      cumulativeS(
        [
          { level: 1, score: 0.9, achieved: true, requirements: 1 },
          { level: 2, score: 0.85, achieved: true, requirements: 1 },
        ],
        'score',
      ),
    ).toBeCloseTo(1.75, 10);
  });
});

/** SME-style: points summed to 100, level by score bands and (optionally) scenes at level. */
function smePack(minScenes?: number) {
  return pack({
    id: 'sme',
    version: '2024.1',
    nodes: [node('base'), node('scenes')],
    items: [
      {
        id: 'sme.x',
        node: 'base',
        type: 'choices',
        select: 'multi',
        points: 60,
        label: L('x'),
        options: ['a', 'b', 'c'].map((id) => ({ id, label: L(id), points: 20 })),
      },
      { id: 'sme.y', node: 'base', type: 'boolean', points: 40, label: L('y') },
      ...['s1', 's2'].map((id) => ({
        id: `sme.${id}`,
        node: 'scenes',
        type: 'level' as const,
        label: L(id),
        levels: [1, 2, 3, 4].map((level) => ({ level, text: `L${level}` })),
      })),
    ],
    scoring: {
      kind: 'sme-digital',
      levels: levels.slice(0, 4),
      belowFirst: L('未达一级'),
      rule: [20, 40, 60, 80].map((minScore, i) => ({
        level: i + 1,
        minScore,
        ...(minScenes === undefined ? {} : { minScenes }),
      })),
      scenesNode: 'scenes',
      statement: L('数字化水平估算：{level}'),
      decidedBy: L('现场评定'),
      ...unconfirmed,
    },
  });
}

describe('SME digital level (configurable, unconfirmed)', () => {
  it('points add up and the 2022 bands give the level', () => {
    const q = questionnaire(smePack());
    const r = model(run(q, { 'sme.x': { kind: 'choices', selected: ['a', 'b'] } }), 'sme');
    expect([r.score.value, r.score.max]).toEqual([40, 100]);
    expect(r.estimate).toMatchObject({ rank: 2, pendingVerification: true });
    expect(
      model(
        run(q, {
          'sme.y': { kind: 'boolean', value: true },
          'sme.x': { kind: 'choices', selected: ['a', 'b'] },
        }),
        'sme',
      ).estimate!.rank,
    ).toBe(4);
    expect(model(run(q, {}), 'sme').estimate!.code).toBe('none');
  });

  it('with minScenes, a level also needs that many scenes at or above it', () => {
    const q = questionnaire(smePack(2));
    const full: Record<string, AnswerValue> = {
      'sme.y': { kind: 'boolean', value: true },
      'sme.x': { kind: 'choices', selected: ['a', 'b', 'c'] },
    };
    const r = model(
      run(q, { ...full, 'sme.s1': { kind: 'level', level: 3 }, 'sme.s2': { kind: 'level', level: 2 } }),
      'sme',
    );
    expect(r.score.value).toBe(100);
    expect(r.estimate!.rank).toBe(2); // level 3 needs both scenes at ≥ 3
  });
});
