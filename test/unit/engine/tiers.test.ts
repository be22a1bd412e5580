import { describe, expect, it } from 'vitest';
import type { AnswerValue } from '../../../assessments/engine/answer';
import type { ModelResult } from '../../../assessments/engine/diagnosis/schema';
import { L, cite, model, node, pack, questionnaire, run } from './support';
import { phraseText } from '../../../assessments/presentation/phrase';

const unconfirmed = { citation: cite, confidence: 'unconfirmed' as const };
const gateBase = (id: string, tier: string, confidence: 'confirmed' | 'partial' | 'unconfirmed') => ({
  id,
  tier,
  label: L(id),
  edition: 'test',
  citation: cite,
  confidence,
});
const three = [1, 2, 3].map((level) => ({ level, text: `L${level}` }));
const scenario = (ts: string, nodeId: string, usesAi = false) => ({
  id: `t.${ts}`,
  node: nodeId,
  type: 'level' as const,
  scenario: ts,
  usesAi,
  label: L(ts),
  levels: three,
});

/** A one-sub-domain CMMM companion: requirement at level 1 and 2. */
const cm = pack({
  id: 'cm',
  version: '2020.1',
  satisfactionScale: { full: 1, most: 0.8, partial: 0.5, none: 0, ...unconfirmed },
  nodes: [node('sd')],
  items: [1, 2].map((level) => ({
    id: `cm.l${level}`,
    node: 'sd',
    type: 'satisfaction' as const,
    level,
    label: L(`l${level}`),
    requirement: 'r',
  })),
  scoring: {
    kind: 'cmmm',
    levels: [1, 2, 3].map((level) => ({ level, label: L(`${level}级`) })),
    belowFirst: L('未达一级'),
    achievedAt: 0.8,
    achievedCountsAs: 'score',
    bands: [1, 2, 3].map((level) => ({ level, minS: level - 0.2 })),
    statement: L('{level}'),
    decidedBy: L('平台'),
    ...unconfirmed,
  },
});

const tiers = pack({
  id: 'tf',
  version: '2025.1',
  evaluates: [{ id: 'cm', version: '2020.1' }],
  nodes: [
    node('basic', null, { scored: false }),
    node('op', null, { dimension: 'operation' }),
    node('prod', null, { dimension: 'production' }),
  ],
  items: [
    { id: 't.scale', node: 'basic', type: 'boolean', label: L('规上') },
    {
      id: 't.held',
      node: 'basic',
      type: 'level',
      label: L('已获梯度'),
      levels: [1, 2, 3].map((level) => ({ level, text: `T${level}` })),
    },
    {
      id: 't.official',
      node: 'basic',
      type: 'level',
      naAllowed: true,
      label: L('已评定 CMMM'),
      levels: [1, 2, 3].map((level) => ({ level, text: `C${level}` })),
    },
    scenario('ts24', 'op', true),
    scenario('ts25', 'op'),
    scenario('ts08', 'prod'),
  ],
  scoring: {
    kind: 'tiers',
    tiers: [
      {
        code: 'basic',
        rank: 1,
        label: L('基础级'),
        statement: L('符合基础级自评条件'),
        decidedBy: L('自评'),
      },
      {
        code: 'advanced',
        rank: 2,
        label: L('先进级'),
        statement: L('预估可达先进级——以省级评审认定为准'),
        decidedBy: L('省级'),
      },
      {
        code: 'excellent',
        rank: 3,
        label: L('卓越级'),
        statement: L('预估可达卓越级'),
        decidedBy: L('部级'),
      },
    ],
    belowFirst: { label: L('未达基础级'), statement: L('尚不符合基础级自评条件') },
    coveredAtLevel: 2,
    aiAtLevel: 3,
    gates: [
      {
        ...gateBase('basic.scale', 'basic', 'partial'),
        type: 'condition',
        condition: {
          any: [
            { profile: 'qualification', anyOf: ['above-scale'] },
            { item: 't.scale', equals: true },
          ],
        },
      },
      {
        ...gateBase('basic.cmmm', 'basic', 'partial'),
        type: 'cmmm-level',
        min: 1,
        officialItem: 't.official',
        estimateFrom: 'cm',
        regionVariants: [
          { cities: ['深圳市'], min: 2, edition: 'test-sz', citation: cite, confidence: 'confirmed' },
        ],
      },
      { ...gateBase('basic.coverage', 'basic', 'confirmed'), type: 'coverage', dimensions: ['operation'] },
      {
        ...gateBase('advanced.previous', 'advanced', 'confirmed'),
        type: 'previous-tier',
        heldItem: 't.held',
      },
      {
        ...gateBase('advanced.coverage', 'advanced', 'confirmed'),
        type: 'coverage',
        dimensions: ['operation', 'production'],
      },
      {
        ...gateBase('excellent.previous', 'excellent', 'confirmed'),
        type: 'previous-tier',
        heldItem: 't.held',
      },
      { ...gateBase('excellent.ai', 'excellent', 'confirmed'), type: 'ai-share', min: 0.5 },
    ],
  },
});
const q = questionnaire(tiers, cm);

