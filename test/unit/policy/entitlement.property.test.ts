import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CERTIFICATION_IDS,
  INVESTMENT_CHANNELS,
  INVESTMENT_KINDS,
  type FundingInputs,
} from '../../../assessments/engine/funding';
import {
  ENTERPRISE_ROLES,
  QUALIFICATIONS,
  type EnterpriseProfile,
} from '../../../assessments/engine/enterprise';
import { evaluate } from '../../../assessments/engine/policy/evaluate';
import { CITIES, districtsOf } from '../../../assessments/engine/regions';
import { catalogs, facts, profile } from './support';

const tri = fc.constantFrom('yes', 'no', 'unknown', undefined);

const regionArb = fc
  .constantFrom(...CITIES.map((c) => c.name))
  .chain((city) =>
    fc
      .option(
        fc.constantFrom(...(districtsOf(city).length > 0 ? districtsOf(city).map((d) => d.name) : ['—'])),
      )
      .map((d) => ({ province: '广东省' as const, city, ...(d && d !== '—' ? { district: d } : {}) })),
  );

const profileArb: fc.Arbitrary<EnterpriseProfile> = fc
  .record({
    region: regionArb,
    employees: fc.integer({ min: 0, max: 3000 }),
    revenueWan: fc.integer({ min: 0, max: 100000 }),
    qualifications: fc.subarray([...QUALIFICATIONS]),
    dcmmLevel: fc.integer({ min: 0, max: 5 }),
    aiEnterprise: tri,
    independentAccounting: tri,
    roles: fc.option(fc.subarray([...ENTERPRISE_ROLES]), { nil: undefined }),
    industryCode: fc.constantFrom('39', '33', 'I65', 'M73'),
  })
  .map((p) => profile(p as Partial<EnterpriseProfile>));

const fundingArb: fc.Arbitrary<FundingInputs> = fc.record({
  investments: fc.array(
    fc.record({
      kind: fc.constantFrom(...INVESTMENT_KINDS),
      amountWan: fc.integer({ min: 0, max: 5000 }),
      year: fc.integer({ min: 2024, max: 2030 }),
      channel: fc.constantFrom(...INVESTMENT_CHANNELS),
      note: fc.constant(''),
    }),
    { maxLength: 5 },
  ),
  certifications: fc.dictionary(
    fc.constantFrom(...CERTIFICATION_IDS),
    fc.record({
      status: fc.constantFrom('planned' as const, 'held' as const),
      firstTime: fc.option(fc.boolean(), { nil: undefined }),
    }),
  ),
  dcmmPlannedLevel: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
  figures: fc.record(
    {
      dataAssetBookedWan: fc.integer({ min: 0, max: 500 }),
      dataAssetServiceFeesWan: fc.integer({ min: 0, max: 100 }),
      dataExchangeTradeWan: fc.integer({ min: 0, max: 2000 }),
      revenueJanNovWan: fc.integer({ min: 0, max: 500000 }),
      revenueJanNovPrevWan: fc.integer({ min: 0, max: 500000 }),
    },
    { requiredKeys: [] },
  ),
}) as fc.Arbitrary<FundingInputs>;

const dateArb = fc
  .integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2029, 0, 1) })
  .map((t) => new Date(t).toISOString().slice(0, 10));

describe('the entitlement (按条件测算) never counts a measure that is not eligible today', () => {
  it('holds for any enterprise, plan and day', () => {
    fc.assert(
      fc.property(profileArb, fundingArb, dateArb, (p, funding, date) => {
        const result = evaluate(catalogs.policy, { profile: p, funding, facts: facts({}), date });
        const counted = result.measures.filter((m) => m.status === 'eligible' && !m.supersededBy);
        const sum = counted.reduce((s, m) => s + (m.estimate.kind === 'unspecified' ? 0 : m.estimate.wan), 0);
        expect(result.summary.subtotals.entitled.wan).toBeCloseTo(sum, 2);
        expect(result.summary.totalUpToWan).toBe(result.summary.subtotals.entitled.wan);
        expect(result.summary.subtotals.entitled.count).toBe(counted.length);
        for (const m of result.measures) {
          // only an eligible measure may be superseded, and only by an eligible one
          if (m.supersededBy) {
            expect(m.status).toBe('eligible');
            expect(result.measures.find((w) => w.measureId === m.supersededBy)?.status).toBe('eligible');
          }
          // a measure the firm cannot count on shows no estimate of its own
          if (['competitive', 'not-eligible', 'expired', 'not-yet-valid'].includes(m.status))
            expect(['policy-cap', 'unspecified']).toContain(m.estimate.kind);
        }
      }),
      { numRuns: 150, seed: 13 },
    );
  });
});
