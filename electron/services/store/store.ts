import { mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppError } from '../../api/errors';
import type { BackupInfo, Recovery } from '../../api/methods/store';
import { Backups } from './backups';
import { BlobStore } from './blobs';
import { integrityCheck, userVersion, type Db } from './connection';
import type { RepoDeps } from './deps';
import { acquireDataDirLock, type DataDirLock } from './lock';
import { applyMigrations, latestVersion, pendingMigrations } from './migrate';
import { MIGRATIONS, type Migration } from './migrations';
import { openHealthy, putBackupInPlace } from './recovery';
import { answerRepository, type AnswerRepository } from './repositories/answers';
import { assessmentRepository, type AssessmentRepository } from './repositories/assessments';
import { changeTracker } from './repositories/changes';
import { documentRepository, type DocumentRepository } from './repositories/documents';
import { enterpriseRepository, type EnterpriseRepository } from './repositories/enterprises';
import { evidenceRepository, type EvidenceRepository } from './repositories/evidence';
import { reportRepository, type ReportRepository } from './repositories/reports';
import { settingsRepository, type SettingsRepository } from './repositories/settings';
import { guardStorage, mapStorageErrors } from './storage-error';

export const DB_FILE = 'sfd.sqlite';

export interface StoreOptions {
  readonly dataDir: string;
  /** the clock (tests move it to exercise daily backups) */
  readonly now?: () => Date;
  /** recorded in the audit trail when settings name no consultant; defaults to the OS user */
  readonly user?: string;
  /** schema steps; tests pass extra ones to exercise upgrades */
  readonly migrations?: readonly Migration[];
  /** how often to check whether today's backup exists (0 = only on open) */
  readonly backupCheckMs?: number;
  /**
   * Tests only: receives every connection the store opens, to simulate a full disk
   * (PRAGMA max_page_count) or a read-only medium (PRAGMA query_only) with SQLite's own errors.
   */
  readonly onConnection?: (db: Db) => void;
}

export interface Repositories {
  readonly enterprises: EnterpriseRepository;
  readonly assessments: AssessmentRepository;
  readonly answers: AnswerRepository;
  readonly evidence: EvidenceRepository;
  readonly settings: SettingsRepository;
  readonly reports: ReportRepository;
  readonly documents: DocumentRepository;
}

export interface Store extends Repositories {
  readonly dataDir: string;
  readonly dbPath: string;
  readonly schemaVersion: number;
  /** set when opening had to recover from a damaged or missing database; the UI shows `message` */
  readonly recovery: Recovery | null;
  /** why today's backup could not be made (e.g. the disk is full); null when backups are fine */
  readonly backupError: string | null;
  readonly backups: Backups;
  readonly blobs: BlobStore;
  /** runs fn in one transaction (all or nothing) */
  transaction<T>(fn: () => T): T;
  integrityCheck(): string;
  /** changes whenever anything was written (or the database replaced): lets readers keep derived caches */
  changeStamp(): string;
  /** a daily backup now, whatever the date (tests, a "back up now" button) */
  backupNow(): Promise<BackupInfo>;
  /** Replaces the database with a backup; the current state is first saved as a 'pre-restore' backup. */
  restoreBackup(fileName: string): Promise<{ restoredFrom: string; safetyBackup: string }>;
  close(): void;
}

function defaultUser(): string {
  try {
    return os.userInfo().username;
  } catch {
    return '';
  }
}

function buildRepositories(deps: RepoDeps, blobs: BlobStore): Repositories {
  const changes = changeTracker(deps);
  const settings = settingsRepository(deps.db);
  const assessments = assessmentRepository(deps, changes);
  const answers = answerRepository(deps, changes);
  const evidence = evidenceRepository(deps, changes, blobs);
  return {
    enterprises: enterpriseRepository(deps),
    assessments,
    answers,
    evidence,
    settings,
    reports: reportRepository(deps),
    documents: documentRepository(deps, { assessments, answers, evidence }),
  };
}

/** Brings a freshly opened database to the latest schema, backing it up first when it holds data. */
async function migrate(db: Db, backups: Backups, migrations: readonly Migration[]): Promise<void> {
  const pending = pendingMigrations(db, migrations);
  if (pending.length === 0) return;
  if (userVersion(db) > 0) await backups.create(db, 'pre-migration');
  applyMigrations(db, migrations);
}

const BACKUP_PROBLEMS: Readonly<Record<string, string>> = {
  'disk-full': '磁盘空间不足',
  'read-only': '备份文件夹只读或没有写入权限',
  busy: '数据库正被占用',
  io: '备份文件夹无法读写（被同名文件占用，或磁盘已断开）',
  corrupt: '数据库文件读取出错',
};

/** Chinese, names the folder, and says what still works: the data itself is safe. */
function backupFailureMessage(error: unknown, dir: string): string {
  const reason =
    error instanceof AppError ? (error.details as { reason?: string } | undefined)?.reason : undefined;
  const why = (reason && BACKUP_PROBLEMS[reason]) ?? (error instanceof Error ? error.message : String(error));
  return `今天的自动备份没有完成（${dir}）：${why}。已保存的数据不受影响，可以继续工作；请处理后在「设置 → 备份」中确认备份恢复正常。`;
}