const lv = (level: number): AnswerValue => ({ kind: 'level', level });
const yes: AnswerValue = { kind: 'boolean', value: true };
const full: AnswerValue = { kind: 'satisfaction', value: 'full' };

function gate(r: ModelResult, id: string) {
  return r.gates.find((g) => g.gateId === id)!;
}

/** Basic tier in place: scale answered, CMMM estimate 1, one operations scenario built. */
const basicAnswers: Record<string, AnswerValue> = {
  't.scale': yes,
  't.official': { kind: 'na' },
  'cm.l1': full,
  't.ts25': lv(2),
  't.ts24': lv(1),
  't.ts08': lv(0),
};

describe('tier gates, one type at a time', () => {
  it('condition: pass only as needs-verification on a partial rule; unknown without inputs; the profile can decide alone', () => {
    expect(gate(model(run(q, basicAnswers), 'tf'), 'basic.scale').status).toBe('needs-verification');
    expect(gate(model(run(q, {}), 'tf'), 'basic.scale')).toMatchObject({
      status: 'unknown',
      itemDriven: true,
    });
    const no = { 't.scale': { kind: 'boolean', value: false } } as const;
    // "no" alone is not a fail while the profile might still show the qualification
    expect(gate(model(run(q, no), 'tf'), 'basic.scale').status).toBe('unknown');
    expect(gate(model(run(q, no, { profile: { qualifications: [] } }), 'tf'), 'basic.scale').status).toBe(
      'fail',
    );
    expect(
      gate(model(run(q, {}, { profile: { qualifications: ['above-scale'] } }), 'tf'), 'basic.scale').status,
    ).toBe('needs-verification');
  });

  it('cmmm-level: the official level decides when entered; otherwise the estimate, never as a plain pass', () => {
    const est = gate(model(run(q, basicAnswers), 'tf'), 'basic.cmmm');
    expect(est.status).toBe('needs-verification');
    expect(phraseText(est.detail, 'zh-CN')).toContain('估算');
    const noCmmm = gate(
      model(run(q, { ...basicAnswers, 'cm.l1': { kind: 'satisfaction', value: 'partial' } }), 'tf'),
      'basic.cmmm',
    );
    expect(noCmmm.status).toBe('fail');
    const official = gate(model(run(q, { ...basicAnswers, 't.official': lv(1) }), 'tf'), 'basic.cmmm');
    expect([official.status, official.itemDriven]).toEqual(['needs-verification', false]); // rule itself is partial
  });

  it('cmmm-level: a region variant replaces the minimum for its cities', () => {
    const sz = { profile: { region: { province: '广东省' as const, city: '深圳市' } } };
    const r = gate(model(run(q, { ...basicAnswers, 't.official': lv(1) }, sz), 'tf'), 'basic.cmmm');
    expect(r.status).toBe('fail');
    expect(phraseText(r.detail, 'zh-CN')).toContain('≥ 2');
    expect(gate(model(run(q, { ...basicAnswers, 't.official': lv(2) }, sz), 'tf'), 'basic.cmmm').status).toBe(
      'pass',
    ); // variant confirmed
  });

  it('coverage: unknown while scenarios of the dimension are unanswered, fail once all are below the covered level', () => {
    expect(gate(model(run(q, { 't.ts24': lv(1) }), 'tf'), 'basic.coverage').status).toBe('unknown');
    expect(gate(model(run(q, { 't.ts24': lv(1), 't.ts25': lv(1) }), 'tf'), 'basic.coverage').status).toBe(
      'fail',
    );
    expect(gate(model(run(q, { 't.ts25': lv(2) }), 'tf'), 'basic.coverage').status).toBe('pass');
  });

  it('ai-share: usesAi scenarios count when covered; others answered at the AI level count as an inference to verify', () => {
    const half = model(run(q, { 't.ts24': lv(2), 't.ts25': lv(2), 't.ts08': lv(0) }), 'tf');
    expect(half.coverage).toMatchObject({ coveredCount: 2, aiCount: 1, aiShare: 0.5 });
    expect(gate(half, 'excellent.ai').status).toBe('pass');
    const none = model(run(q, { 't.ts24': lv(0), 't.ts25': lv(2), 't.ts08': lv(2) }), 'tf');
    expect(gate(none, 'excellent.ai').status).toBe('fail');
    const viaLevel = model(run(q, { 't.ts24': lv(0), 't.ts25': lv(3), 't.ts08': lv(2) }), 'tf');
    expect(viaLevel.coverage!.scenarios.find((s) => s.scenarioId === 'ts25')!.ai).toBe(true);
    // the share holds only through the tool's reading of "level ≥ aiAtLevel = AI": never a plain pass
    expect(gate(viaLevel, 'excellent.ai').status).toBe('needs-verification');
    expect(phraseText(gate(viaLevel, 'excellent.ai').detail, 'zh-CN')).toContain('其中 1 个是按');
  });

  it('previous-tier: held passes; not held but estimated → needs verification; lower tier not met → fail', () => {
    expect(gate(model(run(q, { ...basicAnswers, 't.held': lv(1) }), 'tf'), 'advanced.previous').status).toBe(
      'pass',
    );
    expect(gate(model(run(q, basicAnswers), 'tf'), 'advanced.previous').status).toBe('needs-verification');
    const noBasic = { ...basicAnswers, 't.ts25': lv(1) };
    expect(gate(model(run(q, noBasic), 'tf'), 'advanced.previous')).toMatchObject({
      status: 'fail',
      itemDriven: false,
    });
  });
});

