import { describe, expect, it } from 'vitest';
import type { AnswerValue } from '../../../assessments/engine/answer';
import { applyChanges, whatIf } from '../../../assessments/engine/diagnosis/diagnose';
import { upgradeAnswers, UpgradeError } from '../../../assessments/engine/model/upgrade';
import { L, node, pack, questionnaire } from './support';

const levels = (n: number) => Array.from({ length: n }, (_, i) => ({ level: i + 1, text: `L${i + 1}` }));
const v1 = pack({
  id: 'm',
  version: '2024.1',
  nodes: [node('a')],
  items: [
    { id: 'm.keep', node: 'a', type: 'boolean', label: L('keep') },
    { id: 'm.old', node: 'a', type: 'boolean', label: L('old name') },
    { id: 'm.scale', node: 'a', type: 'level', label: L('3 levels'), levels: levels(3) },
    { id: 'm.gone', node: 'a', type: 'boolean', label: L('gone') },
    { id: 'm.retyped', node: 'a', type: 'boolean', label: L('retyped') },
    { id: 'm.orphan', node: 'a', type: 'boolean', label: L('orphan') },
  ],
  scoring: { kind: 'weighted' },
});
const v2 = pack({
  ...v1,
  version: '2025.1',
  items: [
    { id: 'm.keep', node: 'a', type: 'boolean', label: L('keep') },
    { id: 'm.new', node: 'a', type: 'boolean', label: L('new name') },
    { id: 'm.scale5', node: 'a', type: 'level', label: L('5 levels'), levels: levels(5) },
    { id: 'm.retyped', node: 'a', type: 'level', label: L('now a level'), levels: levels(2) },
    {
      id: 'm.pick',
      node: 'a',
      type: 'choices',
      select: 'multi',
      label: L('pick'),
      options: [
        { id: 'x', label: L('x'), points: 1 },
        { id: 'y2', label: L('y'), points: 1 },
      ],
    },
  ],
  upgrades: [
    {
      fromVersion: '2024.1',
      items: [
        { item: 'm.old', question: '旧题名', to: 'm.new' },
        { item: 'm.scale', question: '三级题', to: 'm.scale5', levels: { '1': 1, '2': 3, '3': 5 } },
        { item: 'm.gone', question: '已删除的题', dropped: '新版删除了此要求' },
        { item: 'm.retyped', question: '改成等级的题', to: 'm.retyped' },
        {
          item: 'm.pick',
          question: '多选题',
          to: 'm.pick',
          options: { y: 'y2' },
          droppedOptions: { z: '新版不再区分 z' },
        },
      ],
    },
  ],
});

const yes: AnswerValue = { kind: 'boolean', value: true };

describe('model upgrades', () => {
  it('maps answers by the declared mapping and reports each change with the question as it was asked', () => {
    const r = upgradeAnswers(v2, '2024.1', {
      'm.keep': yes,
      'm.old': yes,
      'm.scale': { kind: 'level', level: 2 },
      'm.gone': yes,
      'm.retyped': yes,
      'm.pick': { kind: 'choices', selected: ['x', 'y', 'z'] },
      'm.orphan': yes,
    });
    expect(r.answers).toEqual({
      'm.keep': yes,
      'm.new': yes,
      'm.scale5': { kind: 'level', level: 3 },
      'm.pick': { kind: 'choices', selected: ['x', 'y2'] },
      'm.orphan': yes, // not in the mapping: kept as it was (the diagnosis warns about it)
    });
    expect(r.changes).toEqual([
      { itemId: 'm.old', question: '旧题名', outcome: 'moved', to: 'm.new', reason: null },
      { itemId: 'm.scale', question: '三级题', outcome: 'moved', to: 'm.scale5', reason: null },
      { itemId: 'm.gone', question: '已删除的题', outcome: 'dropped', to: null, reason: '新版删除了此要求' },
      {
        itemId: 'm.retyped',
        question: '改成等级的题',
        outcome: 'dropped',
        to: null,
        reason: '新版的题型或选项不同，旧回答无法换算，请重新作答',
      },
      { itemId: 'm.pick', question: '多选题', outcome: 'moved', to: 'm.pick', reason: '新版不再区分 z' },
    ]);
    expect(r).toMatchObject({ fromVersion: '2024.1', toVersion: '2025.1' });
  });

  it('refuses a version it declares no mapping for, naming both versions', () => {
    expect(() => upgradeAnswers(v2, '2023.4', {})).toThrow(UpgradeError);
    expect(() => upgradeAnswers(v2, '2023.4', {})).toThrow('2025.1 版没有声明如何升级 2023.4 版的回答');
  });
});

describe('what-if', () => {
  const q = questionnaire(v2);

  it('evaluates hypothetical answers beside the saved ones without touching them', () => {
    const saved: Record<string, AnswerValue> = { 'm.keep': yes };
    const frozen = JSON.stringify(saved);
    const r = whatIf({ questionnaire: q, answers: saved }, { 'm.new': yes, 'm.keep': null });
    expect(JSON.stringify(saved)).toBe(frozen);
    expect(r.base.models[0]!.items.find((i) => i.itemId === 'm.keep')!.answered).toBe(true);
    expect(r.hypothetical.models[0]!.items.find((i) => i.itemId === 'm.keep')!.answered).toBe(false);
    // five equally weighted items, one met before (m.keep) and one after (m.new): 1 / 5 = 20 both times
    expect(r.changes[0]).toMatchObject({ modelId: 'm', scoreBefore: 20, scoreAfter: 20 });
  });

  it('applyChanges sets and removes', () => {
    expect(applyChanges({ a: yes }, { a: null, b: yes })).toEqual({ b: yes });
  });
});
