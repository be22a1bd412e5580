import { describe, expect, it } from 'vitest';
import type { DiagnosisResult } from '../../../assessments/engine/diagnosis/schema';
import { factsFromDiagnosis } from '../../../assessments/engine/policy/from-diagnosis';
import {
  recommend,
  SCORE_WEIGHTS,
  type Recommendation,
} from '../../../assessments/engine/scenario/recommend';
import { evaluate } from '../../../assessments/engine/policy/evaluate';
import { catalogs, facts, funding, huangpuAi, profile } from '../policy/support';
import type { PolicyFacts } from '../../../assessments/engine/policy/facts';
import type { FundingInputs } from '../../../assessments/engine/funding';
import { fundingFormula } from '../../../assessments/presentation/composed';
import { phraseText } from '../../../assessments/presentation/phrase';
import type { Phrase } from '../../../assessments/engine/phrase';

const zh = (reasons: readonly Phrase[]): string => reasons.map((x) => phraseText(x, 'zh-CN')).join('；');

const formulaZh = (r: Recommendation) => fundingFormula(r.fundingParts, 'zh-CN', (x) => x);
const formulaEn = (r: Recommendation) => fundingFormula(r.fundingParts, 'en', (x) => x);

function ranked(f: Partial<PolicyFacts>, fund: Partial<FundingInputs> = {}, p = profile()): Recommendation[] {
  return recommend(catalogs.policy, catalogs.scenarios, {
    profile: p,
    funding: funding(fund),
    facts: facts(f),
    date: '2025-10-15',
  }).recommendations;
}

const find = (list: Recommendation[], id: string): Recommendation => {
  const r = list.find((x) => x.scenarioId === id);
  if (!r) throw new Error(`no scenario ${id}`);
  return r;
};

describe('ranking by gap closed, prerequisites met, effort and funding', () => {
  it('the scenario lifting the heaviest gap item ranks first, with the reason in names', () => {
    const list = ranked({
      aiShareShort: true,
      coveredScenarioIds: ['ts24', 'ts26', 'ts27'],
      gaps: [
        { itemId: 'sf.ts28', weight: 8, typicalScenarioId: 'ts28' },
        { itemId: 'sf.ts09', weight: 3, typicalScenarioId: 'ts09' },
      ],
    });
    expect(list[0]?.scenarioId).toBe('ai-predictive-maintenance');
    const reasons = zh(list[0]?.reasons ?? []);
    expect(reasons).toContain('弥补诊断差距：设备故障诊断与预测');
    expect(reasons).toContain('前提已具备：设备运行监控');
    expect(reasons).toContain('尚需先具备：设备维修维护');
    expect(reasons).not.toMatch(/ts\d\d/);
    const scheduling = list.findIndex((r) => r.scenarioId === 'ai-scheduling');
    const energy = list.findIndex((r) => r.scenarioId === 'ai-energy-management');
    expect(scheduling).toBeLessThan(energy);
  });

  it('with nothing diagnosed, the scores still differ: prerequisites, effort and funding discriminate', () => {
    const list = ranked({});
    const scores = new Set(list.map((r) => r.score));
    expect(scores.size).toBeGreaterThan(3);
    // same gap part for all (nothing covered), so effort S beats L when nothing else differs
    const s = find(list, 'ai-market-analysis');
    const l = find(list, 'ai-supply-chain');
    expect(s.scoreParts.effort).toBe(15);
    expect(l.scoreParts.effort).toBe(0);
    expect(s.score).toBeGreaterThan(l.score);
  });

  it('prerequisites met raise a scenario: AI inspection with 质量分析与改进 covered outranks itself without', () => {
    const without = find(ranked({}), 'ai-visual-inspection');
    const withQuality = find(ranked({ coveredScenarioIds: ['ts26'] }), 'ai-visual-inspection');
    expect(without.scoreParts.prerequisites).toBe(0);
    expect(withQuality.scoreParts.prerequisites).toBe(SCORE_WEIGHTS.prerequisites);
  });

  it('when the next tier lacks AI share, an AI scenario outranks the plain typical scenario it builds on', () => {
    const f = { aiShareShort: true, gaps: [{ itemId: 'sf.ts24', weight: 5, typicalScenarioId: 'ts24' }] };
    const list = ranked(f);
    expect(find(list, 'ai-visual-inspection').score).toBeGreaterThan(find(list, 'ts24').score);
    expect(zh(find(list, 'ai-visual-inspection').reasons)).toContain('提高AI场景占比');
  });

  it('a dimension the next tier needs uncovered is named in the reasons', () => {
    const list = ranked({ uncoveredDimensions: ['management'] });
    expect(zh(find(list, 'ai-supply-chain').reasons)).toContain('补齐下一等级要求的环节：运营管理');
    expect(zh(find(list, 'ai-visual-inspection').reasons)).not.toContain('补齐下一等级');
  });
});

