import { readdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DB_FILE, openStore } from '../../../electron/services/store';
import { seedAssessment, tempDir } from './support';

const ANSWER = { value: { kind: 'level', level: 3 }, note: '', flagged: false } as const;
const QUICK = { attempts: 3, waitMs: 300, timeoutMs: 100 };

/** A data folder with one answered assessment, closed cleanly. */
async function folderWithData() {
  const dataDir = tempDir();
  const store = await openStore({ dataDir, backupCheckMs: 0 });
  const { assessment } = seedAssessment(store);
  store.answers.save(assessment.id, 'kept.answer', ANSWER);
  await store.backupNow();
  store.answers.save(assessment.id, 'after.backup', ANSWER);
  store.close();
  return { dataDir, assessmentId: assessment.id };
}

/** Another program holding an exclusive lock on the database, as a DB viewer or sync tool may. */
function holdLock(dbPath: string): Database.Database {
  const holder = new Database(dbPath, { timeout: 0 });
  holder.pragma('locking_mode = EXCLUSIVE');
  holder.exec('BEGIN EXCLUSIVE; UPDATE settings SET value = value WHERE 0; COMMIT');
  holder.exec('BEGIN EXCLUSIVE');
  return holder;
}

describe('a database locked by another program at start-up', () => {
  it(
    'is reported as busy (retried, never moved aside) and opens intact once the lock is gone',
    { timeout: 30_000 },
    async () => {
      const { dataDir, assessmentId } = await folderWithData();
      const dbPath = path.join(dataDir, DB_FILE);
      const holder = holdLock(dbPath);
      try {
        const refused = openStore({ dataDir, backupCheckMs: 0, busy: QUICK });
        await expect(refused).rejects.toMatchObject({
          code: 'storage_error',
          details: { reason: 'busy' },
          message: expect.stringMatching(/正被另一个程序占用.*没有被移动或改动/),
        });
        await expect(refused).rejects.toMatchObject({
          message: expect.not.stringMatching(/刚才的修改没有保存/),
        });
        expect(readdirSync(dataDir).filter((f) => f.includes('damaged'))).toEqual([]);
      } finally {
        holder.close();
      }
      const store = await openStore({ dataDir, backupCheckMs: 0, busy: QUICK });
      expect(store.recovery).toBeNull();
      expect(store.answers.list(assessmentId).map((a) => a.itemId)).toEqual(['after.backup', 'kept.answer']);
      store.close();
    },
  );

  it(
    'waits for a lock released while it retries, and opens without any recovery',
    { timeout: 30_000 },
    async () => {
      const { dataDir, assessmentId } = await folderWithData();
      const holder = holdLock(path.join(dataDir, DB_FILE));
      setTimeout(() => holder.close(), 200);
      const store = await openStore({ dataDir, backupCheckMs: 0, busy: QUICK });
      expect(store.recovery).toBeNull();
      expect(store.answers.list(assessmentId)).toHaveLength(2);
      store.close();
    },
  );
});
