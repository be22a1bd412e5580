import type { AnswerValue } from '../../../assessments/engine/answer';
import { diagnose } from '../../../assessments/engine/diagnose';
import type { Questionnaire } from '../../../assessments/engine/model/questionnaire';
import type { ProfileFacts } from '../../../assessments/engine/scoring/condition';
import type { Handlers } from '../../api/dispatch';
import { AppError } from '../../api/errors';
import type { DiagnosisRequest } from '../../api/methods/model';
import type { ServiceContext } from '../context';

type ModelHandlers = Pick<Handlers<ServiceContext>, 'model.list' | 'model.get' | 'diagnosis.compute'>;

function questionnaireOf(ctx: ServiceContext, id: string, version?: string): Questionnaire {
  const q = ctx.models.questionnaire(id, version);
  if (q) return q;
  const known = ctx.models.list().filter((m) => m.id === id);
  throw new AppError(
    known.length > 0 ? 'unsupported_version' : 'not_found',
    known.length > 0
      ? `评估模型 ${id} 没有版本 ${version ?? ''}（已安装：${known.map((m) => m.version).join('、')}）`
      : `未找到评估模型 ${id}`,
    { modelId: id, modelVersion: version },
  );
}

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

export const modelHandlers: ModelHandlers = {
  'model.list': (_input, ctx) => ({
    models: ctx.models.list().map((m) => ({ ...m, evaluates: [...m.evaluates] })),
  }),
  'model.get': (input, ctx) => {
    const q = questionnaireOf(ctx, input.id, input.version);
    const primary = q.packs[q.packs.length - 1]!.pack;
    return {
      pack: primary,
      companions: q.packs.slice(0, -1).map((p) => p.pack),
      order: [...q.order],
      owners: Object.fromEntries(q.owner),
      roles: ctx.models.roles(primary.id, primary.version),
    };
  },
  'diagnosis.compute': compute,
};
