import type { DiagnosisResult } from '@engine/diagnosis/schema';
import type { EnterpriseProfile } from '@engine/enterprise';
import type { FundingInputs } from '@engine/funding';
import { factsFromDiagnosis } from '@engine/policy/from-diagnosis';
import type { EvaluationResult } from '@engine/policy/result';
import type { RecommendationResult } from '@engine/scenario/recommend';
import type { AppApi } from '@contract/contract';
import { useApi } from '../api/ApiProvider';
import { diagnoseAssessment } from '../api/models';
import { useCall } from '../api/useCall';

export interface Results {
  readonly diagnosis: DiagnosisResult;
  readonly subsidies: EvaluationResult;
  readonly scenarios: RecommendationResult;
}

export async function loadResults(
  api: AppApi,
  assessmentId: string,
  profile: EnterpriseProfile,
  funding: FundingInputs,
): Promise<Results> {
  const diagnosis = await diagnoseAssessment(api, assessmentId);
  const request = { profile, funding, facts: factsFromDiagnosis(diagnosis) };
  const [subsidies, scenarios] = await Promise.all([
    api['policy.evaluate'](request),
    api['scenario.recommend']({ ...request, limit: 8 }),
  ]);
  return { diagnosis, subsidies, scenarios };
}

/** Diagnosis of the saved answers, then the subsidies and AI scenarios it leads to. */
export function useResults(
  assessmentId: string,
  revision: number,
  profile: EnterpriseProfile,
  funding: FundingInputs,
) {
  const api = useApi();
  return useCall(
    () => loadResults(api, assessmentId, profile, funding),
    [api, assessmentId, revision, profile, funding],
  );
}
