import Database from 'better-sqlite3';

export type Db = Database.Database;

/** The checkpoint policy: what a damaged or lost WAL can take with it is bounded by this. */
export const WAL_CHECKPOINT_PAGES = 100;

/**
 * Opens the database with the durability settings every connection needs. synchronous is set
 * after the WAL switch because SQLite's compiled default for WAL files would otherwise apply
 * on the next open (SQLite, PRAGMA synchronous: https://www.sqlite.org/pragma.html#pragma_synchronous).
 */
export interface ConnectionOptions {
  readonly readonly?: boolean;
  /** how long SQLite waits for another connection's lock before SQLITE_BUSY (better-sqlite3: 5 s) */
  readonly busyTimeoutMs?: number;
}

export function openConnection(file: string, options: ConnectionOptions = {}): Db {
  const db = new Database(file, {
    readonly: options.readonly ?? false,
    fileMustExist: options.readonly ?? false,
    timeout: options.busyTimeoutMs ?? 5_000,
  });
  if (!options.readonly) {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    // at most ~100 pages (a few dozen answers) live only in the WAL before they reach the main file
    db.pragma(`wal_autocheckpoint = ${WAL_CHECKPOINT_PAGES}`);
    db.pragma('journal_size_limit = 4194304');
  }
  db.pragma('foreign_keys = ON');
  return db;
}

/** 'ok' or the first problems SQLite reports; throws when the file is not a database at all. */
export function quickCheck(db: Db): string {
  const rows = db.pragma('quick_check(20)') as { quick_check: string }[];
  return rows.map((r) => r.quick_check).join('; ');
}

export function integrityCheck(db: Db): string {
  const rows = db.pragma('integrity_check(20)') as { integrity_check: string }[];
  return rows.map((r) => r.integrity_check).join('; ');
}

export function userVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}
