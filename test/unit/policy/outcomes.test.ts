import { describe, expect, it } from 'vitest';
import { EnterpriseProfileSchema } from '../../../assessments/engine/enterprise';
import { FundingInputsEntrySchema, FundingInputsSchema } from '../../../assessments/engine/funding';
import { huangpuAi, measure, profile, run, zh, zhMissing } from './support';

// Outcome classes, subtotals, unknown facts, coverage and regions, each case from the seed texts.

/** 黄埔 AI enterprise as a consultant first meets it: AI enterprise, nothing else entered. */
const huangpuNothingEntered = () => huangpuAi({ independentAccounting: undefined, roles: undefined });

describe('competitive measures (择优, 遴选, 综合评定, quotas) are never an entitlement', () => {
  it('黄埔 第十条 开源社区: 不超过10家, 综合评定 → 择优可争取, 政策上限100万, outside 按条件测算', () => {
    const result = run({ profile: huangpuAi() });
    const m = result.measures.find((x) => x.measureId === 'hp-a10-open-source')!;
    expect(m.status).toBe('competitive');
    expect(m.estimate).toEqual({ kind: 'policy-cap', wan: 100 });
    expect(m.competition.map(zh)).toEqual([
      '根据下载量、性能、行业影响力等情况综合评定的开源主体',
      '名额有限：政策有效期内不超过10个，择优支持',
    ]);
    expect(result.summary.subtotals.entitled.wan).toBe(0);
    expect(result.summary.subtotals.competitive).toEqual({ count: 4, wan: 100, unspecifiedCount: 3 });
  });

  it('东莞 典型应用案例 (每年遴选10个): a quota makes it competitive', () => {
    const m = measure(
      { funding: { certifications: { 'typical-case-national-provincial': { status: 'held' } } } },
      'dg-03-typical-case',
    );
    expect(m.status).toBe('competitive');
    expect(m.competition.map(zh).join()).toContain('不超过10个');
  });

  it('a qualitative condition the authority checks (具有示范性) stays a review step of an eligible measure', () => {
    const m = measure(
      {
        profile: huangpuAi(),
        funding: { certifications: { 'genai-model-filing': { status: 'held', firstTime: true } } },
      },
      'hp-a03-genai-filing',
    );
    expect(m.status).toBe('eligible');
    expect(m.actions.map(zh)).toEqual(['主管部门评审：模型落地应用场景具有示范性']);
  });
});

describe('after prerequisites: a planned certification, filing or level is listed, not counted', () => {
  it('中山 数据资产入表 planned: the step is named and the entitlement stays 0', () => {
    const result = run({
      profile: profile({ region: { province: '广东省', city: '中山市' } }),
      funding: {
        certifications: { 'data-asset-booking': { status: 'planned', year: 2026, firstTime: true } },
      },
    });
    const m = result.measures.find((x) => x.measureId === 'zs-04-data-asset-booking')!;
    expect(m.status).toBe('after-prerequisites');
    expect(m.prerequisites.map(zh)).toEqual(['取得数据资源入表（计划2026年）']);
    expect(result.summary.subtotals.afterPrerequisites.count).toBeGreaterThanOrEqual(1);
    expect(result.measures.filter((x) => x.status === 'eligible').map((x) => x.measureId)).not.toContain(
      'zs-04-data-asset-booking',
    );
  });
});

