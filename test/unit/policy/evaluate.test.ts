import { describe, expect, it } from 'vitest';
import type { MeasureEvaluation } from '../../../assessments/engine/policy/result';
import { huangpuAi, measure, profile, run, upTo, zh, zhMissing, zhongshan } from './support';
import { APPLICANTS_CONDITION } from '../../../assessments/engine/policy/result';

// Each case: enterprise + inputs + date → status and amount, as read from the seed texts.

const dgCompute = (amountWan: number, year = 2025, channel = 'dongguan-ai-compute-platform' as const) => ({
  kind: 'compute' as const,
  amountWan,
  year,
  channel,
  note: '',
});

describe('东莞算力券 (004: ≤50% of service fees, ≤100万 per enterprise per year, via the city platform)', () => {
  it('80万 through the platform in 2025 → up to 40万', () => {
    const m = measure({ funding: { investments: [dgCompute(80)] } }, 'dg-01-compute-voucher');
    expect(m.status).toBe('eligible');
    expect(m.estimate).toEqual({ kind: 'up-to', wan: 40 });
    expect(zh(m.formula)).toContain('50% × 80万 = 40万');
    expect(m.citation.sourceFile).toBe('004_db4028c880e071ae.txt');
  });

  it('300万 in one year is capped at 100万', () => {
    const m = measure({ funding: { investments: [dgCompute(300)] } }, 'dg-01-compute-voucher');
    expect(upTo(m)).toBe(100);
    expect(zh(m.formula)).toContain('封顶100万');
  });

  it('applies the cap per year: 300万 in 2025 and 60万 in 2026 → 100 + 30 = 130万', () => {
    const m = measure(
      { funding: { investments: [dgCompute(300, 2025), dgCompute(60, 2026)] } },
      'dg-01-compute-voucher',
    );
    expect(upTo(m)).toBe(130);
    expect(zh(m.formula)).toContain('合计130万');
  });

  it('asks for the channel when the compute platform is not yet chosen', () => {
    const m = measure(
      { funding: { investments: [{ ...dgCompute(80), channel: 'unknown' }] } },
      'dg-01-compute-voucher',
    );
    expect(m.status).toBe('needs-information');
    expect(m.missing.map((x) => x.field)).toEqual(['funding.investments.0.channel']);
  });

  it('is not eligible for compute rented outside the city platform', () => {
    const m = measure(
      { funding: { investments: [{ ...dgCompute(80), channel: 'other' }] } },
      'dg-01-compute-voucher',
    );
    expect(m.status).toBe('not-eligible');
    expect(m.failed[0] && zh(m.failed[0].reason)).toContain('东莞市人工智能算力服务平台');
  });

  it('without planned compute: needs information, and shows the ceiling only as a ceiling', () => {
    const m = measure({}, 'dg-01-compute-voucher');
    expect(m.status).toBe('needs-information');
    expect(m.missing.map((x) => x.field)).toContain('funding.investments');
    expect(m.estimate).toEqual({ kind: 'up-to', wan: 100 });
    expect(zh(m.formula)).toContain('按上限估计');
  });

  it('is not open to an enterprise in 中山 (region mismatch)', () => {
    const m = measure(
      { profile: zhongshan(), funding: { investments: [dgCompute(80)] } },
      'dg-01-compute-voucher',
    );
    expect(m.status).toBe('not-eligible');
    expect(m.failed[0] && zh(m.failed[0].reason)).toContain('中山市');
    expect(m.failed[0] && zh(m.failed[0].reason)).toContain('东莞市');
  });
});

