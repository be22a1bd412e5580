import { mkdirSync, mkdtempSync, readFileSync, writeFileSync, cpSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify, parse } from 'yaml';
import { modelJsonSchema } from '../../../assessments/engine/model/json-schema';
import type { ModelPack } from '../../../assessments/engine/model/schema';
import { TYPICAL_SCENARIO_IDS } from '../../../assessments/engine/typical-scenarios';
import { checkModels, formatModelCheck } from '../../../electron/services/catalog/check-models';
import { loadModelPacks } from '../../../electron/services/catalog/models';
import { MODELS_DIR } from '../engine/support';

const loaded = loadModelPacks(MODELS_DIR);
const byId = (id: string): ModelPack => loaded.packs.find((p) => p.id === id)!;

describe('shipped model packs', () => {
  it('all load without a single issue', () => {
    expect(loaded.issues).toEqual([]);
    expect(loaded.packs.map((p) => `${p.id}@${p.version}`).sort()).toEqual([
      'cmmm-gbt39116@2020.1',
      'smart-factory-tiers@2025.2',
      'sme-digital-2024@2024.1',
    ]);
  });

  it('every node and every rule carries a citation and a confidence flag', () => {
    for (const p of loaded.packs) {
      for (const n of p.nodes)
        expect([n.id, n.citation.source.length > 0, n.confidence]).toEqual([n.id, true, expect.any(String)]);
      if (p.scoring.kind === 'tiers') for (const g of p.scoring.gates) expect(g.citation.source).not.toBe('');
    }
  });

  it('smart-factory-tiers: 40 typical scenarios once each, with descriptors and evidence, and a gate for every tier', () => {
    const tiers = byId('smart-factory-tiers');
    const scenarios = tiers.items.flatMap((i) => (i.type === 'level' && i.scenario ? [i] : []));
    expect(scenarios.map((s) => s.scenario).sort()).toEqual([...TYPICAL_SCENARIO_IDS]);
    for (const s of scenarios) {
      expect(s.levels.map((l) => l.level)).toEqual([1, 2, 3]);
      expect(s.evidence.length).toBeGreaterThan(0);
    }
    expect(tiers.evaluates.map((e) => e.id)).toEqual(['cmmm-gbt39116', 'sme-digital-2024']);
    if (tiers.scoring.kind !== 'tiers') throw new Error('tiers scoring expected');
    const gates = tiers.scoring.gates;
    expect(new Set(gates.map((g) => g.tier))).toEqual(new Set(['basic', 'advanced', 'excellent', 'leading']));
    expect(gates.find((g) => g.id === 'excellent.ai')).toMatchObject({
      type: 'ai-share',
      min: 0.2,
      confidence: 'confirmed',
    });
    expect(gates.find((g) => g.id === 'leading.ai')).toMatchObject({ type: 'ai-share', min: 0.6 });
    expect(gates.find((g) => g.id === 'basic.coverage')).toMatchObject({
      type: 'coverage',
      dimensions: ['operation'],
    });
    expect(gates.filter((g) => g.type === 'cmmm-level').map((g) => g.type === 'cmmm-level' && g.min)).toEqual(
      [2, 2, 3, 4],
    );
  });

  it('cmmm-gbt39116: 4 elements, 12 domains, 20 sub-domains, levels 1–4 for each (both industry types)', () => {
    const cmmm = byId('cmmm-gbt39116');
    const kinds = (k: string) => cmmm.nodes.filter((n) => n.kind === k);
    expect([kinds('element').length, kinds('domain').length, kinds('subdomain').length]).toEqual([4, 12, 20]);
    for (const type of ['discrete', 'process'] as const) {
      for (const sd of kinds('subdomain')) {
        const levels = cmmm.items
          .filter((i) => i.type === 'satisfaction' && i.node === sd.id)
          .filter((i) => !i.applies?.manufacturingTypes || i.applies.manufacturingTypes.includes(type))
          .map((i) => i.level);
        expect([sd.id, type, [...new Set(levels)].sort()]).toEqual([sd.id, type, [1, 2, 3, 4]]);
      }
    }
    expect(cmmm.scoring).toMatchObject({
      kind: 'cmmm',
      achievedAt: 0.8,
      achievedCountsAs: 'one',
      bands: [0.8, 1.8, 2.8, 3.8, 4.8].map((minS, i) => ({ level: i + 1, minS })),
      confidence: 'partial',
    });
    expect(cmmm.satisfactionScale).toMatchObject({
      full: 1,
      most: 0.8,
      partial: 0.5,
      none: 0,
      confidence: 'unconfirmed',
    });
  });

  it('sme-digital-2024: the scored part sums to 100 points, 16 scenes × 4 levels, rule flagged', () => {
    const sme = byId('sme-digital-2024');
    const points = sme.items.reduce((s, i) => s + (i.type !== 'ref' ? (i.points ?? 0) : 0), 0);
    expect(points).toBeCloseTo(100, 10);
    const scenes = sme.items.filter((i) => i.type === 'level');
    expect(scenes).toHaveLength(16);
    for (const s of scenes) expect(s.type === 'level' && s.levels.length).toBe(4);
    expect(sme.scoring).toMatchObject({
      kind: 'sme-digital',
      confidence: 'partial',
      // 2024 indicators as two independent encodings give them: points, scenes at the level, 约束性 among them
      rule: [
        { level: 1, minScore: 20, minScenes: 6, minConstrainedScenes: 3 },
        { level: 2, minScore: 40, minScenes: 6, minConstrainedScenes: 3 },
        { level: 3, minScore: 60, minScenes: 8, minConstrainedScenes: 5 },
        { level: 4, minScore: 80, minScenes: 10, minConstrainedScenes: 6 },
      ],
    });
    const constrained = scenes.filter((s) => s.type === 'level' && s.constrained).map((s) => s.label.zh);
    expect(constrained.sort()).toEqual(
      [
        '产品设计',
        '营销管理',
        '生产管控',
        '质量管理',
        '设备管理',
        '安全生产',
        '能耗管理',
        '采购管理',
        '仓储物流',
        '财务管理',
      ].sort(),
    );
    const plan = sme.items.find((i) => i.type !== 'ref' && i.id === 'sme.plan.execution');
    expect(plan?.type === 'choices' && plan.options.map((o) => o.points)).toEqual([0, 1.5, 3, 4.5, 6, 7.5]);
    for (const i of sme.items) {
      if (i.type === 'choices' && i.select === 'multi')
        expect(i.options.reduce((s, o) => s + o.points, 0)).toBeCloseTo(i.points!, 10);
    }
  });

  it('the committed JSON Schema is up to date (regenerate: node scripts/run-ts.mjs scripts/write-model-schema.ts)', () => {
    const committed = JSON.parse(
      readFileSync(path.resolve('assessments/schemas/model.schema.json'), 'utf8'),
    ) as unknown;
    expect(committed).toEqual(JSON.parse(JSON.stringify(modelJsonSchema())));
  });
});

