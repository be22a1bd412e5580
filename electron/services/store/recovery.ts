import { copyFileSync, existsSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Recovery } from '../../api/methods/store';
import type { Backups } from './backups';
import { openConnection, quickCheck, userVersion, type ConnectionOptions, type Db } from './connection';
import { readHeader } from './header';
import { newerVersionError } from './migrate';
import { isBusy } from './storage-error';

type Damage = Exclude<Recovery['reason'], 'missing'>;

const SIDE_FILES = ['-wal', '-shm'] as const;

const REASON_TEXT: Record<Recovery['reason'], string> = {
  'zero-byte': '数据库文件是空的（0 字节），可能是断电或磁盘故障造成的',
  'not-sqlite': '数据库文件已损坏（不是有效的数据库文件）',
  corrupt: '数据库文件已损坏（完整性检查未通过）',
  missing: '数据库文件不见了',
};

function describe(
  reason: Recovery['reason'],
  movedAside: string | null,
  restoredFrom: string | null,
): string {
  const kept = movedAside ? `原文件已改名保留为 ${movedAside}，没有删除。` : '';
  const start = restoredFrom
    ? `已从最近一次完好的备份 ${restoredFrom} 恢复，备份之后录入的内容可能需要补录。`
    : '没有找到完好的备份，已新建一个空数据库。';
  return `${REASON_TEXT[reason]}。${kept}${start}`;
}

/** Renames the database and its WAL/SHM files aside together; nothing is ever deleted. */
function moveAside(dbPath: string, stamp: string): string {
  const asideName = `${path.basename(dbPath)}.damaged-${stamp}`;
  const aside = path.join(path.dirname(dbPath), asideName);
  renameSync(dbPath, aside);
  for (const suffix of SIDE_FILES) {
    if (existsSync(dbPath + suffix)) renameSync(dbPath + suffix, aside + suffix);
  }
  return asideName;
}

/** Copies a backup into place through a temporary name, so a crash never leaves half a database. */
export function putBackupInPlace(backupFile: string, dbPath: string): void {
  const incoming = `${dbPath}.restoring`;
  copyFileSync(backupFile, incoming);
  for (const suffix of SIDE_FILES) rmSync(dbPath + suffix, { force: true });
  renameSync(incoming, dbPath);
}

/** Opens and checks an existing SQLite file; returns undefined when SQLite finds it damaged. */
function openChecked(dbPath: string, supported: number, connection: ConnectionOptions): Db | undefined {
  let db: Db | undefined;
  try {
    db = openConnection(dbPath, connection);
    // checked again after open: a WAL left by a crash may carry a newer user_version than the main file
    const found = userVersion(db);
    if (found > supported) {
      db.close();
      throw newerVersionError(found, supported);
    }
    if (quickCheck(db) === 'ok') return db;
  } catch (error) {
    db?.close();
    // a lock held elsewhere says nothing about the file: never treat it as damage
    if (isBusy(error) || (error as { code?: string }).code === 'unsupported_version') throw error;
    return undefined;
  }
  db.close();
  return undefined;
}

export interface HealthyOpen {
  readonly db: Db;
  readonly recovery: Recovery | null;
}

/**
 * Opens the database file, recovering from damage: a file that is empty, not SQLite, or fails
 * quick_check is renamed aside and the newest good backup takes its place (an empty database
 * when there is none). A file written by a newer app is refused before anything touches it.
 */
export function openHealthy(
  dbPath: string,
  backups: Backups,
  supported: number,
  now: () => Date,
  connection: ConnectionOptions = {},
): HealthyOpen {
  const header = readHeader(dbPath);
  if (header.state === 'sqlite' && (header.userVersion ?? 0) > supported) {
    throw newerVersionError(header.userVersion ?? 0, supported);
  }
  let damage: Damage | undefined;
  if (header.state === 'zero-byte' || header.state === 'not-sqlite') damage = header.state;
  if (header.state === 'sqlite') {
    const db = openChecked(dbPath, supported, connection);
    if (db) return { db, recovery: null };
    damage = 'corrupt';
  }
  const newest = backups.newestGood();
  if (!damage && !newest) return { db: openConnection(dbPath, connection), recovery: null }; // first run
  const at = now();
  const movedAside = damage ? moveAside(dbPath, at.toISOString().replace(/[-:.]/g, '')) : null;
  if (newest) putBackupInPlace(path.join(backups.dir, newest.fileName), dbPath);
  const restoredFrom = newest?.fileName ?? null;
  const reason = damage ?? 'missing';
  return {
    db: openConnection(dbPath, connection),
    recovery: {
      reason,
      movedAside,
      restoredFrom,
      at: at.toISOString(),
      message: describe(reason, movedAside, restoredFrom),
    },
  };
}
