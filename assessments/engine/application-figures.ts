import { z } from 'zod';

/**
 * Figures the 智能工厂梯度培育 and 中小企业数字化水平 application forms ask for that the
 * questionnaire does not: who builds the project and when, two process rates, and the outcome
 * indicators before and after the project. Kept with the funding inputs of an assessment (one JSON
 * column), so every field is optional and `{}` parses; nothing here is scored.
 */

/** 关键工序数控化率 and 数字化研发设计工具普及率 are percentages of a whole: 0–100, never clamped. */
export function percentOf(field: string) {
  return z
    .number({ error: `${field}须为数字（%）` })
    .min(0, { error: `${field}不能小于 0%` })
    .max(100, { error: `${field}不能超过 100%，请填写百分比（0–100）` });
}

/** A build month as the forms write it: 2025-03. */
export const YearMonthSchema = z
  .string()
  .regex(/^20\d\d-(0[1-9]|1[0-2])$/, { error: '建设时间须写成“年-月”，例如 2025-03' });

/** The outcome indicators the application forms compare before and after the project. */
export const OUTCOME_KPIS = ['efficiency', 'defectRate', 'rndCycle', 'energy', 'cost'] as const;
export const OutcomeKpiIdSchema = z.enum(OUTCOME_KPIS);
export type OutcomeKpiId = z.infer<typeof OutcomeKpiIdSchema>;

export const OUTCOME_KPI_NAMES: Record<OutcomeKpiId, string> = {
  efficiency: '生产效率',
  defectRate: '产品不良品率',
  rndCycle: '产品研发周期',
  energy: '单位产值能耗',
  cost: '运营成本',
};

/** A non-negative measured quantity: every indicator above is a count, rate, time, energy or cost. */
const kpiValue = (field: string) =>
  z
    .number({ error: `${field}须为数字` })
    .min(0, { error: `${field}不能为负数` })
    .max(1e12, { error: `${field}过大，请核对数值和单位` });

export const OutcomeKpiSchema = z
  .object({
    /** value before the project, in `unit`, over `beforePeriod` */
    before: kpiValue('改造前数值').optional(),
    after: kpiValue('改造后数值').optional(),
    /** e.g. 件/人·时, %, 天, 吨标准煤/万元, 万元 */
    unit: z.string().trim().max(20, { error: '单位不能超过 20 个字' }).default(''),
    /** e.g. 2024 年全年 */
    beforePeriod: z.string().trim().max(40, { error: '统计期不能超过 40 个字' }).default(''),
    afterPeriod: z.string().trim().max(40, { error: '统计期不能超过 40 个字' }).default(''),
  })
  .refine((k) => (k.before === undefined && k.after === undefined) || k.unit !== '', {
    error: '填写了数值的指标须注明单位',
    path: ['unit'],
  });
export type OutcomeKpi = z.infer<typeof OutcomeKpiSchema>;

export const ApplicationFiguresSchema = z
  .object({
    /** 系统集成商 / 服务商 of the project */
    integrator: z.string().trim().max(120, { error: '集成商名称不能超过 120 个字' }).default(''),
    buildStart: YearMonthSchema.optional(),
    buildFinish: YearMonthSchema.optional(),
    cncRatePercent: percentOf('关键工序数控化率').optional(),
    rndToolsPercent: percentOf('数字化研发设计工具普及率').optional(),
    kpis: z.partialRecord(OutcomeKpiIdSchema, OutcomeKpiSchema).default({}),
  })
  .refine((a) => !a.buildStart || !a.buildFinish || a.buildFinish >= a.buildStart, {
    error: '建设完成时间不能早于开始时间',
    path: ['buildFinish'],
  });
export type ApplicationFigures = z.infer<typeof ApplicationFiguresSchema>;

/** The relative change from before to after, in percent (one decimal); null without both values. */
export function kpiChangePercent(kpi: OutcomeKpi): number | null {
  if (kpi.before === undefined || kpi.after === undefined || kpi.before === 0) return null;
  return Math.round(((kpi.after - kpi.before) / kpi.before) * 1000) / 10;
}
