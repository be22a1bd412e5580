import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../../electron/services/store';
import { LOCK_FILE } from '../../../electron/services/store/lock';
import { tempDir } from './support';

function writeLock(dataDir: string, pid: number, host = os.hostname()): void {
  writeFileSync(
    path.join(dataDir, LOCK_FILE),
    JSON.stringify({ pid, host, since: '2025-01-01T00:00:00.000Z' }),
  );
}

describe('data folder lock', () => {
  it('lets only one opener use a data folder, and frees it on close', async () => {
    const dataDir = tempDir();
    const first = await openStore({ dataDir, backupCheckMs: 0 });
    expect(JSON.parse(readFileSync(path.join(dataDir, LOCK_FILE), 'utf8'))).toMatchObject({
      pid: process.pid,
    });
    await expect(openStore({ dataDir, backupCheckMs: 0 })).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringMatching(/数据文件夹正被进程 \d+.*使用.*同一时间只能有一个/),
    });
    first.close();
    expect(existsSync(path.join(dataDir, LOCK_FILE))).toBe(false);
    const second = await openStore({ dataDir, backupCheckMs: 0 });
    second.close();
  });

  it('refuses a folder locked by another live process', async () => {
    const dataDir = tempDir();
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 20000)'], { stdio: 'ignore' });
    try {
      writeLock(dataDir, other.pid!);
      await expect(openStore({ dataDir, backupCheckMs: 0 })).rejects.toMatchObject({ code: 'conflict' });
    } finally {
      other.kill('SIGKILL');
    }
  });

  it('takes over a stale lock left by a process that died', async () => {
    const dataDir = tempDir();
    const dead = spawnSync(process.execPath, ['-e', 'process.exit(0)']);
    writeLock(dataDir, dead.pid);
    const store = await openStore({ dataDir, backupCheckMs: 0 });
    expect(JSON.parse(readFileSync(path.join(dataDir, LOCK_FILE), 'utf8'))).toMatchObject({
      pid: process.pid,
    });
    store.close();
  });

  it('does not guess about a lock taken on another computer (shared folder)', async () => {
    const dataDir = tempDir();
    writeLock(dataDir, 1, 'another-pc');
    await expect(openStore({ dataDir, backupCheckMs: 0 })).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringContaining('another-pc'),
    });
  });
});
