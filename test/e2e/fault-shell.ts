/**
 * The web shell with a fault switch, for reliability.spec.ts: the same services and renderer as
 * `npm run web`, but the test can make the store's medium fail and recover by writing lines to
 * stdin: "readonly on|off" (PRAGMA query_only) and "full on|off" (PRAGMA max_page_count).
 * Prints SFD_URL=… like the real shell, and "ok <n>" once the n-th switch is applied.
 * Args: <dataDir> <rendererDir>
 */
import { createInterface } from 'node:readline';
import type { Database } from 'better-sqlite3';
import { createContext } from '../../electron/services/context';
import { handlers } from '../../electron/services/handlers';
import { openStore } from '../../electron/services/store';
import { startWebShell } from '../../electron/web/server';

async function main(): Promise<void> {
  const [dataDir = '', staticDir = ''] = process.argv.slice(2);
  let conn: Database | undefined;
  const store = await openStore({ dataDir, backupCheckMs: 0, onConnection: (db) => (conn = db) });
  const context = await createContext(
    { runtime: 'web', appName: '智造自诊', appVersion: 'e2e', dataDir },
    { store },
  );
  const shell = await startWebShell({ handlers, context, staticDir, log: () => undefined });
  const switches: Record<string, () => void> = {
    'readonly on': () => conn?.pragma('query_only = 1'),
    'readonly off': () => conn?.pragma('query_only = 0'),
    'full on': () =>
      conn?.pragma(`max_page_count = ${conn.pragma('page_count', { simple: true }) as number}`),
    'full off': () => conn?.pragma('max_page_count = 1000000000'),
  };
  let applied = 0;
  createInterface({ input: process.stdin }).on('line', (line) => {
    const flip = switches[line.trim()];
    if (!flip) return void process.stdout.write(`unknown ${line.trim()}\n`);
    flip();
    process.stdout.write(`ok ${++applied}\n`);
  });
  process.stdout.write(`SFD_URL=${shell.appUrl}\n`);
  process.once('SIGTERM', () => {
    void shell.close().then(() => {
      store.close();
      process.exit(0);
    });
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});
