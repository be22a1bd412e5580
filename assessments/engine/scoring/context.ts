import type { AnswerMap, AnswerValue } from '../answer';
import type { Questionnaire } from '../model/questionnaire';
import type { ProfileFacts } from './condition';
import { evalItem, UNANSWERED, type ItemEval } from './item';

/**
 * One evaluation's inputs with a memo of item scores. A trial context (what-if, lift search)
 * names the items it changes and delegates every other item to its base, so trying one change
 * costs one item evaluation plus the roll-up.
 */
export interface EvalContext {
  readonly q: Questionnaire;
  readonly answers: AnswerMap;
  readonly profile: ProfileFacts | undefined;
  evalOf(itemId: string): ItemEval;
}

function scoreItem(q: Questionnaire, itemId: string, value: AnswerValue | undefined): ItemEval {
  const item = q.items.get(itemId);
  return item ? evalItem(item, value, q.scales.get(itemId)) : UNANSWERED;
}

const scoredValues = new WeakMap<AnswerValue, { q: Questionnaire; itemId: string; ev: ItemEval }>();

/** Answers are immutable values, so a trial answer tried again (lift search) is scored once. */
function scoreValue(q: Questionnaire, itemId: string, value: AnswerValue | undefined): ItemEval {
  if (!value) return scoreItem(q, itemId, value);
  const hit = scoredValues.get(value);
  if (hit?.q === q && hit.itemId === itemId) return hit.ev;
  const ev = scoreItem(q, itemId, value);
  scoredValues.set(value, { q, itemId, ev });
  return ev;
}

export function makeContext(
  q: Questionnaire,
  answers: AnswerMap,
  profile: ProfileFacts | undefined,
): EvalContext {
  const memo = new Map<string, ItemEval>();
  const evalOf = (itemId: string): ItemEval => {
    let ev = memo.get(itemId);
    if (!ev) {
      ev = scoreItem(q, itemId, answers[itemId]);
      memo.set(itemId, ev);
    }
    return ev;
  };
  return { q, answers, profile, evalOf };
}

/** `base` with the answers of `changed` replaced (undefined removes an answer). */
export function trialContext(
  base: EvalContext,
  changed: ReadonlyMap<string, AnswerValue | undefined>,
): EvalContext {
  const answers: Record<string, AnswerValue> = Object.create(base.answers) as Record<string, AnswerValue>;
  const own = new Map<string, ItemEval>();
  for (const [id, value] of changed) {
    if (value === undefined) delete answers[id];
    else answers[id] = value;
    own.set(id, scoreValue(base.q, id, value));
  }
  return { q: base.q, answers, profile: base.profile, evalOf: (id) => own.get(id) ?? base.evalOf(id) };
}
