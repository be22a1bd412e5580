import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '@contract/errors';
import { isBusy } from './storage-error';

/** Who holds the folder, for the message another window shows; informational only. */
export const LOCK_FILE = 'store.lock';
/**
 * The lock itself: an exclusive SQLite lock on this small file. The operating system drops it the
 * moment its process ends (crash, kill, power loss), so a dead owner never blocks and a live
 * process that merely reuses an old PID never counts as the owner. Taking it is atomic.
 */
export const LOCK_DB = 'store.lock.sqlite';

interface LockOwner {
  pid: number;
  host: string;
  since: string;
}

function readOwner(file: string): LockOwner | undefined {
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<LockOwner>;
    if (typeof parsed.pid === 'number' && typeof parsed.host === 'string') {
      return { pid: parsed.pid, host: parsed.host, since: String(parsed.since ?? '') };
    }
  } catch {
    // missing or unreadable: nobody we could name
  }
  return undefined;
}

/** Replaces the owner file in one rename, so a reader never sees half of it. */
function writeOwner(file: string, owner: LockOwner): void {
  const incoming = `${file}.${process.pid}.tmp`;
  writeFileSync(incoming, JSON.stringify(owner));
  renameSync(incoming, file);
}

function conflict(owner: LockOwner | undefined, dataDir: string): AppError {
  const who = owner ? `进程 ${owner.pid}（${owner.host}，自 ${owner.since} 起）` : '另一个进程';
  return new AppError(
    'conflict',
    `数据文件夹正被${who}使用：${dataDir}。同一时间只能有一个智造自诊窗口使用同一个数据文件夹，请先关闭另一个窗口。`,
    { dataDir, owner },
  );
}

/** Holds the OS lock until close(); undefined when another connection or process holds it. */
function takeOsLock(file: string): Database.Database | undefined {
  // A short wait, not zero: two openers racing each hold a shared lock for an instant (reading the
  // header), and with no wait each would see the other's and both would give up.
  const guard = new Database(file, { timeout: 250 });
  try {
    // an open exclusive transaction holds the lock without writing a byte; no journal file beside it
    guard.pragma('journal_mode = MEMORY');
    guard.exec('BEGIN EXCLUSIVE');
    return guard;
  } catch (error) {
    guard.close();
    if (isBusy(error)) return undefined;
    throw error;
  }
}

export interface DataDirLock {
  release(): void;
}

/** Takes the data folder for this process; throws AppError('conflict') when another process holds it. */
export function acquireDataDirLock(dataDir: string): DataDirLock {
  const file = path.join(dataDir, LOCK_FILE);
  const recorded = readOwner(file);
  // a folder on a shared drive: another computer's lock cannot be checked from here, so it blocks
  if (recorded && recorded.host !== os.hostname()) throw conflict(recorded, dataDir);
  const guard = takeOsLock(path.join(dataDir, LOCK_DB));
  if (!guard) throw conflict(readOwner(file), dataDir);
  const owner: LockOwner = { pid: process.pid, host: os.hostname(), since: new Date().toISOString() };
  try {
    writeOwner(file, owner);
  } catch (error) {
    guard.close();
    throw error;
  }
  let released = false;
  return {
    release() {
      if (released) return;
      released = true;
      // the lock file stays: deleting it could let two processes lock two different files
      if (readOwner(file)?.since === owner.since) rmSync(file, { force: true });
      guard.close();
    },
  };
}