describe('黄埔 第三条: filing rewards (fixed caps 100万 / 20万, first filing only)', () => {
  const held = (firstTime?: boolean) => ({
    certifications: { 'genai-model-filing': { status: 'held' as const, year: 2025, firstTime } },
  });

  it('first generative-AI filing held → up to 100万, with the 示范性 review as a step', () => {
    const m = measure({ profile: huangpuAi(), funding: held(true) }, 'hp-a03-genai-filing');
    expect(m.status).toBe('eligible');
    expect(m.estimate).toEqual({ kind: 'up-to', wan: 100 });
    expect(m.actions.map(zh).join()).toContain('示范性');
  });

  it('a planned filing is "after prerequisites", never eligible: the filing is listed as the step', () => {
    const m = measure(
      {
        profile: huangpuAi(),
        funding: {
          certifications: { 'genai-model-filing': { status: 'planned', year: 2026, firstTime: true } },
        },
      },
      'hp-a03-genai-filing',
    );
    expect(m.status).toBe('after-prerequisites');
    expect(m.prerequisites.map(zh)).toEqual(['取得生成式人工智能（大模型）上线备案（计划2026年）']);
    expect(m.estimate).toEqual({ kind: 'up-to', wan: 100 });
  });

  it('not a first filing → not eligible', () => {
    expect(measure({ profile: huangpuAi(), funding: held(false) }, 'hp-a03-genai-filing').status).toBe(
      'not-eligible',
    );
  });

  it('unknown whether it is the first filing → asks exactly that', () => {
    const m = measure({ profile: huangpuAi(), funding: held(undefined) }, 'hp-a03-genai-filing');
    expect(m.status).toBe('needs-information');
    expect(m.missing.map(zhMissing)).toEqual([
      {
        field: 'funding.certifications.genai-model-filing.firstTime',
        label: '生成式人工智能（大模型）上线备案是否为首次',
      },
    ]);
  });

  it('deep-synthesis filing → up to 20万', () => {
    const m = measure(
      {
        profile: huangpuAi(),
        funding: { certifications: { 'deep-synthesis-filing': { status: 'held', firstTime: true } } },
      },
      'hp-a03-deep-synthesis-filing',
    );
    expect(m.status).toBe('eligible');
    expect(m.estimate).toEqual({ kind: 'up-to', wan: 20 });
  });
});

describe('黄埔 第六条: data assets (ratio with annual cap; threshold + ratio + cap)', () => {
  const booking = { 'data-asset-booking': { status: 'held' as const, firstTime: true } };

  it('入表 80万, fees 20万 → 30% × 20 = 6万 (an upper bound: 第十五条 says ratios are ceilings)', () => {
    const m = measure(
      {
        profile: huangpuAi(),
        funding: {
          certifications: booking,
          figures: { dataAssetBookedWan: 80, dataAssetServiceFeesWan: 20 },
        },
      },
      'hp-a06-data-asset-booking',
    );
    expect(m.status).toBe('eligible');
    expect(m.estimate).toEqual({ kind: 'up-to', wan: 6 });
    expect(zh(m.formula)).toContain('30% × 20万 = 6万');
  });

  it('fees 50万 → 15万 capped at 10万 per year', () => {
    const m = measure(
      {
        profile: huangpuAi(),
        funding: {
          certifications: booking,
          figures: { dataAssetBookedWan: 80, dataAssetServiceFeesWan: 50 },
        },
      },
      'hp-a06-data-asset-booking',
    );
    expect(upTo(m)).toBe(10);
  });

  it('入表 exactly 50万 is not "超50万" → not eligible', () => {
    const m = measure(
      {
        profile: huangpuAi(),
        funding: {
          certifications: booking,
          figures: { dataAssetBookedWan: 50, dataAssetServiceFeesWan: 20 },
        },
      },
      'hp-a06-data-asset-booking',
    );
    expect(m.status).toBe('not-eligible');
    expect(m.failed.map((f) => f.condition)).toContain('入表金额超50万元');
  });

  it('missing 入表 amount and fees → needs exactly those two figures', () => {
    const m = measure(
      { profile: huangpuAi(), funding: { certifications: booking } },
      'hp-a06-data-asset-booking',
    );
    expect(m.status).toBe('needs-information');
    expect(m.missing.map((x) => x.field).sort()).toEqual([
      'funding.figures.dataAssetBookedWan',
      'funding.figures.dataAssetServiceFeesWan',
    ]);
  });

  it.each([
    [100, 3],
    [1000, 20],
  ] as const)('exchange trades %i万 → eligible, 3%% capped at 20万 → %f万', (trade, wan) => {
    const m = measure(
      { profile: huangpuAi(), funding: { figures: { dataExchangeTradeWan: trade } } },
      'hp-a06-data-trading',
    );
    expect(m.status).toBe('eligible');
    expect(upTo(m)).toBe(wan);
  });

  it('exchange trades 99万 (not 超100万) → not eligible, shown only with the 20万 政策上限', () => {
    const m = measure(
      { profile: huangpuAi(), funding: { figures: { dataExchangeTradeWan: 99 } } },
      'hp-a06-data-trading',
    );
    expect(m.status).toBe('not-eligible');
    expect(m.estimate).toEqual({ kind: 'policy-cap', wan: 20 });
    expect(zh(m.formula)).toContain('政策上限20万');
    expect(zh(m.formula)).not.toContain('2.97');
  });
});

