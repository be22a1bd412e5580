import { describe, expect, it } from 'vitest';
import type { AnswerValue } from '../../../assessments/engine/answer';
import { diagnose } from '../../../assessments/engine/diagnosis/diagnose';
import { DIMENSIONS } from '../../../assessments/engine/dimensions';
import { dimensionDeltas } from '../../../renderer/src/history/compare';
import { shippedQuestionnaire } from './support';

const q = shippedQuestionnaire();
const tiers = q.packs[q.packs.length - 1]!;

/** Every scenario item of the tiers pack at one level. */
function allAt(level: number): Record<string, AnswerValue> {
  const answers: Record<string, AnswerValue> = {};
  for (const e of tiers.entries) {
    const item = q.items.get(e.itemId);
    if (item?.type === 'level' && item.scenario)
      answers[item.id] = { kind: 'level', level: Math.min(level, item.levels.length) };
  }
  return answers;
}

describe('comparing two assessments', () => {
  it('gives each dimension before, after and the change', () => {
    const before = diagnose({ questionnaire: q, answers: allAt(1), lift: false });
    const after = diagnose({ questionnaire: q, answers: allAt(2), lift: false });
    const rows = dimensionDeltas(before, after);
    expect(rows.map((r) => r.dimension)).toEqual([...DIMENSIONS]);
    for (const r of rows) {
      expect(r.before).not.toBeNull();
      expect(r.after).not.toBeNull();
      expect(r.delta).toBeCloseTo((r.after ?? 0) - (r.before ?? 0), 5);
      expect(r.delta!).toBeGreaterThan(0);
    }
  });

  it('shows no change for the same answers, and the full score as the change from an empty start', () => {
    const same = diagnose({ questionnaire: q, answers: allAt(2), lift: false });
    expect(dimensionDeltas(same, same).every((r) => r.delta === 0)).toBe(true);
    const empty = diagnose({ questionnaire: q, answers: {}, lift: false });
    for (const r of dimensionDeltas(empty, same)) {
      if (r.before === null) expect(r.delta).toBeNull();
      else expect(r.delta).toBeCloseTo((r.after ?? 0) - r.before, 5);
    }
  });
});
