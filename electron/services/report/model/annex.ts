import type { InvestmentKind } from '@engine/funding';
import { composed, listText } from '../../../../assessments/presentation/composed';
import { amountOf } from '../../../../assessments/presentation/money';
import { buildDatesRow, integratorRow, kpiRow, percentRow, type AnnexRow } from './application-rows';
import type { BuildContext } from './input';
import { itemPlaces, type ItemPlace } from './numbering';
import type { Section } from './schema';

/** Questionnaire items whose answers the 智能工厂 / 数字化水平 application forms ask for. */
const FORM_ITEMS = {
  digitised: 'sme.equip.digitised',
  networked: 'sme.equip.networked',
  investmentShare: 'sme.funding',
  energy: 'sme.outcome.energy',
  quality: 'sme.outcome.quality',
  revenuePerHead: 'sme.outcome.revenue-per-head',
  cost: 'sme.outcome.cost',
} as const;

type Row = AnnexRow;

function itemSource(ctx: BuildContext, place: ItemPlace | undefined, label: string): string {
  return place ? ctx.t('annex.fromItem', { no: place.no, label }) : ctx.t('annex.notAsked');
}

/** The answer of one item as a form would take it: the figures with units, or the option chosen. */
function itemRow(ctx: BuildContext, places: Map<string, ItemPlace>, field: string, itemId: string): Row {
  const item = ctx.input.questionnaire.items.get(itemId);
  const label = item ? ctx.pick(item.label) : field;
  const value = ctx.input.assessment.answers.find((a) => a.itemId === itemId)?.value;
  let text = ctx.t('annex.missing');
  if (item?.type === 'figures' && value?.kind === 'figures') {
    const num = value.figures[item.ratio.numerator];
    const den = value.figures[item.ratio.denominator];
    const unit = item.fields.find((f) => f.id === item.ratio.numerator)?.unit ?? '';
    if (num !== undefined && den !== undefined && den > 0)
      text = ctx.t('annex.ratio', { percent: Math.round((num / den) * 1000) / 10, num, den, unit });
  } else if (item?.type === 'choices' && value?.kind === 'choices') {
    const picked = item.options.filter((o) => value.selected.includes(o.id)).map((o) => ctx.pick(o.label));
    text = listText(picked, ctx.input.language);
  }
  return [field, text, itemSource(ctx, places.get(itemId), label)];
}

function investmentRows(ctx: BuildContext): Row[] {
  const plan = ctx.input.assessment.funding.investments;
  const source = ctx.t('annex.fromFunding');
  if (plan.length === 0) {
    const dates = buildDatesRow(ctx);
    return [[ctx.t('annex.investment'), ctx.t('annex.missing'), source], ...(dates ? [dates] : [])];
  }
  const total = plan.reduce((sum, p) => sum + p.amountWan, 0);
  const byKind = new Map<string, number>();
  for (const p of plan) byKind.set(p.kind, (byKind.get(p.kind) ?? 0) + p.amountWan);
  const lang = ctx.input.language;
  const amount = (wan: number) => composed(lang, 'amount.wan', { amount: amountOf(wan, lang, 1) });
  const parts = [...byKind].map(
    ([kind, wan]) => `${composed(lang, `investment.${kind as InvestmentKind}`)} ${amount(wan)}`,
  );
  const years = plan.map((p) => p.year);
  const from = Math.min(...years);
  const to = Math.max(...years);
  return [
    [ctx.t('annex.investment'), amount(total), source],
    [ctx.t('annex.breakdown'), parts.join(composed(lang, 'clause.separator')), source],
    // the entered build dates say more than the years of the plan; the years stand in without them
    buildDatesRow(ctx) ?? [ctx.t('annex.period'), from === to ? String(from) : `${from}–${to}`, source],
  ];
}

