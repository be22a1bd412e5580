import { describe, expect, it } from 'vitest';
import type { OwnedItem } from '../../../assessments/engine/model/schema';
import {
  answerForKey,
  choiceKey,
  optionsOf,
  sameAnswer,
} from '../../../renderer/src/walkthrough/answer-keys';
import { shippedQuestionnaire } from './support';

const q = shippedQuestionnaire();
const items = [...q.items.values()];
const first = <T extends OwnedItem['type']>(
  type: T,
  pick: (i: Extract<OwnedItem, { type: T }>) => boolean = () => true,
) => {
  const found = items.find(
    (i): i is Extract<OwnedItem, { type: T }> =>
      i.type === type && pick(i as Extract<OwnedItem, { type: T }>),
  );
  if (!found) throw new Error(`no ${type} item in the shipped model`);
  return found;
};

describe('keyboard answers', () => {
  it('level items: 0 and each descriptor level, by its own number', () => {
    const item = first('level');
    const keys = optionsOf(item).map((o) => o.key);
    expect(keys).toEqual(['0', ...item.levels.map((l) => String(l.level))]);
    const top = item.levels[item.levels.length - 1]!.level;
    expect(answerForKey(item, String(top), null)).toEqual({ kind: 'level', level: top });
    expect(answerForKey(item, '0', null)).toEqual({ kind: 'level', level: 0 });
    if (top < 5) expect(answerForKey(item, String(top + 1), null)).toBeUndefined();
    expect(answerForKey(item, 'x', null)).toBeUndefined();
  });

  it('satisfaction runs 1 不满足 … 4 全部满足; yes/no is 1 / 2', () => {
    const sat = first('satisfaction');
    expect(['1', '2', '3', '4'].map((k) => answerForKey(sat, k, null))).toEqual(
      ['none', 'partial', 'most', 'full'].map((value) => ({ kind: 'satisfaction', value })),
    );
    expect(answerForKey(sat, '5', null)).toBeUndefined();
    const yn = first('boolean');
    expect(answerForKey(yn, '1', null)).toEqual({ kind: 'boolean', value: true });
    expect(answerForKey(yn, '2', null)).toEqual({ kind: 'boolean', value: false });
  });

  it('multi-select: digits toggle options, 0 answers "none of these"', () => {
    const multi = first('choices', (i) => i.select === 'multi' && i.options.length >= 2);
    const [a, b] = multi.options;
    const one = answerForKey(multi, '1', null);
    expect(one).toEqual({ kind: 'choices', selected: [a!.id] });
    const two = answerForKey(multi, '2', one ?? null);
    expect(two).toEqual({ kind: 'choices', selected: [a!.id, b!.id] });
    expect(answerForKey(multi, '1', two ?? null)).toEqual({ kind: 'choices', selected: [b!.id] });
    expect(answerForKey(multi, '0', two ?? null)).toEqual({ kind: 'choices', selected: [] });
    expect(answerForKey(multi, String(multi.options.length + 1), null)).toBeUndefined();
  });

  it('options beyond the ninth take letters a, b, c … skipping n and f', () => {
    // 数据采集 in the SME pack lists 14 measures
    const long = first('choices', (i) => i.options.length > 9);
    expect(long.options.length).toBe(14);
    expect(long.options.map((_, i) => choiceKey(i))).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
      '9',
      'a',
      'b',
      'c',
      'd',
      'e',
    ]);
    expect(choiceKey(14)).toBe('g');
    expect(answerForKey(long, 'a', null)).toEqual({ kind: 'choices', selected: [long.options[9]!.id] });
    expect(answerForKey(long, 'e', null)).toEqual({ kind: 'choices', selected: [long.options[13]!.id] });
    expect(answerForKey(long, 'g', null)).toBeUndefined();
    expect(answerForKey(long, 'n', null)).toBeUndefined();
    expect(answerForKey(long, 'f', null)).toBeUndefined();
  });

  it('figures take no digit shortcuts (digits are typed into the fields)', () => {
    const fig = first('figures');
    expect(optionsOf(fig)).toEqual([]);
    expect(answerForKey(fig, '1', null)).toBeUndefined();
  });

  it('compares answers by value', () => {
    expect(sameAnswer({ kind: 'level', level: 2 }, { kind: 'level', level: 2 })).toBe(true);
    expect(sameAnswer({ kind: 'level', level: 2 }, { kind: 'level', level: 3 })).toBe(false);
    expect(sameAnswer({ kind: 'na' }, null)).toBe(false);
  });
});
