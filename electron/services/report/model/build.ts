import { composed } from '../../../../assessments/presentation/composed';
import { buildRadarOption, radarAxes } from '../../../../assessments/charts/radar';
import { DIMENSIONS } from '@engine/dimensions';
import { quotesIn } from '../../../../assessments/i18n/verbatim';
import { toTaiwanDeep } from '../../../../assessments/i18n/zh-tw/convert';
import { toEnglishDeep } from '../../../../assessments/i18n/content/english';
import type { LevelRule } from '@engine/diagnosis/schema';
import { buildContext } from './context';
import { annexSection } from './annex';
import { appendixSection } from './appendix';
import { dimensionViews, dimensionsSection, type DimensionView } from './dimensions';
import { gapsSection } from './gaps';
import { industryName } from './industry';
import type { BuildContext, ReportInput } from './input';
import { ratingGaps } from './ratings';
import { regionText } from './region';
import { scenariosSection } from './scenarios';
import type { Block, ReportModel, Section } from './schema';
import { subsidiesSection } from './subsidies';

/** The family name the chart's SVG asks for; the PDF renderer maps it to the embedded font. */
export const CHART_FONT_FAMILY = 'Report Sans';

const RANKED = 3;

function industryText(ctx: BuildContext): string {
  const code = ctx.input.enterprise.profile.industryCode;
  const name = ctx.input.language === 'en' ? undefined : industryName(code);
  return name ? ctx.t('industry.value', { name, code }) : ctx.t('industry.unknown', { code });
}

/** The assessment's own consultant and organisation, else Settings'; '' when neither names one. */
function consultant(ctx: BuildContext): { name: string; org: string } {
  const a = ctx.input.assessment;
  return {
    name: a.consultantName || ctx.input.settings?.consultantName || '',
    org: a.consultantOrg || ctx.input.settings?.organisation || '',
  };
}

function assessmentDay(ctx: BuildContext): string {
  const a = ctx.input.assessment;
  return ctx.date(a.completedAt ?? a.updatedAt);
}

function cover(ctx: BuildContext): ReportModel['cover'] {
  const { profile, sizeClass } = ctx.input.enterprise;
  const d = ctx.input.diagnosis;
  const people = consultant(ctx);
  return {
    title: ctx.t('doc.title'),
    subtitle: ctx.t('doc.subtitle'),
    enterpriseName: profile.name,
    facts: [
      { label: ctx.t('cover.enterprise'), value: profile.name },
      { label: ctx.t('cover.creditCode'), value: profile.creditCode },
      {
        label: ctx.t('cover.region'),
        value: regionText(ctx.input.enterprise.profile.region, ctx.input.language),
      },
      { label: ctx.t('cover.industry'), value: industryText(ctx) },
      {
        label: ctx.t('cover.size'),
        value: `${ctx.t(`size.${sizeClass}`)} · ${ctx.t(`mfg.${profile.manufacturingType}`)}`,
      },
      { label: ctx.t('cover.assessmentDate'), value: assessmentDay(ctx) },
      { label: ctx.t('cover.consultant'), value: people.name || ctx.t('cover.unset') },
      { label: ctx.t('cover.organisation'), value: people.org || ctx.t('cover.unset') },
      {
        label: ctx.t('cover.model'),
        value: ctx.t('cover.modelValue', {
          title: ctx.pick(d.models[0]?.title ?? { zh: d.questionnaire.modelId, en: d.questionnaire.modelId }),
          version: d.questionnaire.modelVersion,
        }),
      },
      { label: ctx.t('cover.reportId'), value: ctx.input.reportId },
      {
        label: ctx.t('cover.generated'),
        value: `${ctx.date(ctx.input.generatedAt.toISOString())} · ${ctx.input.app.name} ${ctx.input.app.version}`,
      },
    ],
    notice: ctx.t('cover.notice'),
  };
}

/**
 * The level's computation as a reviewer re-does it by hand: the sum, the blocking condition, the
 * weights. Each part is a sentence of its own (English: ". Each achieved level…", not "; Each…").
 */
function ruleText(ctx: BuildContext, rule: LevelRule): string {
  return [...rule.lines, ...(rule.blocker ? [rule.blocker] : [])]
    .map((l) => ctx.pick(l))
    .join(composed(ctx.input.language, 'sentence.separator'));
}

