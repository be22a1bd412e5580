import { existsSync, statSync } from 'node:fs';
import { closeContext } from '../../electron/services/context';
import { benchCall, benchCreditCode, seededDataFolder } from './support/seeded-folder';
import { timeRuns } from './table';

/** The database as it stands on disk: main file plus write-ahead log. */
function databaseBytes(dbPath: string): number {
  return [dbPath, `${dbPath}-wal`].reduce((sum, f) => sum + (existsSync(f) ? statSync(f).size : 0), 0);
}

export interface ListSearchResult {
  assessments: number;
  dbMB: number;
  /** sorted durations per operation, ms */
  listEnterprises: number[];
  searchByName: number[];
  searchByCreditCode: number[];
  listAssessments: number[];
}

/** Fills a fresh data folder with `enterprises` × `perEnterprise` assessments, then times the list and search calls. */
export async function benchListSearch(
  enterprises = 2000,
  perEnterprise = 5,
  runs = 50,
): Promise<ListSearchResult> {
  const { store, ctx } = await seededDataFolder('sfd-bench-list-', {
    enterprises,
    perEnterprise,
    consultant: () => '顾问',
  });
  const call = (method: string, input: unknown) => benchCall(ctx, method, input);
  const out: ListSearchResult = {
    assessments: enterprises * perEnterprise,
    dbMB: databaseBytes(store.dbPath) / 1024 / 1024,
    listEnterprises: await timeRuns(runs, () => call('enterprise.list', { limit: 50 })),
    searchByName: await timeRuns(runs, () => call('enterprise.list', { query: '模具科技', limit: 50 })),
    searchByCreditCode: await timeRuns(runs, () =>
      call('enterprise.list', { query: benchCreditCode(1234), limit: 50 }),
    ),
    listAssessments: await timeRuns(runs, () => call('assessment.list', { limit: 50 })),
  };
  closeContext(ctx);
  return out;
}
