import { describe, expect, it } from 'vitest';
import type { AnswerValue } from '../../../assessments/engine/answer';
import { whatIf } from '../../../assessments/engine/diagnosis/diagnose';
import { TYPICAL_PROFILE, typicalAnswers } from '../../fixtures/answers/typical';
import { shipped } from './support';
import { phraseText } from '../../../assessments/presentation/phrase';

describe('what-if names the tier condition that moved', () => {
  it('lists conditions that became met before those that became unmet', () => {
    const q = shipped().questionnaire('smart-factory-tiers')!;
    const r = whatIf(
      { questionnaire: q, answers: typicalAnswers(q), profile: TYPICAL_PROFILE },
      // a serious accident recorded: 基础级's record condition fails, the official 三级 meets 卓越级's CMMM gate
      {
        'sf.basic.compliance': { kind: 'boolean', value: false },
        'sf.status.cmmm-official': { kind: 'level', level: 3 },
      },
    );
    const moved = r.changes[0]!.gates.map((g) => [g.gateId, g.before, g.after]);
    expect(moved[0]).toEqual(['excellent.cmmm', 'fail', 'needs-verification']);
    expect(moved).toContainEqual(['basic.standing', 'needs-verification', 'fail']);
  });

  it('an official CMMM 二级 entered: the tier rises from none to 先进级 with the five-dimension score unchanged, and says which gates did it', () => {
    const q = shipped().questionnaire('smart-factory-tiers')!;
    const answers: Record<string, AnswerValue> = { ...typicalAnswers(q) };
    // every CMMM level-2 requirement unmet: the estimate is 一级, below the 二级 that 基础级 and 先进级 require
    for (const id of Object.keys(answers))
      if (/^cmmm\..*\.l2/.test(id)) answers[id] = { kind: 'satisfaction', value: 'none' };
    const r = whatIf(
      { questionnaire: q, answers, profile: TYPICAL_PROFILE },
      { 'sf.status.cmmm-official': { kind: 'level', level: 2 } },
    );
    const tiers = r.changes[0]!;
    expect(tiers.modelId).toBe('smart-factory-tiers');
    expect([tiers.rankBefore, tiers.rankAfter]).toEqual([0, 2]);
    expect(tiers.scoreAfter).toBe(tiers.scoreBefore);
    // 基础级 and 先进级 require CMMM 二级 (2025 criteria; the pack flags both rules partial, so a met
    // condition is 待核实); with 先进级 now estimated, 卓越级's "原则上已获评先进级" awaits the rating
    expect(
      tiers.gates.map((g) => [g.tier.zh, g.label.zh, g.before, g.after, phraseText(g.detail, 'zh-CN')]),
    ).toEqual([
      [
        '基础级',
        '能力成熟度达到二级及以上',
        'fail',
        'needs-verification',
        '已评定能力成熟度 2 级（要求 ≥ 2 级）',
      ],
      [
        '先进级',
        '能力成熟度达到二级及以上',
        'fail',
        'needs-verification',
        '已评定能力成熟度 2 级（要求 ≥ 2 级）',
      ],
      [
        '卓越级',
        '原则上已获评先进级',
        'fail',
        'needs-verification',
        '上一梯度估算达标，但尚未获评（或自评）',
      ],
    ]);
  });
});
