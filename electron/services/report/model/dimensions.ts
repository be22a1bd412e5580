import { composed, listText } from '../../../../assessments/presentation/composed';
import type { ItemScore, ModelResult, NodeScore } from '@engine/diagnosis/schema';
import type { AnswerValue } from '@engine/answer';
import type { OwnedItem } from '@engine/model/schema';
import type { AnswerRecord } from '@contract/records';
import type { BuildContext } from './input';
import type { Block, Section, Subsection } from './schema';

/** A top-level node of one pack with its score, as the summary ranks them and the pages show them. */
export interface DimensionView {
  readonly model: ModelResult;
  readonly node: NodeScore;
  readonly id: string;
  readonly title: string;
  readonly framework: string;
  /** 0–100, null when unscored or nothing answered */
  readonly score: number | null;
  readonly scoreText: string;
}

function scoreText(ctx: BuildContext, node: NodeScore): string {
  if (node.points !== null && node.maxPoints !== null && node.maxPoints > 0) {
    return ctx.score(node.points, node.maxPoints);
  }
  return node.fraction === null ? '—' : ctx.score(node.fraction * 100, 100);
}

function isScored(model: ModelResult, node: NodeScore): boolean {
  return node.kind !== 'group' && (model.kind !== 'tiers' || node.dimension !== undefined);
}

/** Every top-level node of every evaluated pack, primary pack first (the order of the pages). */
export function dimensionViews(ctx: BuildContext): DimensionView[] {
  return ctx.input.diagnosis.models.flatMap((model) =>
    model.nodes
      .filter((n) => n.parent === null)
      .map((node) => {
        const scored = isScored(model, node) && node.fraction !== null;
        return {
          model,
          node,
          id: `${model.modelId}/${node.nodeId}`,
          title: ctx.pick(node.label),
          framework: ctx.t(`framework.${model.kind}`),
          score: scored && node.fraction !== null ? Math.round(node.fraction * 1000) / 10 : null,
          scoreText: isScored(model, node) ? scoreText(ctx, node) : ctx.t('dim.unscored'),
        };
      }),
  );
}

/** The node ids at or below `rootId`. */
function subtree(model: ModelResult, rootId: string): Set<string> {
  const ids = new Set([rootId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const n of model.nodes) {
      if (n.parent !== null && ids.has(n.parent) && !ids.has(n.nodeId)) {
        ids.add(n.nodeId);
        grew = true;
      }
    }
  }
  return ids;
}

/** What the chosen answer means: the level descriptor, the requirement, or the figures. */
export function descriptorOf(ctx: BuildContext, item: OwnedItem, answer: AnswerRecord | undefined): string {
  const value = answer?.value;
  switch (item.type) {
    case 'level': {
      if (value?.kind !== 'level') return item.prompt ?? '';
      if (value.level === 0) return item.belowFirst ?? ctx.t('dim.belowFirst');
      return item.levels.find((l) => l.level === value.level)?.text ?? '';
    }
    case 'satisfaction':
      return item.requirement;
    case 'figures': {
      if (value?.kind !== 'figures') return item.prompt ?? '';
      return item.fields
        .map((f) => `${ctx.pick(f.label)}：${value.figures[f.id] ?? '—'}${f.unit}`)
        .join(composed(ctx.input.language, 'clause.separator'));
    }
    case 'boolean':
    case 'choices':
      return item.prompt ?? item.help ?? '';
  }
}

/** The answer as read aloud: the engine's display, or N/A / unanswered. */
export function answerText(
  ctx: BuildContext,
  score: ItemScore | undefined,
  answer: AnswerRecord | undefined,
): string {
  if (answer?.value?.kind === 'na') return ctx.t('dim.na');
  if (!answer?.value) return ctx.t('dim.unanswered');
  const item = ctx.input.questionnaire.items.get(answer.itemId);
  const v = answer.value;
  if (item?.type === 'figures' && v.kind === 'figures') {
    // the entered figures in their unit, the points only labelled as 得分
    const num = v.figures[item.ratio.numerator];
    const den = v.figures[item.ratio.denominator];
    const unit = item.fields.find((f) => f.id === item.ratio.numerator)?.unit ?? '';
    if (num !== undefined && den !== undefined && den > 0) {
      const reading = ctx.t('reading.ratio', {
        percent: Math.round((num / den) * 1000) / 10,
        num,
        den,
        unit,
      });
      return score?.points === null || score?.points === undefined
        ? reading
        : `${reading}${composed(ctx.input.language, 'clause.comma')}${ctx.t('reading.points', { points: score.points })}`;
    }
  }
  if (ctx.input.language === 'en' && item) return answerWords(ctx, item, v);
  return score ? ctx.phrase(score.display) : ctx.t('dim.unanswered');
}