describe('黄埔 第四条 场景券: pool-limited selection', () => {
  it('遴选不超过30个项目: competitive, shows the pool (≤1000万 in total), never a per-project number', () => {
    const m = measure({ profile: huangpuAi() }, 'hp-a04-scenario-voucher');
    expect(m.status).toBe('competitive');
    expect(m.competition.map(zh)).toContain('遴选人工智能赋能新型工业化应用场景示范项目');
    expect(m.estimate).toEqual({ kind: 'unspecified' });
    expect(zh(m.formula)).toContain('不超过30个');
    expect(zh(m.formula)).toContain('总额不超过1000万');
  });
});

describe('黄埔 第七条: revenue growth, 3/4/5.5万 per 1000万 of increment, ≤1000万 a year', () => {
  const growth = (prev: number, cur: number) => ({
    profile: huangpuAi(),
    funding: { figures: { revenueJanNovPrevWan: prev, revenueJanNovWan: cur } },
  });

  const cap = (m: MeasureEvaluation) => (m.estimate.kind === 'policy-cap' ? m.estimate.wan : undefined);

  it('increment 7000万 (>0.5亿) → 7 × 3万 = 21万, 综合评定: competitive, a ceiling to compete for', () => {
    const m = measure(growth(10000, 17000), 'hp-a07-software-growth');
    expect(m.status).toBe('competitive');
    expect(cap(m)).toBe(21);
    expect(zh(m.formula)).toContain('7 × 3万 = 21万');
  });

  it('increment 5亿 (>4亿) → 50 × 5.5万 = 275万', () => {
    expect(cap(measure(growth(100000, 150000), 'hp-a07-software-growth'))).toBe(275);
  });

  it('growth of 8% (not 超10%) → not eligible', () => {
    const m = measure(growth(100000, 108000), 'hp-a07-software-growth');
    expect(m.status).toBe('not-eligible');
    expect(m.failed[0] && zh(m.failed[0].reason)).toContain('8%');
  });

  it('an increment of 20亿 is capped at 1000万 a year', () => {
    expect(cap(measure(growth(1000000, 3000000), 'hp-a07-software-growth'))).toBe(1000);
  });

  it('needs the enterprise to be a software/internet enterprise', () => {
    const m = measure(
      { ...growth(10000, 17000), profile: huangpuAi({ roles: [] }) },
      'hp-a07-software-growth',
    );
    expect(m.status).toBe('not-eligible');
    expect(m.failed[0]?.condition).toBe(APPLICANTS_CONDITION);
  });
});

