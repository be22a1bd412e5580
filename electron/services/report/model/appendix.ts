import type { ItemScore } from '../../../../assessments/engine/diagnosis';
import { answerText, noteText } from './dimensions';
import type { BuildContext } from './input';
import type { Section } from './schema';

function sizeText(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1048576).toFixed(1)} MB`;
}

/** Each item once, with the score of the first pack that places it (the primary pack first). */
function firstScores(ctx: BuildContext): Map<string, ItemScore> {
  const map = new Map<string, ItemScore>();
  for (const model of ctx.input.diagnosis.models)
    for (const s of model.items) if (!map.has(s.itemId)) map.set(s.itemId, s);
  return map;
}

export function appendixSection(ctx: BuildContext): Section {
  const q = ctx.input.questionnaire;
  const scores = firstScores(ctx);
  const answers = new Map(ctx.input.assessment.answers.map((a) => [a.itemId, a]));
  const relevantIds = new Set(
    ctx.input.diagnosis.models.flatMap((m) => m.items.filter((s) => s.relevant).map((s) => s.itemId)),
  );
  const answerRows = q.order.map((id, i) => {
    const item = q.items.get(id);
    const score = scores.get(id);
    const answer = answers.get(id);
    const relevant = relevantIds.has(id);
    return [
      String(i + 1),
      id,
      item ? ctx.pick(item.label) : id,
      relevant ? answerText(ctx, score, answer) : ctx.t('app.notRelevant'),
      noteText(ctx, answer),
    ];
  });
  const evidence = ctx.input.assessment.evidence;
  const evidenceRows = evidence.map((e, i) => {
    const item = e.itemId ? q.items.get(e.itemId) : undefined;
    return [
      String(i + 1),
      e.fileName,
      item ? ctx.pick(item.label) : (e.itemId ?? ctx.t('app.general')),
      sizeText(e.size),
      e.sha256,
    ];
  });
  return {
    id: 'appendix',
    title: ctx.t('section.appendix'),
    newPage: true,
    blocks: [{ kind: 'paragraph', text: ctx.t('app.intro'), tone: 'normal' }],
    subsections: [
      {
        id: 'appendix:answers',
        title: ctx.t('app.answers'),
        blocks: [
          {
            kind: 'table',
            table: {
              columns: [
                { title: ctx.t('col.no'), width: 0.07, align: 'center' },
                { title: ctx.t('col.itemId'), width: 0.23, align: 'left' },
                { title: ctx.t('col.item'), width: 0.27, align: 'left' },
                { title: ctx.t('col.answer'), width: 0.25, align: 'left' },
                { title: ctx.t('col.note'), width: 0.18, align: 'left' },
              ],
              rows: answerRows,
              emphasis: [],
            },
          },
        ],
      },
      {
        id: 'appendix:evidence',
        title: ctx.t('app.evidence'),
        blocks:
          evidenceRows.length === 0
            ? [{ kind: 'paragraph', text: ctx.t('app.noEvidence'), tone: 'muted' }]
            : [
                {
                  kind: 'table',
                  table: {
                    columns: [
                      { title: ctx.t('col.no'), width: 0.07, align: 'center' },
                      { title: ctx.t('col.file'), width: 0.25, align: 'left' },
                      { title: ctx.t('col.item'), width: 0.2, align: 'left' },
                      { title: ctx.t('col.size'), width: 0.1, align: 'right' },
                      { title: ctx.t('col.hash'), width: 0.38, align: 'left' },
                    ],
                    rows: evidenceRows,
                    emphasis: [],
                  },
                },
              ],
      },
    ],
  };
}
