import type { AnswerMap } from '@engine/answer';
import { interviewProgress, type InterviewProgress } from '@engine/interview-progress';
import type { Questionnaire } from '@engine/model/questionnaire';
import type { AnswerRecord, AssessmentSummary } from '@contract/records';
import type { ServiceContext } from '../context';
import type { Store } from '../store';

function answerMapOf(answers: readonly AnswerRecord[]): AnswerMap {
  const map: Record<string, NonNullable<AnswerRecord['value']>> = {};
  for (const a of answers) if (a.value) map[a.itemId] = a.value;
  return map;
}

/** A count with what it was computed from: the questionnaire object and the rows' change marks. */
interface Counted {
  readonly q: Questionnaire;
  readonly key: string;
  /** the store's change stamp when the key was last checked */
  readonly stamp: string;
  readonly progress: InterviewProgress;
}

/**
 * Counts per store and assessment id. Every write to an assessment's answers bumps its revision
 * and updated_at (store/repositories/changes.ts) and every profile save the enterprise's
 * updatedAt, so a count whose key still matches was computed from the same answers and profile;
 * while the store's change stamp is the one of the last check, nothing was written at all.
 */
const counted = new WeakMap<Store, Map<string, Counted>>();

function countOf(ctx: ServiceContext, s: AssessmentSummary, stamp: string): InterviewProgress | undefined {
  const q = ctx.models.questionnaire(s.modelId, s.modelVersion);
  if (!q) return undefined;
  let memo = counted.get(ctx.store);
  if (!memo) counted.set(ctx.store, (memo = new Map()));
  const hit = memo.get(s.id);
  if (hit?.q === q && hit.stamp === stamp) return hit.progress;
  const enterprise = ctx.store.enterprises.find(s.enterpriseId);
  // The opened questions live in the cursor, which a save of the cursor alone may not re-stamp.
  const opened = s.cursor.opened ?? [];
  const key = `${s.revision}|${s.updatedAt}|${enterprise?.updatedAt ?? ''}|${opened.join(',')}`;
  const progress =
    hit?.q === q && hit.key === key
      ? hit.progress
      : interviewProgress(q, answerMapOf(ctx.store.answers.list(s.id)), enterprise?.profile, new Set(opened));
  memo.set(s.id, { q, key, stamp, progress });
  return progress;
}

/**
 * The lists show the walkthrough's own count: answered of the questions the interview asks (the
 * profile-held answers included, questions that can no longer change a result left out unless the
 * consultant opened them). An
 * assessment on a model this program lacks keeps the stored count and no total. The count runs
 * the engine's relevance and skip rules, so it is remembered until the assessment or its
 * enterprise changes: listing a page again costs one query, not one evaluation per row.
 */
export function withInterviewProgress(
  ctx: ServiceContext,
  summaries: readonly AssessmentSummary[],
): AssessmentSummary[] {
  const stamp = ctx.store.changeStamp();
  return summaries.map((s) => {
    const p = countOf(ctx, s, stamp);
    return p ? { ...s, answeredCount: p.answered, askedCount: p.asked } : s;
  });
}
