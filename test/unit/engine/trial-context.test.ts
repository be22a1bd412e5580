import { describe, expect, it } from 'vitest';
import type { AnswerValue } from '../../../assessments/engine/answer';
import {
  makeContext,
  oneChangeContext,
  trialContext,
  type TrialScores,
} from '../../../assessments/engine/scoring/context';
import { evaluate, evaluateIn } from '../../../assessments/engine/scoring/evaluate';
import { answerWords, betterAnswers } from '../../../assessments/engine/scoring/item';
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
    expect(
      phraseText(
        answerWords(q.items.get(cmmmItem), trial.answers[cmmmItem], trial.evalOf(cmmmItem)),
        'zh-CN',
      ),
    ).toBe('全部满足');
    expect(trial.evalOf(other)).toBe(base.evalOf(other));
    // the base is untouched
    expect(base.answers[cmmmItem]).toEqual(answers[cmmmItem]);
  });

  it('reads one changed answer as a trial context with that one change does', () => {
    const base = makeContext(q, answers, TYPICAL_PROFILE);
    const one = oneChangeContext(base, cmmmItem, full);
    expect(one.answers[cmmmItem]).toEqual(full);
    expect(one.answers[other]).toEqual(answers[other]);
    // full satisfaction of a CMMM requirement scores 1 (pack scale: 全部满足 = 1)
    expect(one.evalOf(cmmmItem).fraction).toBe(1);
    expect(one.evalOf(other)).toBe(base.evalOf(other));
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
    const trial = evaluateIn(trialContext(base.ctx, changed), q.packs, base, [...changed.keys()]);
    const fresh = evaluate(q, { ...answers, [cmmmItem]: full }, TYPICAL_PROFILE);
    const cmmm = (ev: typeof base) => ev.byId.get('cmmm-gbt39116')!.cmmm!;
    expect(cmmm(trial).levels).toEqual(cmmm(fresh).levels);
    expect(cmmm(trial).s).toBe(cmmm(fresh).s);
    expect(cmmm(trial).cells).toEqual(cmmm(fresh).cells);
  });

  const levels = (id: string): number => {
    const item = q.items.get(id);
    return item?.type === 'level' ? item.levels.length : 0;
  };
  // an SME item answered below its top level
  const smeLevel = q.order.find((id) => {
    const a = answers[id];
    return id.startsWith('sme.') && a?.kind === 'level' && a.level < levels(id);
  })!;
  const top: AnswerValue = { kind: 'level', level: levels(smeLevel) };
  const sme = (ev: ReturnType<typeof evaluate>) => ev.byId.get('sme-digital-2024')!;

  // a points-scored SME indicator, raised to every measure it lists
  const smePoints = 'sme.sec.network';
  const allMeasures = betterAnswers(q.items.get(smePoints)!, answers[smePoints]).at(-1)!.to;

  it('rolls the node sums of a trial built on another trial, when read, exactly as a fresh roll-up', () => {
    const base = evaluate(q, answers, TYPICAL_PROFILE);
    const first = new Map([[cmmmItem, full]]);
    const one = evaluateIn(trialContext(base.ctx, first), q.packs, base, [...first.keys()]);
    const both = new Map<string, AnswerValue>([...first, [smePoints, allMeasures]]);
    const two = evaluateIn(trialContext(base.ctx, both), q.packs, one, [smePoints]);
    const fresh = evaluate(q, { ...answers, [cmmmItem]: full, [smePoints]: allMeasures }, TYPICAL_PROFILE);
    expect(sme(two).roll.points).toBeGreaterThan(sme(base).roll.points);
    for (const id of ['sme-digital-2024', 'cmmm-gbt39116']) {
      const [t, f] = [two.byId.get(id)!.roll, fresh.byId.get(id)!.roll];
      expect(t.nodes).toEqual(f.nodes);
      expect([t.fraction, t.points, t.maxPoints, t.progress]).toEqual([
        f.fraction,
        f.points,
        f.maxPoints,
        f.progress,
      ]);
    }
    expect(sme(two).sme!.score100).toBe(sme(fresh).sme!.score100);
  });

  it('undoing one change against the state that holds it shows the original (here: no) answer again', () => {
    const { [smeLevel]: _dropped, ...unanswered } = answers;
    const base = evaluate(q, unanswered, TYPICAL_PROFILE);
    const both = new Map<string, AnswerValue>([
      [cmmmItem, full],
      [smeLevel, top],
    ]);
    const state = evaluateIn(trialContext(base.ctx, both), q.packs, base, [...both.keys()]);
    const kept = new Map([[cmmmItem, full]]);
    const undone = evaluateIn(trialContext(base.ctx, kept), q.packs, state, [smeLevel]);
    expect(undone.ctx.answers[smeLevel]).toBeUndefined();
    expect(undone.ctx.evalOf(smeLevel).answered).toBe(false);
    const fresh = evaluate(q, { ...unanswered, [cmmmItem]: full }, TYPICAL_PROFILE);
    expect(sme(undone).roll.nodes).toEqual(sme(fresh).roll.nodes);
    expect(sme(undone).sme).toEqual(sme(fresh).sme);
    expect(undone.byId.get('cmmm-gbt39116')!.cmmm!.cells).toEqual(
      fresh.byId.get('cmmm-gbt39116')!.cmmm!.cells,
    );
  });
});
