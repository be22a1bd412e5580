import type { ItemScore } from '@engine/diagnosis/schema';
import type { AnswerRecord } from '@contract/records';
import { answerText, noteText } from './dimensions';
import type { BuildContext } from './input';
import { itemPlaces } from './numbering';
import type { Section } from './schema';

function sizeText(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1048576).toFixed(1)} MB`;
}

/** "2.10" after "2.9": numbers compare part by part. */
function compareNo(a: string | undefined, b: string | undefined): number {
  const pa = (a ?? '').split('.').map(Number);
  const pb = (b ?? '').split('.').map(Number);
  return (pa[0] ?? 0) - (pb[0] ?? 0) || (pa[1] ?? 0) - (pb[1] ?? 0);
}

/** Each item once, with the score of the first pack that places it (the primary pack first). */
function firstScores(ctx: BuildContext): Map<string, ItemScore> {
  const map = new Map<string, ItemScore>();
  for (const model of ctx.input.diagnosis.models)
    for (const s of model.items) if (!map.has(s.itemId)) map.set(s.itemId, s);
  return map;
}

/** Who gave the answer and whether its evidence was seen on site; blank when neither was recorded. */
function sourceText(ctx: BuildContext, answer: AnswerRecord | undefined): string {
  if (!answer || answer.value === null) return '';
  if (answer.respondent === null && answer.sighted === 'unspecified') return '';
  const who = ctx.t(`app.role.${answer.respondent ?? 'none'}`);
  return `${who} / ${ctx.t(`app.sighted.${answer.sighted}`)}`;
}

export function appendixSection(ctx: BuildContext): Section {
  const q = ctx.input.questionnaire;
  const scores = firstScores(ctx);
  const answers = new Map(ctx.input.assessment.answers.map((a) => [a.itemId, a]));
  const relevantIds = new Set(
    ctx.input.diagnosis.models.flatMap((m) => m.items.filter((s) => s.relevant).map((s) => s.itemId)),
  );
  const places = itemPlaces(ctx);
  const ordered = [...q.order].sort((a, b) => compareNo(places.get(a)?.no, places.get(b)?.no));
  const answerRows: string[][] = [];
  const sectionRows: number[] = [];
  let section = -1;
  for (const id of ordered) {
    const item = q.items.get(id);
    const place = places.get(id);
    if (place && place.sectionNo !== section) {
      section = place.sectionNo;
      sectionRows.push(answerRows.length);
      answerRows.push([String(section), place.section, '', '', '']);
    }
    const answer = answers.get(id);
    answerRows.push([
      place?.no ?? '',
      item ? ctx.pick(item.label) : '',
      relevantIds.has(id) ? answerText(ctx, scores.get(id), answer) : ctx.t('app.notRelevant'),
      relevantIds.has(id) ? sourceText(ctx, answer) : '',
      noteText(ctx, answer),
    ]);
  }
  const evidence = ctx.input.assessment.evidence;
  const evidenceRows = evidence.map((e, i) => {
    const item = e.itemId ? q.items.get(e.itemId) : undefined;
    return [
      String(i + 1),
      e.fileName,
      item ? `${places.get(item.id)?.no ?? ''} ${ctx.pick(item.label)}`.trim() : ctx.t('app.general'),
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
                { title: ctx.t('col.itemId'), width: 0.08, align: 'left' },
                { title: ctx.t('col.item'), width: 0.29, align: 'left' },
                { title: ctx.t('col.answer'), width: 0.26, align: 'left' },
                { title: ctx.t('col.respondent'), width: 0.15, align: 'left' },
                { title: ctx.t('col.note'), width: 0.22, align: 'left' },
              ],
              rows: answerRows,
              emphasis: sectionRows,
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