describe('fundable measures: the one evaluation the subsidies list shows', () => {
  const dgCompute = (amountWan: number, scenarioId: string) => ({
    kind: 'compute' as const,
    amountWan,
    year: 2025,
    channel: 'dongguan-ai-compute-platform' as const,
    scenarioId,
    note: '',
  });

  it('a 东莞 manufacturer with 80万 of compute through the city platform: 东莞算力券 最高40万 on the card', () => {
    const r = find(
      ranked({}, { investments: [dgCompute(80, 'ai-visual-inspection')] }),
      'ai-visual-inspection',
    );
    const voucher = r.fundable.find((m) => m.measureId === 'dg-01-compute-voucher');
    expect(voucher?.status).toBe('eligible');
    expect(voucher?.estimate).toEqual({ kind: 'up-to', wan: 40 });
    expect(r.fundingEstimate).toEqual({ kind: 'up-to', wan: 40 });
    expect(formulaZh(r)).toContain('算力券（东莞） 最高40万');
    expect(formulaEn(r)).toContain('算力券（东莞） up to 400,000 yuan = up to 400,000 yuan');
  });

  it('every scenario shows each measure with exactly the figures of the subsidies evaluation', () => {
    const input = {
      profile: profile(),
      funding: funding({ investments: [dgCompute(50, 'ai-scheduling')] }),
      facts: facts({}),
      date: '2025-10-15',
    };
    const evaluation = evaluate(catalogs.policy, input);
    const result = recommend(catalogs.policy, catalogs.scenarios, input);
    const byId = new Map(evaluation.measures.map((m) => [m.measureId, m]));
    for (const r of result.recommendations)
      for (const m of r.fundable) expect(m).toEqual(byId.get(m.measureId));
    // 50% × 50万 = 25万, on the tab and on every card that buys compute
    expect(byId.get('dg-01-compute-voucher')?.estimate).toEqual({ kind: 'up-to', wan: 25 });
    const inspection = find(result.recommendations, 'ai-visual-inspection');
    expect(formulaZh(inspection)).toContain('算力券（东莞） 最高25万');
    expect(formulaZh(inspection)).not.toContain('100万');
  });

  it('a competitive measure is listed but never counted in what can be applied for now', () => {
    const r = find(ranked({}), 'ai-visual-inspection');
    const model = r.fundable.find((m) => m.measureId === 'gd-01-industrial-model');
    expect(model?.status).toBe('competitive');
    expect(r.fundingEstimate.kind).toBe('unspecified');
    expect(formulaZh(r)).toContain('须择优、先完成前置条件或补充信息');
    expect(formulaEn(r)).toMatch(/^Amount that can be applied for now: none; .*\d+ more are competitive/);
  });

  it('measures the enterprise cannot get (other regions) are never attached', () => {
    const all = ranked({}).flatMap((r) => r.fundable.map((m) => m.measureId));
    expect(all.some((id) => id.startsWith('hp-') || id.startsWith('zs-'))).toBe(false);
    const hp = ranked({}, {}, huangpuAi({ independentAccounting: 'yes' })).flatMap((r) =>
      r.fundable.map((m) => m.measureId),
    );
    expect(hp).toContain('hp-a04-scenario-voucher');
  });
});

describe('factsFromDiagnosis', () => {
  it('maps tier, next tier, levels, coverage, AI-share gate and gaps with their typical scenarios', () => {
    const label = { zh: 'x', en: 'x' };
    const diagnosis = {
      summary: {
        tier: {
          code: 'basic',
          rank: 1,
          label,
          statement: label,
          decidedBy: label,
          pendingVerification: false,
          confidence: 'partial',
        },
        cmmmLevel: 2,
        cmmmScore: 2.1,
        smeDigitalLevel: 3,
        smeDigitalScore: 70,
        coveredScenarioIds: ['ts24', 'ts27', 'not-a-ts'],
        aiScenarioIds: ['ts24'],
        aiShare: 0.5,
      },
      models: [
        {
          kind: 'tiers',
          next: { code: 'advanced', rank: 2, label },
          gates: [{ gateId: 'g1', tier: 'advanced', type: 'ai-share', status: 'fail' }],
          coverage: { scenarios: [{ itemId: 'sf.sc28', scenarioId: 'ts28' }] },
          gaps: [
            { id: 'item:sf.sc28', kind: 'item', itemId: 'sf.sc28', impact: { score: 0.7 } },
            {
              id: 'dimension:management',
              kind: 'dimension',
              dimension: 'management',
              impact: { score: 0.4 },
            },
            { id: 'gate:g1', kind: 'gate', gateId: 'g1', impact: { score: 0.9 } },
          ],
        },
      ],
    } as unknown as DiagnosisResult;
    expect(factsFromDiagnosis(diagnosis)).toEqual({
      tierReached: 'basic',
      nextTier: 'advanced',
      cmmmLevel: 2,
      smeDigitalLevel: 3,
      coveredScenarioIds: ['ts24', 'ts27'],
      aiScenarioShare: 0.5,
      aiShareShort: true,
      uncoveredDimensions: ['management'],
      gaps: [
        { itemId: 'sf.sc28', weight: 0.7, typicalScenarioId: 'ts28' },
        { itemId: 'dimension:management', weight: 0.4, dimension: 'management' },
      ],
    });
  });
});