function headline(ctx: BuildContext): Array<{ label: string; value: string }> {
  const d = ctx.input.diagnosis;
  const tiers = d.models.find((m) => m.kind === 'tiers');
  const cmmm = d.models.find((m) => m.kind === 'cmmm');
  const sme = d.models.find((m) => m.kind === 'sme-digital');
  const rows: Array<{ label: string; value: string }> = [];
  if (tiers?.estimate) {
    rows.push(
      { label: ctx.t('summary.tier'), value: ctx.pick(tiers.estimate.label) },
      { label: ctx.t('summary.score'), value: ctx.score(tiers.score.value, tiers.score.max) },
      { label: ctx.t('summary.next'), value: tiers.next ? ctx.pick(tiers.next.label) : ctx.t('summary.top') },
      { label: ctx.t('summary.decidedBy'), value: ctx.pick(tiers.estimate.decidedBy) },
    );
  }
  if (cmmm?.estimate)
    rows.push({
      label: ctx.t('summary.cmmm'),
      value: ctx.t('summary.levelScore', {
        level: ctx.pick(cmmm.estimate.label),
        score: ctx.score(cmmm.score.value, cmmm.score.max),
      }),
    });
  if (cmmm?.levelRule)
    rows.push({ label: ctx.t('summary.levelBasis'), value: ruleText(ctx, cmmm.levelRule) });
  if (sme?.estimate)
    rows.push({
      label: ctx.t('summary.sme'),
      value: ctx.t('summary.levelScore', {
        level: ctx.pick(sme.estimate.label),
        score: ctx.score(sme.score.value, sme.score.max),
      }),
    });
  if (sme?.levelRule) rows.push({ label: ctx.t('summary.levelBasis'), value: ruleText(ctx, sme.levelRule) });
  const cov = tiers?.coverage;
  if (cov) {
    rows.push({
      label: ctx.t('summary.aiShare'),
      value: ctx.t('summary.aiShareValue', {
        share: cov.aiShare === null ? '—' : `${Math.round(cov.aiShare * 1000) / 10}%`,
        covered: cov.coveredCount,
        ai: cov.aiCount,
      }),
    });
  }
  rows.push({ label: ctx.t('summary.progress'), value: ctx.t('summary.progressValue', { ...d.progress }) });
  return rows;
}

/** Strongest and weakest side by side: one compact table that keeps the summary on one page. */
function rankedTable(
  ctx: BuildContext,
  strongest: readonly DimensionView[],
  weakest: readonly DimensionView[],
): Block {
  const name = (v: DimensionView | undefined) =>
    v ? ctx.t('summary.dimensionIn', { title: v.title, framework: v.framework }) : '';
  const score = (v: DimensionView | undefined) =>
    v?.score === null || v === undefined ? '' : v.score.toFixed(1);
  const rows = Array.from({ length: Math.max(strongest.length, weakest.length) }, (_, i) => [
    String(i + 1),
    name(strongest[i]),
    score(strongest[i]),
    name(weakest[i]),
    score(weakest[i]),
  ]);
  return {
    kind: 'table',
    table: {
      columns: [
        { title: ctx.t('col.no'), width: 0.07, align: 'center' },
        { title: ctx.t('summary.strongest'), width: 0.34, align: 'left' },
        { title: ctx.t('col.score'), width: 0.125, align: 'right' },
        { title: ctx.t('summary.weakest'), width: 0.34, align: 'left' },
        { title: ctx.t('col.score'), width: 0.125, align: 'right' },
      ],
      rows,
      emphasis: [],
    },
  };
}

/** A held rating above the estimate is spelled out with its causes, never printed silently beside it. */
function ratingBlocks(ctx: BuildContext): Block[] {
  const gaps = ratingGaps(ctx);
  if (gaps.length === 0) return [];
  return [
    { kind: 'subheading', text: ctx.t('rating.title') },
    ...gaps.flatMap((g): Block[] => [
      {
        kind: 'paragraph',
        text: ctx.t('rating.statement', {
          framework: g.framework,
          held: g.held,
          estimate: g.estimate,
          steps: g.steps,
        }),
        tone: 'notice',
      },
      {
        kind: 'paragraph',
        text:
          g.causes.length > 0
            ? ctx.t('rating.causes', {
                causes: g.causes.join(composed(ctx.input.language, 'clause.separator')),
              })
            : ctx.t('rating.noCause'),
        tone: 'normal',
      },
    ]),
  ];
}

/** What a questionnaire upgrade did to the earlier answers, named by the questions as they were asked. */
function upgradeBlocks(ctx: BuildContext): Block[] {
  return (ctx.input.assessment.modelUpgrades ?? [])
    .filter((n) => n.changes.length > 0)
    .flatMap((n): Block[] => [
      { kind: 'subheading', text: ctx.t('summary.upgradeTitle', { from: n.fromVersion, to: n.toVersion }) },
      {
        kind: 'bullets',
        items: n.changes.map((c) =>
          c.outcome === 'dropped'
            ? ctx.t('summary.upgradeDropped', { question: c.question, reason: c.reason ?? '' })
            : ctx.t('summary.upgradeMoved', { question: c.question }),
        ),
      },
    ]);
}

