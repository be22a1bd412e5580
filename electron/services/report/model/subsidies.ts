import { checkApplicants } from '@engine/policy/applicants';
import { checkCondition, type ConditionContext } from '@engine/policy/conditions';
import { factsFromDiagnosis } from '@engine/policy/from-diagnosis';
import { checkRegion } from '@engine/policy/region';
import {
  APPLICANTS_CONDITION,
  MEASURE_DISPLAY_ORDER,
  REGION_CONDITION,
  SUBTOTAL_KINDS,
  type EvaluationSummary,
  type MeasureEvaluation,
} from '@engine/policy/result';
import type { Measure, PolicyDocument, Validity } from '@engine/policy/schema';
import { textOf, type Phrase } from '@engine/phrase';
import { composed } from '../../../../assessments/presentation/composed';
import { conditionIdName, wanWords } from '../../../../assessments/presentation/phrase';
import type { BuildContext } from './input';
import type { Section } from './schema';

interface Located {
  readonly doc: PolicyDocument;
  readonly measure: Measure;
}

function locate(ctx: BuildContext): Map<string, Located> {
  const map = new Map<string, Located>();
  for (const doc of ctx.input.catalog.documents)
    for (const measure of doc.measures) map.set(measure.id, { doc, measure });
  return map;
}

/**
 * Which of a measure's conditions hold. The evaluation reports failed conditions and missing
 * inputs; a condition is "met" when it neither failed nor lacks information.
 */
export function conditionStates(
  ctx: BuildContext,
  where: Located,
  evaluation: MeasureEvaluation,
): { met: string[]; unmet: string[]; missing: string[] } {
  const { doc, measure } = where;
  const failedNames = new Set(evaluation.failed.map((f) => f.condition));
  const profile = ctx.input.enterprise.profile;
  const conditionCtx: ConditionContext = {
    profile,
    funding: ctx.input.assessment.funding,
    facts: factsFromDiagnosis(ctx.input.diagnosis),
    validity: measure.validity ?? doc.validity,
    localImplementations: () => [],
  };
  const named = [
    {
      label: REGION_CONDITION,
      lacking: checkRegion(profile.region, measure.region ?? doc.region).kind === 'missing',
    },
    { label: APPLICANTS_CONDITION, lacking: checkApplicants(profile, measure.applicants).kind === 'missing' },
    ...[...(measure.skipDocumentConditions ? [] : doc.documentConditions), ...measure.conditions].map(
      (c) => ({
        label: c.label,
        // only to tell "needs information" apart; pass/fail comes from the evaluation itself
        lacking: evaluation.missing.length > 0 && checkCondition(c, conditionCtx).kind === 'missing',
      }),
    ),
  ];
  // a selection (择优) is never "met" in advance: it is listed on its own line
  const selection = new Set(evaluation.competition.map(textOf));
  const met = named
    .filter((c) => !failedNames.has(c.label) && !c.lacking && !selection.has(c.label))
    .map((c) => c.label);
  const name = (condition: string) => conditionName(ctx.input.language, condition);
  const words = (p: Phrase) => ctx.phrase(p);
  return {
    met: [...new Set(met.map(name))],
    unmet: evaluation.failed.map((f) =>
      ctx.t('sub.failedCondition', { condition: name(f.condition), reason: words(f.reason) }),
    ),
    missing: evaluation.missing.map((x) => words(x.label)),
  };
}

/**
 * A condition as the reader sees it: region, applicant type and the revenue increment are recorded
 * by id, the rest by their label.
 */
function conditionName(language: string, condition: string): string {
  if (condition === REGION_CONDITION) return composed(language, 'condition.region');
  if (condition === APPLICANTS_CONDITION) return composed(language, 'condition.applicants');
  return conditionIdName(condition, language) ?? condition;
}

function validityText(ctx: BuildContext, v: Validity): string {
  return v.to === null ? ctx.t('sub.openEnded', { from: v.from }) : `${v.from} — ${v.to}`;
}

