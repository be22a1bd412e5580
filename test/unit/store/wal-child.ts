/**
 * Child process of the WAL-loss tests: opens a store, creates an assessment, saves <count>
 * answers (the WAL emptied first), prints "done <assessmentId> <revision>" and waits to be
 * SIGKILLed, so whatever is still only in the WAL stays there. Args: <dataDir> <count>
 */
import path from 'node:path';
import Database from 'better-sqlite3';
import { DB_FILE, openStore } from '../../../electron/services/store';
import { seedAssessment } from './support';

async function main(): Promise<void> {
  const [dataDir = '', countArg = '0'] = process.argv.slice(2);
  const store = await openStore({ dataDir, backupCheckMs: 0 });
  const { assessment } = seedAssessment(store);
  // start the WAL empty, so it holds exactly the answers below
  const side = new Database(path.join(dataDir, DB_FILE));
  side.pragma('wal_checkpoint(TRUNCATE)');
  side.close();
  let revision = 0;
  for (let n = 1; n <= Number(countArg); n++) {
    revision = store.answers.save(assessment.id, `item.${n}`, {
      value: { kind: 'level', level: n % 6 },
      note: `第 ${n} 题现场记录`,
      flagged: false,
    }).revision;
  }
  process.stdout.write(`done ${assessment.id} ${revision}\n`);
  setInterval(() => undefined, 60_000);
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});
