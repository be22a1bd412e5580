import { AppError } from '@contract/errors';
import { userVersion, type Db } from './connection';
import type { Migration } from './migrations/types';

export function latestVersion(migrations: readonly Migration[]): number {
  return migrations.at(-1)?.version ?? 0;
}

/** A list must number its steps 1, 2, 3… so a gap or a reordering is caught before any data is touched. */
function assertWellFormed(migrations: readonly Migration[]): void {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`migration list out of order at ${m.name} (v${m.version})`);
  });
}

export function newerVersionError(found: number, supported: number): AppError {
  return new AppError(
    'unsupported_version',
    `数据库来自更新版本的智造自诊（数据结构版本 ${found}，本程序只支持到 ${supported}）。为保护数据，本程序不会打开或修改它，请安装最新版本后再打开。`,
    { found, supported },
  );
}

export function assertNotNewer(found: number, migrations: readonly Migration[]): void {
  const supported = latestVersion(migrations);
  if (found > supported) throw newerVersionError(found, supported);
}

export function pendingMigrations(db: Db, migrations: readonly Migration[]): readonly Migration[] {
  assertWellFormed(migrations);
  const current = userVersion(db);
  assertNotNewer(current, migrations);
  return migrations.filter((m) => m.version > current);
}

/** Applies every pending step in ONE transaction: either the database reaches the latest version or it stays as it was. */
export function applyMigrations(db: Db, migrations: readonly Migration[]): { from: number; to: number } {
  const from = userVersion(db);
  const pending = pendingMigrations(db, migrations);
  if (pending.length === 0) return { from, to: from };
  db.transaction(() => {
    for (const step of pending) {
      step.up(db);
      db.pragma(`user_version = ${step.version}`);
    }
  })();
  db.pragma('optimize');
  return { from, to: userVersion(db) };
}