describe('no fact defaults to the favourable side', () => {
  it('a 黄埔 AI enterprise with nothing entered: no 黄埔 measure is eligible; 独立核算 is asked for', () => {
    const result = run({ profile: huangpuNothingEntered() });
    const huangpu = result.measures.filter((m) => m.citation.documentId === 'huangpu-2025-7');
    expect(huangpu.filter((m) => m.status === 'eligible')).toEqual([]);
    const openSource = huangpu.find((m) => m.measureId === 'hp-a10-open-source')!;
    expect(openSource.status).toBe('needs-information');
    expect(openSource.missing.map((x) => x.field)).toEqual(['profile.independentAccounting']);
    expect(result.summary.totalUpToWan).toBe(0);
  });

  it('AI-enterprise status unknown → needs information naming it', () => {
    const m = measure({ profile: huangpuAi({ aiEnterprise: undefined }) }, 'hp-a10-open-source');
    expect(m.status).toBe('needs-information');
    expect(m.missing.map((x) => x.field)).toEqual(['profile.aiEnterprise']);
  });

  it('a district left empty → needs information naming the district, never eligible', () => {
    const m = measure(
      { profile: huangpuAi({ region: { province: '广东省', city: '广州市' } }) },
      'hp-a11-key-enterprise-list',
    );
    expect(m.status).toBe('needs-information');
    expect(m.missing.map((x) => x.field)).toEqual(['profile.region.district']);
  });

  it('reads a pre-v2 profile or bundle: 独立核算 true (the old default) as unknown, false as no, 其他区县 as no district', () => {
    const v1 = { ...huangpuAi(), region: { province: '广东省', city: '东莞市', district: '其他区县' } };
    const parsed = EnterpriseProfileSchema.parse({ ...v1, independentAccounting: true });
    expect(parsed.independentAccounting).toBeUndefined();
    expect(parsed.region).toEqual({ province: '广东省', city: '东莞市' });
    expect(EnterpriseProfileSchema.parse({ ...v1, independentAccounting: false }).independentAccounting).toBe(
      'no',
    );
    const m = measure(
      { profile: { ...parsed, region: { province: '广东省', city: '广州市', district: '黄埔区' } } },
      'hp-a10-open-source',
    );
    expect(m.missing.map(zhMissing)).toEqual([
      { field: 'profile.independentAccounting', label: '是否实行独立核算（第十五条：实行独立核算）' },
    ]);
  });
});

describe('planned investments no measure covers are listed, by kind and amount', () => {
  const inv = (kind: 'compute' | 'training' | 'software' | 'platform-build', amountWan: number) => ({
    kind,
    amountWan,
    year: 2026,
    channel: kind === 'compute' ? ('dongguan-ai-compute-platform' as const) : ('unknown' as const),
    note: '',
  });

  it('a large 东莞 manufacturer: 算力券 50% × 50万 = 25万; training and a platform match no measure', () => {
    const result = run({
      profile: profile({ employees: 1500, revenueWan: 60000 }),
      funding: {
        investments: [
          inv('compute', 50),
          inv('training', 100),
          inv('software', 300),
          inv('platform-build', 200),
        ],
      },
      date: '2025-11-20',
    });
    expect(result.summary.subtotals.entitled.wan).toBe(25);
    expect(result.coverage.map((c) => [c.kind, c.amountWan, c.status, c.measures])).toEqual([
      ['compute', 50, 'entitled', ['算力券（东莞）']],
      ['training', 100, 'uncovered', []],
      // (十四) 落实…税收优惠: a measure, though the text states no amount
      ['software', 300, 'entitled', ['技术改造和研发投入税收优惠']],
      ['platform-build', 200, 'uncovered', []],
    ]);
  });

  it('compute whose channel is not chosen: a measure could cover it, given the channel', () => {
    const result = run({
      funding: { investments: [{ ...inv('compute', 50), channel: 'unknown' as const }] },
      date: '2025-11-20',
    });
    expect(result.coverage[0]?.status).toBe('needs-fact');
    expect(result.coverage[0]?.measures).toEqual(['算力券（东莞）']);
    expect(result.coverage[0]?.missing.map((m) => m.field)).toEqual(['funding.investments.0.channel']);
  });
});

