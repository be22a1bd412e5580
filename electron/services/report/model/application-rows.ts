import {
  kpiChangePercent,
  type ApplicationFigures,
  type OutcomeKpi,
  type OutcomeKpiId,
} from '@engine/application-figures';
import type { BuildContext } from './input';

/** One annex row: form field, value as it goes into the form, where it comes from. */
export type AnnexRow = [field: string, value: string, source: string];

function application(ctx: BuildContext): ApplicationFigures | undefined {
  return ctx.input.assessment.funding.application;
}

const source = (ctx: BuildContext) => ctx.t('annex.fromApplication');
const missing = (ctx: BuildContext, field: string): AnnexRow => [
  field,
  ctx.t('annex.missing'),
  ctx.t('annex.notRecorded'),
];

export function integratorRow(ctx: BuildContext): AnnexRow {
  const name = application(ctx)?.integrator;
  return name ? [ctx.t('annex.integrator'), name, source(ctx)] : missing(ctx, ctx.t('annex.integrator'));
}

/** 建设起止时间 as entered (year-month); undefined when neither end is entered. */
export function buildDatesRow(ctx: BuildContext): AnnexRow | undefined {
  const a = application(ctx);
  const from = a?.buildStart;
  const to = a?.buildFinish;
  if (!from && !to) return undefined;
  const text =
    from && to
      ? ctx.t('annex.dateRange', { from, to })
      : from
        ? ctx.t('annex.dateFrom', { from })
        : ctx.t('annex.dateTo', { to: to ?? '' });
  return [ctx.t('annex.buildDates'), text, source(ctx)];
}

export function percentRow(ctx: BuildContext, field: string, value: number | undefined): AnnexRow {
  return value === undefined ? missing(ctx, field) : [field, ctx.t('annex.percent', { value }), source(ctx)];
}

function side(ctx: BuildContext, value: number | undefined, unit: string, period: string): string {
  if (value === undefined) return ctx.t('annex.missing');
  return period
    ? ctx.t('annex.kpiSidePeriod', { value, unit, period })
    : ctx.t('annex.kpiSide', { value, unit });
}

/** "改造前 12 件/人·时（2024 年全年）；改造后 15 件/人·时（2025 年全年）；变化 +25%" */
export function kpiText(ctx: BuildContext, kpi: OutcomeKpi): string {
  const text = ctx.t('annex.kpiValue', {
    before: side(ctx, kpi.before, kpi.unit, kpi.beforePeriod),
    after: side(ctx, kpi.after, kpi.unit, kpi.afterPeriod),
  });
  const change = kpiChangePercent(kpi);
  if (change === null) return text;
  return ctx.t('annex.kpiChange', { text, change: change > 0 ? `+${change}` : String(change) });
}

/** The entered before/after values of one indicator, or undefined when none was entered. */
export function kpiRow(ctx: BuildContext, field: string, id: OutcomeKpiId): AnnexRow | undefined {
  const kpi = application(ctx)?.kpis[id];
  if (!kpi || (kpi.before === undefined && kpi.after === undefined)) return undefined;
  return [field, kpiText(ctx, kpi), source(ctx)];
}
