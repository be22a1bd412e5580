import { composed } from '../../../../assessments/presentation/composed';
import type { Gap, GateResult, Lift, ModelResult } from '@engine/diagnosis/schema';
import { gapReadingOf, readingText, type ReadingWords } from '../../../../assessments/presentation/reading';
import type { BuildContext } from './input';
import type { Block, Section, Subsection } from './schema';

const TOP_GAPS = 12;

/** The report catalog's words for a gap reading ("yes"/"no" are shared report keys). */
function reportWords(ctx: BuildContext): ReadingWords {
  return {
    word: (key, vars) => ctx.t(key === 'yes' || key === 'no' ? key : `reading.${key}`, vars),
    pick: ctx.pick,
  };
}

/** The gap in the enterprise's units: entered value → value that closes it. */
export function gapValueText(ctx: BuildContext, gap: Gap): string {
  const { answers } = ctx.input.assessment;
  const reading = gapReadingOf(
    gap,
    ctx.input.questionnaire,
    (id) => answers.find((a) => a.itemId === id)?.value,
  );
  return readingText(reading, reportWords(ctx)) ?? '—';
}

function gateRows(ctx: BuildContext, gates: readonly GateResult[]): string[][] {
  return gates.map((g) => [
    ctx.pick(g.label),
    ctx.t(`gate.${g.status}`),
    ctx.phrase(g.detail),
    [g.citation.source, g.citation.ref].filter(Boolean).join(' '),
  ]);
}

function gatesBlock(ctx: BuildContext, model: ModelResult, next: string): Block[] {
  const gates = model.gates.filter((g) => g.tier === model.next?.code);
  if (gates.length === 0) return [];
  return [
    { kind: 'subheading', text: ctx.t('gaps.gates', { next }) },
    {
      kind: 'table',
      table: {
        columns: [
          { title: ctx.t('col.condition'), width: 0.26, align: 'left' },
          { title: ctx.t('col.status'), width: 0.1, align: 'center' },
          { title: ctx.t('col.detail'), width: 0.32, align: 'left' },
          { title: ctx.t('col.source'), width: 0.32, align: 'left' },
        ],
        rows: gateRows(ctx, gates),
        emphasis: gates.flatMap((g, i) => (g.status === 'fail' ? [i] : [])),
      },
    },
  ];
}

function gapsBlock(ctx: BuildContext, model: ModelResult): Block[] {
  const gaps = model.gaps.slice(0, TOP_GAPS);
  if (gaps.length === 0) return [{ kind: 'paragraph', text: ctx.t('gaps.noGaps'), tone: 'muted' }];
  return [
    { kind: 'subheading', text: ctx.t('gaps.ranked', { n: gaps.length }) },
    {
      kind: 'table',
      table: {
        columns: [
          { title: ctx.t('col.no'), width: 0.07, align: 'center' },
          { title: ctx.t('col.gap'), width: 0.23, align: 'left' },
          { title: ctx.t('col.reason'), width: 0.34, align: 'left' },
          { title: ctx.t('col.fromTo'), width: 0.27, align: 'left' },
          { title: ctx.t('col.effort'), width: 0.09, align: 'center' },
        ],
        rows: gaps.map((g) => [
          String(g.rank),
          ctx.pick(g.label),
          ctx.phrase(g.reason),
          gapValueText(ctx, g),
          ctx.t(`effort.${g.effort as 1 | 2 | 3}`),
        ]),
        emphasis: [],
      },
    },
  ];
}

/** An improvement in a consultant's words: "新增：…" / "提升至：…" instead of "+ …" / "→ …". */
function improvementText(ctx: BuildContext, display: string): string {
  if (display.startsWith('+ ')) return ctx.t('move.add', { what: display.slice(2) });
  if (display.startsWith('→ ')) return ctx.t('move.to', { what: display.slice(2) });
  return display;
}

/** A move's cost (effort × steps) on the same low / medium / high scale as the gaps. */
function effortBand(cost: number): 1 | 2 | 3 {
  return cost <= 1 ? 1 : cost <= 2 ? 2 : 3;
}

function routeBlock(ctx: BuildContext, model: ModelResult, lift: Lift): Block[] {
  const target = ctx.pick(lift.target.label);
  const gateLabel = new Map(model.gates.map((g) => [g.gateId, ctx.pick(g.label)]));
  const blocks: Block[] = [
    { kind: 'subheading', text: ctx.t('gaps.route', { target }) },
    {
      kind: 'paragraph',
      text: ctx.t(lift.found ? 'gaps.routeIntro' : 'gaps.routeNotFound', { target }),
      tone: 'normal',
    },
  ];
  if (lift.moves.length > 0) {
    blocks.push({
      kind: 'table',
      table: {
        columns: [
          { title: ctx.t('col.step'), width: 0.08, align: 'center' },
          { title: ctx.t('col.item'), width: 0.4, align: 'left' },
          { title: ctx.t('col.change'), width: 0.4, align: 'left' },
          { title: ctx.t('col.effort'), width: 0.12, align: 'center' },
        ],
        rows: lift.moves.map((mv, i) => [
          String(i + 1),
          ctx.pick(mv.label),
          improvementText(ctx, ctx.phrase(mv.display)),
          ctx.t(`effort.${effortBand(mv.cost)}`),
        ]),
        emphasis: [],
      },
    });
  }
  if (lift.blockedBy.length > 0) {
    const gates = lift.blockedBy
      .map((id) => gateLabel.get(id) ?? id)
      .join(composed(ctx.input.language, 'clause.separator'));
    blocks.push({ kind: 'paragraph', text: ctx.t('gaps.blocked', { gates }), tone: 'notice' });
  }
  return blocks;
}

function modelSubsection(ctx: BuildContext, model: ModelResult): Subsection {
  const next = model.next ? ctx.pick(model.next.label) : '';
  const blocks: Block[] = model.next
    ? [
        { kind: 'paragraph', text: ctx.t('gaps.intro', { next }), tone: 'normal' },
        ...gatesBlock(ctx, model, next),
        ...gapsBlock(ctx, model),
        ...(model.cheapestLift ? routeBlock(ctx, model, model.cheapestLift) : []),
      ]
    : [{ kind: 'paragraph', text: ctx.t('gaps.top'), tone: 'muted' }];
  return {
    id: `gaps:${model.modelId}`,
    title: ctx.pick(model.title),
    ...(model.estimate ? { badge: `${ctx.pick(model.estimate.label)} → ${next || '—'}` } : {}),
    blocks,
  };
}

export function gapsSection(ctx: BuildContext): Section {
  return {
    id: 'gaps',
    title: ctx.t('section.gaps'),
    newPage: true,
    blocks: [],
    subsections: ctx.input.diagnosis.models.map((model) => modelSubsection(ctx, model)),
  };
}
