import { describe, expect, it } from 'vitest';
import type { AnswerValue } from '../../../assessments/engine/answer';
import { figureProblem } from '../../../assessments/engine/figures-check';
import { TYPICAL_PROFILE, typicalAnswers } from '../../fixtures/answers/typical';
import { run, shipped } from './support';
import { EN_LABELS, phraseText } from '../../../assessments/presentation/phrase';
import { englishContent } from '../../../assessments/i18n/content/english';

const q = shipped().questionnaire('smart-factory-tiers')!;

const pick = (id: string): AnswerValue => ({ kind: 'choices', selected: [id] });
const figures = (enterprise: number, benchmark: number): AnswerValue => ({
  kind: 'figures',
  figures: { enterprise, benchmark },
});

/** 基础级 "主要技术经济指标高于省(区、市)同行业平均水平" (要素条件 2025) with the given KPI answers. */
function benchmark(kpi: Record<string, AnswerValue | undefined>) {
  const answers: Record<string, AnswerValue> = { ...typicalAnswers(q) };
  for (const [id, v] of Object.entries(kpi)) {
    if (v) answers[id] = v;
    else delete answers[id];
  }
  const tiers = run(q, answers, { profile: TYPICAL_PROFILE, lift: false }).models[0]!;
  const gate = tiers.gates.find((g) => g.gateId === 'basic.benchmark')!;
  return { gate, tiers };
}

describe('基础级 benchmark gate: the KPI, both values and where the benchmark comes from', () => {
  it('人均产值 85 万元/人 against a yearbook average of 62: higher is better, so the gate is met', () => {
    const { gate } = benchmark({
      'sf.basic.kpi-indicator': pick('output-per-head'),
      'sf.basic.kpi-figures': figures(85, 62),
      'sf.basic.kpi-basis': pick('statistical-yearbook'),
    });
    expect(gate.status).toBe('pass');
    expect(phraseText(gate.detail, 'zh-CN')).toBe(
      '全员劳动生产率（人均产值）：企业 85万元/人，对比值 62万元/人（对比值来源：省统计年鉴或统计公报；越高越好）→ 优于对比值（要求高于本省同行业平均水平）',
    );
    expect(phraseText(gate.detail, 'en', { ...EN_LABELS, content: englishContent })).toBe(
      'Output per employee: enterprise 85 × 10,000 CNY per person, benchmark 62 × 10,000 CNY per person (benchmark source: provincial statistical yearbook or bulletin; higher is better) → better than the benchmark (required: above the provincial industry average)',
    );
    expect(gate.itemIds).toEqual(['sf.basic.kpi-indicator', 'sf.basic.kpi-figures', 'sf.basic.kpi-basis']);
    expect(gate.itemDriven).toBe(false);
  });

  it('单位产品综合能耗 0.9 against an association average of 0.8: lower is better, so the gate fails and no tier is reached', () => {
    const { gate, tiers } = benchmark({
      'sf.basic.kpi-indicator': pick('energy-per-unit'),
      'sf.basic.kpi-figures': figures(0.9, 0.8),
      'sf.basic.kpi-basis': pick('industry-association'),
    });
    expect(gate.status).toBe('fail');
    expect(phraseText(gate.detail, 'zh-CN')).toBe(
      '单位产品综合能耗：企业 0.9，对比值 0.8（对比值来源：行业协会发布的数据；越低越好）→ 未优于对比值（要求高于本省同行业平均水平）',
    );
    expect(tiers.estimate?.rank).toBe(0);
    // a fact: listed apart with what would establish it, never in the plan
    expect(tiers.prerequisites?.map((p) => p.itemId)).toContain('sf.basic.kpi-figures');
    expect(tiers.gaps.some((g) => g.itemId?.startsWith('sf.basic.kpi'))).toBe(false);
  });

  it('values equal to the average are not above it', () => {
    const { gate } = benchmark({
      'sf.basic.kpi-indicator': pick('first-pass-yield'),
      'sf.basic.kpi-figures': figures(98, 98),
      'sf.basic.kpi-basis': pick('authority'),
    });
    expect(gate.status).toBe('fail');
  });

  it('a better value without a usable source of the average needs verification, never met', () => {
    for (const basis of [pick('none'), undefined]) {
      const { gate, tiers } = benchmark({
        'sf.basic.kpi-indicator': pick('on-time-delivery'),
        'sf.basic.kpi-figures': figures(97, 90),
        'sf.basic.kpi-basis': basis,
      });
      expect(gate.status).toBe('needs-verification');
      expect(phraseText(gate.detail, 'zh-CN')).toBe(
        '订单准时交付率：企业 97%，对比值 90%；对比值来源未明，须以统计年鉴、行业协会等公开数据核实（要求高于本省同行业平均水平）',
      );
      expect(tiers.tiers.find((t) => t.code === 'basic')?.status).toBe('meets-pending-verification');
    }
  });

  it('no indicator or no values entered: the gate stays unknown', () => {
    const { gate } = benchmark({
      'sf.basic.kpi-indicator': pick('output-per-head'),
      'sf.basic.kpi-figures': undefined,
      'sf.basic.kpi-basis': pick('statistical-yearbook'),
    });
    expect(gate.status).toBe('unknown');
    expect(phraseText(gate.detail, 'zh-CN')).toBe('未录入对比的指标及数值（要求高于本省同行业平均水平）');
  });

  it('an enterprise value above the average is a valid answer (the figures check does not treat it as part of a whole)', () => {
    const item = q.items.get('sf.basic.kpi-figures')!;
    expect(item.type).toBe('figures');
    if (item.type === 'figures') expect(figureProblem(item, figures(85, 62))).toBeUndefined();
  });
});
