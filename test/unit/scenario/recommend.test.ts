import { describe, expect, it } from 'vitest';
import type { DiagnosisResult } from '../../../assessments/engine/diagnosis';
import { factsFromDiagnosis } from '../../../assessments/engine/policy/from-diagnosis';
import {
  recommend,
  SCORE_WEIGHTS,
  type Recommendation,
} from '../../../assessments/engine/scenario/recommend';
import { catalogs, facts, funding, huangpuAi, profile } from '../policy/support';
import type { PolicyFacts } from '../../../assessments/engine/policy/facts';
import type { FundingInputs } from '../../../assessments/engine/funding';

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

describe('ranking by how much a scenario closes the gap to the next tier', () => {
  it('the scenario lifting the heaviest gap item ranks first, with the reason', () => {
    const list = ranked({
      aiShareShort: true,
      coveredScenarioIds: ['ts24', 'ts26', 'ts27'],
      gaps: [
        { itemId: 'sf.ts28', weight: 8, typicalScenarioId: 'ts28' },
        { itemId: 'sf.ts09', weight: 3, typicalScenarioId: 'ts09' },
      ],
    });
    expect(list[0]?.scenarioId).toBe('ai-predictive-maintenance');
    expect(list[0]?.scoreParts.gap).toBe(SCORE_WEIGHTS.gap);
    expect(list[0]?.reasons.join()).toContain('权重合计 8');
    const scheduling = list.findIndex((r) => r.scenarioId === 'ai-scheduling');
    const energy = list.findIndex((r) => r.scenarioId === 'ai-energy-management');
    expect(scheduling).toBeLessThan(energy);
  });

  it('when the next tier lacks AI share, an AI scenario outranks the plain typical scenario it builds on', () => {
    const f = { aiShareShort: true, gaps: [{ itemId: 'sf.ts24', weight: 5, typicalScenarioId: 'ts24' }] };
    const list = ranked(f);
    expect(find(list, 'ai-visual-inspection').score).toBeGreaterThan(find(list, 'ts24').score);
    expect(find(list, 'ai-visual-inspection').scoreParts.ai).toBe(SCORE_WEIGHTS.ai);
    expect(find(ranked({ ...f, aiShareShort: false }), 'ai-visual-inspection').scoreParts.ai).toBe(0);
  });

  it('a dimension the next tier needs uncovered earns the dimension part', () => {
    const list = ranked({ uncoveredDimensions: ['management'] });
    expect(find(list, 'ai-supply-chain').scoreParts.dimension).toBe(SCORE_WEIGHTS.dimension);
    expect(find(list, 'ai-visual-inspection').scoreParts.dimension).toBe(0);
  });
});

describe('fundable measures and the funding estimate', () => {
  it('a 东莞 manufacturer: AI inspection is fundable by the 东莞算力券; with 80万 tagged compute → 40万', () => {
    const investments = [
      {
        kind: 'compute' as const,
        amountWan: 80,
        year: 2025,
        channel: 'dongguan-ai-compute-platform' as const,
        scenarioId: 'ai-visual-inspection',
        note: '',
      },
    ];
    const r = find(ranked({}, { investments }), 'ai-visual-inspection');
    const voucher = r.fundable.find((m) => m.measureId === 'dg-01-compute-voucher');
    expect(voucher?.status).toBe('eligible');
    expect(voucher?.estimate).toEqual({ kind: 'up-to', wan: 40 });
    expect(r.fundingEstimate.kind).toBe('up-to');
    expect(r.fundingFormula).toContain('算力券（东莞） 最高40万');
  });

  it('spending tagged to another scenario does not fund this one: only ceilings remain', () => {
    const investments = [
      {
        kind: 'compute' as const,
        amountWan: 80,
        year: 2025,
        channel: 'dongguan-ai-compute-platform' as const,
        scenarioId: 'ai-scheduling',
        note: '',
      },
    ];
    const voucher = find(ranked({}, { investments }), 'ai-visual-inspection').fundable.find(
      (m) => m.measureId === 'dg-01-compute-voucher',
    );
    expect(voucher?.status).toBe('needs-information');
    expect(voucher?.estimate).toEqual({ kind: 'up-to', wan: 100 });
  });

  it('measures the enterprise cannot get (other regions) are never attached', () => {
    const all = ranked({}).flatMap((r) => r.fundable.map((m) => m.measureId));
    expect(all.some((id) => id.startsWith('hp-') || id.startsWith('zs-'))).toBe(false);
    const hp = ranked({}, {}, huangpuAi()).flatMap((r) => r.fundable.map((m) => m.measureId));
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
