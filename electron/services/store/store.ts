import { mkdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppError } from '@contract/errors';
import type { BackupInfo, Recovery } from '@contract/records';
import { Backups } from './backups';
import { AckMarker, ACK_FILE, describeLostWrites } from './ack-marker';
import { referencedBlobs } from './blob-sweep';
import { BlobStore, type BlobFs } from './blobs';
import { integrityCheck, userVersion, type Db } from './connection';
import type { RepoDeps } from './deps';
import { acquireDataDirLock, type DataDirLock } from './lock';
import { applyMigrations, pendingMigrations } from './migrate';
import { MIGRATIONS, type Migration } from './migrations';
import { isReadOnlyFolder, openSnapshot, readOnlyNotice } from './read-only';
import { openHealthy, putBackupInPlace, type HealthyOpen } from './recovery';
import { answerRepository, type AnswerRepository } from './repositories/answers';
import { assessmentRepository, type AssessmentRepository } from './repositories/assessments';
import { changeTracker, type Change } from './repositories/changes';
import { digestRepository, type DigestRepository } from './repositories/digests';
import { documentRepository, type DocumentRepository } from './repositories/documents';
import { enterpriseRepository, type EnterpriseRepository } from './repositories/enterprises';
import { evidenceRepository, type EvidenceRepository } from './repositories/evidence';
import { reportRepository, type ReportRepository } from './repositories/reports';
import { settingsRepository, type SettingsRepository } from './repositories/settings';
import { guardStorage, isBusy, mapStorageErrors, type StoragePhase } from './storage-error';

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
  /** tests only: the file-system calls of the evidence store, to simulate short writes */
  readonly blobFs?: BlobFs;
  /** tests only: a smaller evidence budget per assessment than one bundle's (EVIDENCE_BUDGET_BYTES) */
  readonly evidenceBudgetBytes?: number;
  /** waiting out a lock another program holds on the database at start-up (tests shorten it) */
  readonly busy?: Partial<BusyPolicy>;
}

export interface BusyPolicy {
  /** how many times opening is tried before the consultant is told the file is in use */
  readonly attempts: number;
  /** pause between attempts */
  readonly waitMs: number;
  /** SQLite's own wait for a lock on every statement */
  readonly timeoutMs: number;
}

/** Leftovers younger than this are left alone at start-up: they may belong to work of the last day. */
export const BLOB_GRACE_MS = 24 * 60 * 60 * 1000;

const BUSY_POLICY: BusyPolicy = { attempts: 4, waitMs: 2_000, timeoutMs: 5_000 };

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export interface Repositories {
  readonly enterprises: EnterpriseRepository;
  readonly assessments: AssessmentRepository;
  readonly answers: AnswerRepository;
  readonly evidence: EvidenceRepository;
  readonly settings: SettingsRepository;
  readonly reports: ReportRepository;
  readonly documents: DocumentRepository;
  /** derived data: portfolio digests kept across restarts */
  readonly digests: DigestRepository;
}