function cmmmRow(ctx: BuildContext, places: Map<string, ItemPlace>): Row {
  const cmmm = ctx.input.diagnosis.models.find((m) => m.kind === 'cmmm');
  const official = ctx.input.assessment.answers.find((a) => a.itemId === 'sf.status.cmmm-official')?.value;
  const place = places.get('sf.status.cmmm-official');
  if (official?.kind === 'level' && official.level > 0)
    return [
      ctx.t('annex.cmmm'),
      ctx.t('annex.cmmmOfficial', { level: official.level }),
      itemSource(ctx, place, ctx.t('annex.cmmm')),
    ];
  if (!cmmm?.estimate) return [ctx.t('annex.cmmm'), ctx.t('annex.missing'), ctx.t('annex.notAsked')];
  return [
    ctx.t('annex.cmmm'),
    ctx.t('annex.cmmmEstimate', {
      level: ctx.pick(cmmm.estimate.label),
      score: ctx.score(cmmm.score.value, cmmm.score.max),
    }),
    ctx.t('annex.cmmmBasis'),
  ];
}

/**
 * 附录 C: the figures the application forms ask for, each with the answer it comes from, in the
 * order the forms list them. What the assessment does not record yet is marked 未填报, never left
 * blank or guessed.
 */
export function annexSection(ctx: BuildContext): Section {
  const places = itemPlaces(ctx);
  const app = ctx.input.assessment.funding.application;
  // an indicator's entered before/after values first; the questionnaire's direction stands in without them
  const kpi = (field: string, id: Parameters<typeof kpiRow>[2], item: string, itemField = field): Row =>
    kpiRow(ctx, field, id) ?? itemRow(ctx, places, itemField, item);
  const rows: Row[] = [
    ...investmentRows(ctx),
    integratorRow(ctx),
    percentRow(ctx, ctx.t('annex.cncRate'), app?.cncRatePercent),
    percentRow(ctx, ctx.t('annex.rndTools'), app?.rndToolsPercent),
    itemRow(ctx, places, ctx.t('annex.digitised'), FORM_ITEMS.digitised),
    itemRow(ctx, places, ctx.t('annex.networked'), FORM_ITEMS.networked),
    itemRow(ctx, places, ctx.t('annex.investmentShare'), FORM_ITEMS.investmentShare),
    cmmmRow(ctx, places),
    // the entered indicator names its own unit; only the questionnaire's stand-in is revenue per head
    kpi(
      ctx.t('annex.kpiEfficiency'),
      'efficiency',
      FORM_ITEMS.revenuePerHead,
      ctx.t('annex.kpiRevenuePerHead'),
    ),
    kpi(ctx.t('annex.kpiDefect'), 'defectRate', FORM_ITEMS.quality, ctx.t('annex.kpiQuality')),
    kpi(ctx.t('annex.kpiEnergy'), 'energy', FORM_ITEMS.energy),
    kpi(ctx.t('annex.kpiCost'), 'cost', FORM_ITEMS.cost),
    kpiRow(ctx, ctx.t('annex.kpiRnd'), 'rndCycle') ?? [
      ctx.t('annex.kpiRnd'),
      ctx.t('annex.missing'),
      ctx.t('annex.notRecorded'),
    ],
  ];
  return {
    id: 'annex',
    title: ctx.t('annex.title'),
    newPage: true,
    blocks: [
      { kind: 'paragraph', text: ctx.t('annex.intro'), tone: 'normal' },
      {
        kind: 'table',
        table: {
          columns: [
            { title: ctx.t('col.no'), width: 0.07, align: 'center' },
            { title: ctx.t('annex.colField'), width: 0.25, align: 'left' },
            { title: ctx.t('annex.colValue'), width: 0.38, align: 'left' },
            { title: ctx.t('annex.colSource'), width: 0.3, align: 'left' },
          ],
          rows: rows.map((r, i) => [String(i + 1), ...r]),
          emphasis: [],
        },
      },
    ],
    subsections: [],
  };
}
