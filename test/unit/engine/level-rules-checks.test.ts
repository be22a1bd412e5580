import { describe, expect, it } from 'vitest';
import type { AnswerValue } from '../../../assessments/engine/answer';
import { checkPacks } from '../../../assessments/engine/model/validate';
import { TYPICAL_PROFILE, typicalAnswers } from '../../fixtures/answers/typical';
import { L, cite, model, node, pack, questionnaire, run, shipped } from './support';
import { EN_LABELS, phraseText } from '../../../assessments/presentation/phrase';

const partial = { citation: cite, confidence: 'partial' as const };

function smePack(constrained: boolean[], minConstrainedScenes: number) {
  return pack({
    id: 'sm',
    version: '2024.1',
    nodes: [node('base'), node('scenes')],
    items: constrained.map((c, i) => ({
      id: `sm.s${i}`,
      node: 'scenes',
      type: 'level' as const,
      label: L(`场景${i}`),
      levels: [1, 2].map((level) => ({ level, text: `L${level}` })),
      ...(c ? { constrained: true } : {}),
    })),
    scoring: {
      kind: 'sme-digital',
      levels: [1, 2].map((level) => ({ level, label: L(`${level}级`) })),
      belowFirst: L('未达一级'),
      rule: [{ level: 1, minScore: 20, minScenes: 2, minConstrainedScenes }],
      scenesNode: 'scenes',
      statement: L('{level}'),
      decidedBy: L('现场'),
      ...partial,
    },
  });
}

describe('models:check on level rules', () => {
  it('a rule asking for more 约束性 scenes than the pack flags fails with the node and the reason', () => {
    expect(checkPacks([smePack([true, false, false], 2)])).toEqual([
      {
        pack: 'sm@2024.1',
        path: 'scoring.rule.0',
        message: '1 级要求 2 个约束性场景，但标为约束性（constrained: true）的场景只有 1 个',
      },
    ]);
    expect(checkPacks([smePack([true, true, false], 2)])).toEqual([]);
  });
});

describe('shared answers map to a satisfaction declared per option', () => {
  const owner = pack({
    id: 'own',
    version: '2024.1',
    nodes: [node('base')],
    items: [
      {
        id: 'own.plan',
        node: 'base',
        type: 'choices',
        select: 'single',
        points: 6,
        label: L('规划'),
        options: [
          { id: 'none', label: L('无'), points: 0 },
          { id: 'planned', label: L('已制定规划'), points: 1.5 },
          { id: 'done', label: L('已实施'), points: 6 },
        ],
      },
    ],
    scoring: { kind: 'weighted' },
  });
  const cm = (optionSatisfaction: Record<string, number>) =>
    pack({
      id: 'cm',
      version: '2020.1',
      nodes: [node('el'), node('sd', 'el')],
      items: [
        { type: 'ref', ref: 'own.plan', from: 'own', node: 'sd', level: 1, weight: 1, optionSatisfaction },
      ],
      scoring: {
        kind: 'cmmm',
        levels: [{ level: 1, label: L('一级') }],
        belowFirst: L('未达一级'),
        achievedAt: 0.8,
        achievedCountsAs: 'one',
        bands: [{ level: 1, minS: 0.8 }],
        statement: L('{level}'),
        decidedBy: L('平台'),
        ...partial,
      },
    });

  it('"已制定规划" fully meets the level-1 requirement although it earns 1.5 of 6 points', () => {
    const q = questionnaire(cm({ none: 0, planned: 1, done: 1 }), owner);
    const planned: AnswerValue = { kind: 'choices', selected: ['planned'] };
    const r = model(run(q, { 'own.plan': planned }), 'cm');
    expect(r.levelScores[0]).toMatchObject({ level: 1, score: 1, achieved: true });
    expect(r.estimate?.rank).toBe(1);
  });

  it('an option without a declared satisfaction is a pack error', () => {
    expect(checkPacks([cm({ none: 0, planned: 1 }), owner]).map((i) => i.message)).toEqual([
      'own.plan 的选项 done 未给出满足度',
    ]);
  });

  it('the shipped CMMM pack declares a satisfaction for every option of each shared choice', () => {
    const cmmm = shipped().get('cmmm-gbt39116')!;
    const refs = cmmm.items.filter((i) => i.type === 'ref' && i.optionSatisfaction);
    expect(refs.map((r) => r.type === 'ref' && r.ref).sort()).toEqual(
      ['sme.net.connect', 'sme.plan.execution', 'sme.sec.data', 'sme.sec.network', 'sme.talent'].sort(),
    );
    expect(shipped().issues()).toEqual([]);
  });
});

describe('CMMM process-industry wording', () => {
  it('生产作业, 工艺设计, 设备管理, 仓储配送, 能源管理 and 安全环保 each have a requirement for process plants only', () => {
    const cmmm = shipped().get('cmmm-gbt39116')!;
    const processOnly = cmmm.items.filter(
      (i) => i.type === 'satisfaction' && i.applies?.manufacturingTypes?.join() === 'process',
    );
    const subdomains = new Set(processOnly.map((i) => cmmm.nodes.find((n) => n.id === i.node)?.label.zh));
    expect([...subdomains].sort()).toEqual(
      ['生产作业', '工艺设计', '设备管理', '仓储配送', '能源管理', '安全环保'].sort(),
    );
  });
});

describe('improvement plans never flip a fact', () => {
  it('a tier blocked only by the accident/credit record: no tier, the fact listed as a prerequisite, not in the plan', () => {
    const q = shipped().questionnaire('smart-factory-tiers')!;
    const answers = {
      ...typicalAnswers(q),
      'sf.basic.compliance': { kind: 'boolean', value: false } as const,
    };
    const r = run(q, answers, { profile: TYPICAL_PROFILE });
    const tiers = r.models[0]!;
    // 基础级 needs no serious accident or bad credit in three years: with that fact false there is no tier
    expect(r.summary.tier?.rank).toBe(0);
    expect(tiers.prerequisites?.map((p) => [p.itemId, p.status, phraseText(p.current, 'zh-CN')])).toEqual([
      ['sf.basic.compliance', 'fail', '否'],
    ]);
    expect(tiers.prerequisites?.[0]?.establishedBy).toContain('信用中国');
    expect(tiers.gaps.some((g) => g.itemId === 'sf.basic.compliance')).toBe(false);
    expect(tiers.cheapestLift?.moves.some((m) => m.itemId === 'sf.basic.compliance')).toBe(false);
  });
});

describe('a reported rating above the estimate is named with its causes', () => {
  it('先进级 held, but a serious accident is recorded: the estimate is below 基础级 and says why', () => {
    const q = shipped().questionnaire('smart-factory-tiers')!;
    const answers = {
      ...typicalAnswers(q),
      'sf.basic.compliance': { kind: 'boolean', value: false } as const,
      'sf.status.tier-held': { kind: 'level', level: 2 } as const,
    };
    const d = run(q, answers, { profile: TYPICAL_PROFILE }).models[0]!.discrepancies!;
    expect(d.map((x) => [x.subject, x.held.zh, x.estimated.zh])).toEqual([['tier', '先进级', '未达基础级']]);
    expect(d[0]!.message.zh).toBe('企业填报已取得先进级，本次估算为未达基础级：请核对填报与作答');
    expect(d[0]!.causes.map((c) => phraseText(c, 'zh-CN'))).toContain(
      '基础级·经营财务良好、无不良记录和较大事故：条件不满足',
    );
    expect(d[0]!.causes.map((c) => phraseText(c, 'en', EN_LABELS))).toEqual([
      'Basic · Sound finances, clean record: Condition not met',
    ]);
  });
});