function summary(ctx: BuildContext, views: readonly DimensionView[]): ReportModel['summary'] {
  const d = ctx.input.diagnosis;
  const lang = ctx.input.language;
  const scored = views.filter((v) => v.score !== null).sort((a, b) => (b.score ?? 0) - (a.score ?? 0));
  const strongest = scored.slice(0, RANKED);
  const weakest = scored.slice(-RANKED).reverse();
  const blocks: Block[] = [...ratingBlocks(ctx), rankedTable(ctx, strongest, weakest)];
  if (d.warnings.length > 0) {
    blocks.push(
      { kind: 'subheading', text: ctx.t('summary.warnings') },
      { kind: 'bullets', items: d.warnings.map((w) => ctx.phrase(w.message)) },
    );
  }
  blocks.push(...upgradeBlocks(ctx));
  const estimate = d.summary.tier;
  // the chart's axis names in the report language (line breaks keep long English names inside the figure)
  const dimensionLabels = Object.fromEntries(DIMENSIONS.map((id) => [id, ctx.t(`dimension.${id}`)]));
  return {
    title: ctx.t('section.summary'),
    headline: headline(ctx),
    statement: estimate ? ctx.pick(estimate.statement) : '',
    radar: {
      option: buildRadarOption({
        diagnosis: d,
        language: lang,
        dimensionLabels,
        fontFamily: CHART_FONT_FAMILY,
        animation: false,
      }) as Record<string, unknown>,
      axes: radarAxes(d, lang, dimensionLabels).map((a) => ({
        label: a.label.replace(/\n/g, ' '),
        score: a.score === null ? '—' : a.score.toFixed(1),
      })),
    },
    blocks,
  };
}

function signatures(ctx: BuildContext): Section {
  const people = consultant(ctx);
  return {
    id: 'signatures',
    title: ctx.t('section.signatures'),
    newPage: true,
    blocks: [
      { kind: 'paragraph', text: ctx.t('sig.intro'), tone: 'normal' },
      {
        kind: 'signatures',
        parties: [
          {
            role: ctx.t('sig.enterprise'),
            lines: ctx.t('sig.enterpriseLines', { contact: ctx.input.enterprise.profile.contact }).split('|'),
            seal: ctx.t('sig.enterpriseSeal'),
          },
          {
            role: ctx.t('sig.consultant'),
            lines: ctx.t('sig.consultantLines', { name: people.name, org: people.org }).split('|'),
            seal: ctx.t('sig.consultantSeal'),
          },
        ],
      },
    ],
    subsections: [],
  };
}

function disclaimer(ctx: BuildContext): Section {
  return {
    id: 'disclaimer',
    title: ctx.t('section.disclaimer'),
    newPage: false,
    blocks: (['disc.1', 'disc.2', 'disc.3', 'disc.4'] as const).map((key, i) => ({
      kind: 'paragraph' as const,
      text: `${i + 1}. ${ctx.t(key)}`,
      tone: 'normal' as const,
    })),
    subsections: [],
  };
}

/**
 * Builds the whole report model. Pure: same input, same model. A zh-TW report is built from the
 * Chinese texts and converted as a whole, so no text can escape the conversion; policy quotes and
 * the names of the enterprise and the people keep the script they were written in. An English
 * report is built from content already in English (see englishInput).
 */
export function buildReportModel(input: ReportInput): ReportModel {
  if (input.language === 'en') return buildModel(englishInput(input));
  const model = buildModel(input);
  if (input.language !== 'zh-TW') return model;
  const a = input.assessment;
  const names = [input.enterprise.profile.name, a.consultantName, a.consultantOrg];
  if (input.settings) names.push(input.settings.consultantName, input.settings.organisation);
  return toTaiwanDeep(model, [...quotesIn(input.catalog), ...names.filter(Boolean)]);
}

/**
 * The pack, scenario and catalog texts in English from the translation memory, before any sentence
 * is composed from them. What people typed (enterprise, assessment, answers) is left as entered.
 */
function englishInput(input: ReportInput): ReportInput {
  return {
    ...input,
    questionnaire: toEnglishDeep(input.questionnaire),
    diagnosis: toEnglishDeep(input.diagnosis),
    evaluation: toEnglishDeep(input.evaluation),
    recommendations: toEnglishDeep(input.recommendations),
    catalog: toEnglishDeep(input.catalog),
    assessment: { ...input.assessment, modelUpgrades: toEnglishDeep(input.assessment.modelUpgrades) },
  };
}

function buildModel(input: ReportInput): ReportModel {
  const ctx = buildContext(input);
  const views = dimensionViews(ctx);
  const name = input.enterprise.profile.name;
  const people = consultant(ctx);
  return {
    language: input.language,
    meta: {
      title: `${ctx.t('doc.title')} — ${name}`,
      subject: ctx.t('doc.subject', { enterprise: name }),
      author: [people.name, people.org].filter(Boolean).join(' · ') || input.app.name,
      keywords: ctx.t('doc.keywords'),
      creator: `${input.app.name} ${input.app.version}`,
      reportId: input.reportId,
      generatedAt: input.generatedAt.toISOString(),
    },
    cover: cover(ctx),
    labels: {
      toc: ctx.t('toc.title'),
      pageFooter: ctx.m['doc.footer'],
      header: ctx.t('doc.header', { enterprise: name }),
      radarCaption: ctx.t('summary.radarCaption'),
      continued: ctx.t('doc.continued'),
    },
    summary: summary(ctx, views),
    sections: [
      dimensionsSection(ctx, views),
      gapsSection(ctx),
      scenariosSection(ctx),
      subsidiesSection(ctx),
      appendixSection(ctx),
      annexSection(ctx),
      signatures(ctx),
      disclaimer(ctx),
    ],
  };
}
