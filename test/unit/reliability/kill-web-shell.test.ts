/**
 * The crash test of the store, one level up: the real web-shell process answers over HTTP
 * (two requests in flight at all times, as a fast consultant's autosave produces) and is
 * SIGKILLed at random moments. After every restart each answer whose HTTP response said "ok"
 * must be there: an acknowledgement is a promise that the answer is on disk.
 */
import Database from 'better-sqlite3';
import path from 'node:path';
import { beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { DB_FILE } from '../../../electron/services/store';
import { tempDir } from '../store/support';
import { appUrlOf, spawnShell, stopShell, webShellEntry } from './shell-process';
import { apiClient, LEVEL_ITEMS, parseAppUrl, seedOverApi, seededRandom, type ApiClient } from './support';

/** at least MIN_KILLS; more while the time budget lasts (a slow CI box does fewer, never < MIN) */
const MIN_KILLS = 10;
const MAX_KILLS = 16;
const BUDGET_MS = 15_000;
const WRITERS = 2;

interface Ack {
  seq: number;
  level: number;
}

/**
 * The note carries a global sequence number, so "at least as new as acknowledged" can be
 * checked; every seventh is long, so the WAL grows and checkpoints run under the kills too.
 */
const noteOf = (seq: number) => `seq:${seq}${seq % 7 === 0 ? ` ${'车间巡检记录'.repeat(600)}` : ''}`;
const seqOf = (note: string) => Number(/^seq:(\d+)/.exec(note)?.[1] ?? -1);

async function connect(dataDir: string) {
  const run = await spawnShell(dataDir);
  const { baseUrl, token } = parseAppUrl(await appUrlOf(run));
  return { run, api: apiClient(baseUrl, token) };
}

/** Answers until the first failure (the kill); each writer owns its own items so its acks are ordered. */
async function writer(
  api: ApiClient,
  assessmentId: string,
  w: number,
  next: () => number,
  acked: Map<string, Ack>,
  onAck: () => void,
): Promise<void> {
  const items = LEVEL_ITEMS.filter((_, i) => i % WRITERS === w);
  for (let n = 0; ; n++) {
    const itemId = items[n % items.length]!;
    const seq = next();
    const level = seq % 6;
    try {
      const reply = await api.call('assessment.answer', {
        assessmentId,
        itemId,
        value: { kind: 'level', level },
        note: noteOf(seq),
      });
      if (!reply.body.ok) throw new Error(`refused: ${JSON.stringify(reply.body.error)}`);
    } catch (error) {
      if (error instanceof Error && error.message.startsWith('refused')) throw error;
      return; // connection cut by the kill: this answer was never acknowledged
    }
    acked.set(itemId, { seq, level });
    onAck();
  }
}

beforeAll(async () => {
  await webShellEntry(); // a build, when needed, is not part of the timed rounds
}, 60_000);

describe('SIGKILL of the web-shell process while answering over HTTP', () => {
  it(
    `keeps every acknowledged answer across ${MIN_KILLS}–${MAX_KILLS} kills`,
    { timeout: 60_000 },
    async () => {
      const dataDir = tempDir('sfd-kill-shell-');
      const random = seededRandom(20250821);
      const acked = new Map<string, Ack>();
      let seq = 0;
      let totalAcks = 0;
      const started = Date.now();

      let { run, api } = await connect(dataDir);
      onTestFinished(() => void run.child.kill('SIGKILL')); // whichever shell is up if an assertion fails
      const assessmentId = await seedOverApi(api);

      let kills = 0;
      for (let round = 1; round <= MAX_KILLS; round++) {
        if (round > MIN_KILLS && Date.now() - started > BUDGET_MS) break;
        const killAfterMs = 10 + Math.floor(random() * 400);
        let firstAck: (() => void) | undefined;
        const answering = new Promise<void>((resolve) => (firstAck = resolve));
        const writers = Array.from({ length: WRITERS }, (_, w) =>
          writer(
            api,
            assessmentId,
            w,
            () => ++seq,
            acked,
            () => {
              totalAcks++;
              firstAck?.();
            },
          ),
        );
        await Promise.race([answering, Promise.all(writers)]); // a refusal surfaces here
        await new Promise((r) => setTimeout(r, killAfterMs));
        run.child.kill('SIGKILL');
        expect((await run.exited).signal).toBe('SIGKILL');
        kills++;
        await Promise.all(writers);

        ({ run, api } = await connect(dataDir)); // takes over the stale lock of the killed process
        const status = await api.ok<{ recovery: unknown }>('store.status', {});
        expect(status.recovery, `round ${round}: the database needed recovery`).toBeNull();
        const detail = await api.ok<{
          answers: { itemId: string; value: { level: number }; note: string }[];
        }>('assessment.get', { id: assessmentId });
        const stored = new Map(detail.answers.map((a) => [a.itemId, a]));
        for (const [itemId, ack] of acked) {
          const answer = stored.get(itemId);
          // a later write may have committed without its response arriving; never an earlier one
          expect(seqOf(answer?.note ?? ''), `round ${round}, ${itemId}`).toBeGreaterThanOrEqual(ack.seq);
          if (seqOf(answer?.note ?? '') === ack.seq) expect(answer?.value.level).toBe(ack.level);
        }
      }
      await stopShell(run);

      const db = new Database(path.join(dataDir, DB_FILE), { readonly: true });
      try {
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
        const events = db.prepare('SELECT count(*) AS n FROM answer_events').get() as { n: number };
        expect(events.n).toBeGreaterThanOrEqual(totalAcks);
      } finally {
        db.close();
      }
      const seconds = (Date.now() - started) / 1000;
      console.log(
        `kill test (web shell): ${kills} SIGKILLs, ${totalAcks} acknowledged answers, all present; ${seconds.toFixed(1)} s`,
      );
      expect(kills).toBeGreaterThanOrEqual(MIN_KILLS);
      expect(totalAcks).toBeGreaterThan(kills * 3);
    },
  );
});
