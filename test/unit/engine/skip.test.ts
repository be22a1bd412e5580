import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AnswerMap, AnswerValue } from '../../../assessments/engine/answer';
import { diagnose } from '../../../assessments/engine/diagnosis/diagnose';
import type { DiagnosisResult } from '../../../assessments/engine/diagnosis/schema';
import type { Questionnaire } from '../../../assessments/engine/model/questionnaire';
import { skippedItems } from '../../../assessments/engine/skip';
import { TYPICAL_PROFILE } from '../../fixtures/answers/typical';
import { answerArb, answersArbitrary } from './arbitraries';
import { L, cite, pack, node, questionnaire, shipped } from './support';

const sat = (value: 'full' | 'most' | 'partial' | 'none'): AnswerValue => ({ kind: 'satisfaction', value });
const unconfirmed = { citation: cite, confidence: 'unconfirmed' as const };

/** A CMMM pack: sub-domain → the level of each of its requirements (ids cm.<sd>.<n>). */
function cmmmPack(countsAs: 'one' | 'score', subDomains: Record<string, number[]>) {
  return pack({
    id: 'cm',
    version: '2020.1',
    satisfactionScale: { full: 1, most: 0.8, partial: 0.5, none: 0, ...unconfirmed },
    nodes: [node('el'), ...Object.keys(subDomains).map((sd) => node(`sd-${sd}`, 'el'))],
    items: Object.entries(subDomains).flatMap(([sd, levels]) =>
      levels.map((level, n) => ({
        id: `cm.${sd}.${n + 1}`,
        node: `sd-${sd}`,
        type: 'satisfaction' as const,
        level,
        label: L(`${sd}${n + 1}`),
        requirement: '要求',
      })),
    ),
    scoring: {
      kind: 'cmmm',
      levels: [1, 2, 3].map((level) => ({ level, label: L(`${level}级`) })),
      belowFirst: L('未达一级'),
      achievedAt: 0.8,
      achievedCountsAs: countsAs,
      bands: [1, 2, 3].map((level) => ({ level, minS: level - 0.2 })),
      statement: L('能力成熟度估算：{level}'),
      decidedBy: L('平台'),
      ...unconfirmed,
    },
  });
}

describe('questions that can no longer change a result (GB/T 39117 cumulative rule)', () => {
  /** Two sub-domains with one requirement per level 1–3 each (cm.a.1 is level 1, cm.a.2 level 2 …). */
  const q = questionnaire(cmmmPack('one', { a: [1, 2, 3], b: [1, 2, 3] }));

  it('a level-1 requirement not met caps level 1 at 0.5 < 0.8: levels 2 and 3 are skipped', () => {
    // L1 ≤ (0 + 1) / 2 = 0.5 whatever cm.b.1 is answered, so 一级 cannot be achieved
    const skips = skippedItems(q, { 'cm.a.1': sat('none') }, undefined);
    expect([...skips.keys()].sort()).toEqual(['cm.a.2', 'cm.a.3', 'cm.b.2', 'cm.b.3']);
    expect(skips.get('cm.b.3')).toEqual({ kind: 'lower-level-out-of-reach', level: 3, blockedAt: 1 });
  });

  it('a level-1 requirement fully met leaves everything open to ask', () => {
    // L1 ∈ [0.5, 1]: still undecided
    expect(skippedItems(q, { 'cm.a.1': sat('full') }, undefined).size).toBe(0);
  });

  it('a 部分满足 at level 2 after level 1 achieved caps level 2 at 0.75: level 3 is skipped', () => {
    // L2 ≤ (0.5 + 1) / 2 = 0.75
    const answers = { 'cm.a.1': sat('full'), 'cm.b.1': sat('full'), 'cm.a.2': sat('partial') };
    expect([...skippedItems(q, answers, undefined).keys()].sort()).toEqual(['cm.a.3', 'cm.b.3']);
  });

  it('a level achieved whatever the last answer skips that answer when an achieved level counts 1', () => {
    // one sub-domain, five level-1 requirements: four 全部满足 give L1 ≥ 4 / 5 = 0.8 with the fifth 不满足
    const five = { a: [1, 1, 1, 1, 1, 2] };
    const answers = Object.fromEntries([1, 2, 3, 4].map((n) => [`cm.a.${n}`, sat('full')]));
    const skips = skippedItems(questionnaire(cmmmPack('one', five)), answers, undefined);
    expect([...skips]).toEqual([['cm.a.5', { kind: 'level-settled', level: 1 }]]);
    // where an achieved level adds its own score to S, that last answer still moves S
    expect(skippedItems(questionnaire(cmmmPack('score', five)), answers, undefined).size).toBe(0);
    // three 全部满足 and two open: L1 could still be 3 / 5 = 0.6
    delete answers['cm.a.4'];
    expect(skippedItems(questionnaire(cmmmPack('one', five)), answers, undefined).size).toBe(0);
  });
});