describe('黄埔 第十五条: scope of the whole measure set', () => {
  it('an entity without independent accounting is not eligible', () => {
    const m = measure({ profile: huangpuAi({ independentAccounting: 'no' }) }, 'hp-a04-scenario-voucher');
    expect(m.status).toBe('not-eligible');
    expect(m.failed[0] && zh(m.failed[0].reason)).toContain('独立核算');
  });

  it('a manufacturer that is not an AI enterprise is not eligible', () => {
    const m = measure({ profile: huangpuAi({ aiEnterprise: 'no' }) }, 'hp-a04-scenario-voucher');
    expect(m.status).toBe('not-eligible');
    expect(m.failed[0]?.condition).toContain('第十五条');
  });

  it('when AI-enterprise status is not known, asks for it', () => {
    const m = measure({ profile: huangpuAi({ aiEnterprise: undefined }) }, 'hp-a04-scenario-voucher');
    expect(m.status).toBe('needs-information');
    expect(m.missing.map((x) => x.field)).toEqual(['profile.aiEnterprise']);
  });

  it.each(['黄埔区', '广州开发区', '广州市黄埔区'])('registered in %s counts as 本区', (district) => {
    const m = measure(
      { profile: huangpuAi({ region: { province: '广东省', city: '广州市', district } }) },
      'hp-a11-key-enterprise-list',
    );
    expect(m.status).toBe('eligible');
  });

  it('独立核算 not answered → needs information naming the field, never assumed', () => {
    const m = measure(
      { profile: huangpuAi({ independentAccounting: undefined }) },
      'hp-a04-scenario-voucher',
    );
    expect(m.status).toBe('needs-information');
    expect(m.missing.map(zhMissing)).toEqual([
      { field: 'profile.independentAccounting', label: '是否实行独立核算（第十五条：实行独立核算）' },
    ]);
  });

  it('registered elsewhere in 广州 → not eligible; no district entered → asks for it', () => {
    const tianhe = huangpuAi({ region: { province: '广东省', city: '广州市', district: '天河区' } });
    expect(measure({ profile: tianhe }, 'hp-a04-scenario-voucher').status).toBe('not-eligible');
    const none = measure(
      { profile: huangpuAi({ region: { province: '广东省', city: '广州市' } }) },
      'hp-a04-scenario-voucher',
    );
    expect(none.status).toBe('needs-information');
    expect(none.missing.map((x) => x.field)).toEqual(['profile.region.district']);
  });
});

describe('从高不重复: only measures eligible today compete', () => {
  const compute = (amountWan: number) => ({
    profile: huangpuAi(),
    funding: {
      investments: [
        { kind: 'compute' as const, amountWan, year: 2025, channel: 'within-huangpu' as const, note: '' },
      ],
    },
  });

  it('1000万 of in-district compute: the 择优 300万 (≤10家, 综合评定) does not hide the eligible 50万 算力券', () => {
    const result = run(compute(1000));
    const llm = result.measures.find((m) => m.measureId === 'hp-a02-compute-llm')!;
    const voucher = result.measures.find((m) => m.measureId === 'hp-a02-compute-voucher')!;
    expect(llm.status).toBe('competitive');
    expect(llm.estimate).toEqual({ kind: 'policy-cap', wan: 300 });
    expect(voucher.status).toBe('eligible');
    expect(voucher.estimate).toEqual({ kind: 'up-to', wan: 50 });
    expect(voucher.supersededBy).toBeUndefined();
    expect(voucher.exclusivity?.chosen).toBe('算力券（黄埔）');
    expect(voucher.exclusivity?.alternatives).toEqual([
      { name: '垂直大模型智能算力补助', status: 'competitive', estimate: { kind: 'policy-cap', wan: 300 } },
    ]);
    expect(llm.exclusivity && zh(llm.exclusivity.reason)).toContain('不参与比较');
    expect(result.summary.subtotals.entitled.wan).toBe(50);
    // 第二条 300万 and 第十条 开源 100万 (不超过10家, 综合评定): ceilings to compete for, apart
    expect(result.summary.subtotals.competitive.wan).toBe(400);
  });

  it('with nothing entered, the 500万 placeholder of the 择优 subsidy never supersedes the 算力券', () => {
    const result = run({ profile: huangpuAi() });
    expect(result.measures.filter((m) => m.supersededBy)).toEqual([]);
    const voucher = result.measures.find((m) => m.measureId === 'hp-a02-compute-voucher')!;
    expect(voucher.status).toBe('needs-information');
  });

  it('100万 of compute: 30万 is a 择优 ceiling; the 算力券 counts 50万 and nothing is superseded', () => {
    const result = run(compute(100));
    const llm = result.measures.find((m) => m.measureId === 'hp-a02-compute-llm')!;
    expect(llm.supersededBy).toBeUndefined();
    expect(llm.estimate).toEqual({ kind: 'policy-cap', wan: 30 });
    expect(result.summary.subtotals.entitled.wan).toBe(50);
  });
});

