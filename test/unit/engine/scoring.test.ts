import { describe, expect, it } from 'vitest';
import { L, cite, model, node, pack, questionnaire, run } from './support';

/** Two weighted groups; one item only applies to process industry, one is asked only after a "yes". */
const weighted = pack({
  id: 'w',
  version: '2025.1',
  nodes: [node('a', null, { weight: 3 }), node('b', null, { weight: 1 }), node('b1', 'b')],
  items: [
    {
      id: 'w.a1',
      node: 'a',
      type: 'level',
      label: L('a1'),
      levels: [1, 2].map((level) => ({ level, text: `L${level}` })),
    },
    { id: 'w.a2', node: 'a', type: 'boolean', label: L('a2'), naAllowed: true, weight: 3 },
    { id: 'w.b1', node: 'b1', type: 'boolean', label: L('b1'), applies: { manufacturingTypes: ['process'] } },
    { id: 'w.gate', node: 'b1', type: 'boolean', label: L('has MES') },
    {
      id: 'w.follow',
      node: 'b1',
      type: 'boolean',
      label: L('MES linked'),
      when: { item: 'w.gate', equals: true },
    },
  ],
  scoring: { kind: 'weighted' },
});
const q = questionnaire(weighted);

describe('item → node → model roll-up', () => {
  it('weighted means with unanswered items counting 0 (hand-computed)', () => {
    const r = model(
      run(q, { 'w.a1': { kind: 'level', level: 1 }, 'w.a2': { kind: 'boolean', value: true } }),
      'w',
    );
    // a = (1·0.5 + 3·1) / 4 = 0.875; b1 = (b1 unanswered 0 + gate unanswered 0) / 2 = 0 → b = 0
    const a = r.nodes.find((n) => n.nodeId === 'a')!;
    expect(a.fraction).toBe(0.875);
    expect(r.nodes.find((n) => n.nodeId === 'b')!.fraction).toBe(0);
    // model = (3·0.875 + 1·0) / 4
    expect(r.score.fraction).toBeCloseTo(0.65625, 10);
    expect(r.score.value).toBe(65.6);
  });

  it('N/A leaves the item out of the mean instead of counting it as 0', () => {
    const r = model(run(q, { 'w.a1': { kind: 'level', level: 1 }, 'w.a2': { kind: 'na' } }), 'w');
    expect(r.nodes.find((n) => n.nodeId === 'a')!.fraction).toBe(0.5);
    expect(r.items.find((i) => i.itemId === 'w.a2')).toMatchObject({
      answered: true,
      na: true,
      fraction: null,
    });
  });

  it('applicability: a process-only item disappears for discrete, stays for mixed and unknown profiles', () => {
    const answers = {
      'w.gate': { kind: 'boolean', value: true } as const,
      'w.follow': { kind: 'boolean', value: true } as const,
    };
    const discrete = model(run(q, answers, { profile: { manufacturingType: 'discrete' } }), 'w');
    expect(discrete.items.find((i) => i.itemId === 'w.b1')!.relevant).toBe(false);
    expect(discrete.nodes.find((n) => n.nodeId === 'b1')!.fraction).toBe(1);
    const mixed = model(run(q, answers, { profile: { manufacturingType: 'mixed' } }), 'w');
    expect(mixed.items.find((i) => i.itemId === 'w.b1')!.relevant).toBe(true);
    expect(mixed.nodes.find((n) => n.nodeId === 'b1')!.fraction).toBeCloseTo(2 / 3, 5);
    expect(model(run(q, answers), 'w').items.find((i) => i.itemId === 'w.b1')!.relevant).toBe(true);
  });

  it('relevance: a follow-up is skipped until its trigger is answered "yes"', () => {
    const skipped = model(
      run(q, { 'w.gate': { kind: 'boolean', value: false } }, { profile: { manufacturingType: 'discrete' } }),
      'w',
    );
    expect(skipped.items.find((i) => i.itemId === 'w.follow')!.relevant).toBe(false);
    expect(skipped.nodes.find((n) => n.nodeId === 'b1')!.progress).toEqual({
      answered: 1,
      relevant: 1,
      total: 3,
    });
    const shown = model(
      run(q, { 'w.gate': { kind: 'boolean', value: true } }, { profile: { manufacturingType: 'discrete' } }),
      'w',
    );
    expect(shown.items.find((i) => i.itemId === 'w.follow')!.relevant).toBe(true);
    expect(shown.nodes.find((n) => n.nodeId === 'b1')!.fraction).toBe(0.5);
  });

  it('progress counts answered / relevant / total, and answers to unknown items are reported', () => {
    const r = run(
      q,
      { 'w.a1': { kind: 'level', level: 2 }, 'nope.x': { kind: 'boolean', value: true } },
      { profile: { manufacturingType: 'discrete' } },
    );
    expect(r.progress).toEqual({ answered: 1, relevant: 3, total: 5 });
    expect(r.warnings).toEqual([expect.objectContaining({ code: 'unknown-item', itemId: 'nope.x' })]);
  });

  it('a weighted pack has no level estimate and no gaps', () => {
    const r = model(run(q, {}), 'w');
    expect([r.estimate, r.next, r.cheapestLift, r.gaps]).toEqual([null, null, null, []]);
    expect(r.nodes.every((n) => n.confidence === 'confirmed')).toBe(true);
    expect(cite.source).toBeTruthy();
  });
});
