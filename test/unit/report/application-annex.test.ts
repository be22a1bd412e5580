import { describe, expect, it } from 'vitest';
import { FundingInputsEntrySchema } from '../../../assessments/engine/funding';
import { buildReportModel } from '../../../electron/services/report/model/build';
import type { ReportInput } from '../../../electron/services/report/model/input';
import type { ReportModel, Section } from '../../../electron/services/report/model/schema';
import { APPLICATION_FIGURES } from '../support/application-figures';
import { sampleInput } from './support';

function withAssessment(input: ReportInput, patch: Partial<ReportInput['assessment']>): ReportInput {
  return { ...input, assessment: { ...input.assessment, ...patch } };
}

function section(model: ReportModel, id: string): Section {
  const found = model.sections.find((s) => s.id === id);
  if (!found) throw new Error(`no section ${id}`);
  return found;
}

/** The annex table as field → [value, source]. */
function annexRows(model: ReportModel): Map<string, [string, string]> {
  const table = section(model, 'annex').blocks.find((b) => b.kind === 'table');
  if (table?.kind !== 'table') throw new Error('annex has no table');
  return new Map(table.table.rows.map((r) => [r[1]!, [r[2]!, r[3]!]]));
}

function signatureLines(model: ReportModel): string[] {
  const block = section(model, 'signatures').blocks.find((b) => b.kind === 'signatures');
  if (block?.kind !== 'signatures') throw new Error('no signature block');
  return block.parties.flatMap((p) => p.lines);
}

const SOURCE = '资金与认定信息：申报表填报数据（企业填报）';

describe('附录 C prints the application-form figures that were entered', () => {
  const base = sampleInput('zh-CN');
  const funding = FundingInputsEntrySchema.parse({
    ...base.assessment.funding,
    application: {
      ...APPLICATION_FIGURES,
      kpis: {
        ...APPLICATION_FIGURES.kpis,
        rndCycle: { before: 180, unit: '天', beforePeriod: '2024 年' },
      },
    },
  });
  const rows = annexRows(buildReportModel(withAssessment(base, { funding })));

  it('the integrator, build dates and the two rates, each naming its source', () => {
    expect(rows.get('系统集成商 / 服务商')).toEqual(['广州某智能装备系统集成有限公司', SOURCE]);
    expect(rows.get('建设起止时间')).toEqual(['2025-03 至 2026-06', SOURCE]);
    expect(rows.get('关键工序数控化率')).toEqual(['72.5%', SOURCE]);
    expect(rows.get('数字化研发设计工具普及率')).toEqual(['88%', SOURCE]);
  });

  it('before/after indicators with value, unit, period and the change', () => {
    // labelled by what was entered (件/人·时), not as revenue per head
    expect(rows.has('生产效率（人均营业收入）改造前后变化')).toBe(false);
    expect(rows.get('生产效率改造前后变化')?.[0]).toBe(
      '改造前 12 件/人·时（2024 年全年）；改造后 15 件/人·时（2025 年全年）；变化 +25%',
    );
    expect(rows.get('产品不良品率改造前后变化')?.[0]).toBe('改造前 2.4 %；改造后 1.2 %；变化 -50%');
    expect(rows.get('研发周期改造前后变化')?.[0]).toBe('改造前 180 天（2024 年）；改造后 未填报');
  });

  it('still marks what was not entered as 未填报, and keeps the questionnaire answers where no figure was typed', () => {
    const plain = annexRows(buildReportModel(base));
    expect(plain.get('系统集成商 / 服务商')).toEqual(['未填报', '本次评估未记录']);
    expect(plain.get('关键工序数控化率')).toEqual(['未填报', '本次评估未记录']);
    // no efficiency figure typed: the questionnaire's revenue-per-head answer stands, named as such
    expect(plain.has('生产效率（人均营业收入）改造前后变化')).toBe(true);
    expect(plain.has('生产效率改造前后变化')).toBe(false);
    // energy: no figure typed in either case, so the questionnaire's outcome answer stands
    expect(rows.get('单位产值能耗改造前后变化')).toEqual(plain.get('单位产值能耗改造前后变化'));
  });
});

describe('the signature page names the assessment’s own consultant and organisation', () => {
  const base = sampleInput('zh-CN');

  it('uses the assessment values before Settings', () => {
    const input = withAssessment(
      { ...base, settings: { consultantName: '设置中的顾问', organisation: '设置中的机构' } },
      { consultantName: '陈顾问', consultantOrg: '东莞市智能制造服务中心' },
    );
    const lines = signatureLines(buildReportModel(input));
    expect(lines).toContain('诊断顾问（签字）：陈顾问');
    expect(lines).toContain('服务机构：东莞市智能制造服务中心');
  });

  it('falls back to Settings, and prints no "—" for a name that exists', () => {
    const input = withAssessment(
      { ...base, settings: { consultantName: '设置中的顾问', organisation: '设置中的机构' } },
      { consultantName: '', consultantOrg: '' },
    );
    const model = buildReportModel(input);
    expect(signatureLines(model)).toContain('诊断顾问（签字）：设置中的顾问');
    expect(model.cover.facts.find((f) => f.label === '服务机构')?.value).toBe('设置中的机构');
    expect(JSON.stringify(model.cover)).not.toContain('—');
  });

  it('leaves the line blank to sign by hand when nobody is named, and says so on the cover', () => {
    const model = buildReportModel(
      withAssessment({ ...base, settings: undefined }, { consultantName: '', consultantOrg: '' }),
    );
    expect(signatureLines(model)).toContain('诊断顾问（签字）：');
    expect(model.cover.facts.find((f) => f.label === '诊断顾问')?.value).toBe('未填写');
  });
});