describe('validity windows on both sides', () => {
  it.each([
    ['2025-02-20', 'not-yet-valid'],
    ['2025-02-21', 'eligible'],
    ['2027-12-31', 'eligible'],
    ['2028-01-01', 'expired'],
  ] as const)('中山 DCMM reward on %s → %s (valid 2025-02-21 to 2027-12-31)', (date, status) => {
    expect(measure({ profile: zhongshan({ dcmmLevel: 3 }), date }, 'zs-04-dcmm').status).toBe(status);
  });

  it.each([
    ['2025-06-26', 'not-yet-valid'],
    ['2025-06-27', 'competitive'],
    ['2028-06-26', 'competitive'],
    ['2028-06-27', 'expired'],
  ] as const)('黄埔 场景券 on %s → %s (three years from 2025-06-27)', (date, status) => {
    expect(measure({ profile: huangpuAi(), date }, 'hp-a04-scenario-voucher').status).toBe(status);
  });

  it('the provincial plan is not yet valid before 2025-09-29', () => {
    const m = measure({ date: '2025-09-28' }, 'gd-09-sme-pilot');
    expect(m.status).toBe('not-yet-valid');
    expect(m.notes[0] && zh(m.notes[0])).toContain('2025-09-29');
  });

  it('expiry wins over other failures, and the note says when it ended', () => {
    const m = measure({ profile: profile(), date: '2028-03-01' }, 'zs-04-dcmm');
    expect(m.status).toBe('expired');
    expect(m.notes[0] && zh(m.notes[0])).toContain('2027-12-31');
  });
});

describe('unspecified amounts stay unspecified', () => {
  it('中山 DCMM 3级 → eligible, amount not given by the text', () => {
    const m = measure({ profile: zhongshan({ dcmmLevel: 3 }) }, 'zs-04-dcmm');
    expect(m.status).toBe('eligible');
    expect(m.estimate).toEqual({ kind: 'unspecified' });
    expect(zh(m.formula)).toContain('文件未规定金额');
  });

  it('中山 DCMM 2级 → not eligible; planning 3级 → after prerequisites, the certification listed', () => {
    expect(measure({ profile: zhongshan({ dcmmLevel: 2 }) }, 'zs-04-dcmm').status).toBe('not-eligible');
    const planned = measure(
      { profile: zhongshan({ dcmmLevel: 2 }), funding: { dcmmPlannedLevel: 3 } },
      'zs-04-dcmm',
    );
    expect(planned.status).toBe('after-prerequisites');
    expect(planned.prerequisites.map(zh)).toEqual(['通过 DCMM 3 级认证（目前为计划）']);
  });

  it('中山 首次认定 "小巨人" held in the profile → asks whether the recognition is the first', () => {
    const m = measure({ profile: zhongshan({ qualifications: ['srdi-little-giant'] }) }, 'zs-12-champions');
    expect(m.status).toBe('needs-information');
    expect(m.missing[0]?.field).toBe('funding.certifications.srdi-little-giant.firstTime');
  });
});

