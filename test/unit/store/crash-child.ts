/**
 * Child process of the crash test: autosaves answers in a tight loop and prints each one only
 * after the store acknowledged it (i.e. after COMMIT). The parent kills it with SIGKILL.
 * Args: <dataDir> <assessmentId> <round>
 */
import { openStore } from '../../../electron/services/store';

async function main(): Promise<void> {
  const [dataDir = '', assessmentId = '', roundArg = '0'] = process.argv.slice(2);
  const round = Number(roundArg);
  const store = await openStore({ dataDir, backupCheckMs: 0 });
  process.stdout.write('ready\n');
  for (let n = 1; ; n++) {
    const seq = round * 1_000_000 + n;
    const itemId = `item.${n % 40}`;
    // every few answers a long note, so the WAL grows and checkpoints happen under the kills too
    const note = n % 7 === 0 ? '现场核实：'.repeat(200) : '';
    const ack = store.answers.save(assessmentId, itemId, {
      value: { kind: 'figures', figures: { seq } },
      note,
      flagged: false,
    });
    process.stdout.write(`ack ${itemId} ${seq} ${ack.revision}\n`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});