class SqliteStore implements Store {
  readonly dbPath: string;
  readonly backups: Backups;
  readonly blobs: BlobStore;
  recovery: Recovery | null = null;
  backupError: string | null = null;
  private db!: Db;
  private repos!: Repositories;
  private timer: NodeJS.Timeout | undefined;
  private closed = false;
  private connections = 0;

  constructor(
    readonly dataDir: string,
    private readonly lock: DataDirLock,
    private readonly options: StoreOptions,
  ) {
    this.dbPath = path.join(dataDir, DB_FILE);
    this.backups = guardStorage(new Backups(path.join(dataDir, 'backups'), this.now), dataDir);
    this.blobs = guardStorage(new BlobStore(path.join(dataDir, 'evidence')), dataDir);
  }

  private readonly now = (): Date => (this.options.now ? this.options.now() : new Date());
  private get migrations(): readonly Migration[] {
    return this.options.migrations ?? MIGRATIONS;
  }

  async open(): Promise<void> {
    const opened = openHealthy(this.dbPath, this.backups, latestVersion(this.migrations), this.now);
    this.db = opened.db;
    this.connections += 1;
    this.recovery ??= opened.recovery;
    this.options.onConnection?.(this.db);
    try {
      await migrate(this.db, this.backups, this.migrations);
    } catch (error) {
      this.db.close();
      throw error;
    }
    await this.makeDailyBackup();
    const deps: RepoDeps = {
      db: this.db,
      stamp: () => this.now().toISOString(),
      actor: () => this.repos.settings.get().consultantName || (this.options.user ?? defaultUser()),
    };
    // SQLite and file-system failures surface as storage_error from every repository method
    const repos = buildRepositories(deps, this.blobs);
    this.repos = Object.fromEntries(
      Object.entries(repos).map(([name, repo]) => [name, guardStorage(repo, this.dataDir)]),
    ) as unknown as Repositories;
  }

  /**
   * A failed daily backup (full disk, backups folder unwritable) must not lock the consultant out
   * of the data that is already safe in the database: open anyway and report it in store.status.
   */
  private async makeDailyBackup(): Promise<void> {
    try {
      await this.backups.ensureDaily(this.db);
      this.backupError = null;
    } catch (error) {
      this.backupError = backupFailureMessage(error, this.backups.dir);
    }
  }

  startBackupTimer(): void {
    const every = this.options.backupCheckMs ?? 60 * 60 * 1000;
    if (every <= 0) return;
    this.timer = setInterval(() => void this.makeDailyBackup(), every);
    this.timer.unref();
  }

  get schemaVersion() {
    return userVersion(this.db);
  }
  get enterprises() {
    return this.repos.enterprises;
  }
  get assessments() {
    return this.repos.assessments;
  }
  get answers() {
    return this.repos.answers;
  }
  get evidence() {
    return this.repos.evidence;
  }
  get settings() {
    return this.repos.settings;
  }
  get reports() {
    return this.repos.reports;
  }
  get documents() {
    return this.repos.documents;
  }

  transaction<T>(fn: () => T): T {
    return mapStorageErrors(this.dataDir, () => this.db.transaction(fn)());
  }

  integrityCheck(): string {
    return mapStorageErrors(this.dataDir, () => integrityCheck(this.db));
  }

  changeStamp(): string {
    const writes = this.db.prepare('SELECT total_changes()').pluck().get() as number;
    return `${this.connections}:${writes}`;
  }

  backupNow(): Promise<BackupInfo> {
    return this.backups.create(this.db, 'daily');
  }

  restoreBackup(fileName: string) {
    return mapStorageErrors(this.dataDir, () => this.restoreFrom(fileName));
  }

  private async restoreFrom(fileName: string) {
    const source = this.backups.pathOf(fileName);
    const safety = await this.backups.create(this.db, 'pre-restore');
    this.db.close();
    putBackupInPlace(source, this.dbPath);
    await this.open();
    return { restoredFrom: fileName, safetyBackup: safety.fileName };
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    clearInterval(this.timer);
    try {
      this.db.close();
    } finally {
      this.lock.release();
    }
  }
}

/**
 * Opens the store in a data folder: takes the folder lock, recovers a damaged database from the
 * newest good backup, refuses a database from a newer app, migrates (after a backup), and makes
 * today's backup. Call close() when done.
 */
export function openStore(options: StoreOptions): Promise<Store> {
  const dataDir = path.resolve(options.dataDir);
  // a read-only or full data folder refuses to open with the same clear storage_error
  return mapStorageErrors(dataDir, () => openIn(dataDir, options));
}

/** Creates the data folder; a failure names its real cause (EROFS, EACCES…) for the storage message. */
function ensureDataDir(dataDir: string): void {
  try {
    mkdirSync(dataDir, { recursive: true });
  } catch (error) {
    // a recursive mkdir reports ENOENT whatever went wrong (libuv); a plain one tells the cause
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') mkdirSync(dataDir);
    throw error;
  }
}

async function openIn(dataDir: string, options: StoreOptions): Promise<Store> {
  ensureDataDir(dataDir);
  const lock = acquireDataDirLock(dataDir);
  const store = new SqliteStore(dataDir, lock, options);
  try {
    await store.open();
  } catch (error) {
    lock.release();
    throw error;
  }
  store.startBackupTimer();
  return store;
}