describe('SME-only measures and the pilot cities', () => {
  it('a large enterprise is not eligible for the SME pilot money', () => {
    const m = measure({ profile: profile({ employees: 1500, revenueWan: 50000 }) }, 'gd-09-sme-pilot');
    expect(m.status).toBe('not-eligible');
    expect(m.failed[0] && zh(m.failed[0].reason)).toContain('大型');
  });

  it('a small manufacturer in 东莞 (a named pilot city) is eligible, amount unspecified', () => {
    const m = measure({}, 'gd-09-sme-pilot');
    expect(m.status).toBe('eligible');
    expect(m.estimate.kind).toBe('unspecified');
  });

  // "…等6个国家级和14个省级中小企业数字化转型城市试点": the 14 provincial cities are not named.
  it('a 珠海 SME is outside the six named cities: asks to confirm it is one of the unnamed provincial pilots', () => {
    const m = measure(
      { profile: profile({ region: { province: '广东省', city: '珠海市' } }) },
      'gd-09-sme-pilot',
    );
    expect(m.status).toBe('needs-information');
    expect(m.missing[0] && zh(m.missing[0].label)).toContain('14个省级试点城市');
  });

  it('a large AI enterprise cannot join the SME loan risk-compensation whitelist', () => {
    const big = profile({ employees: 2000, revenueWan: 90000, aiEnterprise: 'yes' });
    expect(measure({ profile: big }, 'bhw-16-risk-whitelist').status).toBe('not-eligible');
    const inNewArea = profile({
      aiEnterprise: 'yes',
      region: { province: '广东省', city: '东莞市', district: '滨海湾新区' },
    });
    expect(measure({ profile: inNewArea }, 'bhw-16-risk-whitelist').status).toBe('eligible');
  });

  it('elsewhere in 东莞 the whitelist is to be verified: the text does not say city or new area', () => {
    const m = measure({ profile: profile({ aiEnterprise: 'yes' }) }, 'bhw-16-risk-whitelist');
    expect(m.status).toBe('needs-information');
    expect(m.missing[0]?.field).toBe('external.region-scope');
    expect(m.missing[0] && zh(m.missing[0].label)).toContain('未写明是否只适用于新区内企业');
  });
});

describe('facts from the diagnosis and measures cities implement', () => {
  it('smart-factory tier measures need the diagnosis, then follow the tier reached', () => {
    expect(measure({}, 'gd-07-smart-factory').missing.map((x) => x.field)).toEqual(['facts.tierReached']);
    expect(measure({ facts: { tierReached: 'basic' } }, 'gd-07-smart-factory').status).toBe('not-eligible');
    expect(measure({ facts: { tierReached: 'advanced' } }, 'gd-07-smart-factory').status).toBe('eligible');
    expect(
      measure({ profile: zhongshan(), facts: { tierReached: 'basic' } }, 'zs-05-smart-factory-tiers').status,
    ).toBe('eligible');
  });

  it('the provincial 模型券 exists only where a city set one up: asks to check locally', () => {
    const m = measure(
      {
        funding: {
          investments: [{ kind: 'model-service', amountWan: 30, year: 2026, channel: 'unknown', note: '' }],
        },
      },
      'gd-01-model-voucher',
    );
    expect(m.status).toBe('needs-information');
    expect(m.missing.map((x) => x.field)).toEqual(['external.local-implementation']);
  });

  it('the provincial 算力券 points a 中山 enterprise to the 中山 算力券', () => {
    const m = measure(
      {
        profile: zhongshan(),
        funding: {
          investments: [{ kind: 'compute', amountWan: 30, year: 2026, channel: 'other', note: '' }],
        },
      },
      'gd-03-compute-voucher',
    );
    expect(m.status).toBe('eligible');
    expect(m.notes.map(zh).join()).toContain('算力券（中山）');
  });
});