describe('tier estimate wording', () => {
  it('meets basic on self-assessment conditions, flagged for verification; never claims an award', () => {
    const r = run(q, basicAnswers);
    const tf = model(r, 'tf');
    expect(tf.tiers.map((t) => t.status)).toEqual(['meets-pending-verification', 'not-met', 'not-met']);
    expect(tf.estimate).toMatchObject({ code: 'basic', rank: 1, pendingVerification: true });
    expect(tf.estimate!.statement.zh).toBe('符合基础级自评条件（部分条件待核实）');
    expect(tf.next).toMatchObject({ code: 'advanced', rank: 2 });
    expect(r.summary.tier).toEqual(tf.estimate);
    expect(r.summary.coveredScenarioIds).toEqual(['ts25']);
  });

  it('advanced is an estimate "decided by provincial review"', () => {
    const r = model(run(q, { ...basicAnswers, 't.held': lv(1), 't.ts08': lv(2) }), 'tf');
    expect(r.estimate).toMatchObject({ code: 'advanced', rank: 2 });
    expect(r.estimate!.statement.zh).toContain('以省级评审认定为准');
  });

  it('below basic says so', () => {
    const r = model(run(q, {}), 'tf');
    expect(r.estimate).toMatchObject({ code: 'none', rank: 0 });
    expect(r.estimate!.statement.zh).toBe('尚不符合基础级自评条件');
  });
});
