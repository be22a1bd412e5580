import { describe, expect, it } from 'vitest';
import en from '../../../assessments/i18n/composed/policy/en.json';
import zhCN from '../../../assessments/i18n/composed/policy/zh-CN.json';
import zhTW from '../../../assessments/i18n/composed/policy/zh-TW.json';
import type { Phrase } from '../../../assessments/engine/phrase';
import type { EvaluationResult } from '../../../assessments/engine/policy/result';
import { hasChinese } from '../../../assessments/i18n/content/walk';
import { toTaiwan } from '../../../assessments/i18n/zh-tw/convert';
import { AS_GIVEN, phraseText } from '../../../assessments/presentation/phrase';
import { simplifiedOnlyChars } from '../../helpers/script-check';
import { catalogs, en as english, huangpuAi, measure, profile, run, zh, zhongshan } from './support';

// The evaluation's sentences are worded from the catalogs in each language: zh-CN exactly as the
// engine used to compose them, English from the same parts, never a Chinese sentence.

const dgCompute = (amountWan: number, channel: 'dongguan-ai-compute-platform' | 'other' | 'unknown') => ({
  kind: 'compute' as const,
  amountWan,
  year: 2025,
  channel,
  note: '',
});

/** zh-CN and English of one phrase. */
const both = (p: Phrase | undefined) => (p ? [zh(p), english(p)] : []);

describe('condition reasons, missing inputs and steps (conditions.ts)', () => {
  it('a planned filing as the step to take first', () => {
    const m = measure(
      {
        profile: huangpuAi(),
        funding: {
          certifications: { 'genai-model-filing': { status: 'planned', year: 2026, firstTime: true } },
        },
      },
      'hp-a03-genai-filing',
    );
    expect(both(m.prerequisites[0])).toEqual([
      '取得生成式人工智能（大模型）上线备案（计划2026年）',
      'Obtain: Generative-AI (large model) service filing (planned for 2026)',
    ]);
  });

  it('a DCMM level below the one required', () => {
    const m = measure({ profile: zhongshan({ dcmmLevel: 2 }) }, 'zs-04-dcmm');
    expect(both(m.failed[0]?.reason)).toEqual([
      'DCMM 当前为2级，需3级及以上',
      'DCMM is level 2 now; level 3 or higher is required',
    ]);
  });

  it('an unanswered 独立核算 names the article it comes from', () => {
    const m = measure(
      { profile: huangpuAi({ independentAccounting: undefined }) },
      'hp-a04-scenario-voucher',
    );
    expect(both(m.missing[0]?.label)).toEqual([
      '是否实行独立核算（第十五条：实行独立核算）',
      'Does the enterprise keep independent accounts? (Article 15: keeps independent accounts)',
    ]);
  });

  it('a purchase through another channel than the one the measure pays for', () => {
    const m = measure({ funding: { investments: [dgCompute(80, 'other')] } }, 'dg-01-compute-voucher');
    expect(both(m.failed[0]?.reason)).toEqual([
      '智能算力须通过东莞市人工智能算力服务平台',
      'AI compute must be bought through Dongguan AI compute service platform',
    ]);
  });

  it('an enterprise above the sizes a measure is limited to', () => {
    const m = measure({ profile: profile({ employees: 1500, revenueWan: 50000 }) }, 'gd-09-sme-pilot');
    expect(both(m.failed[0]?.reason)).toEqual([
      '企业规模为大型，本措施限中型、小型、微型企业',
      'The enterprise is large; this measure is limited to medium-sized, small, micro enterprises',
    ]);
  });

  it('a tier below the one required', () => {
    const m = measure({ facts: { tierReached: 'none' } }, 'gd-07-smart-factory');
    expect(both(m.failed[0]?.reason)).toEqual([
      '诊断估计为未达基础级，须达到先进级及以上',
      'The diagnosis estimates below the basic tier; the advanced tier or higher is required',
    ]);
  });

  it('a provincial measure the city has to implement: ask the city', () => {
    const m = measure({}, 'gd-01-model-voucher');
    expect(both(m.missing[0]?.label)).toEqual([
      '所在地市设立“模型券”：请向所在地市主管部门核实是否已设立',
      "The enterprise's city has set up a model voucher: ask the city's competent department whether it has been set up",
    ]);
  });
});

describe('applicant type and region (applicants.ts, region.ts)', () => {
  it('an applicant type the enterprise is not', () => {
    expect(both(measure({}, 'gd-08-chain-platform').failed[0]?.reason)).toEqual([
      '申报主体须为：平台运营企业',
      'The applicant must be: a platform operator',
    ]);
  });

  it('a city outside the scope, named from the region data in English', () => {
    const m = measure(
      { profile: zhongshan(), funding: { investments: [dgCompute(80, 'dongguan-ai-compute-platform')] } },
      'dg-01-compute-voucher',
    );
    expect(both(m.failed[0]?.reason)).toEqual([
      '企业所在地（中山市）不在适用范围（东莞市）',
      "The enterprise's location (Zhongshan) is outside the scope (Dongguan)",
    ]);
  });

  it('a district to enter for a measure of one area', () => {
    expect(both(measure({}, 'bhw-23-ai-project').missing[0]?.label)).toEqual([
      '所在区/镇街（本措施仅适用于东莞市滨海湾新区）',
      'District or town (this measure only applies to Binhaiwan New Area, Dongguan)',
    ]);
  });
});

