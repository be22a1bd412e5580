/**
 * Child process of the bundle-import bench: imports one bundle into an empty data folder and
 * prints how long it took and the peak resident memory of the whole process (maxRSS), so the
 * figure includes everything the import allocated, as the Electron main process would.
 * Arguments: <bundle file> <data folder>.
 */
import { readFileSync } from 'node:fs';
import { AppError } from '../../electron/api/errors';
import { DEFAULT_LIMITS, importBundle } from '../../electron/services/bundle';
import { openStore } from '../../electron/services/store';

const MB = 1024 * 1024;

async function main(): Promise<void> {
  const [file = '', dataDir = ''] = process.argv.slice(2);
  const store = await openStore({ dataDir, backupCheckMs: 0 });
  const start = performance.now();
  let result: string;
  try {
    // the limits under test are the transport's; the importer itself is asked to take it all
    const limits = { ...DEFAULT_LIMITS, fileBytes: 1024 * MB, totalBytes: 1024 * MB };
    result = importBundle(store, readFileSync(file), { isKnownModel: () => true, limits }).outcome;
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    result = `rejected: ${String((error.details as { reason?: string } | undefined)?.reason)}`;
  }
  const ms = performance.now() - start;
  store.close();
  const maxRssMB = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(`${JSON.stringify({ ms, maxRssMB, result })}\n`);
}

void main();
