import {
  OUTCOME_KPIS,
  type ApplicationFigures,
  type OutcomeKpi,
  type OutcomeKpiId,
} from '@engine/application-figures';

/** One outcome indicator as the form holds it: empty boxes are null / ''. */
export interface KpiRow {
  before: number | null;
  after: number | null;
  unit: string;
  beforePeriod: string;
  afterPeriod: string;
}

export interface ApplicationFormValues {
  integrator: string;
  buildStart: string;
  buildFinish: string;
  cncRatePercent: number | null;
  rndToolsPercent: number | null;
  kpis: Record<OutcomeKpiId, KpiRow>;
}

const num = (v: number | undefined): number | null => (v === undefined ? null : v);

export function applicationToForm(a: ApplicationFigures | undefined): ApplicationFormValues {
  const kpis = Object.fromEntries(
    OUTCOME_KPIS.map((id) => {
      const k = a?.kpis[id];
      const row: KpiRow = {
        before: num(k?.before),
        after: num(k?.after),
        unit: k?.unit ?? '',
        beforePeriod: k?.beforePeriod ?? '',
        afterPeriod: k?.afterPeriod ?? '',
      };
      return [id, row];
    }),
  ) as Record<OutcomeKpiId, KpiRow>;
  return {
    integrator: a?.integrator ?? '',
    buildStart: a?.buildStart ?? '',
    buildFinish: a?.buildFinish ?? '',
    cncRatePercent: num(a?.cncRatePercent),
    rndToolsPercent: num(a?.rndToolsPercent),
    kpis,
  };
}

function kpiFromRow(row: KpiRow | undefined): OutcomeKpi | undefined {
  if (!row) return undefined;
  const kpi: OutcomeKpi = {
    ...(typeof row.before === 'number' ? { before: row.before } : {}),
    ...(typeof row.after === 'number' ? { after: row.after } : {}),
    unit: (row.unit ?? '').trim(),
    beforePeriod: (row.beforePeriod ?? '').trim(),
    afterPeriod: (row.afterPeriod ?? '').trim(),
  };
  const empty =
    kpi.before === undefined && kpi.after === undefined && !kpi.unit && !kpi.beforePeriod && !kpi.afterPeriod;
  return empty ? undefined : kpi;
}

/**
 * The form's values as stored; undefined when nothing is filled in, so an assessment whose
 * application figures were never touched stores exactly what it stored before.
 */
export function applicationFromForm(v: ApplicationFormValues | undefined): ApplicationFigures | undefined {
  if (!v) return undefined;
  const kpis: ApplicationFigures['kpis'] = {};
  for (const id of OUTCOME_KPIS) {
    const kpi = kpiFromRow(v.kpis?.[id]);
    if (kpi) kpis[id] = kpi;
  }
  const text = (s: string | undefined) => (s ?? '').trim();
  const a: ApplicationFigures = {
    integrator: text(v.integrator),
    ...(text(v.buildStart) ? { buildStart: text(v.buildStart) } : {}),
    ...(text(v.buildFinish) ? { buildFinish: text(v.buildFinish) } : {}),
    ...(typeof v.cncRatePercent === 'number' ? { cncRatePercent: v.cncRatePercent } : {}),
    ...(typeof v.rndToolsPercent === 'number' ? { rndToolsPercent: v.rndToolsPercent } : {}),
    kpis,
  };
  const empty = !a.integrator && Object.keys(a).length === 2 && Object.keys(kpis).length === 0;
  return empty ? undefined : a;
}