describe('regions as local readers know them', () => {
  const dongguan = (district: string) =>
    profile({ region: { province: '广东省', city: '东莞市', district } });

  it('a 滨海湾新区-scoped measure: 虎门镇 (parts of it form the new area) → to verify; 松山湖 → not eligible', () => {
    const humen = measure({ profile: dongguan('虎门镇') }, 'bhw-23-ai-project');
    expect(humen.status).toBe('needs-information');
    expect(humen.missing.map(zhMissing)[0]).toEqual({
      field: 'external.region-scope',
      label:
        '滨海湾新区由虎门镇等镇街的部分区域组成：请核实企业注册地是否在滨海湾新区范围内（本措施仅适用于东莞市滨海湾新区）',
    });
    expect(measure({ profile: dongguan('松山湖') }, 'bhw-23-ai-project').status).toBe('not-eligible');
    expect(measure({ profile: dongguan('滨海湾新区') }, 'bhw-23-ai-project').failed).toEqual([]);
  });

  it('the 14 provincial SME pilot cities: an annotation citing its public source, never a decision', () => {
    const zhuhai = measure(
      { profile: profile({ region: { province: '广东省', city: '珠海市' } }) },
      'gd-09-sme-pilot',
    );
    expect(zhuhai.status).toBe('needs-information');
    expect(zhuhai.missing[0] && zh(zhuhai.missing[0].label)).toContain(
      '据公开资料，珠海市属14个省级中小企业数字化转型试点城市',
    );
    expect(zhuhai.missing[0] && zh(zhuhai.missing[0].label)).toContain(
      'https://m.163.com/dy/article/KMPV6NHD0538AQM6.html',
    );
    const yunfu = measure(
      { profile: profile({ region: { province: '广东省', city: '云浮市' } }) },
      'gd-09-sme-pilot',
    );
    expect(yunfu.status).toBe('needs-information');
    expect(yunfu.missing[0] && zh(yunfu.missing[0].label)).toContain(
      '云浮市不在14个省级中小企业数字化转型试点城市之列',
    );
  });
});

describe('not eligible and expired measures show only the 政策上限', () => {
  it('中山 DCMM after 2027-12-31: expired, no estimate', () => {
    const m = measure(
      { profile: profile({ region: { province: '广东省', city: '中山市' } }), date: '2028-02-01' },
      'zs-04-dcmm',
    );
    expect(m.status).toBe('expired');
    expect(m.estimate).toEqual({ kind: 'unspecified' });
  });

  it('东莞算力券 for a 中山 firm: not eligible, 政策上限100万/年, not a figure for this firm', () => {
    const m = measure(
      {
        profile: profile({ region: { province: '广东省', city: '中山市' } }),
        funding: {
          investments: [
            { kind: 'compute', amountWan: 80, year: 2025, channel: 'dongguan-ai-compute-platform', note: '' },
          ],
        },
      },
      'dg-01-compute-voucher',
    );
    expect(m.status).toBe('not-eligible');
    expect(m.estimate).toEqual({ kind: 'policy-cap', wan: 100 });
    expect(zh(m.formula)).toBe('政策上限100万/年（文件规定的上限，不是本企业的测算）');
  });
});

describe('bad amounts and years are refused with the field named, never clamped', () => {
  const investment = (amountWan: number, year = 2026) => ({
    investments: [{ kind: 'compute', amountWan, year, channel: 'unknown', note: '' }],
  });
  const messages = (r: { success: boolean; error?: { issues: { message: string }[] } }) =>
    r.error?.issues.map((i) => i.message) ?? [];

  it('a negative amount', () => {
    expect(messages(FundingInputsSchema.safeParse(investment(-5)))).toEqual(['计划投入金额不能为负数']);
  });

  it('an absurd amount (> 10^7 万元)', () => {
    expect(messages(FundingInputsSchema.safeParse(investment(2e7)))).toEqual([
      '计划投入金额超过 10000000 万元（1000亿元），请核对金额和单位（万元）',
    ]);
    expect(messages(FundingInputsSchema.safeParse({ figures: { revenueJanNovWan: 5e7 } }))[0]).toContain(
      '当年1–11月营业收入超过',
    );
  });

  it('a year outside the policies’ span when saving (2024–2030)', () => {
    expect(messages(FundingInputsEntrySchema.safeParse(investment(10, 2031)))).toEqual([
      '第1项计划投入的年份（2031）不在政策目录覆盖的年份内（2024–2030）',
    ]);
    expect(FundingInputsEntrySchema.safeParse(investment(10, 2030)).success).toBe(true);
  });
});
