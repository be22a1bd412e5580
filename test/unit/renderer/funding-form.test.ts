import { describe, expect, it } from 'vitest';
import { CERTIFICATION_IDS, FundingInputsSchema } from '../../../assessments/engine/funding';
import { evaluate } from '../../../assessments/engine/policy/evaluate';
import { catalogs, profile } from '../policy/support';
import { fieldTarget, formFromFunding, fundingFromForm } from '../../../renderer/src/funding/funding-form';

const funding = FundingInputsSchema.parse({
  investments: [
    { kind: 'compute', amountWan: 80, year: 2025, channel: 'dongguan-ai-compute-platform', note: '训练' },
    { kind: 'equipment', amountWan: 300, year: 2026 },
  ],
  certifications: {
    'genai-model-filing': { status: 'held', year: 2025, firstTime: true },
    'data-asset-booking': { status: 'planned' },
  },
  dcmmPlannedLevel: 3,
  figures: { dataAssetBookedWan: 120, revenueJanNovWan: 0 },
});

describe('funding form values', () => {
  it('round-trips funding inputs through the form', () => {
    expect(FundingInputsSchema.parse(fundingFromForm(formFromFunding(funding)))).toEqual(funding);
  });

  it('shows every certification as a row and drops the "none" rows on save', () => {
    const form = formFromFunding(FundingInputsSchema.parse({}));
    expect(Object.keys(form.certifications)).toEqual([...CERTIFICATION_IDS]);
    expect(fundingFromForm(form)).toEqual({ investments: [], certifications: {}, figures: {} });
  });

  it('round-trips the application-form figures, and stores none when none were typed', () => {
    const withApp = FundingInputsSchema.parse({
      application: {
        integrator: '某集成商',
        buildStart: '2025-03',
        cncRatePercent: 0,
        kpis: { rndCycle: { before: 180, after: 120, unit: '天', beforePeriod: '2024 年' } },
      },
    });
    expect(FundingInputsSchema.parse(fundingFromForm(formFromFunding(withApp)))).toEqual(withApp);
    const untouched = formFromFunding(FundingInputsSchema.parse({}));
    untouched.application.kpis.cost.unit = '  ';
    expect(fundingFromForm(untouched)).not.toHaveProperty('application');
  });

  it('keeps 0 as a figure and 首次 unknown as absent', () => {
    const form = formFromFunding(funding);
    form.certifications['genai-model-filing'].firstTime = 'unknown';
    const out = fundingFromForm(form);
    expect(out.figures.revenueJanNovWan).toBe(0);
    expect(out.certifications['genai-model-filing']).toEqual({ status: 'held', year: 2025 });
  });
});

describe('"needs information" links', () => {
  it('map each kind of field path to the screen where it is entered', () => {
    expect(fieldTarget('funding.figures.dataAssetBookedWan')).toEqual({
      screen: 'funding',
      name: ['figures', 'dataAssetBookedWan'],
    });
    expect(fieldTarget('funding.investments.1.channel')).toEqual({
      screen: 'funding',
      name: ['investments', 1, 'channel'],
    });
    expect(fieldTarget('profile.region.district')).toEqual({ screen: 'profile', name: 'district' });
    expect(fieldTarget('profile.aiEnterprise')).toEqual({ screen: 'profile', name: 'aiEnterprise' });
    expect(fieldTarget('facts.tierReached')).toEqual({ screen: 'questionnaire' });
    expect(fieldTarget('external.local-implementation')).toEqual({ screen: 'external' });
  });

  it('every field the shipped catalog can ask for lands on a field that exists in a form', () => {
    const asked = new Set<string>();
    for (const city of ['东莞市', '广州市', '中山市']) {
      const result = evaluate(catalogs.policy, {
        profile: profile({ name: '测试企业', region: { province: '广东省', city } }),
        funding: FundingInputsSchema.parse({
          investments: [{ kind: 'compute', amountWan: 50, year: 2025 }],
          certifications: {
            'genai-model-filing': { status: 'held' },
            'data-asset-booking': { status: 'held' },
          },
        }),
        facts: { coveredScenarioIds: [], uncoveredDimensions: [], gaps: [], aiShareShort: false },
        date: '2025-10-15',
      });
      for (const m of result.measures) for (const x of m.missing) asked.add(x.field);
    }
    expect(asked.size).toBeGreaterThan(0);
    const form = formFromFunding(
      FundingInputsSchema.parse({ investments: [{ kind: 'compute', amountWan: 1, year: 2025 }] }),
    ) as unknown as Record<string, unknown>;
    const profileFields = ['district', 'city', 'aiEnterprise', 'qualifications', 'dcmmLevel', 'roles'];
    for (const field of asked) {
      const target = fieldTarget(field);
      if (target.screen === 'funding') {
        let node: unknown = form;
        for (const part of target.name) {
          expect(node, `${field}: ${String(part)}`).toBeTypeOf('object');
          node = (node as Record<string | number, unknown>)[part];
        }
        expect(node, field).not.toBeUndefined();
      } else if (target.screen === 'profile') {
        expect(profileFields, field).toContain(target.name);
      }
    }
  });
});