describe('the shipped questionnaire', () => {
  const sq = shipped().questionnaire('smart-factory-tiers')!;
  const cmmm = sq.packs.find((p) => p.pack.id === 'cmmm-gbt39116')!;

  it('every level-1 requirement not met skips the higher CMMM requirements no other standard asks', () => {
    const answers: Record<string, AnswerValue> = {};
    for (const e of cmmm.entries) if (e.level === 1) answers[e.itemId] = sat('none');
    const skips = skippedItems(sq, answers, TYPICAL_PROFILE);
    const levels = new Set([...skips.values()].map((r) => r.level));
    expect([...levels].sort()).toEqual([2, 3, 4]);
    // the CMMM 二级 requirements the SME 2024 indicators also score are still asked
    for (const id of ['sme.talent', 'sme.sec.network', 'sme.equip.networked'])
      expect(skips.has(id)).toBe(false);
  });
});

/** What a person reads as the result: every level, tier, gate and headline score, and the summary. */
function outcome(r: DiagnosisResult) {
  return {
    summary: r.summary,
    models: r.models.map((m) => ({
      id: m.modelId,
      estimate: m.estimate?.code,
      score: m.score.value,
      tiers: m.tiers.map((t) => t.status),
      gates: m.gates.map((g) => [g.gateId, g.status, g.detail]),
      achieved: m.levelScores.map((l) => l.achieved),
    })),
  };
}

describe('property: skipped questions cannot change a result', () => {
  const items = sq().order.map((id) => sq().items.get(id)!);
  const cmmmLevel = new Map(
    sq()
      .packs.find((p) => p.pack.id === 'cmmm-gbt39116')!
      .entries.map((e) => [e.itemId, e.level ?? 0]),
  );
  /** Answers shaped like a real factory: CMMM requirements met below a level, mixed at it, random above. */
  const shaped = fc
    .tuple(
      answersArbitrary(items),
      fc.integer({ min: 1, max: 5 }),
      fc.constantFrom<'full' | 'none'>('full', 'none'),
    )
    .map(([answers, cut, below]) => {
      const out: Record<string, AnswerValue> = { ...answers };
      for (const [id, level] of cmmmLevel) {
        const v = out[id];
        if (v !== undefined && v.kind !== 'satisfaction') continue;
        if (level < cut && below === 'full') {
          // most requirements below the cut met, a few left open (a level settled with questions open)
          if (v === undefined && id.length % 5 === 0) continue;
          out[id] = sat('full');
        } else if (level === cut && below === 'none' && v?.kind === 'satisfaction') out[id] = sat('none');
      }
      return out;
    });
  const kinds = new Set<string>();

  it('levels, tier and scores with the skipped items left open equal those with any values for them', () => {
    fc.assert(
      fc.property(
        shaped,
        fc.constantFrom(TYPICAL_PROFILE, undefined),
        fc.infiniteStream(fc.nat()),
        (answers, profile, seeds) => {
          const q = sq();
          const skips = skippedItems(q, answers, profile);
          for (const r of skips.values()) kinds.add(r.kind);
          const open: Record<string, AnswerValue> = { ...answers };
          for (const id of skips.keys()) delete open[id];
          const filled: Record<string, AnswerValue> = { ...open };
          for (const id of skips.keys()) {
            const [v] = fc.sample(answerArb(q.items.get(id)!), { numRuns: 1, seed: seeds.next().value });
            if (v) filled[id] = v;
          }
          const run = (a: AnswerMap) =>
            outcome(diagnose({ questionnaire: q, answers: a, profile, lift: false }));
          expect(run(filled)).toEqual(run(open));
        },
      ),
      { numRuns: 120, seed: 20261128 },
    );
    // the property is only worth something if the answer sets exercise the skipping
    expect([...kinds].sort()).toEqual(['level-settled', 'lower-level-out-of-reach']);
  });
});

function sq(): Questionnaire {
  return shipped().questionnaire('smart-factory-tiers')!;
}
