import type { EnterpriseProfile } from '../../../assessments/engine/enterprise';
import { FundingInputsSchema, type FundingInputs } from '../../../assessments/engine/funding';
import { evaluate } from '../../../assessments/engine/policy/evaluate';
import { PolicyFactsSchema, type PolicyFacts } from '../../../assessments/engine/policy/facts';
import type { EvaluationResult, MeasureEvaluation } from '../../../assessments/engine/policy/result';
import { createPolicyCatalogService } from '../../../electron/services/catalog/policies';
import type { Phrase } from '../../../assessments/engine/phrase';
import type { MissingInfo } from '../../../assessments/engine/policy/result';
import { englishContent, glossedTitle } from '../../../assessments/i18n/content/english';
import { AS_GIVEN, phraseText } from '../../../assessments/presentation/phrase';

/** The shipped catalogs, loaded once per test file through the real Node loader. */
export const catalogs = createPolicyCatalogService().load();

/** A small discrete manufacturer in 东莞 (200 staff, 8000万 revenue: 小型). */
export function profile(overrides: Partial<EnterpriseProfile> = {}): EnterpriseProfile {
  return {
    name: '东莞精工电子有限公司',
    creditCode: '91440300708461136T',
    region: { province: '广东省', city: '东莞市' },
    industryCode: '39',
    manufacturingType: 'discrete',
    employees: 200,
    revenueWan: 8000,
    qualifications: [],
    dcmmLevel: 0,
    independentAccounting: 'yes',
    contact: '',
    ...overrides,
  };
}

/** An AI software enterprise registered in 黄埔区. */
export function huangpuAi(overrides: Partial<EnterpriseProfile> = {}): EnterpriseProfile {
  return profile({
    name: '广州智算科技有限公司',
    region: { province: '广东省', city: '广州市', district: '黄埔区' },
    industryCode: 'I65',
    aiEnterprise: 'yes',
    roles: ['software-it'],
    ...overrides,
  });
}

export function zhongshan(overrides: Partial<EnterpriseProfile> = {}): EnterpriseProfile {
  return profile({
    name: '中山灯饰制造有限公司',
    region: { province: '广东省', city: '中山市' },
    ...overrides,
  });
}

export function funding(input: Partial<FundingInputs> = {}): FundingInputs {
  return FundingInputsSchema.parse(input);
}

export function facts(input: Partial<PolicyFacts> = {}): PolicyFacts {
  return PolicyFactsSchema.parse(input);
}

export interface Case {
  profile?: EnterpriseProfile;
  funding?: Partial<FundingInputs>;
  facts?: Partial<PolicyFacts>;
  date?: string;
}

export function run(c: Case = {}): EvaluationResult {
  return evaluate(catalogs.policy, {
    profile: c.profile ?? profile(),
    funding: funding(c.funding),
    facts: facts(c.facts),
    date: c.date ?? '2025-10-15',
  });
}

export function measure(c: Case, id: string): MeasureEvaluation {
  const found = run(c).measures.find((m) => m.measureId === id);
  if (!found) throw new Error(`no measure ${id} in the catalog`);
  return found;
}

export function upTo(m: MeasureEvaluation): number | undefined {
  return m.estimate.kind === 'up-to' ? m.estimate.wan : undefined;
}

/** A phrase of the evaluation as the zh-CN screens and report print it. */
export function zh(p: Phrase): string {
  return phraseText(p, 'zh-CN', AS_GIVEN);
}

/** The same phrase as the English screens print it: catalog texts from the translation memory. */
export function en(p: Phrase): string {
  return phraseText(p, 'en', { ...AS_GIVEN, content: englishContent, title: glossedTitle });
}

/** A missing input with its label worded in zh-CN. */
export const zhMissing = (m: MissingInfo) => ({ field: m.field, label: zh(m.label) });
