import { beforeAll, describe, expect, it } from 'vitest';
import type { DiagnosisResult, ModelResult } from '../../../assessments/engine/diagnosis/schema';
import { phrase, type Phrase } from '../../../assessments/engine/phrase';
import en from '../../../assessments/i18n/composed/diagnosis/en.json';
import zhCN from '../../../assessments/i18n/composed/diagnosis/zh-CN.json';
import zhTW from '../../../assessments/i18n/composed/diagnosis/zh-TW.json';
import { englishContent } from '../../../assessments/i18n/content/english';
import { hasChinese } from '../../../assessments/i18n/content/walk';
import { EN_LABELS, phraseText } from '../../../assessments/presentation/phrase';
import type { RecommendationResult } from '../../../assessments/engine/scenario/recommend';
import { simplifiedOnlyChars } from '../../helpers/script-check';
import { sampleInput } from '../report/support';

/**
 * The sentences the diagnosis engine composes, family by family, from the sample bundle (a fully
 * answered 东莞 SME): the engine returns parts, and each language words them from
 * assessments/i18n/composed/diagnosis/. zh-CN reads as it always has; English has no Chinese.
 */
const EN = { ...EN_LABELS, content: englishContent };
const zh = (p: Phrase) => phraseText(p, 'zh-CN');
const english = (p: Phrase) => phraseText(p, 'en', EN);

let diagnosis: DiagnosisResult;
let recommendations: RecommendationResult;
const model = (id: string): ModelResult => diagnosis.models.find((m) => m.modelId === id)!;

beforeAll(() => {
  const input = sampleInput('zh-CN');
  diagnosis = input.diagnosis;
  recommendations = input.recommendations;
});

describe('diagnosis phrase catalogs', () => {
  it('have the same keys in every language, no Chinese in English, no Simplified-only character in 繁體', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zhCN).sort());
    expect(Object.keys(zhTW).sort()).toEqual(Object.keys(zhCN).sort());
    expect(Object.entries(en).filter(([, v]) => hasChinese(v))).toEqual([]);
    expect(Object.entries(zhTW).filter(([, v]) => simplifiedOnlyChars(v).length > 0)).toEqual([]);
  });
});

describe('a label inserted mid-sentence ({name|lower})', () => {
  const missing = (comparison: string) => english(phrase('dx.bench.missing', { comparison }));
  it('starts lower-case in English, keeps acronyms, and leaves Chinese as written', () => {
    expect(missing('Above the provincial industry average')).toBe(
      'No indicator and values entered for the comparison (required: above the provincial industry average)',
    );
    expect(missing('SME digital level 2 or above')).toBe(
      'No indicator and values entered for the comparison (required: SME digital level 2 or above)',
    );
    expect(zh(phrase('dx.bench.missing', { comparison: '高于本省同行业平均水平' }))).toContain(
      '高于本省同行业平均水平',
    );
  });
});

