import type { AnswerValue } from '@engine/answer';
import { diagnose } from '@engine/diagnosis/diagnose';
import type { ProfileFacts } from '@engine/scoring/condition';
import type { Handlers } from '@contract/dispatch';
import { AppError } from '@contract/errors';
import type { DiagnosisRequest } from '@contract/methods/diagnosis';
import type { ServiceContext } from '../context';
import { questionnaireOf } from '../model/questionnaire';

/** Answers and profile of a saved assessment. */
function savedInputs(ctx: ServiceContext, assessmentId: string) {
  const assessment = ctx.store.assessments.find(assessmentId);
  if (!assessment) throw new AppError('not_found', `未找到评估记录 ${assessmentId}`, { assessmentId });
  const answers: Record<string, AnswerValue> = {};
  for (const a of ctx.store.answers.list(assessmentId)) if (a.value) answers[a.itemId] = a.value;
  const profile: ProfileFacts | undefined = ctx.store.enterprises.find(assessment.enterpriseId)?.profile;
  return { modelId: assessment.modelId, modelVersion: assessment.modelVersion, answers, profile };
}

function compute(input: DiagnosisRequest, ctx: ServiceContext) {
  const source =
    'assessmentId' in input
      ? savedInputs(ctx, input.assessmentId)
      : {
          modelId: input.modelId,
          modelVersion: input.modelVersion,
          answers: input.answers,
          profile: input.profile,
        };
  return diagnose({
    questionnaire: questionnaireOf(ctx, source.modelId, source.modelVersion),
    answers: source.answers,
    profile: source.profile,
    preset: input.preset,
    focus: input.focus,
    lift: input.lift,
  });
}

export const diagnosisHandlers: Pick<Handlers<ServiceContext>, 'diagnosis.compute'> = {
  'diagnosis.compute': compute,
};
