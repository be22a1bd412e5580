import { accessSync, constants, copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppError } from '@contract/errors';
import { openConnection, quickCheck, userVersion, type Db } from './connection';
import { assertNotNewer, latestVersion } from './migrate';
import type { Migration } from './migrations/types';

/** A folder this process cannot write (a write-protected USB stick, a read-only share). */
export function isReadOnlyFolder(dir: string): boolean {
  try {
    accessSync(dir, constants.W_OK);
    return false;
  } catch (error) {
    return ['EROFS', 'EACCES', 'EPERM'].includes((error as NodeJS.ErrnoException).code ?? '');
  }
}

export interface Snapshot {
  readonly db: Db;
  /** where the copy lives; removed on close */
  readonly dir: string;
}

function refuse(message: string, dataDir: string): never {
  throw new AppError('storage_error', message, { reason: 'read-only', dataDir });
}

/**
 * SQLite cannot open a WAL database on a medium where it may not create the -shm file, so a
 * read-only data folder is viewed through a copy in the temporary folder, opened read-only.
 * Nobody can write the folder, so the copy stays exactly what the folder holds.
 */
export function openSnapshot(dbPath: string, dataDir: string, migrations: readonly Migration[]): Snapshot {
  if (!existsSync(dbPath)) {
    refuse(
      `数据文件夹是只读的或没有写入权限，且其中还没有数据可查看，智造自诊没有打开数据。请检查 ${dataDir} 的权限，或确认所在磁盘（如 U 盘）没有写保护。`,
      dataDir,
    );
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sfd-read-only-'));
  const copy = path.join(dir, path.basename(dbPath));
  copyFileSync(dbPath, copy);
  if (existsSync(`${dbPath}-wal`)) copyFileSync(`${dbPath}-wal`, `${copy}-wal`);
  let db: Db | undefined;
  try {
    db = openConnection(copy, { readonly: true });
    assertNotNewer(userVersion(db), migrations);
    if (userVersion(db) < latestVersion(migrations)) {
      refuse(
        `数据文件夹是只读的，而其中的数据来自旧版本的智造自诊，需要写入权限才能升级。请取消 ${dataDir} 的写保护后重新打开。`,
        dataDir,
      );
    }
    if (quickCheck(db) !== 'ok') {
      refuse(
        `数据文件夹是只读的，其中的数据库文件又已损坏，无法在只读状态下修复。请取消 ${dataDir} 的写保护后重新打开。`,
        dataDir,
      );
    }
    return { db, dir };
  } catch (error) {
    db?.close();
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}

/** What the banner says while the folder is read-only: what works and how to get writing back. */
export function readOnlyNotice(dataDir: string): string {
  return `数据文件夹是只读的（${dataDir}），智造自诊以只读方式打开：可以查看评估、导出评估包和报告，但不能修改。要继续录入，请取消写保护（如 U 盘的写保护开关）或检查文件夹权限后重新打开。`;
}
