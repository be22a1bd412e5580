import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DB_FILE, openStore } from '../../../electron/services/store';
import { MIGRATIONS } from '../../../electron/services/store/migrations';
import { seedAssessment, tempDir } from './support';

const ANSWER = { value: { kind: 'level', level: 3 }, note: '', flagged: false } as const;

/** A backup holding one answer, then 300 more answers (many pages) the backup does not have. */
async function folderWithNewerWork() {
  const dataDir = tempDir();
  const store = await openStore({ dataDir, backupCheckMs: 0 });
  const { assessment } = seedAssessment(store);
  store.answers.save(assessment.id, 'before.backup', ANSWER);
  await store.backupNow();
  for (let i = 0; i < 300; i++)
    store.answers.save(assessment.id, `bulk.${String(i).padStart(3, '0')}`, {
      ...ANSWER,
      note: 'x'.repeat(200),
    });
  store.close();
  return { dataDir, dbPath: path.join(dataDir, DB_FILE), assessmentId: assessment.id };
}

/** Overwrites the middle of one leaf page of a table or index with garbage, as a bad sector would. */
function damageLeafOf(dbPath: string, tree: string): void {
  const db = new Database(dbPath, { readonly: true });
  const leaves = db
    .prepare<[string], { pageno: number }>("SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf'")
    .all(tree);
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  db.close();
  expect(leaves.length).toBeGreaterThan(2);
  const page = leaves[Math.floor(leaves.length / 2)]!.pageno;
  const bytes = readFileSync(dbPath);
  bytes.fill(0xab, (page - 1) * pageSize + 200, (page - 1) * pageSize + 600);
  writeFileSync(dbPath, bytes);
}

const filesLike = (dir: string, part: string) =>
  readdirSync(dir).filter((f) => f.includes(part) && !/-(wal|shm)$/.test(f));

function setUserVersion(dbPath: string, version: number): void {
  const db = new Database(dbPath);
  db.pragma(`user_version = ${version}`);
  db.close();
}

describe('damage confined to indexes or a few pages', () => {
  it('repairs a damaged index (REINDEX, else a full salvage) and keeps every row written after the last backup', async () => {
    const { dataDir, dbPath, assessmentId } = await folderWithNewerWork();
    damageLeafOf(dbPath, 'answer_events_by_item');
    const store = await openStore({ dataDir, backupCheckMs: 0 });
    expect(store.recovery).toMatchObject({ reason: 'repaired', restoredFrom: null });
    expect(store.recovery?.message).toMatch(/没有用备份回退.*没有删除/);
    expect(store.answers.list(assessmentId)).toHaveLength(301);
    expect(store.answers.events(assessmentId, { offset: 0, limit: 1 }).total).toBe(301);
    expect(store.integrityCheck()).toBe('ok');
    expect(filesLike(dataDir, '.damaged-')).toHaveLength(1);
    store.close();
  });

  it('when table rows are lost, restores the backup and offers the rows the damaged file still holds', async () => {
    const { dataDir, dbPath, assessmentId } = await folderWithNewerWork();
    damageLeafOf(dbPath, 'answer_events');
    const store = await openStore({ dataDir, backupCheckMs: 0 });
    expect(store.recovery).toMatchObject({
      reason: 'corrupt',
      restoredFrom: expect.stringMatching(/^daily-/),
    });
    const salvaged = filesLike(dataDir, '.salvaged-');
    expect(salvaged).toHaveLength(1);
    expect(store.recovery?.message).toContain(`已另存为 ${salvaged[0]}`);
    expect(store.answers.list(assessmentId).map((a) => a.itemId)).toEqual(['before.backup']);
    store.close();

    // what is offered really holds the newer answers (that table was not damaged)
    const copy = new Database(path.join(dataDir, salvaged[0]!), { readonly: true });
    expect(copy.prepare('SELECT count(*) AS n FROM answers').get()).toEqual({ n: 301 });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    copy.close();
  });
});

describe('a damaged schema version number (user_version)', () => {
  for (const damaged of [0, -7, 2_000_000_000]) {
    it(`${damaged}: corrected from the tables, no migration re-run, no data lost`, async () => {
      const { dataDir, dbPath, assessmentId } = await folderWithNewerWork();
      setUserVersion(dbPath, damaged);
      const store = await openStore({ dataDir, backupCheckMs: 0 });
      expect(store.recovery).toMatchObject({ reason: 'repaired', movedAside: null });
      expect(store.recovery?.message).toContain(`记为 ${damaged}，按表结构应为 ${MIGRATIONS.length}`);
      expect(store.schemaVersion).toBe(MIGRATIONS.length);
      expect(store.answers.list(assessmentId)).toHaveLength(301);
      store.close();
    });
  }

  it('a version that matches no known schema is damage: kept aside, the backup restored', async () => {
    const { dataDir, dbPath, assessmentId } = await folderWithNewerWork();
    const db = new Database(dbPath);
    db.exec('CREATE TABLE stray (x)');
    db.pragma('user_version = 0');
    db.close();
    const store = await openStore({ dataDir, backupCheckMs: 0 });
    expect(store.recovery).toMatchObject({
      reason: 'bad-version',
      restoredFrom: expect.stringMatching(/^daily-/),
    });
    expect(store.answers.list(assessmentId).map((a) => a.itemId)).toEqual(['before.backup']);
    expect(filesLike(dataDir, '.damaged-')).toHaveLength(1);
    expect(existsSync(dbPath)).toBe(true);
    store.close();
  });
});