export interface Store extends Repositories {
  readonly dataDir: string;
  readonly dbPath: string;
  readonly schemaVersion: number;
  /** set when opening had to recover from a damaged or missing database; the UI shows `message` */
  readonly recovery: Recovery | null;
  /** why today's backup could not be made (e.g. the disk is full); null when backups are fine */
  readonly backupError: string | null;
  /** set when the data folder cannot be written: the store is open for viewing and export only */
  readonly readOnly: string | null;
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

function buildRepositories(
  deps: RepoDeps,
  blobs: BlobStore,
  committed: Change[],
  readOnly: boolean,
  evidenceBudgetBytes: number | undefined,
): Repositories {
  const changes = changeTracker(deps, committed);
  const settings = settingsRepository(deps.db);
  const assessments = assessmentRepository(deps, changes);
  const answers = answerRepository(deps, changes);
  const evidence = evidenceRepository(deps, changes, blobs, evidenceBudgetBytes);
  return {
    enterprises: enterpriseRepository(deps),
    assessments,
    answers,
    evidence,
    settings,
    reports: reportRepository(deps, !readOnly),
    documents: documentRepository(deps, { assessments, answers, evidence }),
    digests: digestRepository(deps.db, !readOnly),
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
  readOnly: string | null = null;
  private snapshotDir: string | undefined;
  private db!: Db;
  private repos!: Repositories;
  private timer: NodeJS.Timeout | undefined;
  private closed = false;
  /** storage errors raised while opening must not speak of unsaved changes */
  private phase: StoragePhase = 'startup';
  /** changes committed inside the current call, acknowledged in the marker once it returns */
  private readonly committed: Change[] = [];
  private readonly marker: AckMarker;
  private connections = 0;

  constructor(
    readonly dataDir: string,
    private readonly lock: DataDirLock,
    private readonly options: StoreOptions,
  ) {
    this.dbPath = path.join(dataDir, DB_FILE);
    this.marker = new AckMarker(path.join(dataDir, ACK_FILE));
    const phase = () => this.phase;
    this.backups = guardStorage(new Backups(path.join(dataDir, 'backups'), this.now), dataDir, phase);
    this.blobs = guardStorage(new BlobStore(path.join(dataDir, 'evidence'), options.blobFs), dataDir, phase);
  }

  private readonly now = (): Date => (this.options.now ? this.options.now() : new Date());
  private get migrations(): readonly Migration[] {
    return this.options.migrations ?? MIGRATIONS;
  }

  /**
   * A lock another program holds (a database viewer, a sync tool) is waited out and retried; it is
   * never taken for damage, so the intact file is never moved aside.
   */
  private async openWhenFree(): Promise<HealthyOpen> {
    const policy = { ...BUSY_POLICY, ...this.options.busy };
    for (let attempt = 1; ; attempt++) {
      try {
        return openHealthy(this.dbPath, this.backups, this.migrations, this.now, {
          busyTimeoutMs: policy.timeoutMs,
        });
      } catch (error) {
        if (!isBusy(error) || attempt >= policy.attempts) throw error;
        await pause(policy.waitMs);
      }
    }
  }

  /** `restored`: the consultant chose to go back to a backup, so a lower revision is no loss. */
  async open(restored = false): Promise<void> {
    const opened = await this.openWhenFree();
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
    this.sweepBlobs();
    this.buildRepos();
    if (!restored) this.reportLostWrites();
    this.marker.reset(this.db);
    this.phase = 'write';
  }

  /** A folder nobody may write: viewed through a read-only copy; no lock, backup or sweep is attempted. */
  openReadOnly(): void {
    const snapshot = openSnapshot(this.dbPath, this.dataDir, this.migrations);
    this.db = snapshot.db;
    this.snapshotDir = snapshot.dir;
    this.readOnly = readOnlyNotice(this.dataDir);
    this.buildRepos();
    this.phase = 'write';
  }

  private buildRepos(): void {
    const deps: RepoDeps = {
      db: this.db,
      stamp: () => this.now().toISOString(),
      actor: () => this.repos.settings.get().consultantName || (this.options.user ?? defaultUser()),
    };
    // SQLite and file-system failures surface as storage_error from every repository method
    const repos = buildRepositories(
      deps,
      this.blobs,
      this.committed,
      this.readOnly !== null,
      this.options.evidenceBudgetBytes,
    );
    this.repos = Object.fromEntries(
      Object.entries(repos).map(([name, repo]) => [
        name,
        aroundMethods(guardStorage(repo, this.dataDir), (call) => this.acknowledged(call)),
      ]),
    ) as unknown as Repositories;
  }

  /**
   * Compares the database with the last acknowledged revisions kept outside it: less than that
   * means acknowledged work was lost (WAL damage); the consultant is told what to check.
   */
  private reportLostWrites(): void {
    const lost = this.marker.compare(this.db);
    if (lost.length > 0) {
      const message = describeLostWrites(lost);
      this.recovery = this.recovery
        ? { ...this.recovery, message: `${this.recovery.message}${message}` }
        : {
            reason: 'lost-writes',
            movedAside: null,
            restoredFrom: null,
            at: this.now().toISOString(),
            message,
          };
    }
  }

  /** Runs one repository call; once no transaction is open any more, what it committed is acknowledged. */
  private acknowledged<T>(call: () => T): T {
    try {
      const result = call();
      if (!this.db.inTransaction) this.marker.acknowledge(this.committed.splice(0));
      return result;
    } catch (error) {
      if (!this.db.inTransaction) this.committed.length = 0;
      throw error;
    }
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

  /** Removes `.partial` files and evidence no record or backup names; a failure here never blocks opening. */
  private sweepBlobs(): void {
    try {
      const backups = this.backups.list().map((b) => path.join(this.backups.dir, b.fileName));
      this.blobs.sweep(referencedBlobs(this.db, backups) ?? null, this.now(), BLOB_GRACE_MS);
    } catch {
      // an unreadable evidence folder is reported when a file is needed, not at start-up
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
  get digests() {
    return this.repos.digests;
  }

  transaction<T>(fn: () => T): T {
    return this.acknowledged(() => mapStorageErrors(this.dataDir, () => this.db.transaction(fn)()));
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
    await this.open(true);
    return { restoredFrom: fileName, safetyBackup: safety.fileName };
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    clearInterval(this.timer);
    try {
      this.db.close();
      this.marker.close();
      if (this.snapshotDir) rmSync(this.snapshotDir, { recursive: true, force: true });
    } finally {
      this.lock.release();
    }
  }
}

/** The object with every method run through `around` (fields are left as they are). */
function aroundMethods<T extends object>(target: T, around: <R>(call: () => R) => R): T {
  return new Proxy(target, {
    get(object, key, receiver) {
      const value: unknown = Reflect.get(object, key, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => around(() => Reflect.apply(value, object, args) as unknown);
    },
  });
}

/**
 * Opens the store in a data folder: takes the folder lock, recovers a damaged database from the
 * newest good backup, refuses a database from a newer app, migrates (after a backup), and makes
 * today's backup. Call close() when done.
 */
export function openStore(options: StoreOptions): Promise<Store> {
  const dataDir = path.resolve(options.dataDir);
  // a read-only or full data folder refuses to open with the same clear storage_error
  return mapStorageErrors(dataDir, () => openIn(dataDir, options), 'startup');
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
  if (isReadOnlyFolder(dataDir)) {
    const store = new SqliteStore(dataDir, { release: () => undefined }, options);
    store.openReadOnly();
    return store;
  }
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
