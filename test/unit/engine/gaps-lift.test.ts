import { describe, expect, it } from 'vitest';
import type { AnswerValue } from '../../../assessments/engine/answer';
import { rankGaps, type RawGap } from '../../../assessments/engine/gaps';
import { L, cite, model, node, pack, questionnaire, run } from './support';
import { phrase, type Phrase } from '../../../assessments/engine/phrase';
import { phraseText } from '../../../assessments/presentation/phrase';

const unconfirmed = { citation: cite, confidence: 'unconfirmed' as const };
const smeScoring = (minScenes?: number) => ({
  kind: 'sme-digital' as const,
  levels: [1, 2, 3, 4].map((level) => ({ level, label: L(`${level}级`) })),
  belowFirst: L('未达一级'),
  rule: [20, 40, 60, 80].map((minScore, i) => ({
    level: i + 1,
    minScore,
    ...(minScenes ? { minScenes } : {}),
  })),
  scenesNode: 'scenes',
  statement: L('{level}'),
  decidedBy: L('现场'),
  ...unconfirmed,
});

/** Three improvable items with different cost/KPI tags and efforts (numbers chosen for hand computation). */
const g = pack({
  id: 'g',
  version: '2024.1',
  nodes: [node('base'), node('scenes')],
  items: [
    {
      id: 'g.a',
      node: 'base',
      type: 'boolean',
      points: 30,
      effort: 1,
      costs: ['energy'],
      kpis: ['energy'],
      label: L('a'),
    },
    {
      id: 'g.b',
      node: 'base',
      type: 'boolean',
      points: 30,
      effort: 2,
      costs: ['labour', 'material'],
      kpis: ['quality'],
      label: L('b'),
    },
    {
      id: 'g.c',
      node: 'base',
      type: 'choices',
      select: 'multi',
      points: 40,
      effort: 3,
      costs: [],
      kpis: ['quality', 'delivery'],
      label: L('c'),
      options: ['x', 'y'].map((id) => ({ id, label: L(id), points: 20 })),
    },
  ],
  scoring: smeScoring(),
});
const q = questionnaire(g);
const no: AnswerValue = { kind: 'boolean', value: false };
const answers: Record<string, AnswerValue> = {
  'g.a': no,
  'g.b': no,
  'g.c': { kind: 'choices', selected: ['x'] },
};

describe('gap ranking (SIRI-prioritisation style)', () => {
  it('lists every item short of its best towards the next level, with normalised parts', () => {
    const r = model(run(q, answers), 'g');
    expect(r.estimate!.rank).toBe(1);
    expect(r.gaps.map((x) => x.itemId)).toEqual(['g.b', 'g.a', 'g.c']);
    const a = r.gaps.find((x) => x.itemId === 'g.a')!;
    // proximity 1/2.5, cost (1/7)/(3/7), kpi (1/8)/(4/8); tactical 0.45/0.30/0.25
    expect(a.impact).toEqual({
      proximity: 0.4,
      cost: expect.closeTo(1 / 3, 5),
      kpi: 0.25,
      score: expect.closeTo(0.325, 5),
    });
    expect(r.gaps.find((x) => x.itemId === 'g.c')!).toMatchObject({
      currentFraction: 0.5,
      targetFraction: 1,
      effort: 3,
    });
  });

  it('the enterprise focus re-weights: an energy-cost focus puts the energy item first', () => {
    const r = model(run(q, answers, { focus: { costs: ['energy'] } }), 'g');
    expect(r.gaps.map((x) => x.itemId)).toEqual(['g.a', 'g.c', 'g.b']);
  });

  it('the preset is visible in the result and changes the order', () => {
    const focus = { kpis: ['quality' as const] };
    const strategic = run(q, answers, { preset: 'strategic', focus });
    const operational = run(q, answers, { preset: 'operational', focus });
    expect(strategic.presetWeights).toEqual({ cost: 0.3, kpi: 0.4, proximity: 0.3 });
    expect(model(strategic, 'g').gaps.map((x) => x.itemId)).toEqual(['g.b', 'g.c', 'g.a']);
    expect(model(operational, 'g').gaps.map((x) => x.itemId)).toEqual(['g.b', 'g.a', 'g.c']);
  });

  it('rankGaps merges duplicates keeping the larger distance and both reasons', () => {
    const raw = (reason: Phrase, distance: number): RawGap => ({
      id: 'item:x',
      kind: 'item',
      label: L('x'),
      itemId: 'x',
      reason,
      current: 1 - distance,
      target: 1,
      effort: 1,
      costs: [],
      kpis: [],
      distance,
    });
    const level = (n: number) => phrase('dx.gap.cmmmTarget', { level: n });
    const [only, ...rest] = rankGaps([raw(level(1), 0.2), raw(level(2), 0.6)], {
      cost: 0,
      kpi: 0,
      proximity: 1,
    });
    expect(rest).toEqual([]);
    expect(only).toMatchObject({ rank: 1, currentFraction: 0.4 });
    expect(phraseText(only!.reason, 'zh-CN')).toBe('能力成熟度2级；能力成熟度1级');
    expect(phraseText(only!.reason, 'en')).toBe('Capability maturity level 2; Capability maturity level 1');
  });
});

describe('cheapest lift', () => {
  it('finds the cheapest change set that reaches the next level (hand-checked)', () => {
    // 20 points now; level 2 needs 40: a (+30, cost 1) beats b (+30, cost 2) and c (+20, cost 3)
    const lift = model(run(q, answers), 'g').cheapestLift!;
    expect(lift.target).toMatchObject({ code: '2', rank: 2 });
    expect(lift.found).toBe(true);
    expect(lift.moves.map((m) => [m.itemId, m.to, m.cost])).toEqual([
      ['g.a', { kind: 'boolean', value: true }, 1],
    ]);
    expect(lift.totalCost).toBe(1);
    expect(lift.search.evaluations).toBeGreaterThan(0);
    expect(lift.search.bound).toContain('评估');
  });

  it('combines changes when one is not enough, cheapest efforts first', () => {
    // eight 10-point items (each 12.5 of 100); level 1 needs 20 → two items: the effort-1 and effort-2 ones
    const tens = pack({
      id: 'g3',
      version: '2024.1',
      nodes: [node('base'), node('scenes')],
      items: [3, 1, 2, 3, 3, 3, 3, 3].map((effort, i) => ({
        id: `g3.i${i}`,
        node: 'base',
        type: 'boolean' as const,
        points: 10,
        effort,
        label: L(`i${i}`),
      })),
      scoring: smeScoring(),
    });
    const lift = model(run(questionnaire(tens), {}), 'g3').cheapestLift!;
    expect(lift.found).toBe(true);
    expect(lift.moves.map((m) => m.itemId).sort()).toEqual(['g3.i1', 'g3.i2']);
    expect(lift.totalCost).toBe(3);
  });

  it('reports found = false when answers cannot reach the target', () => {
    const scenesOnlyOne = pack({
      ...g,
      id: 'g2',
      items: [
        ...g.items,
        {
          id: 'g2.s',
          node: 'scenes',
          type: 'level',
          label: L('s'),
          levels: [1, 2].map((level) => ({ level, text: `L${level}` })),
        },
      ],
      scoring: smeScoring(2),
    });
    const lift = model(run(questionnaire(scenesOnlyOne), {}), 'g2').cheapestLift!;
    expect(lift.found).toBe(false);
    expect(lift.moves).toEqual([]);
  });

  it('lift: false skips the search', () => {
    expect(model(run(q, answers, { lift: false }), 'g').cheapestLift).toBeNull();
  });
});
