/**
 * One data folder, two openers. The data-folder lock (store/lock.ts) must let exactly one
 * process use the database: a second web shell exits with a clear Chinese message naming the
 * holder, writes nothing, and the first keeps serving. In-process double opens are covered in
 * test/unit/store/lock.test.ts; here every opener but one is a real process.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DB_FILE, openStore } from '../../../electron/services/store';
import { LOCK_FILE } from '../../../electron/services/store/lock';
import { tempDir } from '../store/support';
import { appUrlOf, spawnShell, stopShell, webShellEntry, type ShellRun } from './shell-process';
import { apiClient, databaseDigest, LEVEL_ITEMS, parseAppUrl, seedOverApi } from './support';

const REFUSAL = /数据文件夹正被进程 (\d+).*使用.*同一时间只能有一个智造自诊窗口使用同一个数据文件夹/s;
/** in a start-up race the holder may not have written its pid yet: then it is 另一个进程 */
const REFUSAL_ANY = /数据文件夹正被(进程 \d+|另一个进程).*使用.*同一时间只能有一个/s;

async function started(dataDir: string) {
  const run = await spawnShell(dataDir);
  const { baseUrl, token } = parseAppUrl(await appUrlOf(run));
  return { run, api: apiClient(baseUrl, token) };
}

/** Lets a shell run to its end (it must end by itself) and returns how, with what it printed. */
async function outcome(run: ShellRun) {
  const timer = setTimeout(() => run.child.kill('SIGKILL'), 15_000);
  const { code, signal } = await run.exited;
  clearTimeout(timer);
  return { code, signal, output: run.output() };
}

beforeAll(async () => {
  await webShellEntry();
}, 60_000);

describe('two openers on one data folder', () => {
  it('refuses a second web shell clearly, writes nothing, and the first keeps serving', async () => {
    const dataDir = tempDir('sfd-two-shells-');
    const first = await started(dataDir);
    try {
      const assessmentId = await seedOverApi(first.api);
      await first.api.ok('assessment.answer', {
        assessmentId,
        itemId: LEVEL_ITEMS[0],
        value: { kind: 'level', level: 2 },
      });
      const dbPath = path.join(dataDir, DB_FILE);
      const before = { digest: databaseDigest(dbPath), mtime: statSync(dbPath).mtimeMs };

      const second = await outcome(await spawnShell(dataDir));
      expect(second.signal).toBeNull();
      expect(second.code).toBe(1);
      expect(second.output).not.toContain('SFD_URL=');
      const holder = REFUSAL.exec(second.output);
      expect(holder, second.output).not.toBeNull();
      expect(Number(holder?.[1])).toBe(first.run.child.pid);
      expect(second.output).toContain(dataDir);

      expect(databaseDigest(dbPath)).toBe(before.digest);
      expect(statSync(dbPath).mtimeMs).toBe(before.mtime);
      expect(JSON.parse(readFileSync(path.join(dataDir, LOCK_FILE), 'utf8'))).toMatchObject({
        pid: first.run.child.pid,
      });
      const ack = await first.api.ok<{ revision: number }>('assessment.answer', {
        assessmentId,
        itemId: LEVEL_ITEMS[1],
        value: { kind: 'level', level: 3 },
      });
      expect(ack.revision).toBe(2);

      // after a normal exit the folder is free again and the next shell sees everything
      await stopShell(first.run);
      expect(existsSync(path.join(dataDir, LOCK_FILE))).toBe(false);
      const next = await started(dataDir);
      try {
        const detail = await next.api.ok<{ answers: unknown[] }>('assessment.get', { id: assessmentId });
        expect(detail.answers).toHaveLength(2);
      } finally {
        await stopShell(next.run);
      }
    } finally {
      await stopShell(first.run);
    }
  });

  it('lets exactly one of two shells started at the same moment have the folder', async () => {
    for (let race = 0; race < 4; race++) {
      const dataDir = tempDir('sfd-race-');
      const runs = await Promise.all([spawnShell(dataDir), spawnShell(dataDir)]);
      const ready = await Promise.allSettled(runs.map((run) => appUrlOf(run)));
      try {
        const winners = ready.filter((r) => r.status === 'fulfilled');
        expect(winners, runs.map((r) => r.output()).join('\n---\n')).toHaveLength(1);
        const loser = runs[ready.findIndex((r) => r.status === 'rejected')]!;
        expect((await loser.exited).code).toBe(1);
        expect(loser.output()).toMatch(REFUSAL_ANY);
      } finally {
        await Promise.all(runs.map(stopShell));
      }
    }
  });

  it('refuses openStore() in this process while a shell holds the folder, and the reverse', async () => {
    const dataDir = tempDir('sfd-cross-');
    const shell = await started(dataDir);
    try {
      await expect(openStore({ dataDir, backupCheckMs: 0 })).rejects.toMatchObject({
        code: 'conflict',
        details: { owner: { pid: shell.run.child.pid } },
      });
    } finally {
      await stopShell(shell.run);
    }

    const store = await openStore({ dataDir, backupCheckMs: 0 });
    try {
      const refused = await outcome(await spawnShell(dataDir));
      expect(refused.code).toBe(1);
      expect(refused.output).toMatch(REFUSAL);
      expect(REFUSAL.exec(refused.output)?.[1]).toBe(String(process.pid));
    } finally {
      store.close();
    }
  });
});