describe('amount formulas and pools (benefit.ts)', () => {
  it('a ratio of the planned purchase, with the cap and the pool', () => {
    const m = measure(
      { funding: { investments: [dgCompute(80, 'dongguan-ai-compute-platform')] } },
      'dg-01-compute-voucher',
    );
    expect(both(m.formula)).toEqual([
      '不超过实际服务额的50%，封顶100万/年：2025年：50% × 80万 = 40万；名额/资金池：三年总额不超过5000万，择优',
      'Up to 50% of Actual service amount, capped at 1,000,000 yuan per year: 2025: 50% × 800,000 yuan = 400,000 yuan; places / funding pool: at most 50,000,000 yuan in total (Three years), selected on merit',
    ]);
  });

  it('a quota makes the award competitive', () => {
    expect(both(measure({ profile: huangpuAi() }, 'hp-a10-open-source').competition[1])).toEqual([
      '名额有限：政策有效期内不超过10个，择优支持',
      'Limited places: at most 10 recipients (While the policy is in force), selected on merit',
    ]);
  });

  it('a measure not yet in force says from when', () => {
    const m = measure({ date: '2025-09-01' }, 'gd-09-sme-pilot');
    expect(both(m.notes[0])).toEqual([
      '2025-09-29起生效（评估日2025-09-01）',
      'In force from 2025-09-29 (evaluated on 2025-09-01)',
    ]);
  });
});

describe('从高不重复 and coverage (exclusivity.ts, coverage.ts)', () => {
  it('a competitive member of a group is not compared with the eligible one', () => {
    const result = run({
      profile: huangpuAi(),
      funding: {
        investments: [{ kind: 'compute', amountWan: 1000, year: 2025, channel: 'within-huangpu', note: '' }],
      },
    });
    const llm = result.measures.find((m) => m.measureId === 'hp-a02-compute-llm');
    expect(both(llm?.exclusivity?.reason)).toEqual([
      '本项目前为「择优可争取」，不参与比较：目前按「算力券（黄埔）」计；若日后本项也符合条件，同一项目只按较高一项支持',
      'This measure is "Competitive (selection)" for now and is not compared: "Compute voucher (Huangpu)" is counted for now; if it also becomes eligible, one project is supported only by the higher measure',
    ]);
  });

  it('a planned purchase whose channel is not chosen yet', () => {
    const coverage = run({ funding: { investments: [dgCompute(80, 'unknown')] } }).coverage[0];
    expect(both(coverage?.missing[0]?.label)).toEqual([
      '渠道（仅支持通过东莞市人工智能算力服务平台）',
      'Channel (only through Dongguan AI compute service platform)',
    ]);
  });
});

/** Every phrase an evaluation states. */
function phrasesOf(result: EvaluationResult): Phrase[] {
  return result.measures.flatMap((m) => [
    m.formula,
    ...m.failed.map((f) => f.reason),
    ...m.missing.map((x) => x.label),
    ...m.actions,
    ...m.prerequisites,
    ...m.competition,
    ...m.notes,
    ...(m.exclusivity ? [m.exclusivity.reason] : []),
  ]);
}

const RESULTS = [
  run(),
  run({ profile: huangpuAi(), funding: { investments: [dgCompute(80, 'unknown')] } }),
  run({ profile: zhongshan({ dcmmLevel: 2 }), date: '2028-01-02' }),
];

describe('every phrase of three enterprises, in each language', () => {
  it('English shows no Chinese outside the document titles it glosses', () => {
    const titles = catalogs.policy.documents.map((d) => d.title);
    const chinese = RESULTS.flatMap(phrasesOf)
      .map(english)
      .map((text) => titles.reduce((rest, title) => rest.split(title).join(''), text))
      .filter(hasChinese);
    expect([...new Set(chinese)]).toEqual([]);
  });

  it('繁體 shows no Simplified-only character outside document titles', () => {
    // titles are left out: 若干 in a converted title is correct Traditional, but 干 counts as Simplified-only
    const titles = catalogs.policy.documents.map((d) => toTaiwan(d.title));
    const taiwan = (p: Phrase) => phraseText(p, 'zh-TW', { ...AS_GIVEN, content: toTaiwan, title: toTaiwan });
    const leaks = RESULTS.flatMap(phrasesOf)
      .map(taiwan)
      .map((text) => titles.reduce((rest, title) => rest.split(title).join(''), text))
      .filter((text) => simplifiedOnlyChars(text).length > 0);
    expect([...new Set(leaks)]).toEqual([]);
  });
});

describe('the policy phrase catalogs', () => {
  const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

  it('have the same keys and the same placeholders in zh-CN, en and zh-TW', () => {
    for (const catalog of [en, zhTW] as Record<string, string>[]) {
      expect(Object.keys(catalog).sort()).toEqual(Object.keys(zhCN).sort());
      for (const [key, text] of Object.entries(zhCN as Record<string, string>))
        expect([key, placeholders(catalog[key] ?? '')]).toEqual([key, placeholders(text)]);
    }
  });

  it('hold no Chinese in English and no Simplified-only character in 繁體', () => {
    expect(Object.values(en).filter(hasChinese)).toEqual([]);
    expect(Object.values(zhTW).filter((s) => simplifiedOnlyChars(s).length > 0)).toEqual([]);
  });
});
