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
  ],
  upgrades: [
    {
      fromVersion: '2024.1',
      rename: { 'm.old': 'm.new' },
      relevel: [{ from: 'm.scale', to: 'm.scale5', levels: { '0': 0, '1': 1, '2': 3, '3': 5 } }],
      dropped: [{ item: 'm.gone', reason: '新版删除了此要求' }],
    },
  ],
});

const yes: AnswerValue = { kind: 'boolean', value: true };

describe('model upgrades', () => {
  it('maps answers by the declared mapping and reports everything it cannot carry', () => {
    const r = upgradeAnswers(v1, v2, {
      'm.keep': yes,
      'm.old': yes,
      'm.scale': { kind: 'level', level: 2 },
      'm.gone': yes,
      'm.retyped': yes,
      'm.orphan': yes,
      'other.pack': { kind: 'level', level: 1 },
    });
    expect(r.answers).toEqual({
      'm.keep': yes,
      'm.new': yes,
      'm.scale5': { kind: 'level', level: 3 },
      'other.pack': { kind: 'level', level: 1 }, // not this pack's: passes through untouched
    });
    expect(r.unmapped).toEqual([
      { itemId: 'm.gone', reason: '新版删除了此要求' },
      { itemId: 'm.retyped', reason: '新版题项 m.retyped 的题型或选项已变化' },
      { itemId: 'm.orphan', reason: '新版中没有对应题项' },
    ]);
    expect(r.carried).toContainEqual({ from: 'm.old', to: 'm.new' });
  });

  it('refuses without a declared mapping', () => {
    expect(() => upgradeAnswers(v2, v1, {})).toThrow(UpgradeError);
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
    expect(r.changes[0]).toMatchObject({ modelId: 'm', scoreBefore: 25, scoreAfter: 25 });
  });

  it('applyChanges sets and removes', () => {
    expect(applyChanges({ a: yes }, { a: null, b: yes })).toEqual({ b: yes });
  });
});
