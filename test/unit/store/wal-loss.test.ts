import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundleForNode } from '../../helpers/bundle';
import { DB_FILE, openStore } from '../../../electron/services/store';
import { tempDir } from './support';

let childScript = '';

beforeAll(async () => {
  childScript = await bundleForNode('test/unit/store/wal-child.ts');
});

/** Runs the child to "done", then SIGKILLs it: the acknowledged answers not yet checkpointed stay in the WAL. */
function answerThenDie(dataDir: string, count: number): Promise<{ assessmentId: string; revision: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [childScript, dataDir, String(count)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    let result: { assessmentId: string; revision: number } | undefined;
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /done (\S+) (\d+)/.exec(out);
      if (m && !result) {
        result = { assessmentId: m[1]!, revision: Number(m[2]) };
        child.kill('SIGKILL');
      }
    });
    child.on('exit', () => (result ? resolve(result) : reject(new Error(`child failed: ${err}`))));
  });
}

const WAL_HEADER = 32;

describe('acknowledged answers lost with the WAL are detected at start-up', () => {
  it(
    'garbage a third into the WAL: the lost answers are named, not silently dropped',
    { timeout: 30_000 },
    async () => {
      const dataDir = tempDir();
      const { assessmentId, revision } = await answerThenDie(dataDir, 12);
      const wal = path.join(dataDir, `${DB_FILE}-wal`);
      const bytes = readFileSync(wal);
      const cut = WAL_HEADER + Math.floor((bytes.length - WAL_HEADER) / 3);
      bytes.fill(0x5a, cut, cut + 4096);
      writeFileSync(wal, bytes);

      const store = await openStore({ dataDir, backupCheckMs: 0 });
      try {
        const kept = store.assessments.get(assessmentId).revision;
        expect(kept).toBeLessThan(revision); // the damage really cost acknowledged answers
        expect(store.recovery).toMatchObject({ reason: 'lost-writes' });
        expect(store.recovery?.message).toContain(
          `「东莞精密五金有限公司」的评估确认保存到第 ${revision} 次修改，现在只有第 ${kept} 次`,
        );
        expect(store.recovery?.message).toMatch(/请逐项核对并补录/);
      } finally {
        store.close();
      }
      // told once: the next start compares against what the database now holds
      const again = await openStore({ dataDir, backupCheckMs: 0 });
      expect(again.recovery).toBeNull();
      again.close();
    },
  );

  it(
    'the checkpoint policy bounds the loss: with the whole WAL gone, at most a few dozen of 300 answers are missing',
    { timeout: 60_000 },
    async () => {
      const dataDir = tempDir();
      const { assessmentId, revision } = await answerThenDie(dataDir, 300);
      const wal = path.join(dataDir, `${DB_FILE}-wal`);
      expect(existsSync(wal) && statSync(wal).size > 0).toBe(true);
      rmSync(wal);
      rmSync(path.join(dataDir, `${DB_FILE}-shm`), { force: true });

      const store = await openStore({ dataDir, backupCheckMs: 0 });
      try {
        const answers = store.answers.list(assessmentId).length;
        expect(answers).toBeGreaterThanOrEqual(300 - 40);
        if (answers < 300) {
          expect(store.recovery).toMatchObject({ reason: 'lost-writes' });
          expect(store.recovery?.message).toContain(`确认保存到第 ${revision} 次修改`);
        }
      } finally {
        store.close();
      }
    },
  );

  it('a restore chosen by the consultant is not reported as lost work', async () => {
    const dataDir = tempDir();
    const store = await openStore({ dataDir, backupCheckMs: 0 });
    const { seedAssessment } = await import('./support');
    const { assessment } = seedAssessment(store);
    const backup = await store.backupNow();
    store.answers.save(assessment.id, 'after.backup', { value: { kind: 'na' }, note: '', flagged: false });
    await store.restoreBackup(backup.fileName);
    expect(store.recovery).toBeNull();
    store.close();
    const reopened = await openStore({ dataDir, backupCheckMs: 0 });
    expect(reopened.recovery).toBeNull();
    reopened.close();
  });
});
