import { closeContext } from '../../electron/services/context';
import { openStore } from '../../electron/services/store';
import { benchCall, benchContext, seededDataFolder } from './support/seeded-folder';
import { timeRuns } from './table';

export interface PortfolioBenchResult {
  assessments: number;
  /** first call: every digest computed (engine + policy evaluation per assessment) and stored, ms */
  coldMs: number;
  /** first call after closing and reopening the data folder: the stored digests read back, ms */
  restartMs: number;
  /** sorted durations, ms */
  filterSort: number[];
  search: number[];
}

/** Fills a data folder, warms the portfolio once, then times filter + sort and search through dispatch. */
export async function benchPortfolio(
  enterprises = 2000,
  perEnterprise = 5,
  runs = 30,
): Promise<PortfolioBenchResult> {
  const { dataDir, ctx } = await seededDataFolder('sfd-bench-portfolio-', {
    enterprises,
    perEnterprise,
    consultant: (j) => `顾问${j}`,
    then: (store, id, j) => {
      if (j % 2 === 0) store.assessments.complete(id);
    },
  });
  const call = (method: string, input: unknown, on = ctx) => benchCall(on, method, input);
  const cold = performance.now();
  await call('portfolio.list', {});
  const coldMs = performance.now() - cold;
  const out: Omit<PortfolioBenchResult, 'restartMs'> = {
    assessments: enterprises * perEnterprise,
    coldMs,
    filterSort: await timeRuns(runs, () =>
      call('portfolio.list', {
        city: '东莞市',
        status: 'completed',
        sort: 'enterpriseName',
        direction: 'asc',
      }),
    ),
    search: await timeRuns(runs, () =>
      call('portfolio.list', { query: '模具科技', sort: 'subsidyTodayWan' }),
    ),
  };
  closeContext(ctx);
  const reopened = await benchContext(dataDir, await openStore({ dataDir, backupCheckMs: 0 }));
  const restart = performance.now();
  await call('portfolio.list', {}, reopened);
  const restartMs = performance.now() - restart;
  closeContext(reopened);
  return { ...out, restartMs };
}
