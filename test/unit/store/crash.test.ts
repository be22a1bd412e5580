import { spawn } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundleForNode, seededRandom } from '../../helpers/bundle';
import { openStore } from '../../../electron/services/store';
import { seedAssessment, tempDir } from './support';

const KILLS = 24;

let childScript = '';

beforeAll(async () => {
  childScript = await bundleForNode('test/unit/store/crash-child.ts');
});

interface Round {
  acks: Map<string, number>;
  count: number;
}

/** Runs the child until `killAfterMs` past its first write, then SIGKILLs it; returns what it acknowledged. */
function runAndKill(
  dataDir: string,
  assessmentId: string,
  round: number,
  killAfterMs: number,
): Promise<Round> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [childScript, dataDir, assessmentId, String(round)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const acks = new Map<string, number>();
    let count = 0;
    let pending = '';
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.on('data', (d: Buffer) => {
      pending += d.toString();
      const lines = pending.split('\n');
      pending = lines.pop() ?? ''; // a line cut by the kill was never fully acknowledged
      for (const line of lines) {
        if (line === 'ready') setTimeout(() => child.kill('SIGKILL'), killAfterMs);
        const m = /^ack (\S+) (\d+) \d+$/.exec(line);
        if (m) {
          acks.set(m[1]!, Number(m[2]));
          count++;
        }
      }
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`child ended by itself (code ${code}): ${stderr}`));
      else resolve({ acks, count });
    });
  });
}

describe('crash safety (SIGKILL during autosave)', () => {
  it(
    `keeps every acknowledged answer across ${KILLS} kills, with integrity_check ok`,
    { timeout: 90_000 },
    async () => {
      const dataDir = tempDir('sfd-crash-');
      const setup = await openStore({ dataDir, backupCheckMs: 0 });
      const { assessment } = seedAssessment(setup);
      setup.close();

      const random = seededRandom(20250310);
      const acknowledged = new Map<string, number>();
      let totalAcks = 0;
      for (let round = 1; round <= KILLS; round++) {
        const { acks, count } = await runAndKill(
          dataDir,
          assessment.id,
          round,
          5 + Math.floor(random() * 150),
        );
        totalAcks += count;
        for (const [item, seq] of acks) acknowledged.set(item, seq);

        const store = await openStore({ dataDir, backupCheckMs: 0 });
        try {
          expect(store.recovery).toBeNull();
          expect(store.integrityCheck()).toBe('ok');
          const stored = new Map(
            store.answers
              .list(assessment.id)
              .map((a) => [a.itemId, a.value?.kind === 'figures' ? a.value.figures.seq : -1]),
          );
          for (const [item, seq] of acknowledged) {
            // a later write may have committed without its ack being printed; never an earlier one
            expect(stored.get(item), `round ${round}, ${item}`).toBeGreaterThanOrEqual(seq);
          }
          // the trail has an event for every acknowledged change
          expect(store.answers.events(assessment.id, { offset: 0, limit: 1 }).total).toBeGreaterThanOrEqual(
            totalAcks,
          );
        } finally {
          store.close();
        }
      }
      expect(totalAcks).toBeGreaterThan(KILLS * 5);
    },
  );
});
