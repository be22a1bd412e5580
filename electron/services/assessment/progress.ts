import type { AnswerMap } from '@engine/answer';
import { interviewProgress } from '@engine/interview-progress';
import type { AnswerRecord, AssessmentSummary } from '@contract/records';
import type { ServiceContext } from '../context';

function answerMapOf(answers: readonly AnswerRecord[]): AnswerMap {
  const map: Record<string, NonNullable<AnswerRecord['value']>> = {};
  for (const a of answers) if (a.value) map[a.itemId] = a.value;
  return map;
}

/**
 * The lists show the walkthrough's own count: answered of the questions the interview asks (the
 * profile-held answers included, questions that can no longer change a result left out). An
 * assessment on a model this program lacks keeps the stored count and no total.
 */
export function withInterviewProgress(ctx: ServiceContext, s: AssessmentSummary): AssessmentSummary {
  const q = ctx.models.questionnaire(s.modelId, s.modelVersion);
  if (!q) return s;
  const profile = ctx.store.enterprises.find(s.enterpriseId)?.profile;
  const p = interviewProgress(q, answerMapOf(ctx.store.answers.list(s.id)), profile);
  return { ...s, answeredCount: p.answered, askedCount: p.asked };
}