describe('the sample diagnosis, worded in zh-CN and English', () => {
  it('gap reasons (CMMM level requirement, SME scene level and points)', () => {
    const cmmm = model('cmmm-gbt39116').gaps.find((g) => g.itemId === 'cmmm.equipment.l3')!;
    expect(zh(cmmm.reason)).toBe('能力成熟度3级：3 级要求未全部满足');
    expect(english(cmmm.reason)).toBe('Capability maturity level 3: level 3 requirements not all fully met');
    const scene = model('sme-digital-2024').gaps.find((g) => g.itemId === 'sme.scene.energy')!;
    expect(zh(scene.reason)).toBe('数字化水平4级：场景等级需达到 4 级');
    expect(english(scene.reason)).toBe('Digital level 4: the scenario needs to reach level 4');
    const points = model('sme-digital-2024').gaps.map((g) => zh(g.reason));
    expect(points).toContain('数字化水平4级：本项尚有 7.5 分可得');
    expect(model('sme-digital-2024').gaps.map((g) => english(g.reason))).toContain(
      'Digital level 4: 7.5 more points available on this item',
    );
  });

  it('tier condition details, the benchmark gate among them', () => {
    const next = model('smart-factory-tiers').gates.filter((g) => g.tier === 'basic');
    const details = next.map((g) => [zh(g.detail), english(g.detail)]);
    expect(details).toContainEqual(['条件满足', 'Condition met']);
    expect(details).toContainEqual([
      '本工具估算能力成熟度 2 级（要求 ≥ 2 级），须以平台自评或第三方评估为准',
      'This tool estimates capability maturity level 2 (level 2 or above required); the platform self-assessment or a third-party assessment decides',
    ]);
    expect(details).toContainEqual(['要求的环节均已有建成场景', 'Every required area has a built scenario']);
    expect(details).toContainEqual([
      // the sample's first-pass yield 98.6% against the yearbook's 96.2%: higher is better, so better
      '产品一次合格率：企业 98.6%，对比值 96.2%（对比值来源：省统计年鉴或统计公报；越高越好）→ 优于对比值（要求高于本省同行业平均水平）',
      'First-pass yield: enterprise 98.6%, benchmark 96.2% (benchmark source: provincial statistical yearbook or bulletin; higher is better) → better than the benchmark (required: above the provincial industry average)',
    ]);
  });

  it('plan steps and answers as read', () => {
    const moves = model('cmmm-gbt39116').cheapestLift!.moves;
    const procurement = moves.find((m) => m.itemId === 'cmmm.procurement.l3')!;
    expect([zh(procurement.display), english(procurement.display)]).toEqual([
      '部分满足 → 全部满足',
      'partly met → fully met',
    ]);
    const energy = model('sme-digital-2024').cheapestLift!.moves.find(
      (m) => m.itemId === 'sme.scene.energy',
    )!;
    expect([zh(energy.display), english(energy.display)]).toEqual(['3 级 → 4 级', 'level 3 → level 4']);
    const item = (id: string) => model('sme-digital-2024').items.find((s) => s.itemId === id)!.display;
    expect([zh(item('sme.equip.digitised')), english(item('sme.equip.digitised'))]).toEqual([
      '80.6% → 6 分',
      '80.6% → 6 points',
    ]);
    expect(english(item('sme.net.connect'))).toBe(
      'Industrial control network, Enterprise network linking the main systems, 5G industrial network',
    );
  });

  it('warnings', () => {
    // the regenerated sample answers only questions of the shipped questionnaire
    expect(diagnosis.warnings).toEqual([]);
    const unknownItem = { key: 'dx.warn.unknownItem' } as const;
    expect([[zh(unknownItem), english(unknownItem)]]).toEqual([
      [
        '有一道题不在当前版本的问卷中（问卷已更新），它的旧回答已忽略',
        'A question is not in the current version of the questionnaire (it has been updated); its earlier answer is ignored',
      ],
    ]);
  });

  it('scenario reasons, typical scenarios by name', () => {
    const reasons = (id: string) => recommendations.recommendations.find((r) => r.scenarioId === id)!.reasons;
    expect(reasons('ai-energy-management').map(zh)).toEqual([
      '新覆盖典型场景：碳资产全生命周期管理、污染在线管控',
      '前提已具备：数字基础设施建设',
    ]);
    expect(reasons('ai-energy-management').map(english)).toEqual([
      'Newly covers typical scenarios: Carbon asset lifecycle management, Online pollution control',
      'Prerequisites in place: Digital infrastructure',
    ]);
    expect(reasons('ai-market-analysis').map(english)).toEqual([
      'Prerequisites in place: Precision marketing',
      'Funding that can be applied for now: up to 180,000 yuan',
    ]);
    expect(reasons('ai-market-analysis').map(zh)).toContain('现在即可申报的资金支持：最高18万');
  });
});
