import { readFileSync } from 'node:fs';
import path from 'node:path';
import { creditCodeCheckChar } from '../../../assessments/engine/credit-code';
import { callApi } from '../web-shell-process';

/** The model every seeded assessment uses: the smart-factory tiers pack as shipped. */
export const TIERS_MODEL = { modelId: 'smart-factory-tiers', modelVersion: '2025.2' } as const;

/** The sample bundle: a fully answered, completed 东莞 SME. */
export const SAMPLE_BUNDLE = 'test/fixtures/sample-bundle.sfdx';

export interface Seeded {
  enterpriseId: string;
  assessmentId: string;
}

/** Saves the enterprise (the profile as the enterprise form sends it) and starts an assessment for it. */
export async function seedAssessment(appUrl: string, profile: Record<string, unknown>): Promise<Seeded> {
  const enterprise = await callApi<{ id: string }>(appUrl, 'enterprise.save', { profile });
  const assessment = await callApi<{ id: string }>(appUrl, 'assessment.create', {
    enterpriseId: enterprise.id,
    ...TIERS_MODEL,
  });
  return { enterpriseId: enterprise.id, assessmentId: assessment.id };
}

/** A small discrete manufacturer in 中山 (80 people, 6,000 万元 revenue), named and coded as given. */
export const smallZhongshanFactory = (name: string, creditCode: string) => ({
  name,
  creditCode,
  region: { city: '中山市' },
  industryCode: '38',
  manufacturingType: 'discrete',
  employees: 80,
  revenueWan: 6000,
});

/** Imports the sample bundle as a user would upload it; answers the assessment it holds. */
export async function importSample(appUrl: string): Promise<string> {
  const imported = await callApi<{ assessmentId: string }>(appUrl, 'bundle.import', {
    fileName: path.basename(SAMPLE_BUNDLE),
    base64: readFileSync(SAMPLE_BUNDLE).toString('base64'),
  });
  return imported.assessmentId;
}

let codeSeq = 0;
/** A fresh, valid GB 32100 code per enterprise (the store refuses a code twice). */
export function nextCreditCode(): string {
  const first17 = `9144190000000${String(1000 + codeSeq++)}`;
  return `${first17}${creditCodeCheckChar(first17) ?? ''}`;
}
