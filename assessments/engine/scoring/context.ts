import type { AnswerMap, AnswerValue } from '../answer';
import type { Questionnaire } from '../model/questionnaire';
import type { ProfileFacts } from './condition';
import { evalItem, type ItemEval } from './item';

/**
 * One evaluation's inputs with a memo of item scores. A trial context (what-if, lift search) shares
 * the memo of its base for every item whose answer object is unchanged, so trying one change costs
 * one item evaluation plus the roll-up.
 */
export interface EvalContext {
  readonly q: Questionnaire;
  readonly answers: AnswerMap;
  readonly profile: ProfileFacts | undefined;
  evalOf(itemId: string): ItemEval;
}

const MISSING: ItemEval = {
  answered: false,
  na: false,
  fraction: null,
  points: null,
  maxPoints: null,
  ratio: null,
  level: null,
  display: '未作答',
};

export function makeContext(
  q: Questionnaire,
  answers: AnswerMap,
  profile: ProfileFacts | undefined,
  base?: EvalContext,
): EvalContext {
  const memo = new Map<string, ItemEval>();
  const evalOf = (itemId: string): ItemEval => {
    const hit = memo.get(itemId);
    if (hit) return hit;
    const value: AnswerValue | undefined = answers[itemId];
    const item = q.items.get(itemId);
    const ev =
      base && base.answers[itemId] === value
        ? base.evalOf(itemId)
        : item
          ? evalItem(item, value, q.scales.get(itemId))
          : MISSING;
    memo.set(itemId, ev);
    return ev;
  };
  return { q, answers, profile, evalOf };
}
