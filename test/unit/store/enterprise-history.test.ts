import { copyFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importBundle } from '../../../electron/services/bundle';
import { DB_FILE, MIGRATIONS, openStore, type Store } from '../../../electron/services/store';
import { latestVersion } from '../../../electron/services/store/migrate';
import { FIXTURE_V1, FIXTURE_V3 } from '../../fixtures/db/fixtures';
import { anyModel, exportOf, populatedStore } from '../bundle/support';
import { closingStores } from './closing-stores';
import { manualClock, openTestStore, tempDir } from './support';

const { keep } = closingStores();

async function fixtureStore(version: number): Promise<Store> {
  const dataDir = tempDir();
  copyFileSync(path.resolve(`test/fixtures/db/v${version}.sqlite`), path.join(dataDir, DB_FILE));
  return keep(await openStore({ dataDir, backupCheckMs: 0 }));
}

describe('enterprise profile history (a profile replaced by an import is kept)', () => {
  it("an older app's database (v2) upgrades: its profile is intact and its history starts empty", async () => {
    const store = await fixtureStore(2);
    expect(store.schemaVersion).toBe(latestVersion(MIGRATIONS));
    expect(store.enterprises.get(FIXTURE_V1.enterpriseId).profile.region.district).toBe('虎门镇');
    expect(store.enterprises.history(FIXTURE_V1.enterpriseId)).toEqual([]);
  });

  it('a v3 database reads back the profile it kept', async () => {
    const store = await fixtureStore(3);
    const [kept] = store.enterprises.history(FIXTURE_V1.enterpriseId);
    expect(kept?.profile.employees).toBe(FIXTURE_V3.previousEmployees);
    expect(kept?.updatedAt).toBe(FIXTURE_V3.previousUpdatedAt);
    expect(kept?.reason).toBe('replaced-by-import');
  });

  it('an import bringing a newer profile keeps the local one, correction included, in history', async () => {
    const a = await populatedStore();
    keep(a.store);
    const bClock = manualClock('2025-03-10T06:00:00.000Z');
    const b = await openTestStore({ now: bClock.now });
    keep(b);
    const first = await importBundle(b, exportOf(a.store, a.assessment.id), anyModel);
    // a correction made on the second computer, then a newer profile from the first one
    const corrected = b.enterprises.save({
      id: first.enterpriseId,
      profile: { ...b.enterprises.get(first.enterpriseId).profile, contact: '陈主任 0769-12345678' },
    });
    a.clock.advance(24 * 60 * 60 * 1000);
    a.store.enterprises.save({ id: a.enterprise.id, profile: { ...a.enterprise.profile, employees: 410 } });
    const second = await importBundle(b, exportOf(a.store, a.assessment.id), anyModel);
    expect(second.outcome).toBe('updated');
    expect(b.enterprises.get(first.enterpriseId).profile.employees).toBe(410);
    const history = b.enterprises.history(first.enterpriseId);
    expect(history).toHaveLength(1);
    expect(history[0]?.profile.contact).toBe('陈主任 0769-12345678');
    expect(history[0]?.updatedAt).toBe(corrected.updatedAt);
  });

  it('an import whose profile is not newer keeps the local one and adds nothing to history', async () => {
    const a = await populatedStore();
    keep(a.store);
    const b = await openTestStore();
    keep(b);
    const bundle = exportOf(a.store, a.assessment.id);
    const first = await importBundle(b, bundle, anyModel);
    expect((await importBundle(b, bundle, anyModel)).outcome).toBe('unchanged');
    expect(b.enterprises.history(first.enterpriseId)).toEqual([]);
  });
});
