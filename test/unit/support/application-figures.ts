/**
 * One project's application-form figures as a consultant enters them: the integrator, build
 * dates, both process rates and two before/after indicators (one with its periods, one without).
 */
export const APPLICATION_FIGURES = {
  integrator: '广州某智能装备系统集成有限公司',
  buildStart: '2025-03',
  buildFinish: '2026-06',
  cncRatePercent: 72.5,
  rndToolsPercent: 88,
  kpis: {
    efficiency: {
      before: 12,
      after: 15,
      unit: '件/人·时',
      beforePeriod: '2024 年全年',
      afterPeriod: '2025 年全年',
    },
    defectRate: { before: 2.4, after: 1.2, unit: '%' },
  },
};
