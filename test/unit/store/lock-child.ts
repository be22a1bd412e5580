/**
 * Child process of the lock tests: waits until <startAt> (epoch ms, so two children try at the
 * same moment), tries to take the data folder, prints "owner" or "conflict", holds what it got
 * for <holdMs>, then releases and exits. Args: <dataDir> <startAt> <holdMs>
 */
import { acquireDataDirLock } from '../../../electron/services/store/lock';

const [dataDir = '', startAtArg = '0', holdArg = '0'] = process.argv.slice(2);

function attempt(): void {
  try {
    const lock = acquireDataDirLock(dataDir);
    process.stdout.write('owner\n');
    setTimeout(() => {
      lock.release();
      process.exit(0);
    }, Number(holdArg));
  } catch (error) {
    process.stdout.write(
      `${(error as { code?: string }).code === 'conflict' ? 'conflict' : String(error)}\n`,
    );
    process.exit(0);
  }
}

// spin for the last milliseconds so both children leave the starting line together
while (Date.now() < Number(startAtArg)) {
  /* wait */
}
attempt();
