import { describe, expect, it } from 'vitest';
import type { AnswerValue } from '../../../assessments/engine/answer';
import { diagnose } from '../../../assessments/engine/diagnosis/diagnose';
import { pickLabel } from '../../../renderer/src/common/label';
import { blockedGateNames } from '../../../renderer/src/results/blocked-gates';
import { shippedQuestionnaire } from './support';

const q = shippedQuestionnaire();

describe('the gates a lift cannot move, as a person reads them', () => {
  it('names the benchmark gate by its label, never by its id, when nothing is answered', () => {
    // nothing answered: the 基础级 benchmark gate (a fact, not an improvable answer) is unknown, so
    // the lift to 基础级 is blocked by it; the pack labels that gate 主要技术经济指标高于省内同行业平均
    const answers: Record<string, AnswerValue> = {};
    const d = diagnose({ questionnaire: q, answers });
    const tiers = d.models.find((m) => m.kind === 'tiers')!;
    const lift = tiers.cheapestLift!;
    expect(lift.blockedBy).toContain('basic.benchmark');
    const zh = blockedGateNames(lift.blockedBy, tiers.gates, (l) => pickLabel(l, 'zh-CN'));
    expect(zh).toContain('主要技术经济指标高于省内同行业平均');
    const en = blockedGateNames(lift.blockedBy, tiers.gates, (l) => pickLabel(l, 'en'));
    expect(en).toContain('Key indicator above the provincial industry average');
    for (const name of [...zh, ...en]) expect(name).not.toMatch(/^[a-z]+\.[a-z.-]+$/);
  });

  it('leaves out a gate the result does not list instead of showing its id', () => {
    const gates = [{ gateId: 'basic.cmmm', label: { zh: '能力成熟度二级', en: 'CMMM level 2' } }];
    expect(blockedGateNames(['basic.cmmm', 'basic.unlisted'], gates, (l) => l.zh)).toEqual([
      '能力成熟度二级',
    ]);
  });
});
