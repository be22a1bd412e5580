import { AppError } from '@contract/errors';

/** What went wrong with the medium under the data folder, as the UI and the tests tell it apart. */
export type StorageProblem = 'disk-full' | 'read-only' | 'busy' | 'io' | 'corrupt';

/** SQLite primary result codes (extended codes such as SQLITE_IOERR_WRITE fold onto them). */
const SQLITE_PROBLEMS: Readonly<Record<string, StorageProblem>> = {
  SQLITE_FULL: 'disk-full',
  SQLITE_READONLY: 'read-only',
  SQLITE_PERM: 'read-only',
  SQLITE_AUTH: 'read-only',
  SQLITE_BUSY: 'busy',
  SQLITE_LOCKED: 'busy',
  SQLITE_IOERR: 'io',
  SQLITE_CANTOPEN: 'io',
  SQLITE_CORRUPT: 'corrupt',
  SQLITE_NOTADB: 'corrupt',
};

/** errno codes from node:fs (evidence files, backups). */
const ERRNO_PROBLEMS: Readonly<Record<string, StorageProblem>> = {
  ENOSPC: 'disk-full',
  EDQUOT: 'disk-full',
  EFBIG: 'disk-full',
  EROFS: 'read-only',
  EACCES: 'read-only',
  EPERM: 'read-only',
  EBUSY: 'busy',
  EIO: 'io',
  // a file stands where the data folder expects a folder (backups/, evidence/)
  ENOTDIR: 'io',
};

/** When the failure happened: saving a change, or opening the data folder (nothing was being saved). */
export type StoragePhase = 'write' | 'startup';

const UNSAVED = '刚才的修改没有保存，之前已保存的内容不受影响。';
/** At start-up nothing was being saved: say what happened to the data instead. */
const NOT_OPENED = '智造自诊没有打开数据，已保存的数据没有被改动。';

function writeMessageOf(problem: StorageProblem, dataDir: string): string {
  switch (problem) {
    case 'disk-full':
      return `磁盘空间不足，${UNSAVED}请清理数据文件夹所在磁盘（${dataDir}）的空间后重试。`;
    case 'read-only':
      return `数据文件夹是只读的或没有写入权限，${UNSAVED}请检查 ${dataDir} 的权限，或确认所在磁盘（如 U 盘）没有写保护。`;
    case 'busy':
      return `数据库正被占用，${UNSAVED}请稍候重试。`;
    case 'io':
      return `读写数据文件时出错（磁盘故障，或移动硬盘、网络盘已断开），${UNSAVED}请检查 ${dataDir} 所在的磁盘后重试。`;
    case 'corrupt':
      return `数据库文件已损坏，${UNSAVED}请关闭并重新打开智造自诊：程序会把损坏的文件改名保留，并从最近一次完好的备份恢复。`;
  }
}

function startupMessageOf(problem: StorageProblem, dataDir: string): string {
  switch (problem) {
    case 'disk-full':
      return `磁盘空间不足，${NOT_OPENED}请清理数据文件夹所在磁盘（${dataDir}）的空间后重新打开。`;
    case 'read-only':
      return `数据文件夹是只读的或没有写入权限，且其中还没有数据可查看，${NOT_OPENED}请检查 ${dataDir} 的权限，或确认所在磁盘（如 U 盘）没有写保护。`;
    case 'busy':
      return `数据库文件正被另一个程序占用（如数据库查看工具、同步或杀毒软件），已多次重试。文件完好，没有被移动或改动。请关闭占用它的程序后重新打开智造自诊（${dataDir}）。`;
    case 'io':
      return `读写数据文件时出错（磁盘故障，或移动硬盘、网络盘已断开），${NOT_OPENED}请检查 ${dataDir} 所在的磁盘后重新打开。`;
    case 'corrupt':
      return `数据库文件读取出错，${NOT_OPENED}请重新打开智造自诊；如仍出错，请联系技术支持并保留 ${dataDir} 文件夹。`;
  }
}

function messageOf(problem: StorageProblem, dataDir: string, phase: StoragePhase): string {
  return phase === 'startup' ? startupMessageOf(problem, dataDir) : writeMessageOf(problem, dataDir);
}

/** The storage problem behind an error thrown by better-sqlite3 or node:fs; undefined for anything else. */
export function storageProblemOf(error: unknown): { problem: StorageProblem; cause: string } | undefined {
  if (!(error instanceof Error) || error instanceof AppError) return undefined;
  const code = (error as { code?: unknown }).code;
  if (typeof code !== 'string') return undefined;
  const primary = code.startsWith('SQLITE_') ? code.split('_').slice(0, 2).join('_') : undefined;
  // a folder that cannot be created because its drive is gone (an unplugged USB stick)
  if (code === 'ENOENT' && (error as { syscall?: unknown }).syscall === 'mkdir')
    return { problem: 'io', cause: code };
  const problem = primary ? SQLITE_PROBLEMS[primary] : ERRNO_PROBLEMS[code];
  return problem && { problem, cause: code };
}

/** A lock held by another connection or process: worth waiting for, never a sign of damage. */
export function isBusy(error: unknown): boolean {
  return storageProblemOf(error)?.problem === 'busy';
}

/** AppError('storage_error') for a storage failure; the error itself for anything else. */
export function toStorageError(error: unknown, dataDir: string, phase: StoragePhase = 'write'): unknown {
  const found = storageProblemOf(error);
  if (!found) return error;
  return new AppError('storage_error', messageOf(found.problem, dataDir, phase), {
    reason: found.problem,
    cause: found.cause,
    dataDir,
  });
}

/** Runs fn (sync or async) and rethrows storage failures as AppError('storage_error'). */
export function mapStorageErrors<T>(dataDir: string, fn: () => T, phase: StoragePhase = 'write'): T {
  let result: T;
  try {
    result = fn();
  } catch (error) {
    throw toStorageError(error, dataDir, phase);
  }
  if (result instanceof Promise) {
    return result.catch((error: unknown) => {
      throw toStorageError(error, dataDir, phase);
    }) as T;
  }
  return result;
}

/**
 * The one place SQLite and file-system failures become a typed, Chinese storage_error: every
 * method of the wrapped object (a repository, the blob store, the backups) runs through
 * mapStorageErrors, so no repository needs its own try/catch.
 */
export function guardStorage<T extends object>(
  target: T,
  dataDir: string,
  phase: () => StoragePhase = () => 'write',
): T {
  return new Proxy(target, {
    get(object, key, receiver) {
      const value: unknown = Reflect.get(object, key, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) =>
        mapStorageErrors(dataDir, () => Reflect.apply(value, object, args), phase());
    },
  });
}
