import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { EnterpriseProfile } from '../../../assessments/engine/enterprise';
import { openStore, type Store, type StoreOptions } from '../../../electron/services/store';

export function tempDir(prefix = 'sfd-store-'): string {
  return mkdtempSync(path.join(os.tmpdir(), prefix));
}

export const VALID_CODES = ['91350100M000100Y43', '91440300708461136T', '914403001922038216'] as const;

export function profile(overrides: Partial<EnterpriseProfile> = {}): EnterpriseProfile {
  return {
    name: '东莞精密五金有限公司',
    creditCode: VALID_CODES[1],
    region: { province: '广东省', city: '东莞市', district: '松山湖' },
    industryCode: '33',
    manufacturingType: 'discrete',
    employees: 320,
    revenueWan: 18000,
    qualifications: ['high-tech'],
    dcmmLevel: 0,
    independentAccounting: 'yes',
    contact: '',
    ...overrides,
  };
}

/** A clock that moves only when told to, so timestamps and daily backups are deterministic. */
export function manualClock(start = '2025-03-10T04:00:00.000Z') {
  let t = Date.parse(start);
  return {
    now: () => new Date(t),
    advance(ms: number) {
      t += ms;
    },
    set(iso: string) {
      t = Date.parse(iso);
    },
  };
}

export async function openTestStore(options: Partial<StoreOptions> = {}): Promise<Store> {
  return openStore({ dataDir: tempDir(), user: 'tester', backupCheckMs: 0, ...options });
}

/** An enterprise and a draft assessment in a store, ready for answers. */
export function seedAssessment(store: Store, overrides: Partial<EnterpriseProfile> = {}) {
  const enterprise = store.enterprises.save({ profile: profile(overrides) });
  const assessment = store.assessments.create({
    enterpriseId: enterprise.id,
    modelId: 'smart-factory-tiers',
    modelVersion: '2025.2',
    consultantName: '李顾问',
    consultantOrg: '广东智造咨询',
  });
  return { enterprise, assessment };
}
