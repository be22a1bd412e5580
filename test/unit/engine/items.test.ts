import { describe, expect, it } from 'vitest';
import { OwnedItemSchema, type OwnedItem } from '../../../assessments/engine/model/schema';
import { answerWords, betterAnswers, evalItem, rungWords } from '../../../assessments/engine/scoring/item';
import { phraseText } from '../../../assessments/presentation/phrase';
import { L } from './support';

const base = { node: 'n', label: L('题') };
const item = (x: Record<string, unknown>): OwnedItem => OwnedItemSchema.parse({ ...base, ...x });
const scale = {
  full: 1,
  most: 0.8,
  partial: 0.5,
  none: 0,
  citation: { source: 's' },
  confidence: 'unconfirmed' as const,
};

const levelItem = item({
  id: 'lv',
  type: 'level',
  levels: [1, 2, 3, 4].map((level) => ({ level, text: `第${level}级` })),
});
const figures = item({
  id: 'fig',
  type: 'figures',
  points: 6,
  fields: [
    { id: 'digitised', label: L('数字化设备') },
    { id: 'total', label: L('设备总数') },
  ],
  ratio: { numerator: 'digitised', denominator: 'total' },
  bands: [
    { upTo: 0.1, points: 0 },
    { upTo: 0.2, points: 1.5 },
    { upTo: 0.4, points: 3 },
    { upTo: 0.6, points: 4.5 },
    { upTo: 1, points: 6 },
  ],
});
const multi = item({
  id: 'multi',
  type: 'choices',
  select: 'multi',
  points: 8,
  options: ['a', 'b', 'c', 'd'].map((id) => ({ id, label: L(id), points: 2 })),
});
const single = item({
  id: 'single',
  type: 'choices',
  select: 'single',
  points: 10,
  options: [
    { id: 'none', label: L('无'), points: 0 },
    { id: 'one', label: L('单个'), points: 2.5 },
    { id: 'many', label: L('多个'), points: 5 },
    { id: 'all', label: L('全部'), points: 10 },
  ],
});

describe('item scoring, by type (hand-computed)', () => {
  it('ordinal level: level / number of levels; above the top is a warning, not a score', () => {
    expect(evalItem(levelItem, { kind: 'level', level: 3 }, undefined).fraction).toBe(0.75);
    expect(evalItem(levelItem, { kind: 'level', level: 0 }, undefined).fraction).toBe(0);
    const bad = evalItem(levelItem, { kind: 'level', level: 5 }, undefined);
    expect(bad.fraction).toBeNull();
    expect(bad.warning?.code).toBe('invalid-answer');
  });

  it('satisfaction: the pack scale maps 全部/大部分/部分/不满足', () => {
    const req = item({ id: 'req', type: 'satisfaction', requirement: '有规范流程' });
    expect(evalItem(req, { kind: 'satisfaction', value: 'most' }, scale).fraction).toBe(0.8);
    expect(evalItem(req, { kind: 'satisfaction', value: 'partial' }, scale).fraction).toBe(0.5);
    expect(evalItem(req, { kind: 'satisfaction', value: 'none' }, scale).fraction).toBe(0);
  });

  it('banded figures: the engine computes the ratio and its band from raw counts', () => {
    const r = evalItem(figures, { kind: 'figures', figures: { digitised: 45, total: 80 } }, undefined);
    expect(r.ratio).toBe(0.5625);
    expect(r.points).toBe(4.5); // (0.4, 0.6] band
    expect(r.fraction).toBe(0.75);
    // a band's upper bound is inclusive: exactly 20% is still the 1.5-point band
    expect(
      evalItem(figures, { kind: 'figures', figures: { digitised: 20, total: 100 } }, undefined).points,
    ).toBe(1.5);
    expect(
      evalItem(figures, { kind: 'figures', figures: { digitised: 0, total: 100 } }, undefined).points,
    ).toBe(0);
  });

  it('banded figures: a missing field, zero total or part > whole is reported, not scored', () => {
    const cases: Array<Record<string, number>> = [
      { digitised: 3 },
      { digitised: 0, total: 0 },
      { digitised: 9, total: 5 },
    ];
    for (const f of cases) {
      const r = evalItem(figures, { kind: 'figures', figures: f }, undefined);
      expect(r.fraction).toBeNull();
      expect(r.warning?.code).toBe('figures-inconsistent');
    }
  });

  it('multi-select additive: points per measure in place', () => {
    const r = evalItem(multi, { kind: 'choices', selected: ['a', 'c', 'd'] }, undefined);
    expect(r.points).toBe(6);
    expect(r.fraction).toBe(0.75);
    expect(evalItem(multi, { kind: 'choices', selected: [] }, undefined).points).toBe(0);
    expect(evalItem(multi, { kind: 'choices', selected: ['a', 'x'] }, undefined).warning?.code).toBe(
      'invalid-answer',
    );
  });

  it('single choice: the option points; two picks are invalid', () => {
    expect(evalItem(single, { kind: 'choices', selected: ['many'] }, undefined).points).toBe(5);
    expect(evalItem(single, { kind: 'choices', selected: ['one', 'all'] }, undefined).fraction).toBeNull();
  });

  it('boolean, N/A where allowed, N/A where not, wrong kind', () => {
    const yes = item({ id: 'yes', type: 'boolean' });
    expect(evalItem(yes, { kind: 'boolean', value: true }, undefined).fraction).toBe(1);
    expect(evalItem(yes, { kind: 'boolean', value: false }, undefined).fraction).toBe(0);
    expect(evalItem(yes, { kind: 'na' }, undefined).warning?.code).toBe('na-not-allowed');
    const optional = item({ id: 'opt', type: 'boolean', naAllowed: true });
    const na = evalItem(optional, { kind: 'na' }, undefined);
    expect([na.answered, na.na, na.fraction]).toEqual([true, true, null]);
    expect(evalItem(yes, { kind: 'level', level: 1 }, undefined).warning?.code).toBe('type-mismatch');
  });
});

