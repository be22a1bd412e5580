import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { dispatch } from '../../electron/api/dispatch';
import { closeContext, createContext } from '../../electron/services/context';
import { handlers } from '../../electron/services/handlers';
import { openStore } from '../../electron/services/store';
import { benchProfile } from './list-search';
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
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'sfd-bench-portfolio-'));
  const store = await openStore({ dataDir, backupCheckMs: 0 });
  const ctx = await createContext({ runtime: 'cli', appName: 'bench', appVersion: '0', dataDir }, { store });
  store.transaction(() => {
    for (let i = 0; i < enterprises; i++) {
      const ent = store.enterprises.save({ profile: benchProfile(i) });
      for (let j = 0; j < perEnterprise; j++) {
        const a = store.assessments.create({
          enterpriseId: ent.id,
          modelId: 'smart-factory-tiers',
          modelVersion: '2025.2',
          consultantName: `顾问${j}`,
          consultantOrg: '',
        });
        if (j % 2 === 0) store.assessments.complete(a.id);
      }
    }
  });
  const call = async (method: string, input: unknown, on = ctx) => {
    const result = await dispatch(handlers, on, method, input);
    if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  };
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
  const reopened = await createContext(
    { runtime: 'cli', appName: 'bench', appVersion: '0', dataDir },
    { store: await openStore({ dataDir, backupCheckMs: 0 }) },
  );
  const restart = performance.now();
  await call('portfolio.list', {}, reopened);
  const restartMs = performance.now() - restart;
  closeContext(reopened);
  return { ...out, restartMs };
}
