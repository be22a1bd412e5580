/**
 * Child process of the bundle-import bench: imports one bundle file into an empty data folder,
 * as the app does (read a piece at a time from the file the consultant chose), and prints how
 * long it took and the peak resident memory of the whole process (maxRSS), so the figure
 * includes everything the import allocated, as the Electron main process would.
 * Arguments: <bundle file> <data folder>.
 */
import { readFileSync } from 'node:fs';
import { AppError } from '../../electron/api/errors';
import { importBundleFile } from '../../electron/services/bundle';
import { openStore } from '../../electron/services/store';

/**
 * Peak resident memory of this process image. On Linux, getrusage's maxRSS survives exec: a child
 * spawned by a parent holding the 300 MB test bundle would report the parent's size. VmHWM is the
 * high-water mark of this image alone.
 */
function peakRssKB(): number {
  try {
    const match = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync('/proc/self/status', 'utf8'));
    if (match?.[1]) return Number(match[1]);
  } catch {
    // not Linux
  }
  return process.resourceUsage().maxRSS;
}

async function main(): Promise<void> {
  const [file = '', dataDir = ''] = process.argv.slice(2);
  const store = await openStore({ dataDir, backupCheckMs: 0 });
  const start = performance.now();
  let result: string;
  try {
    // the app's own limits: 300 MB of evidence is within one bundle's budget
    result = importBundleFile(store, file, { isKnownModel: () => true }).outcome;
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    result = `rejected: ${String((error.details as { reason?: string } | undefined)?.reason)}`;
  }
  const ms = performance.now() - start;
  store.close();
  const maxRssMB = peakRssKB() / 1024;
  process.stdout.write(`${JSON.stringify({ ms, maxRssMB, result })}\n`);
}

void main();
