import { copyFileSync, existsSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Recovery } from '@contract/records';
import type { Backups } from './backups';
import {
  integrityCheck,
  openConnection,
  quickCheck,
  userVersion,
  type ConnectionOptions,
  type Db,
} from './connection';
import { readHeader } from './header';
import { latestVersion, newerVersionError } from './migrate';
import type { Migration } from './migrations/types';
import { salvageInto, type Salvage } from './salvage';
import { checkSchemaVersion, isAbsurdVersion } from './schema-version';
import { isBusy } from './storage-error';

type Damage = Exclude<Recovery['reason'], 'missing' | 'repaired' | 'lost-writes'>;

const SIDE_FILES = ['-wal', '-shm'] as const;

const REASON_TEXT: Record<Damage | 'missing', string> = {
  'zero-byte': '数据库文件是空的（0 字节），可能是断电或磁盘故障造成的',
  'not-sqlite': '数据库文件已损坏（不是有效的数据库文件）',
  corrupt: '数据库文件已损坏（完整性检查未通过）',
  'bad-version': '数据库记录的数据结构版本号已损坏，且与表结构对不上',
  missing: '数据库文件不见了',
};

function describe(
  reason: Damage | 'missing',
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

function removeDatabase(dbPath: string): void {
  for (const suffix of ['', ...SIDE_FILES]) rmSync(dbPath + suffix, { force: true });
}

/** Copies a backup into place through a temporary name, so a crash never leaves half a database. */
export function putBackupInPlace(backupFile: string, dbPath: string): void {
  const incoming = `${dbPath}.restoring`;
  copyFileSync(backupFile, incoming);
  for (const suffix of SIDE_FILES) rmSync(dbPath + suffix, { force: true });
  renameSync(incoming, dbPath);
}

type Checked =
  | { readonly state: 'ok'; readonly db: Db; readonly versionFixed?: { from: number; to: number } }
  | { readonly state: 'corrupt' | 'bad-version' };

/** Opens and checks an existing SQLite file: its pages (quick_check) and its schema version. */
function openChecked(
  dbPath: string,
  migrations: readonly Migration[],
  connection: ConnectionOptions,
): Checked {
  const supported = latestVersion(migrations);
  let db: Db | undefined;
  try {
    db = openConnection(dbPath, connection);
    // checked again after open: a WAL left by a crash may carry a newer user_version than the main file
    const found = userVersion(db);
    if (found > supported && !isAbsurdVersion(found, supported)) throw newerVersionError(found, supported);
    if (quickCheck(db) !== 'ok') {
      db.close();
      return { state: 'corrupt' };
    }
    const version = checkSchemaVersion(db, migrations);
    if (version.state === 'damaged') {
      db.close();
      return { state: 'bad-version' };
    }
    return version.state === 'repaired'
      ? { state: 'ok', db, versionFixed: { from: version.from, to: version.to } }
      : { state: 'ok', db };
  } catch (error) {
    db?.close();
    // a lock held elsewhere says nothing about the file: never treat it as damage
    if (isBusy(error) || (error as { code?: string }).code === 'unsupported_version') throw error;
    return { state: 'corrupt' };
  }
}

export interface HealthyOpen {
  readonly db: Db;
  readonly recovery: Recovery | null;
}

interface Context {
  readonly dbPath: string;
  readonly backups: Backups;
  readonly migrations: readonly Migration[];
  readonly connection: ConnectionOptions;
  readonly at: Date;
}

const stampOf = (at: Date) => at.toISOString().replace(/[-:.]/g, '');

function recovered(
  ctx: Context,
  reason: Recovery['reason'],
  fields: Omit<Recovery, 'reason' | 'at'>,
): HealthyOpen {
  return {
    db: openConnection(ctx.dbPath, ctx.connection),
    recovery: { reason, at: ctx.at.toISOString(), ...fields },
  };
}

/** REINDEX the working copy: damage confined to indexes is rebuilt from the tables, nothing lost. */
function tryReindex(ctx: Context): Db | undefined {
  let db: Db | undefined;
  try {
    db = openConnection(ctx.dbPath, ctx.connection);
    db.exec('REINDEX');
    if (integrityCheck(db) === 'ok' && checkSchemaVersion(db, ctx.migrations).state !== 'damaged') return db;
  } catch {
    // the tables themselves are damaged: salvage below
  }
  db?.close();
  return undefined;
}

function trySalvage(aside: string, target: string): Salvage | undefined {
  try {
    return salvageInto(aside, target);
  } catch {
    rmSync(target, { force: true });
    return undefined;
  }
}

/**
 * Damage SQLite reports in a file it can still open: the original is renamed aside (kept), a copy
 * is REINDEXed; failing that every readable row is salvaged into a fresh file. Only when rows are
 * missing does the newest backup take over, and the salvaged rows are kept and offered.
 */
function recoverCorrupt(ctx: Context, reason: 'corrupt' | 'bad-version'): HealthyOpen {
  const { dbPath } = ctx;
  const stamp = stampOf(ctx.at);
  const movedAside = moveAside(dbPath, stamp);
  const aside = path.join(path.dirname(dbPath), movedAside);
  const kept = `损坏时的原文件已改名保留为 ${movedAside}，没有删除。`;
  if (reason === 'corrupt') {
    copyFileSync(aside, dbPath);
    if (existsSync(`${aside}-wal`)) copyFileSync(`${aside}-wal`, `${dbPath}-wal`);
    const db = tryReindex(ctx);
    if (db) {
      const message = `数据库文件的索引损坏，已自动重建索引，所有记录都保留了，没有用备份回退。${kept}`;
      return {
        db,
        recovery: { reason: 'repaired', movedAside, restoredFrom: null, at: ctx.at.toISOString(), message },
      };
    }
    removeDatabase(dbPath);
  }
  const salvagedName = `${path.basename(dbPath)}.salvaged-${stamp}`;
  const salvagedPath = path.join(path.dirname(dbPath), salvagedName);
  const salvage = reason === 'corrupt' ? trySalvage(aside, salvagedPath) : undefined;
  if (salvage?.complete) {
    renameSync(salvagedPath, dbPath);
    const message = `数据库文件有损坏，已把其中全部可读的记录（${salvage.rows} 条）复制到新的数据库文件继续使用，没有用备份回退。${kept}`;
    return recovered(ctx, 'repaired', { movedAside, restoredFrom: null, message });
  }
  const newest = ctx.backups.newestGood();
  if (newest) {
    putBackupInPlace(path.join(ctx.backups.dir, newest.fileName), dbPath);
    const offer = salvage
      ? `损坏的文件中仍能读出 ${salvage.rows} 条记录，已另存为 ${salvagedName}，其中可能有备份之后录入的内容；需要找回时请把该文件交给技术支持。`
      : '';
    return recovered(ctx, reason, {
      movedAside,
      restoredFrom: newest.fileName,
      message: describe(reason, movedAside, newest.fileName) + offer,
    });
  }
  if (salvage) {
    renameSync(salvagedPath, dbPath);
    const message = `${REASON_TEXT[reason]}。${kept}没有找到完好的备份，已改用从损坏文件中读出的 ${salvage.rows} 条记录继续，部分记录可能缺失，请核对。`;
    return recovered(ctx, reason, { movedAside, restoredFrom: null, message });
  }
  return recovered(ctx, reason, {
    movedAside,
    restoredFrom: null,
    message: describe(reason, movedAside, null),
  });
}

/** An empty or non-SQLite file, or none at all: start from the newest good backup. */
function recoverUnreadable(ctx: Context, reason: 'zero-byte' | 'not-sqlite' | 'missing'): HealthyOpen {
  const newest = ctx.backups.newestGood();
  const movedAside = reason === 'missing' ? null : moveAside(ctx.dbPath, stampOf(ctx.at));
  if (newest) putBackupInPlace(path.join(ctx.backups.dir, newest.fileName), ctx.dbPath);
  const restoredFrom = newest?.fileName ?? null;
  return recovered(ctx, reason, {
    movedAside,
    restoredFrom,
    message: describe(reason, movedAside, restoredFrom),
  });
}

/**
 * Opens the database file, recovering from damage (see recoverCorrupt and recoverUnreadable).
 * A file written by a newer app is refused before anything touches it; a wrong schema version
 * number is corrected from the tables themselves when they match a known version.
 */
export function openHealthy(
  dbPath: string,
  backups: Backups,
  migrations: readonly Migration[],
  now: () => Date,
  connection: ConnectionOptions = {},
): HealthyOpen {
  const supported = latestVersion(migrations);
  const header = readHeader(dbPath);
  const headerVersion = header.userVersion ?? 0;
  if (header.state === 'sqlite' && headerVersion > supported && !isAbsurdVersion(headerVersion, supported)) {
    throw newerVersionError(headerVersion, supported);
  }
  const ctx: Context = { dbPath, backups, migrations, connection, at: now() };
  if (header.state === 'zero-byte' || header.state === 'not-sqlite')
    return recoverUnreadable(ctx, header.state);
  if (header.state === 'sqlite') {
    const checked = openChecked(dbPath, migrations, connection);
    if (checked.state !== 'ok') return recoverCorrupt(ctx, checked.state);
    const fixed = checked.versionFixed;
    if (!fixed) return { db: checked.db, recovery: null };
    const message = `数据库记录的数据结构版本号有误（记为 ${fixed.from}，按表结构应为 ${fixed.to}），已按表结构更正；数据没有改动。`;
    return {
      db: checked.db,
      recovery: {
        reason: 'repaired',
        movedAside: null,
        restoredFrom: null,
        at: ctx.at.toISOString(),
        message,
      },
    };
  }
  if (!backups.newestGood()) return { db: openConnection(dbPath, connection), recovery: null }; // first run
  return recoverUnreadable(ctx, 'missing');
}
