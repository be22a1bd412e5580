import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/api/dispatch';
import { createContext } from '../../../electron/services/context';
import { handlers } from '../../../electron/services/handlers';
import { openStore } from '../../../electron/services/store';
import { KEEP } from '../../../electron/services/store/backups';
import { makeTestHost } from '../helpers/host';
import { manualClock, seedAssessment, tempDir } from './support';

const DAY = 24 * 60 * 60 * 1000;

describe('rolling backups', () => {
  it('makes one backup per day on open and keeps the newest 7', async () => {
    const dataDir = tempDir();
    const clock = manualClock('2025-03-01T12:00:00.000Z');
    for (let day = 0; day < 10; day++) {
      for (let open = 0; open < 2; open++) {
        const store = await openStore({ dataDir, now: clock.now, backupCheckMs: 0 });
        store.close();
        clock.advance(60 * 60 * 1000);
      }
      clock.advance(DAY - 2 * 60 * 60 * 1000);
    }
    const store = await openStore({ dataDir, now: clock.now, backupCheckMs: 0 });
    const daily = store.backups.list().filter((b) => b.kind === 'daily');
    expect(daily).toHaveLength(KEEP.daily);
    expect(daily[0]!.createdAt).toBe('2025-03-11T12:00:00.000Z');
    expect(daily.at(-1)!.createdAt).toBe('2025-03-05T12:00:00.000Z');
    store.close();
  });

  it('writes each backup as one self-contained verified file (not WAL)', async () => {
    const store = await openStore({ dataDir: tempDir(), backupCheckMs: 0 });
    seedAssessment(store);
    const backup = await store.backupNow();
    const db = new Database(path.join(store.backups.dir, backup.fileName), { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('delete');
    expect(db.prepare('SELECT count(*) AS n FROM enterprises').get()).toEqual({ n: 1 });
    db.close();
    store.close();
  });

  it('restores a chosen backup after saving the current state as a safety copy', async () => {
    const clock = manualClock();
    const store = await openStore({ dataDir: tempDir(), now: clock.now, backupCheckMs: 0 });
    const { assessment } = seedAssessment(store);
    store.answers.save(assessment.id, 'kept', { value: { kind: 'na' }, note: '', flagged: false });
    clock.advance(1000);
    const backup = await store.backupNow();
    clock.advance(1000);
    store.answers.save(assessment.id, 'later', { value: { kind: 'na' }, note: '', flagged: false });
    const result = await store.restoreBackup(backup.fileName);
    expect(result.restoredFrom).toBe(backup.fileName);
    expect(store.answers.list(assessment.id).map((a) => a.itemId)).toEqual(['kept']);
    // the state before the restore is not lost: it is the safety backup
    const safety = store.backups.list().find((b) => b.fileName === result.safetyBackup);
    expect(safety?.kind).toBe('pre-restore');
    const db = new Database(path.join(store.backups.dir, result.safetyBackup), { readonly: true });
    expect(db.prepare("SELECT count(*) AS n FROM answers WHERE item_id = 'later'").get()).toEqual({ n: 1 });
    db.close();
    // writes keep working on the restored database
    expect(
      store.answers.save(assessment.id, 'after', { value: { kind: 'na' }, note: '', flagged: false })
        .revision,
    ).toBe(2);
    await expect(store.restoreBackup('../sfd.sqlite')).rejects.toMatchObject({ code: 'not_found' });
    store.close();
  });
});

describe('a daily backup that cannot be written', () => {
  it('still opens the database, keeps it writable and reports why in store.status', async () => {
    const dataDir = tempDir();
    const first = await openStore({ dataDir, backupCheckMs: 0 });
    const { assessment } = seedAssessment(first);
    first.close();
    // the backups folder is replaced by a file: any backup write fails, whoever runs the app
    rmSync(path.join(dataDir, 'backups'), { recursive: true, force: true });
    writeFileSync(path.join(dataDir, 'backups'), 'not a folder');

    const store = await openStore({ dataDir, now: () => new Date(Date.now() + 2 * DAY), backupCheckMs: 0 });
    expect(store.backupError).toContain('今天的自动备份没有完成');
    expect(store.backupError).toContain(path.join(dataDir, 'backups'));
    const ctx = await createContext(makeTestHost({ dataDir }), { store });
    const status = await dispatch(handlers, ctx, 'store.status', {});
    expect(status).toMatchObject({ ok: true, value: { backupError: store.backupError, lastBackup: null } });
    store.answers.save(assessment.id, 'item.after-failure', {
      value: { kind: 'boolean', value: true },
      note: '',
      flagged: false,
    });
    expect(store.integrityCheck()).toBe('ok');
    store.close();
  });
});
