import { describe, expect, it } from 'vitest';
import { ApplicationFiguresSchema, kpiChangePercent } from '../../../assessments/engine/application-figures';
import { FundingInputsEntrySchema, FundingInputsSchema } from '../../../assessments/engine/funding';
import { exportBundle, importBundle } from '../../../electron/services/bundle';
import { APPLICATION_FIGURES } from '../support/application-figures';
import { closingStores } from './closing-stores';
import { seedAssessment } from './support';

const { fresh } = closingStores();

const APPLICATION = APPLICATION_FIGURES;

function messagesOf(input: unknown): string[] {
  const result = ApplicationFiguresSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => i.message);
}

describe('application-form figures: one schema, clear Chinese messages', () => {
  it('accepts the figures an application form asks for', () => {
    expect(ApplicationFiguresSchema.parse(APPLICATION)).toMatchObject({
      cncRatePercent: 72.5,
      rndToolsPercent: 88,
    });
    expect(FundingInputsSchema.parse({}).application).toBeUndefined();
  });

  it('refuses a rate outside 0–100 % and says so, never clamps it', () => {
    expect(messagesOf({ cncRatePercent: 120 })).toEqual([
      '关键工序数控化率不能超过 100%，请填写百分比（0–100）',
    ]);
    expect(messagesOf({ rndToolsPercent: -5 })).toEqual(['数字化研发设计工具普及率不能小于 0%']);
    expect(messagesOf({ cncRatePercent: 100, rndToolsPercent: 0 })).toEqual([]);
  });

  it('asks for year-month build dates in order and a unit for every valued indicator', () => {
    expect(messagesOf({ buildStart: '2025/3' })).toEqual(['建设时间须写成“年-月”，例如 2025-03']);
    expect(messagesOf({ buildStart: '2026-01', buildFinish: '2025-12' })).toEqual([
      '建设完成时间不能早于开始时间',
    ]);
    expect(messagesOf({ kpis: { energy: { before: 0.8 } } })).toEqual(['填写了数值的指标须注明单位']);
    expect(messagesOf({ kpis: { cost: { before: -1, unit: '万元' } } })).toEqual(['改造前数值不能为负数']);
  });

  it('computes the change of an indicator from its two values', () => {
    expect(kpiChangePercent({ before: 12, after: 15, unit: '件', beforePeriod: '', afterPeriod: '' })).toBe(
      25,
    );
    expect(kpiChangePercent({ before: 2.4, after: 1.2, unit: '%', beforePeriod: '', afterPeriod: '' })).toBe(
      -50,
    );
    expect(kpiChangePercent({ after: 1, unit: '%', beforePeriod: '', afterPeriod: '' })).toBeNull();
  });
});

describe('saving funding inputs and the people of an assessment', () => {
  it('adds a revision only when the funding inputs change', async () => {
    const store = await fresh();
    const { assessment } = seedAssessment(store);
    const funding = FundingInputsEntrySchema.parse({ application: APPLICATION });
    const first = store.assessments.saveFunding(assessment.id, funding);
    expect(first.revision).toBe(1);
    const same = store.assessments.saveFunding(
      assessment.id,
      FundingInputsEntrySchema.parse({ application: APPLICATION }),
    );
    expect(same.revision).toBe(1);
    expect(store.assessments.get(assessment.id).revision).toBe(1);
    const changed = store.assessments.saveFunding(
      assessment.id,
      FundingInputsEntrySchema.parse({ application: { ...APPLICATION, cncRatePercent: 75 } }),
    );
    expect(changed.revision).toBe(2);
    expect(store.assessments.get(assessment.id).fundingInputs.application?.cncRatePercent).toBe(75);
  });

  it('changes the consultant and organisation per assessment, a new revision only when they differ', async () => {
    const store = await fresh();
    const { assessment } = seedAssessment(store);
    const people = { consultantName: '陈顾问', consultantOrg: '东莞市智能制造服务中心' };
    expect(store.assessments.setPeople(assessment.id, people).revision).toBe(assessment.revision + 1);
    expect(store.assessments.setPeople(assessment.id, people).revision).toBe(assessment.revision + 1);
    expect(store.assessments.get(assessment.id)).toMatchObject(people);
    store.assessments.complete(assessment.id);
    expect(() => store.assessments.setPeople(assessment.id, { ...people, consultantName: '王顾问' })).toThrow(
      /已完成/,
    );
  });

  it('carries the application figures and the people through a bundle', async () => {
    const a = await fresh();
    const { assessment } = seedAssessment(a);
    a.assessments.saveFunding(assessment.id, FundingInputsEntrySchema.parse({ application: APPLICATION }));
    a.assessments.setPeople(assessment.id, {
      consultantName: '陈顾问',
      consultantOrg: '东莞市智能制造服务中心',
    });
    const bytes = exportBundle(a, assessment.id, { appName: '智造自诊', appVersion: '0.1.0-test' }).bytes;
    const b = await fresh();
    importBundle(b, bytes, { isKnownModel: () => true });
    const copy = b.assessments.get(assessment.id);
    expect(copy.fundingInputs.application).toEqual(ApplicationFiguresSchema.parse(APPLICATION));
    expect(copy).toMatchObject({ consultantName: '陈顾问', consultantOrg: '东莞市智能制造服务中心' });
    expect(copy.revision).toBe(a.assessments.get(assessment.id).revision);
  });
});
