import type { AnswerValue } from '../../../assessments/engine/answer';
import { describe, expect, it } from 'vitest';
import { buildQuestionnaire, QuestionnaireError } from '../../../assessments/engine/model/questionnaire';
import { checkPacks } from '../../../assessments/engine/model/validate';
import { L, cite, model, node, pack, questionnaire, run } from './support';

const unconfirmed = { citation: cite, confidence: 'unconfirmed' as const };

/** Owns the shared figures item and scores it in points. */
const owner = pack({
  id: 'own',
  version: '2024.1',
  nodes: [node('base')],
  items: [
    {
      id: 'shared.networked',
      node: 'base',
      type: 'figures',
      points: 10,
      label: L('联网率'),
      fields: [
        { id: 'n', label: L('联网') },
        { id: 't', label: L('总数') },
      ],
      ratio: { numerator: 'n', denominator: 't' },
      bands: [
        { upTo: 0.5, points: 0 },
        { upTo: 1, points: 10 },
      ],
    },
  ],
  scoring: { kind: 'weighted' },
});

/** Places the same item as a level-2 requirement of a CMMM-style sub-domain. */
const user = pack({
  id: 'use',
  version: '2020.1',
  satisfactionScale: { full: 1, most: 0.8, partial: 0.5, none: 0, ...unconfirmed },
  nodes: [node('sd')],
  items: [
    { id: 'use.l1', node: 'sd', type: 'satisfaction', level: 1, label: L('l1'), requirement: 'r' },
    { id: 'use.l2', node: 'sd', type: 'satisfaction', level: 2, label: L('l2'), requirement: 'r' },
    { type: 'ref', ref: 'shared.networked', from: 'own', node: 'sd', level: 2, note: '同一证据' },
  ],
  scoring: {
    kind: 'cmmm',
    levels: [1, 2].map((level) => ({ level, label: L(`${level}级`) })),
    belowFirst: L('未达一级'),
    achievedAt: 0.8,
    achievedCountsAs: 'score',
    bands: [1, 2].map((level) => ({ level, minS: level - 0.2 })),
    statement: L('{level}'),
    decidedBy: L('平台'),
    ...unconfirmed,
  },
});

const primary = pack({
  id: 'main',
  version: '2025.1',
  evaluates: [
    { id: 'use', version: '2020.1' },
    { id: 'own', version: '2024.1' },
  ],
  nodes: [node('m')],
  items: [{ id: 'main.q', node: 'm', type: 'boolean', label: L('q') }],
  scoring: { kind: 'weighted' },
});

describe('shared items', () => {
  const q = questionnaire(primary, user, owner);

  it('are asked once: one entry in the asking order, owned by one pack', () => {
    expect(q.order.filter((id) => id === 'shared.networked')).toHaveLength(1);
    expect(q.order[0]).toBe('main.q'); // primary first
    expect(q.owner.get('shared.networked')).toBe('own');
  });

  it('one answer feeds every pack that places the item', () => {
    const answers: Record<string, AnswerValue> = {
      'use.l1': { kind: 'satisfaction', value: 'full' },
      'use.l2': { kind: 'satisfaction', value: 'partial' },
      'shared.networked': { kind: 'figures', figures: { n: 8, t: 10 } },
    };
    const r = run(q, answers);
    expect(model(r, 'own').score.fraction).toBe(1); // 80% → top band
    // level 2 = mean(0.5, 1) = 0.75 → not achieved; S = 1 + 0.75
    const use = model(r, 'use');
    expect(use.levelScores[1]).toMatchObject({ score: 0.75, achieved: false, requirements: 2 });
    expect(use.score.value).toBe(1.75);
    const lower = run(q, { ...answers, 'shared.networked': { kind: 'figures', figures: { n: 2, t: 10 } } });
    expect(model(lower, 'use').levelScores[1]!.score).toBe(0.25);
    expect(model(lower, 'own').score.fraction).toBe(0);
    expect(r.progress.total).toBe(4);
  });

  it('a ref resolves through the registry even when the owner is not in the questionnaire', () => {
    const alone = buildQuestionnaire(user, (id) => [owner, user].find((p) => p.id === id));
    expect(alone.order).toContain('shared.networked');
    expect(alone.packs.map((p) => p.pack.id)).toEqual(['use']);
  });

  it('two packs defining the same item id is an error: share it with a ref instead', () => {
    const twin = pack({ ...owner, id: 'twin', version: '2024.1' });
    const withTwin = pack({
      ...primary,
      evaluates: [
        { id: 'own', version: '2024.1' },
        { id: 'twin', version: '2024.1' },
      ],
    });
    expect(() => buildQuestionnaire(withTwin, (id) => [owner, twin].find((p) => p.id === id))).toThrow(
      QuestionnaireError,
    );
    expect(
      checkPacks([owner, twin])
        .map((i) => i.message)
        .join(),
    ).toContain('同时由');
  });

  it('a ref to a missing item is caught by the cross-check', () => {
    const broken = pack({
      ...user,
      items: [
        ...user.items.slice(0, 2),
        { type: 'ref', ref: 'shared.nothing', from: 'own', node: 'sd', level: 2, weight: 1 },
      ],
    });
    expect(checkPacks([owner, broken]).some((i) => i.message.includes('shared.nothing'))).toBe(true);
  });
});
