import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { bundleForNode } from '../../helpers/bundle';

const BUILT = path.resolve('dist/electron/web-shell.cjs');

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(file));
    else if (/\.(ts|json|ya?ml)$/.test(entry.name)) newest = Math.max(newest, statSync(file).mtimeMs);
  }
  return newest;
}

let entry: Promise<string> | undefined;

/**
 * The web shell program as `npm run web` runs it: dist/electron/web-shell.cjs when it is newer
 * than every source under electron/ (always so under `npm test`, which builds first), otherwise a
 * fresh bundle made with the same esbuild options, so a stale dist never tests old code.
 */
export function webShellEntry(): Promise<string> {
  entry ??= (async () => {
    if (existsSync(BUILT) && statSync(BUILT).mtimeMs >= newestSource(path.resolve('electron'))) return BUILT;
    return bundleForNode('electron/web-shell.ts');
  })();
  return entry;
}

export interface ShellRun {
  readonly child: ChildProcess;
  /** everything printed so far, stdout and stderr interleaved */
  output(): string;
  /** resolves with how the process ended */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Starts `node web-shell.cjs --port 0 --data <dataDir>` and collects its output. */
export async function spawnShell(dataDir: string): Promise<ShellRun> {
  const child = spawn(process.execPath, [await webShellEntry(), '--port', '0', '--data', dataDir], {
    // resolves packages for a bundle built outside the repository; the repository root for resources
    cwd: process.cwd(),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  return { child, output: () => out, exited };
}

/** Waits for the SFD_URL line; rejects with the output when the shell exits or takes too long. */
export function appUrlOf(run: ShellRun, timeoutMs = 15_000): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => done(new Error(`web shell did not start:\n${run.output()}`)), timeoutMs);
    const check = () => {
      const match = /SFD_URL=(\S+)/.exec(run.output());
      if (match?.[1]) done(undefined, match[1]);
    };
    const onExit = () => done(new Error(`web shell exited before it was ready:\n${run.output()}`));
    function done(error?: Error, url?: string) {
      clearTimeout(timer);
      run.child.stdout?.off('data', check);
      run.child.off('exit', onExit);
      if (url) resolve(url);
      else reject(error ?? new Error('no URL'));
    }
    run.child.stdout?.on('data', check);
    run.child.once('exit', onExit);
    check();
  });
}

/** Ends a shell the way a user does (Ctrl+C) and waits for it to exit. */
export async function stopShell(run: ShellRun): Promise<void> {
  if (run.child.exitCode === null && run.child.signalCode === null) run.child.kill('SIGTERM');
  await run.exited;
}
