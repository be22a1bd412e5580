import type { Handlers } from '@contract/dispatch';
import { AppError } from '@contract/errors';
import type { PortfolioFilter, PortfolioQuery } from '@contract/methods/portfolio';
import { questionnaireOf } from '../model/questionnaire';
import type { ServiceContext } from '../context';
import type { Host } from '../host';
import { chinaDay, chinaDayStamp } from '@engine/china-day';
import { selectEntries, sortRows } from './filter';
import { importManyBundles } from './import-many';
import { writeRowAnswers } from './import-answers';
import { readQuestionnaireWorkbook } from './questionnaire-import';
import { buildQuestionnaireWorkbook } from './questionnaire-workbook';
import { buildRoster } from './roster';
import { PortfolioIndex, type PortfolioEntry } from './rows';
import { guardWorkbook } from './xlsx-guard';

type PortfolioMethod =
  'portfolio.list' | 'portfolio.roster' | 'workbook.export' | 'workbook.import' | 'bundle.importMany';

/** One index per context: its digest cache lives as long as the open data folder. */
const indexes = new WeakMap<ServiceContext, PortfolioIndex>();
export function portfolioEntries(ctx: ServiceContext, date: string = chinaDay()): PortfolioEntry[] {
  let index = indexes.get(ctx);
  if (!index) {
    index = new PortfolioIndex({
      models: ctx.models,
      policies: ctx.policies,
      programVersion: ctx.host.appVersion,
    });
    indexes.set(ctx, index);
  }
  return index.entries(ctx.store, date);
}

/** Sorted copies of one build of the entries, per sort order: filtering keeps their order. */
const sortedCopies = new WeakMap<PortfolioEntry[], Map<string, PortfolioEntry[]>>();
function sortedEntries(
  all: PortfolioEntry[],
  sort: PortfolioQuery['sort'],
  direction: PortfolioQuery['direction'],
): PortfolioEntry[] {
  let copies = sortedCopies.get(all);
  if (!copies) {
    copies = new Map();
    sortedCopies.set(all, copies);
  }
  const key = `${sort}|${direction}`;
  let sorted = copies.get(key);
  if (!sorted) {
    sorted = sortRows([...all], sort, direction);
    copies.set(key, sorted);
  }
  return sorted;
}

/** The roster's rows: latest completed assessment per enterprise, filtered, by enterprise name. */
export function rosterEntries(ctx: ServiceContext, filter: Omit<PortfolioFilter, 'latestCompleted'>) {
  const byName = sortedEntries(portfolioEntries(ctx), 'enterpriseName', 'asc');
  return selectEntries(byName, { ...filter, latestCompleted: true });
}

async function offer(host: Host, fileName: string, bytes: Uint8Array) {
  if (host.saveFile) {
    const savedTo = await host.saveFile(fileName, bytes);
    return savedTo === undefined ? { fileName } : { fileName, savedTo };
  }
  return { fileName, base64: Buffer.from(bytes).toString('base64') };
}

const byName = new Intl.Collator('zh-CN');

export const portfolioHandlers: Pick<Handlers<ServiceContext>, PortfolioMethod> = {
  'portfolio.list': (input, ctx) => {
    const all = portfolioEntries(ctx);
    const chosen = selectEntries(sortedEntries(all, input.sort, input.direction), input);
    const facet = (pick: (e: PortfolioEntry) => string) => {
      const counts = new Map<string, number>();
      for (const e of all) counts.set(pick(e), (counts.get(pick(e)) ?? 0) + 1);
      return [...counts]
        .map(([value, count]) => ({ value, count }))
        .sort((a, b) => b.count - a.count || byName.compare(a.value, b.value));
    };
    return {
      items: chosen.slice(input.offset, input.offset + input.limit).map((e) => e.row),
      total: chosen.length,
      facets: { cities: facet((e) => e.row.city), industries: facet((e) => e.row.industryCode) },
    };
  },
  'portfolio.roster': async (filter, ctx) => {
    const now = new Date();
    const bytes = await buildRoster(rosterEntries(ctx, filter), now);
    return offer(ctx.host, `建档立卡名册-${chinaDayStamp(now)}.xlsx`, bytes);
  },
  'workbook.export': async ({ assessmentId }, ctx) => {
    const { store } = ctx;
    const assessment = store.assessments.get(assessmentId);
    const enterprise = store.enterprises.get(assessment.enterpriseId);
    const bytes = await buildQuestionnaireWorkbook({
      questionnaire: questionnaireOf(ctx, assessment.modelId, assessment.modelVersion),
      assessment,
      enterpriseName: enterprise.profile.name,
      answers: store.answers.list(assessmentId),
      evidence: store.evidence.list(assessmentId),
    });
    return offer(ctx.host, `问卷-${enterprise.profile.name}-${chinaDayStamp()}.xlsx`, bytes);
  },
  'workbook.import': async ({ assessmentId, base64, mode }, ctx) => {
    const assessment = ctx.store.assessments.get(assessmentId);
    if (assessment.status === 'completed')
      throw new AppError('conflict', '该评估已完成，不能导入问卷表；如需修改，请先重新打开评估');
    const q = questionnaireOf(ctx, assessment.modelId, assessment.modelVersion);
    const checked = guardWorkbook(Buffer.from(base64, 'base64'));
    const { rows, errors } = await readQuestionnaireWorkbook(checked, q, assessment);
    const allowed = errors.length === 0 || mode === 'valid-rows';
    const written = allowed ? writeRowAnswers(ctx.store, assessmentId, rows) : 0;
    return {
      written,
      validRows: rows.length,
      errors,
      revision: ctx.store.assessments.get(assessmentId).revision,
    };
  },
  'bundle.importMany': ({ files }, ctx) => ({
    files: importManyBundles(
      ctx.store,
      files.map((f) => ({ fileName: f.fileName, bytes: Buffer.from(f.base64, 'base64') })),
      ctx.bundleImport,
    ),
  }),
};
