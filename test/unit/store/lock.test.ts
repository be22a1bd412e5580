import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundleForNode } from '../../helpers/bundle';
import { openStore } from '../../../electron/services/store';
import { LOCK_FILE } from '../../../electron/services/store/lock';
import { tempDir } from './support';

let childScript = '';

beforeAll(async () => {
  childScript = await bundleForNode('test/unit/store/lock-child.ts');
});

/** Starts a child that tries to take the folder at `startAt` and holds it for `holdMs`; resolves with what it printed first. */
function lockingChild(dataDir: string, startAt: number, holdMs: number) {
  const child = spawn(process.execPath, [childScript, dataDir, String(startAt), String(holdMs)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const said = new Promise<string>((resolve) => {
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('\n')) resolve(out.trim());
    });
    child.on('exit', () => resolve(out.trim()));
  });
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  return { child, said, exited };
}

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

  it('refuses a folder another live process holds', async () => {
    const dataDir = tempDir();
    const other = lockingChild(dataDir, 0, 20_000);
    try {
      expect(await other.said).toBe('owner');
      await expect(openStore({ dataDir, backupCheckMs: 0 })).rejects.toMatchObject({
        code: 'conflict',
        message: expect.stringContaining(`进程 ${other.child.pid}`),
      });
    } finally {
      other.child.kill('SIGKILL');
      await other.exited;
    }
    // the holder was killed: the operating system dropped its lock, the folder opens at once
    const store = await openStore({ dataDir, backupCheckMs: 0 });
    store.close();
  });

  it('takes over a stale lock naming a live but unrelated process (a reused PID)', async () => {
    const dataDir = tempDir();
    const unrelated = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 20000)'], { stdio: 'ignore' });
    try {
      writeLock(dataDir, unrelated.pid!);
      const store = await openStore({ dataDir, backupCheckMs: 0 });
      expect(JSON.parse(readFileSync(path.join(dataDir, LOCK_FILE), 'utf8'))).toMatchObject({
        pid: process.pid,
      });
      store.close();
    } finally {
      unrelated.kill('SIGKILL');
    }
  });

  it(
    'two processes taking over the same stale lock at the same moment: exactly one owner, every time',
    { timeout: 60_000 },
    async () => {
      for (let trial = 0; trial < 8; trial++) {
        const dataDir = tempDir('sfd-lock-race-');
        writeLock(dataDir, spawnSync(process.execPath, ['-e', '0']).pid);
        const startAt = Date.now() + 1000;
        const pair = [lockingChild(dataDir, startAt, 1500), lockingChild(dataDir, startAt, 1500)];
        const said = await Promise.all(pair.map((c) => c.said));
        await Promise.all(pair.map((c) => c.exited));
        expect(said.sort(), `trial ${trial}`).toEqual(['conflict', 'owner']);
      }
    },
  );

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
