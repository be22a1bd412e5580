import { describe, expect, it } from 'vitest';
import { recommend } from '../../../assessments/engine/scenario/recommend';
import { catalogs, facts, funding, huangpuAi, measure, profile, run, upTo, zh, zhongshan } from './support';
import { REGION_CONDITION } from '../../../assessments/engine/policy/result';

// Findings of the second, independent reading of the five seed texts against the catalog. Every
// expected figure is computed from the text; the deciding phrase is quoted next to the assertion.

describe('粤办函〔2025〕265号 (九): pilot cities beyond the six named', () => {
  // "提速推进广州、深圳、佛山、东莞、中山、江门等6个国家级和14个省级中小企业数字化转型城市试点 …
  //  组织试点城市对符合条件的中小企业智能化改造项目予以资金支持" — 14 provincial pilot cities
  // also pay, and the text does not name them: a city outside the six is to be confirmed, not refused.
  const zhuhai = (overrides = {}) =>
    profile({ region: { province: '广东省', city: '珠海市' }, ...overrides });

  it('a 珠海 SME needs its city confirmed as a provincial pilot city (not refused)', () => {
    const m = measure({ profile: zhuhai() }, 'gd-09-sme-pilot');
    expect(m.status).toBe('needs-information');
    expect(m.failed).toEqual([]);
    expect(m.missing).toHaveLength(1);
    expect(m.missing[0]?.field).toBe('external.region-scope');
    expect(m.missing[0] && zh(m.missing[0].label)).toContain('珠海市');
    expect(m.missing[0] && zh(m.missing[0].label)).toContain('14个省级试点城市');
  });

  it('a large 珠海 enterprise is still refused, for its size ("中小企业")', () => {
    const m = measure({ profile: zhuhai({ employees: 1500, revenueWan: 50000 }) }, 'gd-09-sme-pilot');
    expect(m.status).toBe('not-eligible');
    expect(m.failed.map((f) => f.condition)).toEqual(['中小企业']);
  });

  it('an SME in a named national pilot city (中山) stays eligible', () => {
    expect(measure({ profile: zhongshan() }, 'gd-09-sme-pilot').status).toBe('eligible');
  });

  it('other measures with a city list still refuse cities outside it', () => {
    const m = measure({ profile: zhuhai({ aiEnterprise: 'yes' }) }, 'bhw-16-risk-whitelist');
    expect(m.status).toBe('not-eligible');
    expect(m.failed[0]?.condition).toBe(REGION_CONDITION);
  });
});

describe('黄埔 第二条 算力券: the support cannot exceed the cost it supports', () => {
  // "對企業本地部署開源模型、云部署、API調用等方面智能算力服務成本予以支持,單個企業最高可享受50萬元"
  // — no ratio is given, so the ceiling is the lower of the cost and 50万.
  const spend = (amountWan: number) => ({
    profile: huangpuAi(),
    funding: {
      investments: [{ kind: 'compute' as const, amountWan, year: 2025, channel: 'other' as const, note: '' }],
    },
  });

  it('20万 of compute service cost → up to 20万, not 50万', () => {
    const m = measure(spend(20), 'hp-a02-compute-voucher');
    expect(m.status).toBe('eligible');
    expect(m.estimate).toEqual({ kind: 'up-to', wan: 20 });
  });

  it('200万 of compute service cost → the 50万 per-enterprise ceiling', () => {
    expect(upTo(measure(spend(200), 'hp-a02-compute-voucher'))).toBe(50);
  });

  it('without the cost entered, the 50万 ceiling is shown as a ceiling', () => {
    const m = measure({ profile: huangpuAi() }, 'hp-a02-compute-voucher');
    expect(m.status).toBe('needs-information');
    expect(m.estimate).toEqual({ kind: 'up-to', wan: 50 });
  });
});

describe('中山 (十四)(十五): talent and event money the catalog lacked', () => {
  const cases = [
    // "對經評審認定具有重大技術能力的核心團隊,給予資金等要素支持"
    ['zs-14-core-team', '（十四）', '給予資金等要素支持'],
    // "鼓勵各類社會主體引薦引進人工智能領域高層次人才,對成功引薦引進的給予社會化引才資助"
    ['zs-14-talent-referral', '（十四）', '給予社會化引才資助'],
    // "引進國際性、全國性的重要論壇、峰會、賽事落戶中山的,給予一定財政資金補貼"
    ['zs-15-event-subsidy', '（十五）', '給予一定財政資金補貼'],
  ] as const;

  it.each(cases)('%s: %s, amount not given by the text, reviewed case by case', (id, article, phrase) => {
    const m = measure({ profile: zhongshan() }, id);
    expect(m.citation.article).toBe(article);
    expect(m.citation.documentId).toBe('zhongshan-ai-plus-2025');
    expect(m.citation.quote).toContain(phrase);
    expect(m.estimate).toEqual({ kind: 'unspecified' });
    expect(m.status).toBe('eligible');
    expect(m.actions.some((a) => zh(a).startsWith('主管部门评审'))).toBe(true);
  });

  it.each(cases)('%s is not offered outside 中山', (id) => {
    expect(measure({}, id).status).toBe('not-eligible');
  });
});

describe('中山 (九): key-technology projects are not limited to AI enterprises by the text', () => {
  // "對開展核心和關鍵技術攻關的重大項目和重點項目予以資助" names the fields of the project, not the
  // kind of applicant: a manufacturer taking on such a project is not refused for not being an AI firm.
  it('a 中山 manufacturer registered as not an AI enterprise → eligible, subject to the project review', () => {
    const m = measure({ profile: zhongshan({ aiEnterprise: 'no' }) }, 'zs-09-key-tech-project');
    expect(m.status).toBe('eligible');
    expect(m.actions.map(zh).join()).toContain('重大项目或重点项目');
  });
});

describe('scenario funding links: a measure is attached only if it pays for what the scenario buys', () => {
  // 中山 (四) "支持企業開放語料,按照語料共享使用情況,對相關數源單位給予獎勵" rewards sharing a corpus by
  // how others use it; it pays for nothing an AI inspection project buys.
  it('the 中山 open-corpus reward does not fund AI visual inspection', () => {
    const result = recommend(catalogs.policy, catalogs.scenarios, {
      profile: zhongshan(),
      funding: funding(),
      facts: facts(),
      date: '2025-10-15',
    });
    const inspection = result.recommendations.find((r) => r.scenarioId === 'ai-visual-inspection');
    const ids = inspection?.fundable.map((m) => m.measureId) ?? [];
    expect(ids).toContain('zs-02-compute-voucher');
    expect(ids).not.toContain('zs-04-corpus-reward');
  });

  it('the reward itself is still listed for the enterprise', () => {
    const ids = run({ profile: zhongshan() }).measures.map((m) => m.measureId);
    expect(ids).toContain('zs-04-corpus-reward');
  });
});
