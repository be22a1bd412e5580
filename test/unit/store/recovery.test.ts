import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DB_FILE, openStore, type Store } from '../../../electron/services/store';
import { manualClock, seedAssessment, tempDir } from './support';

const ANSWER = { value: { kind: 'level', level: 3 }, note: '', flagged: false } as const;

/** A data folder holding a backup with one answered assessment, then more work after that backup. */
async function folderWithBackup(): Promise<{ dataDir: string; assessmentId: string }> {
  const dataDir = tempDir();
  const store = await openStore({ dataDir, backupCheckMs: 0 });
  const { assessment } = seedAssessment(store);
  store.answers.save(assessment.id, 'before.backup', ANSWER);
  await store.backupNow();
  store.answers.save(assessment.id, 'after.backup', ANSWER);
  // enough rows that the database spans many pages, so truncation cuts real b-tree pages
  for (let i = 0; i < 300; i++)
    store.answers.save(assessment.id, `bulk.${i}`, { ...ANSWER, note: 'x'.repeat(200) });
  store.close();
  return { dataDir, assessmentId: assessment.id };
}

function damagedFiles(dataDir: string): string[] {
  return readdirSync(dataDir).filter((f) => f.startsWith(`${DB_FILE}.damaged-`) && !/-(wal|shm)$/.test(f));
}

async function expectRecovered(dataDir: string, assessmentId: string, reason: string): Promise<Store> {
  const store = await openStore({ dataDir, backupCheckMs: 0 });
  expect(store.recovery).toMatchObject({ reason, restoredFrom: expect.stringMatching(/^daily-/) });
  expect(store.recovery?.message).toMatch(/已从最近一次完好的备份/);
  expect(store.recovery?.message).toMatch(/没有删除/);
  expect(store.integrityCheck()).toBe('ok');
  expect(store.answers.list(assessmentId).map((a) => a.itemId)).toEqual(['before.backup']);
  const aside = damagedFiles(dataDir);
  expect(aside).toHaveLength(1);
  expect(store.recovery?.movedAside).toBe(aside[0]);
  return store;
}

describe('recovery on open', () => {
  it('moves a truncated database aside and starts from the newest good backup', async () => {
    const { dataDir, assessmentId } = await folderWithBackup();
    const file = path.join(dataDir, DB_FILE);
    const size = statSync(file).size;
    truncateSync(file, Math.floor(size / 2));
    const store = await expectRecovered(dataDir, assessmentId, 'corrupt');
    expect(statSync(path.join(dataDir, damagedFiles(dataDir)[0]!)).size).toBe(Math.floor(size / 2));
    store.close();
  });

  it('moves a file of random bytes aside (kept byte for byte)', async () => {
    const { dataDir, assessmentId } = await folderWithBackup();
    const junk = randomBytes(64 * 1024);
    writeFileSync(path.join(dataDir, DB_FILE), junk);
    const store = await expectRecovered(dataDir, assessmentId, 'not-sqlite');
    expect(readFileSync(path.join(dataDir, damagedFiles(dataDir)[0]!)).equals(junk)).toBe(true);
    store.close();
  });

  it('treats a zero-byte database as damaged, not as a fresh one', async () => {
    const { dataDir, assessmentId } = await folderWithBackup();
    writeFileSync(path.join(dataDir, DB_FILE), '');
    const store = await expectRecovered(dataDir, assessmentId, 'zero-byte');
    store.close();
  });

  it('restores the newest good backup when the database file is missing', async () => {
    const { dataDir, assessmentId } = await folderWithBackup();
    const store = await (async () => {
      const { rmSync } = await import('node:fs');
      rmSync(path.join(dataDir, DB_FILE));
      return openStore({ dataDir, backupCheckMs: 0 });
    })();
    expect(store.recovery).toMatchObject({ reason: 'missing', movedAside: null });
    expect(store.answers.list(assessmentId)).toHaveLength(1);
    store.close();
  });

  it('skips a damaged backup and starts empty when no backup is good, still keeping the damaged file', async () => {
    const dataDir = tempDir();
    const clock = manualClock();
    const store = await openStore({ dataDir, now: clock.now, backupCheckMs: 0 });
    seedAssessment(store);
    store.close();
    for (const backup of readdirSync(path.join(dataDir, 'backups'))) {
      writeFileSync(path.join(dataDir, 'backups', backup), randomBytes(4096));
    }
    writeFileSync(path.join(dataDir, DB_FILE), randomBytes(4096));
    const reopened = await openStore({ dataDir, now: clock.now, backupCheckMs: 0 });
    expect(reopened.recovery).toMatchObject({ reason: 'not-sqlite', restoredFrom: null });
    expect(reopened.recovery?.message).toMatch(/没有找到完好的备份/);
    expect(reopened.enterprises.list({ query: '', offset: 0, limit: 10 }).total).toBe(0);
    expect(damagedFiles(dataDir)).toHaveLength(1);
    reopened.close();
  });

  it('refuses a database from a newer app version with a clear message and touches nothing', async () => {
    const { dataDir } = await folderWithBackup();
    const file = path.join(dataDir, DB_FILE);
    const db = new Database(file);
    db.pragma('user_version = 99');
    db.close();
    const snapshot = () =>
      readdirSync(dataDir, { recursive: true, withFileTypes: true })
        .filter((d) => d.isFile())
        .map((d) => {
          const p = path.join(d.parentPath, d.name);
          return `${p}:${statSync(p).mtimeMs}:${readFileSync(p).toString('base64').length}`;
        })
        .sort();
    const before = snapshot();
    const bytes = readFileSync(file);
    await expect(openStore({ dataDir, backupCheckMs: 0 })).rejects.toMatchObject({
      code: 'unsupported_version',
      message: expect.stringMatching(/更新版本.*版本 99.*不会打开或修改/),
    });
    expect(readFileSync(file).equals(bytes)).toBe(true);
    expect(snapshot()).toEqual(before);
    expect(existsSync(path.join(dataDir, 'store.lock'))).toBe(false);
  });
});
