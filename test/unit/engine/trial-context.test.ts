import { describe, expect, it } from 'vitest';
import type { AnswerValue } from '../../../assessments/engine/answer';
import { makeContext, trialContext, type TrialScores } from '../../../assessments/engine/scoring/context';
import { evaluate, evaluateIn } from '../../../assessments/engine/scoring/evaluate';
import { TYPICAL_PROFILE, typicalAnswers } from '../../fixtures/answers/typical';
import { shipped } from './support';
import { phraseText } from '../../../assessments/presentation/phrase';

const q = shipped().questionnaire('smart-factory-tiers')!;
const answers = typicalAnswers(q);
const cmmmItem = q.order.find((id) => /^cmmm\..*\.l2/.test(id))!;
const other = q.order.find((id) => id !== cmmmItem && answers[id] !== undefined)!;
const full: AnswerValue = { kind: 'satisfaction', value: 'full' };

describe('a lift trial context (answers built on first read, scores kept per search)', () => {
  it('reads the changed answer and the base answers for every other item', () => {
    const base = makeContext(q, answers, TYPICAL_PROFILE);
    const trial = trialContext(base, new Map([[cmmmItem, full]]));
    expect(trial.answers[cmmmItem]).toEqual(full);
    expect(trial.answers[other]).toEqual(answers[other]);
    expect(phraseText(trial.evalOf(cmmmItem).display, 'zh-CN')).toBe('全部满足');
    expect(trial.evalOf(other)).toBe(base.evalOf(other));
    // the base is untouched
    expect(base.answers[cmmmItem]).toEqual(answers[cmmmItem]);
  });

  it('scores an answer value once for all the trials of one search', () => {
    const base = makeContext(q, answers, TYPICAL_PROFILE);
    const scores: TrialScores = new Map();
    const a = trialContext(base, new Map([[cmmmItem, full]]), scores);
    const b = trialContext(base, new Map([[cmmmItem, full]]), scores);
    expect(b.evalOf(cmmmItem)).toBe(a.evalOf(cmmmItem));
    expect(scores.size).toBe(1);
  });

  it('re-scores a trial exactly as evaluating the changed answers from scratch', () => {
    const base = evaluate(q, answers, TYPICAL_PROFILE);
    const changed = new Map([[cmmmItem, full]]);
    const trial = evaluateIn(trialContext(base.ctx, changed), q.packs, base, new Set(changed.keys()));
    const fresh = evaluate(q, { ...answers, [cmmmItem]: full }, TYPICAL_PROFILE);
    const cmmm = (ev: typeof base) => ev.byId.get('cmmm-gbt39116')!.cmmm!;
    expect(cmmm(trial).levels).toEqual(cmmm(fresh).levels);
    expect(cmmm(trial).s).toBe(cmmm(fresh).s);
    expect(cmmm(trial).cells).toEqual(cmmm(fresh).cells);
  });
});
