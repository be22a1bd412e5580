import type { AnswerMap } from './answer';
import type { Questionnaire } from './model/questionnaire';
import type { ProfileFacts } from './scoring/condition';
import { evaluate, type Evaluation } from './scoring/evaluate';
import { skipsIn, type SkipReason } from './skip';

/**
 * What an interview asks: the items the packs' relevance rules keep for this enterprise (an item
 * placed in several packs is asked if any placement is relevant), less those that can no longer
 * change a result. The walkthrough and the assessment lists count progress with this one function,
 * so "已答 x / y" reads the same everywhere; answers the enterprise profile holds count as answered.
 * A passed-over question the consultant opened is part of the interview again: it counts in the
 * walkthrough's "第 n / N 题", in 总进度 and in the lists alike (the opened ids travel in the cursor).
 */
export interface InterviewPlan {
  readonly relevant: ReadonlySet<string>;
  readonly skipped: ReadonlyMap<string, SkipReason>;
}

export interface InterviewProgress {
  readonly answered: number;
  readonly asked: number;
}

export function planOf(ev: Evaluation): InterviewPlan {
  const relevant = new Set<string>();
  for (const pe of ev.packs) for (const e of pe.roll.entries) if (e.relevant) relevant.add(e.entry.itemId);
  return { relevant, skipped: skipsIn(ev) };
}

export function interviewPlan(
  q: Questionnaire,
  answers: AnswerMap,
  profile: ProfileFacts | undefined,
): InterviewPlan {
  return planOf(evaluate(q, answers, profile));
}

const NONE_OPENED: ReadonlySet<string> = new Set();

/** Whether the interview asks an item: relevant, and either still able to change a result or opened. */
export function askedBy(
  plan: InterviewPlan,
  opened: ReadonlySet<string> = NONE_OPENED,
): (itemId: string) => boolean {
  return (id) => plan.relevant.has(id) && (!plan.skipped.has(id) || opened.has(id));
}

/** Answered and asked counts over the questions an interview asks. */
export function progressOf(
  plan: InterviewPlan,
  answers: AnswerMap,
  opened: ReadonlySet<string> = NONE_OPENED,
): InterviewProgress {
  const asks = askedBy(plan, opened);
  let answered = 0;
  let asked = 0;
  for (const id of plan.relevant) {
    if (!asks(id)) continue;
    asked++;
    if (answers[id] !== undefined) answered++;
  }
  return { answered, asked };
}

export function interviewProgress(
  q: Questionnaire,
  answers: AnswerMap,
  profile: ProfileFacts | undefined,
  opened: ReadonlySet<string> = NONE_OPENED,
): InterviewProgress {
  return progressOf(interviewPlan(q, answers, profile), answers, opened);
}
