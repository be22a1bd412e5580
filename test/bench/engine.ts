import { diagnose } from '../../assessments/engine/diagnosis/diagnose';
import type { EnterpriseProfile } from '../../assessments/engine/enterprise';
import type { FundingInputs } from '../../assessments/engine/funding';
import { evaluate } from '../../assessments/engine/policy/evaluate';
import { factsFromDiagnosis } from '../../assessments/engine/policy/from-diagnosis';
import { recommend } from '../../assessments/engine/scenario/recommend';
import { createModelRegistry } from '../../electron/services/catalog/models';
import { createPolicyCatalogService } from '../../electron/services/catalog/policies';
import { resourcePath } from '../../electron/services/resources';
import { typicalAnswers, TYPICAL_PROFILE } from '../fixtures/answers/typical';
import { timeRuns } from './table';

export interface EngineBench {
  /** sorted ms: scoring + tiers + gaps + cheapest lift, all three packs */
  readonly diagnose: number[];
  /** sorted ms: the above, then subsidy evaluation and scenario recommendations */
  readonly withRecommendations: number[];
  /** sorted ms: the whole subsidy catalog evaluated once, and every scenario ranked on it */
  readonly catalogWithScenarios: number[];
  /** what was computed: packs scored, catalog measures evaluated, scenarios ranked */
  readonly sizes: { readonly packs: number; readonly measures: number; readonly scenarios: number };
}

/** A plan that touches most measures: compute through the city platform, software, equipment, a certification. */
const PLAN: FundingInputs = {
  investments: [
    { kind: 'compute', amountWan: 50, year: 2026, channel: 'dongguan-ai-compute-platform', note: '' },
    { kind: 'software', amountWan: 300, year: 2026, channel: 'unknown', note: '' },
    { kind: 'equipment', amountWan: 200, year: 2026, channel: 'unknown', note: '' },
  ],
  certifications: { 'data-asset-booking': { status: 'planned', year: 2026, firstTime: true } },
  figures: { revenueJanNovWan: 16900, revenueJanNovPrevWan: 15200 },
};

/**
 * A fully answered assessment (test/fixtures/answers/typical.ts) through the pure engine, as
 * diagnosis.compute + policy.evaluate + scenario.recommend do it. Packs and catalogs are loaded
 * once, outside the timing, as the app does on first use. Budget (docs/architecture.md §6): < 5 ms.
 */
export async function benchEngine(runs = 500, warmup = 150): Promise<EngineBench> {
  const questionnaire = createModelRegistry(resourcePath('assessments', 'models')).questionnaire(
    'smart-factory-tiers',
  );
  if (!questionnaire) throw new Error('smart-factory-tiers is not installed');
  const { policy, scenarios } = createPolicyCatalogService().load();
  const input = { questionnaire, answers: typicalAnswers(questionnaire), profile: TYPICAL_PROFILE };
  const funding = { investments: [], certifications: {}, figures: {} };
  const profile: EnterpriseProfile = {
    name: '东莞市基准精密制造有限公司',
    creditCode: '91440300708461136T', // a GLOSSARY example with a valid check character
    region: { province: '广东省', city: '东莞市' },
    industryCode: '34',
    manufacturingType: 'discrete',
    employees: 260,
    revenueWan: 18000,
    qualifications: ['srdi-sme'],
    dcmmLevel: 0,
    independentAccounting: 'yes',
    contact: '',
    ...TYPICAL_PROFILE,
  };
  const full = () => {
    const diagnosis = diagnose(input);
    const context = { profile, funding, facts: factsFromDiagnosis(diagnosis), date: '2026-06-01' };
    recommend(policy, scenarios, context, evaluate(policy, context));
  };
  const answered = diagnose(input);
  const planned = { profile, funding: PLAN, facts: factsFromDiagnosis(answered), date: '2026-06-01' };
  const catalog = () => recommend(policy, scenarios, planned, evaluate(policy, planned));
  const sizes = {
    packs: questionnaire.packs.length,
    measures: policy.documents.reduce((n, d) => n + d.measures.length, 0),
    scenarios: scenarios.length,
  };
  return {
    sizes,
    diagnose: await timeRuns(runs, () => diagnose(input), warmup),
    withRecommendations: await timeRuns(runs, full, warmup),
    catalogWithScenarios: await timeRuns(runs, catalog, warmup),
  };
}
