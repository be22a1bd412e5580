import { closeSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppError } from '../../api/errors';

export const LOCK_FILE = 'store.lock';

interface LockOwner {
  pid: number;
  host: string;
  since: string;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readOwner(file: string): LockOwner | undefined {
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<LockOwner>;
    if (typeof parsed.pid === 'number' && typeof parsed.host === 'string') {
      return { pid: parsed.pid, host: parsed.host, since: String(parsed.since ?? '') };
    }
  } catch {
    // unreadable or half-written: treated as stale below
  }
  return undefined;
}

/** An unreadable lock this young may be one another process is still writing. */
const UNREADABLE_GRACE_MS = 5_000;

function isYoung(file: string): boolean {
  try {
    return Date.now() - statSync(file).mtimeMs < UNREADABLE_GRACE_MS;
  } catch {
    return false;
  }
}

/**
 * A lock owned by a live process on this machine blocks us. A lock from a process that is gone
 * (crash, power loss) or an old unreadable one is stale and taken over. A lock written on another
 * host (a data folder on a shared drive) cannot be checked, so it blocks too.
 */
function isStale(file: string, owner: LockOwner | undefined): boolean {
  if (!owner) return !isYoung(file);
  if (owner.host !== os.hostname()) return false;
  return owner.pid !== process.pid && !isAlive(owner.pid);
}

function conflict(owner: LockOwner | undefined, dataDir: string): AppError {
  const who = owner ? `进程 ${owner.pid}（${owner.host}，自 ${owner.since} 起）` : '另一个进程';
  return new AppError(
    'conflict',
    `数据文件夹正被${who}使用：${dataDir}。同一时间只能有一个智造自诊窗口使用同一个数据文件夹，请先关闭另一个窗口。`,
    { dataDir, owner },
  );
}

export interface DataDirLock {
  release(): void;
}

/** Takes the data folder for this process; throws AppError('conflict') when another live process holds it. */
export function acquireDataDirLock(dataDir: string): DataDirLock {
  const file = path.join(dataDir, LOCK_FILE);
  const owner: LockOwner = { pid: process.pid, host: os.hostname(), since: new Date().toISOString() };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, JSON.stringify(owner));
      closeSync(fd);
      let released = false;
      return {
        release() {
          if (released) return;
          released = true;
          if (readOwner(file)?.pid === process.pid) rmSync(file, { force: true });
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const current = readOwner(file);
      if (!isStale(file, current)) throw conflict(current, dataDir);
      rmSync(file, { force: true });
    }
  }
  throw conflict(readOwner(file), dataDir);
}
