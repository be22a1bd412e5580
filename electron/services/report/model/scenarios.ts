import { DIMENSION_NAMES, type DimensionId } from '@engine/dimensions';
import { composed, fundingFormula, listText } from '../../../../assessments/presentation/composed';
import { humaneReason } from '../../../../assessments/presentation/reasons';
import type { BuildContext } from './input';
import type { Block, Section } from './schema';

const LISTED = 10;
const DETAILED = 5;

function dimensionNames(ctx: BuildContext, ids: readonly string[]): string {
  const names = ids
    .map((id) => DIMENSION_NAMES[id as DimensionId])
    .filter((n) => n !== undefined)
    .map((n) => ctx.pick(n));
  return listText(names, ctx.input.language);
}

export function scenariosSection(ctx: BuildContext): Section {
  const recs = ctx.input.recommendations.recommendations.slice(0, LISTED);
  const none = ctx.t('summary.none');
  const lang = ctx.input.language === 'en' ? 'en' : 'zh';
  // content is already in the report language (the English input is translated before composition)
  const formula = (r: (typeof recs)[number]) => fundingFormula(r.fundingParts, ctx.input.language, (x) => x);
  const blocks: Block[] = [{ kind: 'paragraph', text: ctx.t('scen.intro'), tone: 'normal' }];
  if (recs.length === 0) {
    blocks.push({ kind: 'paragraph', text: ctx.t('scen.none'), tone: 'muted' });
  } else {
    blocks.push({
      kind: 'table',
      table: {
        columns: [
          { title: ctx.t('col.no'), width: 0.07, align: 'center' },
          { title: ctx.t('col.scenario'), width: 0.25, align: 'left' },
          { title: ctx.t('col.type'), width: 0.12, align: 'center' },
          { title: ctx.t('col.lifts'), width: 0.16, align: 'left' },
          { title: ctx.t('col.score'), width: 0.09, align: 'center' },
          { title: ctx.t('col.effort'), width: 0.08, align: 'center' },
          { title: ctx.t('col.funding'), width: 0.23, align: 'left' },
        ],
        rows: recs.map((r, i) => [
          String(i + 1),
          r.name,
          ctx.t(r.ai ? 'scen.ai' : 'scen.digital'),
          dimensionNames(ctx, r.dimensions) || none,
          String(Math.round(r.score)),
          ctx.t(`effort.${r.effort}`),
          formula(r),
        ]),
        emphasis: [],
      },
    });
    for (const [i, r] of recs.slice(0, DETAILED).entries()) {
      const list = (xs: readonly string[]) => (xs.length > 0 ? listText(xs, ctx.input.language) : none);
      blocks.push(
        { kind: 'subheading', text: `${i + 1}. ${ctx.t('scen.detail', { name: r.name })}` },
        {
          kind: 'bullets',
          items: [
            ctx.t('scen.reasons', {
              reasons:
                r.reasons.length > 0
                  ? r.reasons
                      .map((x) => humaneReason(ctx.phrase(x), lang))
                      .join(composed(ctx.input.language, 'clause.separator'))
                  : none,
            }),
            ctx.t('scen.prereq', {
              data: list(r.prerequisites.data),
              equipment: list(r.prerequisites.equipment),
              systems: list(r.prerequisites.systems),
            }),
            ctx.t('scen.fundingLine', { formula: formula(r) }),
          ],
        },
      );
    }
  }
  return { id: 'scenarios', title: ctx.t('section.scenarios'), newPage: true, blocks, subsections: [] };
}
