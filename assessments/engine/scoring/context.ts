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

/**
 * Scores of trial answers by answer value, kept by the caller for one search: an answer value is
 * immutable and belongs to one item, so a trial answer tried again (lift search) is scored once.
 */
export type TrialScores = Map<AnswerValue, { readonly itemId: string; readonly ev: ItemEval }>;

/** An item's score for a trial answer, kept in `scores` so the search's trials reuse it. */
export function scoreValue(
  q: Questionnaire,
  itemId: string,
  value: AnswerValue | undefined,
  scores: TrialScores | undefined,
): ItemEval {
  if (!value || !scores) return scoreItem(q, itemId, value);
  const hit = scores.get(value);
  if (hit?.itemId === itemId) return hit.ev;
  const ev = scoreItem(q, itemId, value);
  scores.set(value, { itemId, ev });
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

function withChanges(
  base: AnswerMap,
  changed: ReadonlyMap<string, AnswerValue | undefined>,
): Record<string, AnswerValue> {
  const answers: Record<string, AnswerValue> = Object.create(base) as Record<string, AnswerValue>;
  for (const [id, value] of changed) {
    if (value === undefined) delete answers[id];
    else answers[id] = value;
  }
  return answers;
}

/**
 * `base` with some answers replaced: what every trial context shares. The answer map is built on
 * first read: most lift trials (CMMM and SME levels) read only item scores. Classes, not object
 * literals with getters, which V8 builds on a slow path.
 */
abstract class OverlayContext implements EvalContext {
  private built: AnswerMap | undefined;

  constructor(protected readonly base: EvalContext) {}

  get q(): Questionnaire {
    return this.base.q;
  }

  get profile(): ProfileFacts | undefined {
    return this.base.profile;
  }

  get answers(): AnswerMap {
    return (this.built ??= withChanges(this.base.answers, this.changes()));
  }

  /** the replaced answers (undefined removes one), read once, when the answer map is first built */
  protected abstract changes(): ReadonlyMap<string, AnswerValue | undefined>;

  // a method, not an arrow-function field: no closure per trial (callers always call it on the context)
  abstract evalOf(itemId: string): ItemEval;
}

/** `base` with the answers of `changed` replaced, their scores in `own`. */
class TrialContext extends OverlayContext {
  constructor(
    base: EvalContext,
    private readonly changed: ReadonlyMap<string, AnswerValue | undefined>,
    private readonly own: ReadonlyMap<string, ItemEval>,
  ) {
    super(base);
  }

  protected changes(): ReadonlyMap<string, AnswerValue | undefined> {
    return this.changed;
  }

  evalOf(id: string): ItemEval {
    return this.own.get(id) ?? this.base.evalOf(id);
  }
}

/** `base` with one answer replaced: the lift search's commonest trial, without a trial's two maps. */
class OneChangeContext extends OverlayContext {
  constructor(
    base: EvalContext,
    private readonly itemId: string,
    private readonly value: AnswerValue,
    private readonly ev: ItemEval,
  ) {
    super(base);
  }

  protected changes(): ReadonlyMap<string, AnswerValue | undefined> {
    return new Map([[this.itemId, this.value]]);
  }

  evalOf(id: string): ItemEval {
    return id === this.itemId ? this.ev : this.base.evalOf(id);
  }
}

/** `base` with the item's answer `value`; equal to trialContext with that one change. */
export function oneChangeContext(
  base: EvalContext,
  itemId: string,
  value: AnswerValue,
  scores?: TrialScores,
): EvalContext {
  return new OneChangeContext(base, itemId, value, scoreValue(base.q, itemId, value, scores));
}

/** `changed` is read again later, so the caller must not modify it. */
export function trialContext(
  base: EvalContext,
  changed: ReadonlyMap<string, AnswerValue | undefined>,
  scores?: TrialScores,
): EvalContext {
  const own = new Map<string, ItemEval>();
  for (const [id, value] of changed) own.set(id, scoreValue(base.q, id, value, scores));
  return new TrialContext(base, changed, own);
}