/** A copy of the shipped packs in a temp folder, with one file edited. */
function brokenCopy(
  edit: (pack: Record<string, unknown>) => void,
  target = 'sme-digital-2024/2024.1',
): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sfd-models-'));
  cpSync(MODELS_DIR, dir, { recursive: true });
  const file = path.join(dir, target, 'model.yaml');
  const raw = parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  edit(raw);
  writeFileSync(file, stringify(raw));
  return dir;
}

describe('models:check rejects broken packs with a specific message', () => {
  it('counts what it found when everything is valid', () => {
    const report = checkModels(MODELS_DIR);
    expect(report.ok).toBe(true);
    const cmmm = report.packs.find((p) => p.pack === 'cmmm-gbt39116@2020.1')!;
    expect(cmmm.nodesByKind).toEqual({ element: 4, domain: 12, subdomain: 20 });
    expect(cmmm.citations.unconfirmed).toBeGreaterThan(80);
  });

  const cases: Array<[string, (p: Record<string, unknown>) => void, string]> = [
    [
      'unknown parent',
      (p) => ((p.nodes as Array<Record<string, unknown>>)[1]!.parent = 'nowhere'),
      '上级 nowhere 不存在',
    ],
    [
      'bands out of order',
      (p) => {
        const item = (p.items as Array<Record<string, unknown>>).find((i) => i.id === 'sme.equip.digitised')!;
        (item.bands as Array<Record<string, number>>)[1]!.upTo = 0.05;
      },
      '区间上限须递增',
    ],
    ['version not quoted (a number)', (p) => (p.version = 2024.1), 'version'],
    ['version differs from its folder', (p) => (p.version = '2024.9'), '不一致'],
    [
      'condition on a missing item',
      (p) => ((p.items as Array<Record<string, unknown>>)[0]!.when = { item: 'sme.nothing', equals: true }),
      'sme.nothing',
    ],
  ];
  for (const [name, edit, message] of cases) {
    it(name, () => {
      const report = checkModels(brokenCopy(edit));
      expect(report.ok).toBe(false);
      expect(report.issues.map((i) => `${i.path} ${i.message}`).join('\n')).toContain(message);
    });
  }

  const TIERS = 'smart-factory-tiers/2025.2';
  const withUpgrade =
    (items: Array<Record<string, unknown>>, fromVersion = '2025.1') =>
    (p: Record<string, unknown>) =>
      (p.upgrades = [{ fromVersion, items }]);
  const upgradeCases: Array<[string, (p: Record<string, unknown>) => void, string]> = [
    [
      'upgrade mapping to an item the version does not have',
      withUpgrade([{ item: 'sf.old', question: '旧题', to: 'sf.basic.nowhere' }]),
      'upgrades.0.items.0.to sf.old 映射到的题项 sf.basic.nowhere 在本版本中不存在',
    ],
    [
      'upgrade mapping to an option the item does not have',
      withUpgrade([
        {
          item: 'sf.basic.kpi-basis',
          question: '来源',
          to: 'sf.basic.kpi-basis',
          options: { yearbook: 'almanac' },
        },
      ]),
      'upgrades.0.items.0.options.yearbook sf.basic.kpi-basis 没有选项 almanac',
    ],
    [
      'upgrade mapping with neither a target nor a reason',
      withUpgrade([{ item: 'sf.old', question: '旧题' }]),
      'upgrades.0.items.0 sf.old：须写明旧回答迁到哪道题（to）或为何不能迁移（dropped），二者选一',
    ],
    [
      'upgrade mapping from a version that is not older',
      withUpgrade([{ item: 'sf.old', question: '旧题', dropped: '删除' }], '2025.3'),
      'upgrades.0.fromVersion 升级映射的来源版本 2025.3 须早于本版本 2025.2',
    ],
  ];
  for (const [name, edit, message] of upgradeCases) {
    it(name, () => {
      const report = checkModels(brokenCopy(edit, TIERS));
      expect(report.ok).toBe(false);
      expect(report.issues.map((i) => `${i.path} ${i.message}`)).toContain(message);
      // models:check prints the file the editor opens
      expect(formatModelCheck(report).join('\n')).toContain(
        `assessments/models/smart-factory-tiers/2025.2/model.yaml ${message.replace(' ', ': ')}`,
      );
    });
  }

  it('a pack that refers to an invalid pack is reported too, and the valid ones still load', () => {
    const dir = brokenCopy(
      (p) => (p.items = (p.items as Array<Record<string, unknown>>).filter((i) => i.id !== 'sme.talent')),
    );
    const result = loadModelPacks(dir);
    expect(result.issues.some((i) => i.message.includes('sme.talent'))).toBe(true);
    expect(result.packs.map((p) => p.id)).toEqual(['sme-digital-2024']); // cmmm refers to it, tiers evaluates cmmm
    expect(result.issues.some((i) => i.pack === 'smart-factory-tiers@2025.2' && i.path === 'evaluates')).toBe(
      true,
    );
    mkdirSync(path.join(dir, 'empty', '2025.1'), { recursive: true });
    expect(loadModelPacks(dir).files).toHaveLength(3);
  });
});
