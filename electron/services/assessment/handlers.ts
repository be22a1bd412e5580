import type { Handlers } from '@contract/dispatch';
import { AppError } from '@contract/errors';
import type { ServiceContext } from '../context';
import { saveAnswer, seedProfileAnswers } from './answers';
import { withInterviewProgress } from './progress';

type AssessmentMethod =
  | 'assessment.create'
  | 'assessment.list'
  | 'assessment.get'
  | 'assessment.answer'
  | 'assessment.setCursor'
  | 'assessment.saveFunding'
  | 'assessment.setPeople'
  | 'assessment.complete'
  | 'assessment.reopen'
  | 'assessment.events';

export const assessmentHandlers: Pick<Handlers<ServiceContext>, AssessmentMethod> = {
  'assessment.create': (input, ctx) => {
    if (!ctx.isKnownModel(input.modelId, input.modelVersion)) {
      throw new AppError('unsupported_version', `未知的问卷模型：${input.modelId} ${input.modelVersion}`, {
        modelId: input.modelId,
        modelVersion: input.modelVersion,
      });
    }
    const settings = ctx.store.settings.get();
    return ctx.store.transaction(() => {
      const record = ctx.store.assessments.create({
        enterpriseId: input.enterpriseId,
        modelId: input.modelId,
        modelVersion: input.modelVersion,
        consultantName: input.consultantName ?? settings.consultantName,
        consultantOrg: input.consultantOrg ?? settings.organisation,
      });
      seedProfileAnswers(ctx, record.id);
      return ctx.store.assessments.get(record.id);
    });
  },
  'assessment.list': (input, ctx) => {
    const page = ctx.store.assessments.list(input);
    return { ...page, items: withInterviewProgress(ctx, page.items) };
  },
  'assessment.get': ({ id }, { store }) => ({
    assessment: store.assessments.get(id),
    answers: store.answers.list(id),
  }),
  'assessment.answer': (input, ctx) => saveAnswer(ctx, input),
  'assessment.setCursor': ({ assessmentId, cursor }, { store }) =>
    store.assessments.setCursor(assessmentId, cursor),
  'assessment.saveFunding': ({ assessmentId, fundingInputs }, { store }) =>
    store.assessments.saveFunding(assessmentId, fundingInputs),
  'assessment.setPeople': ({ assessmentId, ...people }, { store }) =>
    store.assessments.setPeople(assessmentId, people),
  'assessment.complete': ({ id }, { store }) => store.assessments.complete(id),
  'assessment.reopen': ({ id }, { store }) => store.assessments.reopen(id),
  'assessment.events': ({ assessmentId, ...q }, { store }) => {
    store.assessments.get(assessmentId);
    return store.answers.events(assessmentId, q);
  },
};
