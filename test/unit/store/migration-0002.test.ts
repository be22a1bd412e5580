import { copyFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DB_FILE, openStore } from '../../../electron/services/store';
import { MIGRATIONS } from '../../../electron/services/store/migrations';
import { FIXTURE_V1 } from '../../fixtures/db/fixtures';
import { tempDir } from './support';

const V1 = path.resolve('test/fixtures/db/v1.sqlite');

/** A v1 database (the released fixture) plus two enterprises written as v1 wrote them. */
function v1WithDefaults(): string {
  const dataDir = tempDir();
  const file = path.join(dataDir, DB_FILE);
  copyFileSync(V1, file);
  const db = new Database(file);
  const insert = db.prepare(
    `INSERT INTO enterprises (id, credit_code, name, city, district, industry_code, size_class, profile, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, '39', 'small', ?, '2025-02-01T02:00:00.000Z', '2025-02-01T02:00:00.000Z')`,
  );
  const v1Profile = (name: string, code: string, city: string, district: string, independent: boolean) =>
    JSON.stringify({
      name,
      creditCode: code,
      region: { province: '广东省', city, district },
      industryCode: '39',
      manufacturingType: 'discrete',
      employees: 120,
      revenueWan: 5000,
      qualifications: [],
      dcmmLevel: 0,
      independentAccounting: independent,
      contact: '',
    });
  insert.run(
    'e0000000-0000-4000-8000-000000000002',
    '91350100M000100Y43',
    '东莞某五金厂',
    '东莞市',
    '其他区县',
    v1Profile('东莞某五金厂', '91350100M000100Y43', '东莞市', '其他区县', false),
  );
  insert.run(
    'e0000000-0000-4000-8000-000000000003',
    '914403001922038216',
    '广州某科技公司',
    '广州市',
    '黄埔区',
    v1Profile('广州某科技公司', '914403001922038216', '广州市', '黄埔区', true),
  );
  db.close();
  return dataDir;
}

function rawProfiles(
  file: string,
): Map<string, { profile: Record<string, unknown>; district: string | null }> {
  const db = new Database(file, { readonly: true });
  try {
    const rows = db.prepare('SELECT id, profile, district FROM enterprises').all() as {
      id: string;
      profile: string;
      district: string | null;
    }[];
    return new Map(rows.map((r) => [r.id, { profile: JSON.parse(r.profile), district: r.district }]));
  } finally {
    db.close();
  }
}

describe('migration 0002: defaulted profile facts become unknown', () => {
  it('rewrites independentAccounting true → absent, false → "no", and the 其他区县 catch-all → no district', async () => {
    const dataDir = v1WithDefaults();
    const store = await openStore({ dataDir, backupCheckMs: 0 });
    expect(store.schemaVersion).toBe(MIGRATIONS.length);
    store.close();

    const rows = rawProfiles(path.join(dataDir, DB_FILE));
    const fixture = rows.get(FIXTURE_V1.enterpriseId)!;
    expect(fixture.profile).not.toHaveProperty('independentAccounting');
    expect(fixture.profile.region).toEqual({ province: '广东省', city: '深圳市', district: '宝安区' });
    expect(fixture.district).toBe('宝安区');

    const dongguan = rows.get('e0000000-0000-4000-8000-000000000002')!;
    expect(dongguan.profile.independentAccounting).toBe('no');
    expect(dongguan.profile.region).toEqual({ province: '广东省', city: '东莞市' });
    expect(dongguan.district).toBeNull();

    const huangpu = rows.get('e0000000-0000-4000-8000-000000000003')!;
    expect(huangpu.profile).not.toHaveProperty('independentAccounting');
    expect(huangpu.profile.region).toEqual({ province: '广东省', city: '广州市', district: '黄埔区' });
  });

  it('the migrated profiles read back with the facts unknown, the rest intact', async () => {
    const store = await openStore({ dataDir: v1WithDefaults(), backupCheckMs: 0 });
    const fixture = store.enterprises.get(FIXTURE_V1.enterpriseId).profile;
    expect(fixture.independentAccounting).toBeUndefined();
    expect(fixture.employees).toBe(450);
    expect(fixture.qualifications).toEqual(['high-tech', 'srdi-sme']);
    const dongguan = store.enterprises.get('e0000000-0000-4000-8000-000000000002').profile;
    expect(dongguan.independentAccounting).toBe('no');
    expect(dongguan.region.district).toBeUndefined();
    store.close();
  });
});
