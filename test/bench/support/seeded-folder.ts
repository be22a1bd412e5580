import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { creditCodeCheckChar } from '../../../assessments/engine/credit-code';
import type { EnterpriseProfile } from '../../../assessments/engine/enterprise';
import { dispatch } from '../../../electron/api/dispatch';
import { createContext, type ServiceContext } from '../../../electron/services/context';
import { handlers } from '../../../electron/services/handlers';
import { openStore, type Store } from '../../../electron/services/store';

const CITIES = ['东莞市', '广州市', '深圳市', '佛山市', '中山市', '江门市', '惠州市', '珠海市'];
const TRADES = ['精密五金', '电子', '模具', '注塑', '家具', '纺织', '食品', '新材料', '电池', '机械'];

/** The valid GB 32100 code of bench enterprise i. */
export function benchCreditCode(i: number): string {
  const first17 = `91441900${String(i).padStart(9, '0')}`;
  return first17 + (creditCodeCheckChar(first17) ?? '0');
}

export function benchProfile(i: number): EnterpriseProfile {
  const city = CITIES[i % CITIES.length] ?? '东莞市';
  return {
    name: `${city.slice(0, 2)}${TRADES[i % TRADES.length]}科技有限公司${i}`,
    creditCode: benchCreditCode(i),
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

/** Opens the app's own context on a data folder, as the CLI runtime does. */
export const benchContext = async (dataDir: string, store: Store) =>
  createContext({ runtime: 'cli', appName: 'bench', appVersion: '0', dataDir }, { store });

/** Calls a method through dispatch (validation included, as the app calls it); throws on an error. */
export async function benchCall(ctx: ServiceContext, method: string, input: unknown): Promise<void> {
  const result = await dispatch(handlers, ctx, method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
}

export interface SeedShape {
  enterprises: number;
  perEnterprise: number;
  /** the consultant named on assessment j of each enterprise */
  consultant(j: number): string;
  /** anything more done to assessment j of each enterprise (e.g. completing it) */
  then?(store: Store, assessmentId: string, j: number): void;
}

/**
 * A fresh data folder holding `enterprises` × `perEnterprise` smart-factory assessments, written
 * in one transaction, and the context that serves it.
 */
export async function seededDataFolder(prefix: string, shape: SeedShape) {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), prefix));
  const store = await openStore({ dataDir, backupCheckMs: 0 });
  const ctx = await benchContext(dataDir, store);
  store.transaction(() => {
    for (let i = 0; i < shape.enterprises; i++) {
      const ent = store.enterprises.save({ profile: benchProfile(i) });
      for (let j = 0; j < shape.perEnterprise; j++) {
        const a = store.assessments.create({
          enterpriseId: ent.id,
          modelId: 'smart-factory-tiers',
          modelVersion: '2025.2',
          consultantName: shape.consultant(j),
          consultantOrg: '',
        });
        shape.then?.(store, a.id, j);
      }
    }
  });
  return { dataDir, store, ctx };
}
