import { existsSync, mkdtempSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { creditCodeCheckChar } from '../../assessments/engine/credit-code';
import type { EnterpriseProfile } from '../../assessments/engine/enterprise';
import { dispatch } from '../../electron/api/dispatch';
import { createContext, closeContext } from '../../electron/services/context';
import { handlers } from '../../electron/services/handlers';
import { openStore } from '../../electron/services/store';
import { timeRuns } from './table';

const CITIES = ['东莞市', '广州市', '深圳市', '佛山市', '中山市', '江门市', '惠州市', '珠海市'];
const TRADES = ['精密五金', '电子', '模具', '注塑', '家具', '纺织', '食品', '新材料', '电池', '机械'];

function creditCode(i: number): string {
  const first17 = `91441900${String(i).padStart(9, '0')}`;
  return first17 + (creditCodeCheckChar(first17) ?? '0');
}

export function benchProfile(i: number): EnterpriseProfile {
  const city = CITIES[i % CITIES.length] ?? '东莞市';
  return {
    name: `${city.slice(0, 2)}${TRADES[i % TRADES.length]}科技有限公司${i}`,
    creditCode: creditCode(i),
    region: { province: '广东省', city },
    industryCode: '33',
    manufacturingType: 'discrete',
    employees: 50 + (i % 900),
    revenueWan: 500 + i * 7,
    qualifications: [],
    dcmmLevel: 0,
    independentAccounting: 'yes',
    contact: '',
  };
}

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
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'sfd-bench-list-'));
  const store = await openStore({ dataDir, backupCheckMs: 0 });
  const ctx = await createContext({ runtime: 'cli', appName: 'bench', appVersion: '0', dataDir }, { store });
  store.transaction(() => {
    for (let i = 0; i < enterprises; i++) {
      const ent = store.enterprises.save({ profile: benchProfile(i) });
      for (let j = 0; j < perEnterprise; j++) {
        store.assessments.create({
          enterpriseId: ent.id,
          modelId: 'smart-factory-tiers',
          modelVersion: '2025.2',
          consultantName: '顾问',
          consultantOrg: '',
        });
      }
    }
  });
  const call = async (method: string, input: unknown) => {
    const result = await dispatch(handlers, ctx, method, input);
    if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  };
  const out: ListSearchResult = {
    assessments: enterprises * perEnterprise,
    dbMB: databaseBytes(store.dbPath) / 1024 / 1024,
    listEnterprises: await timeRuns(runs, () => call('enterprise.list', { limit: 50 })),
    searchByName: await timeRuns(runs, () => call('enterprise.list', { query: '模具科技', limit: 50 })),
    searchByCreditCode: await timeRuns(runs, () =>
      call('enterprise.list', { query: creditCode(1234), limit: 50 }),
    ),
    listAssessments: await timeRuns(runs, () => call('assessment.list', { limit: 50 })),
  };
  closeContext(ctx);
  return out;
}