function amountText(ctx: BuildContext, e: MeasureEvaluation): string {
  const fmtWan = (wan: number) => wanWords(wan, ctx.input.language);
  const base =
    e.estimate.kind === 'unspecified'
      ? ctx.t('sub.unspecified')
      : e.estimate.kind === 'amount'
        ? fmtWan(e.estimate.wan)
        : e.estimate.kind === 'policy-cap'
          ? ctx.t('sub.policyCap', { amount: fmtWan(e.estimate.wan) })
          : ctx.t('sub.upTo', { amount: fmtWan(e.estimate.wan) });
  const by = e.exclusivity?.chosen;
  return e.supersededBy && by ? `${base}\n${ctx.t('sub.superseded', { by })}` : base;
}

/**
 * One line per class; the classes are never added together. A class whose measures state no amount
 * says so rather than "0": a sum of nothing would read as "nothing to gain".
 */
function subtotalLines(ctx: BuildContext, s: EvaluationSummary): string {
  return SUBTOTAL_KINDS.map((k) => {
    const { wan = 0, count = 0, unspecifiedCount = 0 } = s.subtotals[k] ?? {};
    const label = ctx.t(`sub.class.${k}`);
    if (count === 0) return ctx.t('sub.subtotalNone', { label });
    if (wan === 0 && unspecifiedCount === count) return ctx.t('sub.subtotalUnstated', { label, count });
    return ctx.t(`sub.subtotal.${k}`, {
      total: wanWords(wan, ctx.input.language),
      count,
      unspecified: unspecifiedCount,
    });
  }).join('\n');
}

export function subsidiesSection(ctx: BuildContext): Section {
  const ev = ctx.input.evaluation;
  const where = locate(ctx);
  const inRegion = ev.measures.filter((e) => !e.failed.some((f) => f.condition === REGION_CONDITION));
  const sorted = [...inRegion].sort(
    (a, b) => MEASURE_DISPLAY_ORDER.indexOf(a.status) - MEASURE_DISPLAY_ORDER.indexOf(b.status),
  );
  const sep = composed(ctx.input.language, 'clause.separator');
  const phrases = (list: readonly Phrase[]) => list.map((p) => ctx.phrase(p)).join(sep);
  const rows = sorted.map((e) => {
    const located = where.get(e.measureId);
    const states = located ? conditionStates(ctx, located, e) : { met: [], unmet: [], missing: [] };
    const conditionLines = [
      states.met.length > 0 ? ctx.t('sub.met', { list: states.met.join(sep) }) : '',
      states.unmet.length > 0 ? ctx.t('sub.unmet', { list: states.unmet.join(sep) }) : '',
      states.missing.length > 0 ? ctx.t('sub.missing', { list: states.missing.join(sep) }) : '',
      e.prerequisites.length > 0 ? ctx.t('sub.prerequisites', { list: phrases(e.prerequisites) }) : '',
      e.competition.length > 0 ? ctx.t('sub.competition', { list: phrases(e.competition) }) : '',
    ].filter(Boolean);
    const c = e.citation;
    const validity = located ? (located.measure.validity ?? located.doc.validity) : undefined;
    return [
      e.name,
      [c.issuer, c.documentNumber ?? ctx.t('sub.noDocNumber'), c.article].join('\n'),
      ctx.t(`status.${e.status}`),
      conditionLines.join('\n'),
      amountText(ctx, e),
      validity ? validityText(ctx, validity) : '—',
    ];
  });
  const s = ev.summary;
  return {
    id: 'subsidies',
    title: ctx.t('section.subsidies'),
    newPage: true,
    blocks: [
      {
        kind: 'paragraph',
        text: ctx.t('sub.intro', {
          date: ev.date,
          version: ev.catalogVersion,
          excluded: ev.measures.length - inRegion.length,
        }),
        tone: 'normal',
      },
      rows.length === 0
        ? { kind: 'paragraph', text: ctx.t('sub.none'), tone: 'muted' }
        : {
            kind: 'table',
            table: {
              columns: [
                { title: ctx.t('col.measure'), width: 0.15, align: 'left' },
                { title: ctx.t('col.citation'), width: 0.21, align: 'left' },
                { title: ctx.t('col.status'), width: 0.1, align: 'center' },
                { title: ctx.t('col.conditions'), width: 0.27, align: 'left' },
                { title: ctx.t('col.amount'), width: 0.12, align: 'right' },
                { title: ctx.t('col.validity'), width: 0.15, align: 'left' },
              ],
              rows,
              emphasis: [],
            },
          },
      {
        kind: 'paragraph',
        text: subtotalLines(ctx, s),
        tone: 'notice',
      },
    ],
    subsections: [],
  };
}
