import type { TFunction } from 'i18next';
import type { AssessmentSummary } from '@contract/records';

/** "已答" in a list, counted as the walkthrough counts it: answered / asked. */
export function answeredOf(t: TFunction, a: Pick<AssessmentSummary, 'answeredCount' | 'askedCount'>): string {
  return a.askedCount === undefined
    ? String(a.answeredCount)
    : t('history.answeredOf', { answered: a.answeredCount, asked: a.askedCount });
}