describe('better answers (the rungs the gap search may climb)', () => {
  it('level items climb one level at a time, steps counted from the current level', () => {
    const rungs = betterAnswers(levelItem, { kind: 'level', level: 2 });
    expect(rungs.map((r) => [r.to, r.steps])).toEqual([
      [{ kind: 'level', level: 3 }, 1],
      [{ kind: 'level', level: 4 }, 2],
    ]);
  });

  it('figures: the smallest numerator that reaches each higher band', () => {
    const rungs = betterAnswers(figures, { kind: 'figures', figures: { digitised: 45, total: 80 } });
    expect(rungs).toHaveLength(1);
    expect(rungs[0]!.to).toEqual({ kind: 'figures', figures: { digitised: 49, total: 80 } }); // 49/80 = 61.25% > 60%
    expect(betterAnswers(figures, undefined)).toEqual([]); // without counts there is nothing concrete to propose
  });

  it('multi-select adds the most valuable missing measures; single choice climbs the points ladder', () => {
    const m = betterAnswers(multi, { kind: 'choices', selected: ['a'] });
    expect(m.map((r) => r.steps)).toEqual([1, 2, 3]);
    const s = betterAnswers(single, { kind: 'choices', selected: ['one'] });
    expect(s.map((r) => [r.to, r.steps])).toEqual([
      [{ kind: 'choices', selected: ['many'] }, 1],
      [{ kind: 'choices', selected: ['all'] }, 2],
    ]);
  });

  it('satisfaction from unanswered starts at 部分; the top answer has no rung', () => {
    const req = item({ id: 'req', type: 'satisfaction', requirement: 'x' });
    expect(betterAnswers(req, undefined).map((r) => r.steps)).toEqual([1, 2, 3]);
    expect(betterAnswers(req, { kind: 'satisfaction', value: 'full' })).toEqual([]);
  });
});

describe('what an answer and a proposed change read like (worded apart from the score)', () => {
  const words = (item: OwnedItem, value: Parameters<typeof evalItem>[1]) =>
    phraseText(answerWords(item, value, evalItem(item, value, scale)), 'zh-CN');
  const change = (
    item: OwnedItem,
    from: Parameters<typeof evalItem>[1],
    to: Parameters<typeof evalItem>[1],
  ) => phraseText(rungWords(item, from, to!), 'zh-CN');
  const yes = item({ id: 'yes', type: 'boolean', naAllowed: true });
  const req = item({ id: 'req', type: 'satisfaction', requirement: '有规范流程' });

  it('an answer in words; anything that scores as unanswered reads 未作答', () => {
    expect(words(levelItem, { kind: 'level', level: 3 })).toBe('3 级');
    expect(words(req, { kind: 'satisfaction', value: 'most' })).toBe('大部分满足');
    expect(words(yes, { kind: 'boolean', value: false })).toBe('否');
    expect(words(yes, { kind: 'na' })).toBe('不适用');
    expect(words(multi, { kind: 'choices', selected: ['a', 'c'] })).toBe('a、c');
    expect(words(multi, { kind: 'choices', selected: [] })).toBe('均未选');
    expect(words(figures, { kind: 'figures', figures: { digitised: 45, total: 80 } })).toBe('56.3% → 4.5 分');
    expect(words(levelItem, { kind: 'level', level: 5 })).toBe('未作答'); // above the top level
    expect(words(multi, { kind: 'choices', selected: ['a', 'x'] })).toBe('未作答'); // unknown option
    expect(words(yes, { kind: 'level', level: 1 })).toBe('未作答'); // wrong kind
    expect(words(yes, undefined)).toBe('未作答');
  });

  it('a rung in words: from the current answer (the bottom when none) to the proposed one', () => {
    expect(change(levelItem, undefined, { kind: 'level', level: 1 })).toBe('0 级 → 1 级');
    expect(change(levelItem, { kind: 'level', level: 2 }, { kind: 'level', level: 4 })).toBe('2 级 → 4 级');
    expect(change(req, undefined, { kind: 'satisfaction', value: 'partial' })).toBe('未作答 → 部分满足');
    expect(change(yes, undefined, { kind: 'boolean', value: true })).toBe('否 → 是');
    expect(
      change(
        figures,
        { kind: 'figures', figures: { digitised: 45, total: 80 } },
        betterAnswers(figures, {
          kind: 'figures',
          figures: { digitised: 45, total: 80 },
        })[0]!.to,
      ),
    ).toBe('数字化设备 45 → 49');
    const added = betterAnswers(multi, { kind: 'choices', selected: ['a'] })[1]!.to;
    expect(change(multi, { kind: 'choices', selected: ['a'] }, added)).toBe('已有 1 项 → 增加 b、c');
    expect(
      change(single, { kind: 'choices', selected: ['one'] }, { kind: 'choices', selected: ['all'] }),
    ).toBe('单个 → 全部');
    expect(change(single, undefined, { kind: 'choices', selected: ['one'] })).toBe('未作答 → 单个');
  });
});
