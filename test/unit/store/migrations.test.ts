import { copyFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DB_FILE, MIGRATIONS, openStore, type Migration } from '../../../electron/services/store';
import { latestVersion } from '../../../electron/services/store/migrate';
import { FIXTURE_V1 } from '../../fixtures/db/fixtures';
import { tempDir } from './support';

const FIXTURE_DIR = path.resolve('test/fixtures/db');

function dataDirWithFixture(version: number): string {
  const dataDir = tempDir();
  copyFileSync(path.join(FIXTURE_DIR, `v${version}.sqlite`), path.join(dataDir, DB_FILE));
  return dataDir;
}

/** A test-only next step: what a real v2 would look like (a new column with a default and a new table). */
const testV2: Migration = {
  version: MIGRATIONS.length + 1,
  name: 'test-confidence',
  up(db) {
    db.exec(`ALTER TABLE answers ADD COLUMN confidence INTEGER NOT NULL DEFAULT 0;
             CREATE TABLE test_notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL) STRICT;`);
  },
};

function readVersion(file: string): number {
  const db = new Database(file, { readonly: true });
  try {
    return db.pragma('user_version', { simple: true }) as number;
  } finally {
    db.close();
  }
}

describe('migrations', () => {
  it('has a fixture database for every released schema version', () => {
    const fixtures = readdirSync(FIXTURE_DIR)
      .filter((f) => /^v\d+\.sqlite$/.test(f))
      .sort();
    expect(fixtures).toEqual(MIGRATIONS.map((m) => `v${m.version}.sqlite`));
  });

  it('creates the latest schema in an empty folder', async () => {
    const store = await openStore({ dataDir: tempDir(), backupCheckMs: 0 });
    expect(store.schemaVersion).toBe(latestVersion(MIGRATIONS));
    expect(store.recovery).toBeNull();
    store.close();
  });

  it.each(MIGRATIONS.map((m) => m.version))(
    'upgrades the v%i fixture to the latest version with its data intact',
    async (version) => {
      const store = await openStore({ dataDir: dataDirWithFixture(version), backupCheckMs: 0 });
      expect(store.schemaVersion).toBe(latestVersion(MIGRATIONS));
      expect(store.integrityCheck()).toBe('ok');
      expect(store.enterprises.get(FIXTURE_V1.enterpriseId).profile.creditCode).toBe(FIXTURE_V1.creditCode);
      const assessment = store.assessments.get(FIXTURE_V1.assessmentId);
      expect(assessment.cursor).toEqual({ itemId: 'production.scheduling', view: 'questionnaire' });
      expect(store.answers.list(FIXTURE_V1.assessmentId)).toHaveLength(FIXTURE_V1.answers);
      expect(store.answers.events(FIXTURE_V1.assessmentId, { offset: 0, limit: 50 }).total).toBe(
        FIXTURE_V1.events,
      );
      store.close();
    },
  );

  it('backs up before migrating, then applies a new step to the latest fixture', async () => {
    const dataDir = dataDirWithFixture(MIGRATIONS.length);
    const store = await openStore({ dataDir, backupCheckMs: 0, migrations: [...MIGRATIONS, testV2] });
    expect(store.schemaVersion).toBe(testV2.version);
    expect(store.answers.list(FIXTURE_V1.assessmentId)).toHaveLength(FIXTURE_V1.answers);
    const ack = store.answers.save(FIXTURE_V1.assessmentId, 'factory.mes', {
      value: { kind: 'level', level: 1 },
      note: '',
      flagged: false,
    });
    expect(ack.revision).toBe(5);
    const safety = store.backups.list().find((b) => b.kind === 'pre-migration');
    expect(safety).toBeDefined();
    expect(readVersion(path.join(store.backups.dir, safety!.fileName))).toBe(MIGRATIONS.length);
    store.close();
    expect(readVersion(path.join(dataDir, DB_FILE))).toBe(testV2.version);
  });

  it('rolls back every step when one fails, leaving the database at its old version', async () => {
    const dataDir = dataDirWithFixture(MIGRATIONS.length);
    const broken: Migration = {
      version: testV2.version,
      name: 'broken',
      up(db) {
        db.exec('CREATE TABLE half_done (id INTEGER PRIMARY KEY)');
        throw new Error('disk went away');
      },
    };
    await expect(
      openStore({ dataDir, backupCheckMs: 0, migrations: [...MIGRATIONS, broken] }),
    ).rejects.toThrow('disk went away');
    const db = new Database(path.join(dataDir, DB_FILE), { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'half_done'").get()).toBeUndefined();
    db.close();
    // the lock was released: the same folder opens again with the good list
    (await openStore({ dataDir, backupCheckMs: 0 })).close();
  });

  it('refuses a migration list with a gap before touching the database', async () => {
    const gap: Migration = { ...testV2, version: testV2.version + 1 };
    await expect(
      openStore({ dataDir: dataDirWithFixture(1), backupCheckMs: 0, migrations: [...MIGRATIONS, gap] }),
    ).rejects.toThrow(/out of order/);
  });
});
