import { describe, expect, it } from 'vitest';
import type { AnswerValue } from '../../../assessments/engine/answer';
import type { Gap } from '../../../assessments/engine/diagnosis/schema';
import { cheapestLift } from '../../../assessments/engine/lift';
import type { Questionnaire } from '../../../assessments/engine/model/questionnaire';
import { trialContext } from '../../../assessments/engine/scoring/context';
import { evaluate, evaluateIn } from '../../../assessments/engine/scoring/evaluate';
import { TYPICAL_PROFILE, typicalAnswers } from '../../fixtures/answers/typical';
import { run, shipped } from './support';
import { phrase } from '../../../assessments/engine/phrase';

const OFFICIAL = 'sf.status.cmmm-official';

/** Typical answers with every CMMM level-2 requirement unmet: the CMMM estimate falls to 一级. */
function belowCmmm2(): { q: Questionnaire; answers: Record<string, AnswerValue> } {
  const q = shipped().questionnaire('smart-factory-tiers')!;
  const answers = { ...typicalAnswers(q) };
  for (const id of Object.keys(answers))
    if (/^cmmm\..*\.l2/.test(id)) answers[id] = { kind: 'satisfaction', value: 'none' };
  return { q, answers };
}

describe('the cheapest lift never proposes changing a fact', () => {
  it('a gap naming the official CMMM level is not a candidate, although raising it would close the CMMM gates', () => {
    const { q, answers } = belowCmmm2();
    const result = run(q, answers, { profile: TYPICAL_PROFILE });
    const tiers = result.models[0]!;
    // 基础级 needs CMMM 二级; the estimate is 一级, so the next tier is 基础级 and its CMMM gate fails
    expect(result.summary.cmmmLevel).toBe(1);
    expect(tiers.next?.code).toBe('basic');
    const official: Gap = {
      id: `item:${OFFICIAL}`,
      kind: 'item',
      rank: 0,
      label: { zh: '已评定的能力成熟度等级', en: 'Official CMMM level' },
      itemId: OFFICIAL,
      reason: phrase('dx.gap.tierGate', { tier: '基础级', gate: '能力成熟度达到二级及以上' }),
      currentFraction: 0,
      targetFraction: 1,
      effort: 1,
      impact: { score: 1, cost: 0, kpi: 0, proximity: 1 },
    };
    const lift = cheapestLift({
      base: evaluate(q, answers, TYPICAL_PROFILE),
      packId: 'smart-factory-tiers',
      target: tiers.next!,
      gaps: [official, ...tiers.gaps],
    });
    expect(lift.moves.map((m) => m.itemId)).not.toContain(OFFICIAL);
    expect(lift.found).toBe(true);
  });

  it('no plan of any shipped questionnaire moves a prerequisite item', () => {
    const registry = shipped();
    for (const id of ['smart-factory-tiers', 'cmmm-gbt39116', 'sme-digital-2024']) {
      const q = registry.questionnaire(id)!;
      const facts = new Set([...q.items.values()].filter((i) => i.prerequisite).map((i) => i.id));
      for (const answers of [typicalAnswers(q), belowCmmm2().answers, {}]) {
        for (const m of run(q, answers, { profile: TYPICAL_PROFILE }).models) {
          const moved = (m.cheapestLift?.moves ?? []).map((x) => x.itemId);
          expect(moved.filter((x) => facts.has(x))).toEqual([]);
          expect(m.gaps.map((g) => g.itemId ?? '').filter((x) => facts.has(x))).toEqual([]);
        }
      }
    }
  });
});

describe('the lift search stays within budget without changing its answer', () => {
  it('an unreachable 卓越级 (even with every candidate raised the gates stay open) is decided by one trial', () => {
    const q = shipped().questionnaire('smart-factory-tiers')!;
    const tiers = run(q, typicalAnswers(q), { profile: TYPICAL_PROFILE }).models[0]!;
    expect(tiers.next?.code).toBe('excellent');
    expect(tiers.cheapestLift).toMatchObject({ found: false, moves: [], totalCost: 0 });
    expect(tiers.cheapestLift?.search.evaluations).toBe(1);
  });

  it('a CMMM trial re-summing only the touched cells gives the same level scores as a full evaluation', () => {
    const q = shipped().questionnaire('cmmm-gbt39116')!;
    const answers = typicalAnswers(q);
    const base = evaluate(q, answers, TYPICAL_PROFILE);
    const pe = base.byId.get('cmmm-gbt39116')!;
    for (const id of ['cmmm.strategy.l3', 'cmmm.data.l2', 'cmmm.equipment.l1']) {
      const changed: AnswerValue = { kind: 'satisfaction', value: 'full' };
      const full = evaluate(q, { ...answers, [id]: changed }, TYPICAL_PROFILE).byId.get('cmmm-gbt39116')!;
      const trial = evaluateIn(trialContext(base.ctx, new Map([[id, changed]])), [pe.cp], base, [id]);
      const inc = trial.byId.get('cmmm-gbt39116')!;
      expect(inc.cmmm?.levels).toEqual(full.cmmm?.levels);
      expect(inc.cmmm?.s).toBe(full.cmmm?.s);
      expect(inc.rank).toBe(full.rank);
    }
  });
});
