import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../../assessments/engine/diagnosis/diagnose';
import type { DiagnosisResult } from '../../../assessments/engine/diagnosis/schema';
import { betterAnswers } from '../../../assessments/engine/scoring/item';
import { TYPICAL_PROFILE } from '../../fixtures/answers/typical';
import { answersArbitrary } from './arbitraries';
import { shipped } from './support';

const q = shipped().questionnaire('smart-factory-tiers')!;
const items = q.order.map((id) => q.items.get(id)!);

const answersArb = answersArbitrary(items);

/** Every score the result carries: headline per model, every node, CMMM level scores. */
function scores(r: DiagnosisResult): Map<string, number> {
  const out = new Map<string, number>();
  for (const m of r.models) {
    out.set(`${m.modelId}:score`, m.score.value);
    for (const n of m.nodes) out.set(`${m.modelId}:${n.nodeId}`, n.fraction ?? 0);
    for (const l of m.levelScores) out.set(`${m.modelId}:L${l.level}`, l.score ?? 0);
  }
  return out;
}

describe('property: improving any answer never lowers a score', () => {
  it('holds for every node, level score and headline score of the three shipped packs', () => {
    fc.assert(
      fc.property(
        answersArb,
        fc.nat(),
        fc.nat(),
        fc.constantFrom(TYPICAL_PROFILE, undefined),
        (answers, pickItem, pickRung, profile) => {
          const item = items[pickItem % items.length]!;
          const rungs = betterAnswers(item, answers[item.id]);
          fc.pre(rungs.length > 0);
          const better = { ...answers, [item.id]: rungs[pickRung % rungs.length]!.to };
          const before = scores(diagnose({ questionnaire: q, answers, profile, lift: false }));
          const after = scores(diagnose({ questionnaire: q, answers: better, profile, lift: false }));
          for (const [key, value] of before)
            expect(after.get(key)!, `${item.id} → ${key}`).toBeGreaterThanOrEqual(value - 1e-9);
        },
      ),
      { numRuns: 150, seed: 20251121 },
    );
  });
});
