import { chinaDay } from '@engine/china-day';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import type { BackupInfo } from '@contract/records';
import { AppError } from '@contract/errors';
import { openConnection, quickCheck, type Db } from './connection';
import { readHeader } from './header';

export type BackupKind = BackupInfo['kind'];

/** How many of each kind survive pruning: a week of dailies, a few safety copies. */
export const KEEP: Record<BackupKind, number> = { daily: 7, 'pre-migration': 5, 'pre-restore': 5 };

const NAME = /^(daily|pre-migration|pre-restore)-(\d{8})T(\d{6})(\d{3})Z\.sqlite$/;

function stampOf(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace('.', '');
}

function parseName(fileName: string): { kind: BackupKind; createdAt: string } | undefined {
  const m = NAME.exec(fileName);
  if (!m) return undefined;
  const [, kind, d = '', t = '', ms = ''] = m;
  const createdAt = `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}T${t.slice(0, 2)}:${t.slice(2, 4)}:${t.slice(4, 6)}.${ms}Z`;
  return { kind: kind as BackupKind, createdAt };
}

/** A backup file that passes a read-only quick check, i.e. one we may start from. */
export function isGoodDatabase(file: string): boolean {
  if (readHeader(file).state !== 'sqlite') return false;
  let db: Db | undefined;
  try {
    db = openConnection(file, { readonly: true });
    return quickCheck(db) === 'ok';
  } catch {
    return false;
  } finally {
    db?.close();
  }
}

/**
 * Backups live in <dataDir>/backups/ as standalone single-file databases (journal_mode DELETE),
 * made with SQLite's online backup API, never by copying the live WAL database.
 */
export class Backups {
  constructor(
    readonly dir: string,
    private readonly now: () => Date,
  ) {}

  list(): BackupInfo[] {
    if (!existsSync(this.dir)) return [];
    const items: BackupInfo[] = [];
    for (const fileName of readdirSync(this.dir)) {
      const parsed = parseName(fileName);
      if (parsed) items.push({ fileName, ...parsed, size: statSync(path.join(this.dir, fileName)).size });
    }
    return items.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  }

  pathOf(fileName: string): string {
    if (!parseName(fileName) || !existsSync(path.join(this.dir, fileName))) {
      throw new AppError('not_found', `找不到备份文件：${fileName}`, { fileName });
    }
    return path.join(this.dir, fileName);
  }

  async create(db: Db, kind: BackupKind): Promise<BackupInfo> {
    mkdirSync(this.dir, { recursive: true });
    const fileName = `${kind}-${stampOf(this.now())}.sqlite`;
    const target = path.join(this.dir, fileName);
    const partial = `${target}.partial`;
    rmSync(partial, { force: true });
    await db.backup(partial);
    this.finish(partial);
    renameSync(partial, target);
    this.prune();
    const created = this.list().find((b) => b.fileName === fileName);
    if (!created) throw new Error(`backup ${fileName} vanished after creation`);
    return created;
  }

  /** A backup of a WAL database comes back in WAL mode; make it one self-contained, verified file. */
  private finish(file: string): void {
    const copy = openConnection(file);
    try {
      copy.pragma('journal_mode = DELETE');
      const check = quickCheck(copy);
      if (check !== 'ok') throw new Error(`backup failed its check: ${check}`);
    } finally {
      copy.close();
    }
  }

  /** One daily backup per local calendar day, taken on open and by the store's timer. */
  async ensureDaily(db: Db): Promise<BackupInfo | undefined> {
    const today = chinaDay(this.now());
    const hasToday = this.list().some((b) => b.kind === 'daily' && chinaDay(b.createdAt) === today);
    return hasToday ? undefined : this.create(db, 'daily');
  }

  prune(): void {
    const seen: Record<BackupKind, number> = { daily: 0, 'pre-migration': 0, 'pre-restore': 0 };
    for (const backup of this.list()) {
      seen[backup.kind] += 1;
      if (seen[backup.kind] > KEEP[backup.kind])
        rmSync(path.join(this.dir, backup.fileName), { force: true });
    }
  }

  /** Newest backup that passes its check, of any kind. */
  newestGood(): BackupInfo | undefined {
    return this.list().find((b) => isGoodDatabase(path.join(this.dir, b.fileName)));
  }
}