/** An answer in words from its value (the engine's display is written in Chinese). */
function answerWords(ctx: BuildContext, item: OwnedItem, v: AnswerValue): string {
  const lang = ctx.input.language;
  switch (v.kind) {
    case 'level':
      return composed(lang, 'answer.level', { level: v.level });
    case 'satisfaction':
      return composed(lang, `answer.${v.value}`);
    case 'boolean':
      return composed(lang, v.value ? 'answer.yes' : 'answer.no');
    case 'choices': {
      const options = item.type === 'choices' ? item.options.filter((o) => v.selected.includes(o.id)) : [];
      return options.length > 0
        ? listText(
            options.map((o) => ctx.pick(o.label)),
            lang,
          )
        : composed(lang, 'answer.noneSelected');
    }
    default:
      return ctx.t('dim.unanswered');
  }
}

export function noteText(ctx: BuildContext, answer: AnswerRecord | undefined): string {
  const note = answer?.note.trim() ?? '';
  return answer?.flagged ? `${ctx.t('dim.flagged')}${note}` : note;
}

function dimensionBlocks(ctx: BuildContext, view: DimensionView): Block[] {
  const q = ctx.input.questionnaire;
  const answers = new Map(ctx.input.assessment.answers.map((a) => [a.itemId, a]));
  const nodes = subtree(view.model, view.node.nodeId);
  const rows = view.model.items
    .filter((s) => nodes.has(s.nodeId) && s.relevant)
    .flatMap((s) => {
      const item = q.items.get(s.itemId);
      if (!item) return [];
      const answer = answers.get(s.itemId);
      return [
        [
          ctx.pick(item.label),
          answerText(ctx, s, answer),
          descriptorOf(ctx, item, answer),
          noteText(ctx, answer),
        ],
      ];
    });
  if (rows.length === 0) return [{ kind: 'paragraph', text: ctx.t('dim.noItems'), tone: 'muted' }];
  return [
    {
      kind: 'table',
      table: {
        columns: [
          { title: ctx.t('col.item'), width: 0.22, align: 'left' },
          { title: ctx.t('col.current'), width: 0.16, align: 'left' },
          { title: ctx.t('col.descriptor'), width: 0.42, align: 'left' },
          { title: ctx.t('col.note'), width: 0.2, align: 'left' },
        ],
        rows,
        emphasis: [],
      },
    },
  ];
}

/** SME levels are defined in points, so their points show; other frameworks as 0–100. */
function companionScore(ctx: BuildContext, model: ModelResult, node: NodeScore): string {
  if (model.kind === 'sme-digital') return scoreText(ctx, node);
  return node.fraction === null ? '—' : ctx.score(node.fraction * 100, 100);
}

/** Companion frameworks (CMMM, SME digital level): scores of their top two levels, one compact table. */
function companionScores(ctx: BuildContext): Block[] {
  const companions = ctx.input.diagnosis.models.slice(1);
  return companions.flatMap((model): Block[] => {
    const tops = model.nodes.filter((n) => n.parent === null);
    const rows = tops.flatMap((top) => [
      [ctx.pick(top.label), companionScore(ctx, model, top)],
      ...model.nodes
        .filter((n) => n.parent === top.nodeId)
        .map((n) => [`\u3000\u3000${ctx.pick(n.label)}`, companionScore(ctx, model, n)]),
    ]);
    return [
      { kind: 'subheading', text: ctx.t('dim.companion', { title: ctx.pick(model.title) }) },
      {
        kind: 'table',
        table: {
          columns: [
            { title: ctx.t('col.dimension'), width: 0.7, align: 'left' },
            { title: ctx.t('col.score'), width: 0.3, align: 'right' },
          ],
          rows,
          emphasis: rows.flatMap((r, i) => (r[0]!.startsWith('\u3000') ? [] : [i])),
        },
      },
    ];
  });
}

/**
 * One subsection per top-level node of the primary pack (the 要素条件 dimensions and the basic
 * requirements), item by item; the companion frameworks as score tables (their answers are all
 * in the appendix), which keeps the report readable and its generation fast.
 */
export function dimensionsSection(ctx: BuildContext, views: readonly DimensionView[]): Section {
  const primary = ctx.input.diagnosis.models[0];
  const subsections: Subsection[] = views
    .filter((view) => view.model === primary)
    .map((view) => ({
      id: `dim:${view.id}`,
      title: view.title,
      badge:
        view.node.kind === 'group' ? ctx.t('dim.unscored') : ctx.t('dim.badge', { score: view.scoreText }),
      blocks: dimensionBlocks(ctx, view),
    }));
  const companions = companionScores(ctx);
  if (companions.length > 0) {
    subsections.push({ id: 'dim:companions', title: ctx.t('dim.companions'), blocks: companions });
  }
  return {
    id: 'dimensions',
    title: ctx.t('section.dimensions'),
    newPage: true,
    blocks: [{ kind: 'paragraph', text: ctx.t('dim.intro'), tone: 'normal' }],
    subsections,
  };
}
