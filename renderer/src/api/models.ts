import type { AnswerMap } from '@engine/answer';
import type { DiagnosisResult } from '@engine/diagnosis/schema';
import type { EnterpriseProfile } from '@engine/enterprise';
import { buildQuestionnaire, type Questionnaire } from '@engine/model/questionnaire';
import type { AppApi } from '@contract/contract';
import type { ModelGetResult, ModelSummary } from '@contract/methods/model';

/**
 * The model and diagnosis calls the screens make, in one place: the walkthrough needs whole packs
 * (model.get), the results and history screens a diagnosis (diagnosis.compute).
 */
/** The questionnaire a model.get result describes, compiled the way the back end compiles it. */
export function questionnaireFrom(model: ModelGetResult): Questionnaire {
  const packs = [model.pack, ...model.companions, ...model.sources];
  const lookup = (id: string, v?: string) =>
    packs.find((p) => p.id === id && (v === undefined || p.version === v));
  return buildQuestionnaire(model.pack, lookup);
}

export async function listModels(api: AppApi): Promise<ModelSummary[]> {
  return (await api['model.list']({})).models;
}

export function loadModel(api: AppApi, id: string, version: string): Promise<ModelGetResult> {
  return api['model.get']({ id, version });
}

export function diagnoseAssessment(api: AppApi, assessmentId: string): Promise<DiagnosisResult> {
  return api['diagnosis.compute']({ assessmentId });
}

/** What-if: hypothetical answers are scored by the back end and never saved. */
export function diagnoseAnswers(
  api: AppApi,
  input: { modelId: string; modelVersion: string; answers: AnswerMap; profile: EnterpriseProfile },
): Promise<DiagnosisResult> {
  const { manufacturingType, industryCode, qualifications, region } = input.profile;
  return api['diagnosis.compute']({
    modelId: input.modelId,
    modelVersion: input.modelVersion,
    answers: { ...input.answers },
    profile: { manufacturingType, industryCode, qualifications, region },
  });
}
